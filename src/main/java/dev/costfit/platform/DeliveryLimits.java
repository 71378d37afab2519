package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.glue.Deliveries;
import dev.costfit.glue.GlueSite;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.Delivery;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;
import dev.costfit.units.DataSize;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The limits of the queue or event bus in front of the compute: the same on every platform of one cloud, as the
 * service is (an SQS queue or an EventBridge bus on AWS, a Pub/Sub subscription on Google), so {@link Platforms}
 * adds them to each as it adds the LLM rate limit — except that an event reaches a container service on AWS through
 * an SQS queue as well, whose limits it then meets too. None depends on the request rate.
 */
final class DeliveryLimits {

    private DeliveryLimits() {
    }

    static List<LimitCheck> check(Profile delivered, Cloud cloud, String platformId, Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>(2);
        DataSize message = delivered.payload().request();
        // A job without a timeout: its task at a whole vCPU, the least it takes. Each platform holds the task on the
        // setting chosen to a limit at least as tight (RunLimit: a function's maximum is within both deadlines, and
        // containers' is this visibility timeout), so where this holds, the setting's time does too.
        TimeSpan timeout = delivered.timeout().orElse(delivered.longestDuration());
        String what = delivered.timeout().isPresent() ? " (the timeout)" : " (a task at a whole vCPU; no timeout "
                + "stated)";
        if (cloud == Cloud.AWS && delivered.trigger() == Trigger.QUEUE) {
            DataSize max = catalog.sizeLimit("sqs.message.max");
            checks.add(LimitCheck.of(!message.isLargerThan(max), LimitCheck.Severity.HARD, "SQS message size",
                    message::display, max::display, "put the payload in S3 and send its key (the Amazon SQS "
                            + "Extended Client Library does this)").atEveryRate());
            checks.add(sqsVisibility(timeout, what, catalog));
        } else if (cloud == Cloud.AWS && delivered.trigger() == Trigger.EVENT) {
            DataSize max = catalog.sizeLimit("eventbridge.entry.max");
            checks.add(LimitCheck.of(!message.isLargerThan(max), LimitCheck.Severity.HARD, "EventBridge event size",
                    message::display, max::display, "put the payload in S3 and send its key in the event")
                    .atEveryRate());
            // A container service takes its events from an SQS queue it polls (GlueSite.eventBridgeInvokes): the
            // queue's visibility timeout holds it too (SQS's 1 MiB message holds any event EventBridge takes).
            if (!GlueSite.eventBridgeInvokes(platformId)) {
                checks.add(sqsVisibility(timeout, what, catalog));
            }
        } else if (cloud == Cloud.GCP && delivered.trigger() == Trigger.QUEUE) {
            DataSize max = catalog.sizeLimit("pubsub.message.max");
            checks.add(LimitCheck.of(!message.isLargerThan(max), LimitCheck.Severity.HARD, "Pub/Sub message size",
                    message::display, max::display, "put the payload in Cloud Storage and send its object name")
                    .atEveryRate());
            // "For push delivery, ackDeadline is also used to set the request timeout" (at most 600 s): a push
            // subscription waits no longer for the function, whatever the function's own limit.
            TimeSpan ack = catalog.durationLimit("pubsub.push.ack-deadline.max");
            checks.add(LimitCheck.of(!timeout.isLongerThan(ack), LimitCheck.Severity.HARD,
                    "Pub/Sub push ack deadline", () -> timeout.displayBeside(ack) + what, ack::display,
                    "split the work into steps under 10 minutes (Workflows), or pull from the subscription in a "
                            + "worker that extends the ack deadline (not priced here)").atEveryRate());
        }
        return checks;
    }

    /**
     * Whether the AWS platform {@code platformId} takes the profile's work from an SQS queue: queued messages, and
     * events on a container service, which EventBridge does not invoke ({@link GlueSite#eventBridgeInvokes}).
     */
    static boolean throughSqs(Profile profile, String platformId) {
        return profile.trigger() == Trigger.QUEUE
                || profile.trigger() == Trigger.EVENT && !GlueSite.eventBridgeInvokes(platformId);
    }

    /**
     * A message still in process when its visibility timeout ends is delivered again: the timeout must cover the
     * consumer's, and SQS's stops at 12 hours.
     */
    private static LimitCheck sqsVisibility(TimeSpan timeout, String what, Catalog catalog) {
        TimeSpan visibility = catalog.durationLimit("sqs.visibility.max");
        return LimitCheck.of(!timeout.isLongerThan(visibility), LimitCheck.Severity.HARD, "SQS visibility timeout",
                () -> timeout.displayBeside(visibility) + what, visibility::display, "split the work into "
                        + "steps under 12 hours (Step Functions), or take the message off the queue at once and start "
                        + "a task (an ECS task, a Step Functions execution) that tracks the work").atEveryRate();
    }

    /**
     * The profile as delivered on {@code cloud}: Pub/Sub's dead-letter policy takes 5 to 100 delivery attempts
     * (max_delivery_attempts, https://cloud.google.com/pubsub/docs/handling-failures), so attempts outside it are
     * priced at the nearest end on Google; an event's default retries (Lambda's two, no dead-letter queue) are not
     * Google's: "By default, if a function invocation terminates with an error, the function is not invoked again
     * and the event is dropped" (https://cloud.google.com/functions/docs/bestpractices/retries), so one attempt
     * there; unchanged elsewhere.
     */
    static Profile onCloud(Profile profile, Cloud cloud, Catalog catalog) {
        return clamped(profile, cloud, catalog).map(profile::withDelivery).orElse(profile);
    }

    /** What a report says where {@link #onCloud} changed the attempts. */
    static Optional<String> note(Profile profile, Cloud cloud, Catalog catalog) {
        return clamped(profile, cloud, catalog).filter(d -> d.attempts().isPresent()).map(d -> "Pub/Sub's "
                + "dead-letter policy takes 5 to 100 delivery attempts (max_delivery_attempts): the "
                + profile.glue().delivery().attempts().getAsInt() + " stated in delivery.attempts are priced as "
                + d.attempts().getAsInt() + " on Google");
    }

    /**
     * The profile as delivered on the cloud that delivers its messages the fewest times: the LLM tokens every
     * platform pays alike (LlmCalls.moreAttempts prices what a cloud's further deliveries add, on its platforms).
     */
    static Profile fewestDelivered(Profile stated, Catalog catalog) {
        Profile fewest = null;
        for (Cloud cloud : Cloud.values()) {
            Profile delivered = Deliveries.withRetries(onCloud(stated, cloud, catalog));
            if (fewest == null || delivered.workPerMonth() < fewest.workPerMonth()) {
                fewest = delivered;
            }
        }
        return fewest;
    }

    /**
     * "the 2 more attempts Pub/Sub's dead-letter policy makes": why {@code delivered} on {@code cloud} is delivered
     * more often than {@code fewest} (Google raises the attempts to Pub/Sub's 5; AWS makes the stated attempts where
     * Google makes fewer: an event's one, or Pub/Sub's 100 at most).
     */
    static String moreAttempts(Profile delivered, Profile fewest, Cloud cloud) {
        int more = attempts(delivered) - attempts(fewest);
        String attempts = more + " more attempt" + (more == 1 ? "" : "s");
        return cloud == Cloud.GCP ? "the " + attempts + " Pub/Sub's dead-letter policy makes"
                : "the " + attempts + " than Google Cloud makes (delivery.attempts as stated)";
    }

    private static int attempts(Profile delivered) {
        return delivered.glue().delivery().attempts().orElse(1);
    }

    private static Optional<Delivery> clamped(Profile profile, Cloud cloud, Catalog catalog) {
        Delivery d = profile.glue().delivery();
        if (cloud == Cloud.GCP && profile.trigger() == Trigger.EVENT && !d.deadLetterQueue()
                && d.attempts().isPresent()) {
            return Optional.of(d.withoutRetries()); // attempts defaulted to Lambda's: see onCloud
        }
        if (cloud != Cloud.GCP || profile.trigger() != Trigger.QUEUE || !d.deadLetterQueue()
                || d.attempts().isEmpty()) {
            return Optional.empty();
        }
        int least = (int) catalog.countLimit("pubsub.dead-letter.attempts.min");
        int most = (int) catalog.countLimit("pubsub.dead-letter.attempts.max");
        int stated = d.attempts().getAsInt();
        int priced = Math.max(least, Math.min(most, stated));
        return priced == stated ? Optional.empty() : Optional.of(d.withAttempts(priced));
    }
}
