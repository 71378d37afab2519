package dev.costfit.glue;

import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Traffic;
import dev.costfit.profile.Trigger;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How delivery changes the work the compute sees. Retries: a message that fails is processed again at each further
 * attempt, so the compute (and its LLM calls) runs {@link dev.costfit.profile.Delivery#deliveriesPerMessage()} times
 * per message. Batches: Lambda receives queued messages in batches and runs a batch's messages one after another in
 * one invocation — fewer invocations, each the batch times as long (its payload in, outbound bytes and LLM calls
 * the batch times as many: the bytes sent are the messages'); its slowest message adds its
 * tail once, so a batch's longest is (n − 1) × the mean plus one message's longest. The mean batch is the month's
 * mean rate's; the longest is the busiest hour's, whose window gathers the most messages (what the timeout and
 * Lambda's 15 minutes must hold). A batch holds no more messages than one synchronous invocation's payload carries:
 * the event source mapping passes records "up to the payload limit for synchronous invocation (6 MB)"
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html), so larger messages make smaller
 * batches rather than a payload over the limit.
 */
public final class Deliveries {

    private Deliveries() {
    }

    /**
     * What pricing a failing message's retries alone assumes of a batch: without partial batch responses, "if Lambda
     * encounters an error at any point while processing a batch, all messages in that batch return to the queue"
     * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html), and each is run again.
     */
    public static final String PARTIAL_BATCH_RESPONSES = "a failing message is run again alone: the function reports "
            + "partial batch responses (ReportBatchItemFailures); by default an error anywhere in a batch returns "
            + "all its messages to the queue, and every one of them is run again";

    /** The profile with its retries added to the rate (unchanged when nothing fails or nothing is retried). */
    public static Profile withRetries(Profile profile) {
        boolean delivered = profile.trigger() == Trigger.QUEUE || profile.trigger() == Trigger.EVENT;
        double factor = profile.glue().delivery().deliveriesPerMessage();
        if (!delivered || factor == 1 || !(profile.workload() instanceof Workload.Service s)) {
            return profile;
        }
        Traffic t = s.traffic();
        return profile.withWorkload(new Workload.Service(new Traffic(t.rate().times(factor), t.pattern(), t.burst()),
                s.duration()));
    }

    /** Messages per Lambda invocation for a queue-fed profile at its mean rate (1 for anything else). */
    public static double messagesPerInvocation(Profile profile, Catalog catalog) {
        if (profile.trigger() != Trigger.QUEUE || !(profile.workload() instanceof Workload.Service s)) {
            return 1;
        }
        return Math.min(fitInPayload(profile, catalog), Batching.messagesPerBatch(profile.glue().delivery(),
                s.traffic().rate().perSecond()));
    }

    /**
     * The most messages one invocation's payload carries: as many whole messages as fit in Lambda's synchronous
     * payload (6 MB: 700 KB messages make batches of 8), at least one (a message over it alone fails the payload
     * limit). The records' envelope around each body is left out.
     */
    static double fitInPayload(Profile profile, Catalog catalog) {
        double message = profile.payload().request().bytes();
        double limit = catalog.sizeLimit("lambda.payload.sync").bytes();
        return message <= 0 ? Double.POSITIVE_INFINITY : Math.max(1, Math.floor(limit / message + 1e-9));
    }

    /** The profile as Lambda invokes it: one invocation per batch of queued messages. */
    public static Profile asBatches(Profile profile, Catalog catalog) {
        double n = messagesPerInvocation(profile, catalog);
        if (n <= 1 || !(profile.workload() instanceof Workload.Service s)) {
            return profile;
        }
        DurationProfile d = s.duration();
        double mean = d.mean().seconds();
        Traffic t = s.traffic();
        double busiest = Math.max(n, Math.min(fitInPayload(profile, catalog),
                Batching.messagesPerBatch(profile.glue().delivery(), HourlyLoad.peakRate(t))));
        // The longest stated in the busiest hour's batch.
        DurationProfile batch = new DurationProfile(TimeSpan.ofSeconds(n * mean), tail(d.p50(), n, mean),
                tail(d.p95(), n, mean), tail(d.p99(), n, mean),
                busiest > n ? tail(Optional.of(d.longest()), busiest, mean) : tail(d.max(), n, mean));
        Workload w = new Workload.Service(new Traffic(t.rate().times(1 / n), t.pattern(), t.burst()), batch);
        TimeSpan timeout = TimeSpan.ofSeconds(profile.timeout().seconds() + (busiest - 1) * mean);
        return profile.withTiming(w, TimeSpan.ofSeconds(profile.cpuTime().seconds() * n), timeout).perBatchOf(n);
    }

    /** The note that says a profile was priced in batches. */
    public static String batchNote(Profile profile, Catalog catalog) {
        double n = messagesPerInvocation(profile, catalog);
        double fit = fitInPayload(profile, catalog);
        return "queued messages arrive in batches of " + Numbers.grouped(n, 2) + " (what the batch window gathers, at "
                + "most batch_size " + profile.glue().delivery().batchSize()
                + (fit < profile.glue().delivery().batchSize() ? " and the " + Numbers.grouped(fit, 0) + " messages "
                + "of " + profile.payload().request().display() + " one invocation's "
                + catalog.sizeLimit("lambda.payload.sync").display() + " payload carries" : "")
                + "): one invocation runs a batch, " + Numbers.grouped(n, 2) + " × as long, and needs its timeout to "
                + "cover the batch";
    }

    /**
     * The largest batch_size whose busiest batch still runs within {@code limit} (Lambda's 15 minutes): a batch of
     * n needs the message's timeout plus n − 1 further means. Empty where one message alone is over it.
     */
    public static OptionalInt largestBatchWithin(Profile profile, TimeSpan limit) {
        double spare = limit.seconds() - profile.timeout().seconds();
        double mean = profile.meanDuration().seconds();
        if (spare < 0 || mean <= 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.min(profile.glue().delivery().batchSize(), 1 + Math.floor(spare / mean
                + 1e-9)));
    }

    private static Optional<TimeSpan> tail(Optional<TimeSpan> stat, double n, double mean) {
        return stat.map(x -> TimeSpan.ofSeconds(x.seconds() + (n - 1) * mean));
    }
}
