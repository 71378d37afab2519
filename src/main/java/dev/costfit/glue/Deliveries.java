package dev.costfit.glue;

import dev.costfit.model.BilledDuration;
import dev.costfit.model.ExpectedMaximum;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.AtOnce;
import dev.costfit.profile.BatchHandling;
import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Traffic;
import dev.costfit.profile.Trigger;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>A handler that awaits a batch's messages together (delivery.batch_handling: concurrent; Promise.all,
 * asyncio.gather) runs them at once: the invocation lasts the slowest of its n messages, the expected maximum of n
 * durations of the log-normal fitted to the stated percentiles ({@link ExpectedMaximum}; the mean where only the mean
 * is stated), but never less than the n messages' CPU over the vCPU the handler gets ({@link AtOnce}, priced by
 * {@link dev.costfit.model.RequestTime} per memory setting); the n messages share the function's memory. Its longest
 * is one message's longest (the slowest message's tail, not n of them), or the busiest batch's expected maximum
 * where that is longer.
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
        if (concurrent(profile)) {
            return atOnce(profile, s, n, busiest);
        }
        // The longest stated in the busiest hour's batch.
        DurationProfile batch = new DurationProfile(TimeSpan.ofSeconds(n * mean), tail(d.p50(), n, mean),
                tail(d.p95(), n, mean), tail(d.p99(), n, mean),
                busiest > n ? tail(Optional.of(d.longest()), busiest, mean) : tail(d.max(), n, mean));
        Workload w = new Workload.Service(new Traffic(t.rate().times(1 / n), t.pattern(), t.burst()), batch);
        TimeSpan timeout = TimeSpan.ofSeconds(profile.serviceTimeout().seconds() + (busiest - 1) * mean);
        return profile.withTiming(w, TimeSpan.ofSeconds(profile.cpuTime().seconds() * n), Optional.of(timeout))
                .perBatchOf(n);
    }

    /** Whether the profile's handler runs a batch's messages at once (delivery.batch_handling: concurrent). */
    public static boolean concurrent(Profile profile) {
        return profile.glue().delivery().batchHandling() == BatchHandling.CONCURRENT;
    }

    /**
     * A batch of n run at once: the expected slowest of n messages at the reference, its CPU together left to each
     * memory setting ({@link AtOnce}); the timeout grows by what the busiest batch's longest adds to one message's.
     */
    private static Profile atOnce(Profile profile, Workload.Service s, double n, double busiest) {
        DurationProfile d = s.duration();
        double slowest = slowest(d, n);
        double longest = Math.max(d.longest().seconds(), slowest(d, busiest));
        // Lambda reads a batch's mean and its longest alone: the percentiles of its slowest are not carried.
        DurationProfile batch = new DurationProfile(TimeSpan.ofSeconds(slowest), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(TimeSpan.ofSeconds(longest)), new AtOnce(n, busiest));
        Traffic t = s.traffic();
        Workload w = new Workload.Service(new Traffic(t.rate().times(1 / n), t.pattern(), t.burst()), batch);
        TimeSpan timeout = TimeSpan.ofSeconds(profile.serviceTimeout().seconds() + longest - d.longest().seconds());
        return profile.withTiming(w, profile.cpuTime(), Optional.of(timeout)).perBatchOf(n);
    }

    /** The expected slowest of n messages run at once: n draws of the log-normal fitted to the stated durations. */
    private static double slowest(DurationProfile d, double n) {
        return d.mean().seconds() * ExpectedMaximum.ofLogNormal(BilledDuration.of(d).sigma(), n);
    }

    /** The note that says a profile was priced in batches. */
    public static String batchNote(Profile profile, Catalog catalog) {
        double n = messagesPerInvocation(profile, catalog);
        double fit = fitInPayload(profile, catalog);
        String gathered = "queued messages arrive in batches of " + Numbers.grouped(n, 2) + " (what the batch window "
                + "gathers, at most batch_size " + profile.glue().delivery().batchSize()
                + (fit < profile.glue().delivery().batchSize() ? " and the " + Numbers.grouped(fit, 0) + " messages "
                + "of " + profile.payload().request().display() + " one invocation's "
                + catalog.sizeLimit("lambda.payload.sync").display() + " payload carries" : "") + ")";
        if (concurrent(profile) && profile.workload() instanceof Workload.Service s) {
            double slowest = slowest(s.duration(), n);
            return gathered + ": one invocation runs a batch's messages at once (delivery.batch_handling: "
                    + "concurrent) and lasts its slowest, about " + TimeSpan.ofSeconds(slowest).display()
                    + (profile.cpuModel() ? ", or the batch's CPU (" + Numbers.grouped(n, 2) + " × the "
                    + profile.cpuTime().display() + " cpu_time) at the memory's vCPU where that is longer" : "");
        }
        return gathered + ": one invocation runs a batch, " + Numbers.grouped(n, 2) + " × as long, and needs its "
                + "timeout to cover the batch; a handler that awaits a batch's messages together states "
                + "delivery.batch_handling: concurrent";
    }

    /** What pricing a batch run at once assumes (none for a batch run one message after another). */
    public static List<String> atOnceAssumptions(Profile profile) {
        List<String> out = new ArrayList<>();
        if (!concurrent(profile) || !(profile.workload() instanceof Workload.Service s)) {
            return out;
        }
        out.add("a batch's messages run at once in one execution environment and share the function's memory, "
                + profile.memory().display() + ": it holds all of them together");
        BilledDuration spread = BilledDuration.of(s.duration());
        out.add(spread.spread() ? "a batch lasts the expected slowest of its messages, whose durations are spread "
                + "as a log-normal of σ " + Numbers.grouped(spread.sigma(), 3) + " (fitted to " + spread.basis()
                + ")" : "a batch lasts the mean: with only a mean stated every message is taken to last it; state "
                + "p50 and p95 to price the slowest of a batch");
        if (!profile.cpuModel()) {
            out.add("cpu_time is not stated: a batch run at once is not held longer for its messages' CPU "
                    + "together; state cpu_time to bound it by the batch × cpu_time at the memory's vCPU");
        }
        return out;
    }

    /**
     * The largest batch_size whose busiest batch still runs within {@code limit} (Lambda's 15 minutes): a batch of
     * n needs the message's timeout plus n − 1 further means. Empty where one message alone is over it.
     */
    public static OptionalInt largestBatchWithin(Profile profile, TimeSpan limit) {
        double spare = limit.seconds() - profile.timeoutOr(limit).seconds();
        double mean = profile.meanDuration().seconds();
        if (spare < 0 || mean <= 0) {
            return OptionalInt.empty();
        }
        if (concurrent(profile) && profile.workload() instanceof Workload.Service s) {
            // At once a batch of n needs the timeout plus what its expected slowest adds to one message's longest,
            // which grows with n: the largest n within the limit, by bisection.
            double sigma = BilledDuration.of(s.duration()).sigma();
            double longest = profile.longestDuration().seconds();
            int low = 1;
            int high = profile.glue().delivery().batchSize();
            while (low < high) {
                int mid = (low + high + 1) / 2;
                if (Math.max(0, mean * ExpectedMaximum.ofLogNormal(sigma, mid) - longest) <= spare) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return OptionalInt.of(low);
        }
        return OptionalInt.of((int) Math.min(profile.glue().delivery().batchSize(), 1 + Math.floor(spare / mean
                + 1e-9)));
    }

    private static Optional<TimeSpan> tail(Optional<TimeSpan> stat, double n, double mean) {
        return stat.map(x -> TimeSpan.ofSeconds(x.seconds() + (n - 1) * mean));
    }
}
