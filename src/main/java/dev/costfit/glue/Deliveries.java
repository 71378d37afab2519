package dev.costfit.glue;

import dev.costfit.model.BatchTail;
import dev.costfit.model.BilledDuration;
import dev.costfit.model.ExpectedMaximum;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.LongestRequest;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.AtOnce;
import dev.costfit.profile.BatchHandling;
import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.MessageBatch;
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
 * the batch times as many: the bytes sent are the messages'); where a max bounds a message, a batch's longest is
 * (n − 1) × the mean plus that max. Where no max is stated, no such figure bounds a batch: its share past a limit is
 * its messages' tail, summed ({@link BatchTail}: Fenton–Wilkinson), and its timeout is set where that tail ends
 * ({@link #batchTimeout}). The mean batch is the month's
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
 * {@link dev.costfit.model.RequestTime} per memory setting); the n messages share the function's memory. Where a
 * max bounds a message, its longest is that max, or the busiest batch's expected maximum where that is longer; where
 * none does, the share of batches past a limit is 1 − (1 − q)^n, q a message's ({@link BatchTail}).
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
        double busiest = busiest(profile, catalog, n);
        if (concurrent(profile)) {
            return atOnce(profile, s, n, busiest);
        }
        // The percentiles of the mean batch spread its billed time (BilledDuration); where a max bounds its messages
        // (or the mean alone is stated), the busiest batch's longest stated bounds it too. Where none does, the
        // busiest batch's tail is its messages' (MessageBatch, BatchTail), and no batch figure is its longest.
        Optional<MessageBatch> spread = spread(profile, n, busiest);
        Optional<TimeSpan> max = spread.isPresent() ? Optional.empty()
                : busiest > n ? tail(Optional.of(d.longest()), busiest, mean) : tail(d.max(), n, mean);
        DurationProfile batch = new DurationProfile(TimeSpan.ofSeconds(n * mean), tail(d.p50(), n, mean),
                tail(d.p95(), n, mean), tail(d.p99(), n, mean), max, AtOnce.ONE, spread);
        Workload w = new Workload.Service(new Traffic(t.rate().times(1 / n), t.pattern(), t.burst()), batch);
        TimeSpan timeout = TimeSpan.ofSeconds(batchTimeout(profile, busiest));
        return profile.withTiming(w, TimeSpan.ofSeconds(profile.cpuTime().seconds() * n), Optional.of(timeout))
                .perBatchOf(n);
    }

    /** Messages in the busiest hour's batch, whose window gathers the most: at least the mean batch's {@code n}. */
    private static double busiest(Profile profile, Catalog catalog, double n) {
        Traffic t = ((Workload.Service) profile.workload()).traffic();
        return Math.max(n, Math.min(fitInPayload(profile, catalog),
                Batching.messagesPerBatch(profile.glue().delivery(), HourlyLoad.peakRate(t))));
    }

    /**
     * Whether a batch's messages spread past any bound: no max is stated and the fitted log-normal spreads them
     * (a mean alone makes every message last it, and a batch its messages' sum or slowest exactly).
     */
    static boolean spreadPastBound(DurationProfile d) {
        return d.max().isEmpty() && BilledDuration.of(d).spread();
    }

    /**
     * The tail of a batch of {@code n} messages on average and {@code busiest} in the busiest hour, where no max
     * bounds its messages ({@link #spreadPastBound}): its longest, the busiest batch's at the level of the message's
     * longest stated figure (its p99 for a p99), by {@link BatchTail}. Empty where a bound holds.
     */
    private static Optional<MessageBatch> spread(Profile profile, double n, double busiest) {
        DurationProfile d = ((Workload.Service) profile.workload()).duration();
        if (!spreadPastBound(d)) {
            return Optional.empty();
        }
        boolean atOnce = concurrent(profile);
        double sigma = BilledDuration.of(d).sigma();
        double mean = d.mean().seconds();
        double perMessage = atOnce ? ExpectedMaximum.ofLogNormal(sigma, n) : n;
        String name = d.longestName();
        double level = name.equals("p99") ? 0.01 : name.equals("p95") ? 0.05 : Double.NaN;
        double longest = !Double.isNaN(level) ? BatchTail.beyondShare(level, mean, sigma, busiest, atOnce)
                : atOnce ? mean * ExpectedMaximum.ofLogNormal(sigma, busiest) : busiest * mean;
        return Optional.of(new MessageBatch(busiest, atOnce, perMessage, sigma, heldShare(profile),
                TimeSpan.ofSeconds(longest), name));
    }

    /**
     * The timeout a function needs for the busiest batch of {@code busiest} messages, in seconds. One after another,
     * the message's timeout plus (n − 1) means: its slowest message may take the timeout, the others the mean; at
     * once, the timeout plus what the batch's expected slowest adds to a message's longest. Where no max bounds the
     * messages, that is no bound on the batch (its sum or its slowest runs past it): the timeout is also at least
     * the time that a share of the busiest batches as large as the messages' own past their timeout runs past
     * ({@link BatchTail}; at least {@link LongestRequest#NEGLIGIBLE}), so that a batch of one needs the message's
     * timeout, and a larger one holds as many of its batches as the message's timeout holds of its messages.
     */
    public static double batchTimeout(Profile profile, double busiest) {
        DurationProfile d = ((Workload.Service) profile.workload()).duration();
        double bound = boundedTimeout(profile, busiest);
        if (!spreadPastBound(d)) {
            return bound;
        }
        return Math.max(bound, BatchTail.beyondShare(heldShare(profile), d.mean().seconds(),
                BilledDuration.of(d).sigma(), busiest, concurrent(profile)));
    }

    /**
     * A batch of {@code n} messages of {@code whole} (the profile before batching) as {@link LongestRequest} reads
     * it, where no max bounds its messages: its share past a limit is its messages' ({@link BatchTail}). Empty where
     * a bound holds.
     */
    public static Optional<LongestRequest> batchOf(Profile whole, double n) {
        if (!(whole.workload() instanceof Workload.Service s)) {
            return Optional.empty();
        }
        DurationProfile d = s.duration();
        return spread(whole, n, n).map(b -> LongestRequest.of(new DurationProfile(
                TimeSpan.ofSeconds(d.mean().seconds() * b.perMessage()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), AtOnce.ONE, Optional.of(b))));
    }

    /** The timeout a batch of {@code busiest} needs where a bound holds: see {@link #batchTimeout}. */
    private static double boundedTimeout(Profile profile, double busiest) {
        DurationProfile d = ((Workload.Service) profile.workload()).duration();
        double timeout = profile.serviceTimeout().seconds();
        double longest = d.longest().seconds();
        return concurrent(profile) ? timeout + Math.max(longest, slowest(d, busiest)) - longest
                : timeout + (busiest - 1) * d.mean().seconds();
    }

    /**
     * The share of the busiest batches a batch's timeout may leave running past it: the share of messages the
     * fitted log-normal puts past their own timeout, at least {@link LongestRequest#NEGLIGIBLE}.
     */
    private static double heldShare(Profile profile) {
        DurationProfile d = ((Workload.Service) profile.workload()).duration();
        return Math.max(LongestRequest.NEGLIGIBLE, LongestRequest.of(d).shareBeyond(profile.serviceTimeout()
                .seconds()));
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
        // Lambda reads a batch's mean and its longest alone: the percentiles of its slowest are not carried. A max
        // (or the mean alone) bounds the slowest message; else the busiest batch's tail is its messages'.
        Optional<MessageBatch> spread = spread(profile, n, busiest);
        Optional<TimeSpan> max = spread.isPresent() ? Optional.empty()
                : Optional.of(TimeSpan.ofSeconds(Math.max(d.longest().seconds(), slowest(d, busiest))));
        DurationProfile batch = new DurationProfile(TimeSpan.ofSeconds(slowest), Optional.empty(), Optional.empty(),
                Optional.empty(), max, new AtOnce(n, busiest), spread);
        Traffic t = s.traffic();
        Workload w = new Workload.Service(new Traffic(t.rate().times(1 / n), t.pattern(), t.burst()), batch);
        TimeSpan timeout = TimeSpan.ofSeconds(batchTimeout(profile, busiest));
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
                    + profile.cpuTime().display() + " cpu_time) at the memory's vCPU where that is longer" : "")
                    + timeoutNote(profile, catalog, n);
        }
        return gathered + ": one invocation runs a batch, " + Numbers.grouped(n, 2) + " × as long, and needs its "
                + "timeout to cover the batch" + timeoutNote(profile, catalog, n) + "; a handler that awaits a "
                + "batch's messages together states delivery.batch_handling: concurrent";
    }

    /**
     * Where no max bounds the messages, how the function's timeout for the busiest batch is set
     * ({@link #batchTimeout}): "; no max is stated, so the 5 min timeout plus 7 × the 45 s mean bounds no batch: the
     * timeout is set to 860 s (14.3 min), past which no more of the busiest batches (8 messages one after another)
     * run than messages past the 5 min timeout, about 0.38% (about 4.4% would run past 615 s ...)". Empty otherwise.
     */
    private static String timeoutNote(Profile profile, Catalog catalog, double n) {
        if (!(profile.workload() instanceof Workload.Service s) || !spreadPastBound(s.duration())) {
            return "";
        }
        DurationProfile d = s.duration();
        double busiest = busiest(profile, catalog, n);
        boolean atOnce = concurrent(profile);
        TimeSpan timeout = profile.serviceTimeout();
        double bound = boundedTimeout(profile, busiest);
        double needed = batchTimeout(profile, busiest);
        double own = LongestRequest.of(d).shareBeyond(timeout.seconds());
        double sigma = BilledDuration.of(d).sigma();
        String batches = "the busiest batches (" + Numbers.grouped(busiest, 2) + " messages "
                + (atOnce ? "at once" : "one after another") + ")";
        String held = own > LongestRequest.NEGLIGIBLE ? "no more of " + batches + " run than messages past the "
                + timeout.display() + " timeout, " + LongestRequest.share(own)
                : "no more than " + Numbers.significant(LongestRequest.NEGLIGIBLE * 100, 1) + "% of " + batches
                + " run";
        String bounded = atOnce ? "the " + timeout.display() + " timeout plus what the busiest batch's expected "
                + "slowest adds to a message's " + d.longestName() : "the " + timeout.display() + " timeout plus "
                + Numbers.grouped(busiest - 1, 2) + " × the " + d.mean().display() + " mean";
        String past = needed > bound * (1 + 1e-9)
                ? "past which " + held + " (" + LongestRequest.share(BatchTail.shareBeyond(bound, d.mean().seconds(),
                sigma, busiest, atOnce)) + " would run past " + TimeSpan.ofSeconds(bound).display() + ")"
                : "past which " + LongestRequest.share(BatchTail.shareBeyond(needed, d.mean().seconds(), sigma,
                busiest, atOnce)) + " of " + batches + " run";
        return "; no max is stated, so " + bounded + " bounds no batch: the timeout is set to "
                + TimeSpan.ofSeconds(needed).display() + ", " + past + (atOnce ? ", a batch lasting its slowest "
                + "message" : ", by the Fenton–Wilkinson log-normal of their sum");
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
     * n needs the message's timeout plus n − 1 further means (at once, plus what its expected slowest adds), and
     * where no max bounds the messages, the time its tail reaches ({@link #batchTimeout}). Empty where one message
     * alone is over it.
     */
    public static OptionalInt largestBatchWithin(Profile profile, TimeSpan limit) {
        double spare = limit.seconds() - profile.timeoutOr(limit).seconds();
        double mean = profile.meanDuration().seconds();
        if (spare < 0 || mean <= 0) {
            return OptionalInt.empty();
        }
        int bounded;
        if (concurrent(profile) && profile.workload() instanceof Workload.Service s) {
            // At once a batch of n needs the timeout plus what its expected slowest adds to one message's longest,
            // which grows with n: the largest n within the limit, by bisection.
            double sigma = BilledDuration.of(s.duration()).sigma();
            double longest = profile.longestDuration().seconds();
            bounded = largest(profile.glue().delivery().batchSize(),
                    k -> Math.max(0, mean * ExpectedMaximum.ofLogNormal(sigma, k) - longest) <= spare);
        } else {
            bounded = (int) Math.min(profile.glue().delivery().batchSize(), 1 + Math.floor(spare / mean + 1e-9));
        }
        if (!(profile.workload() instanceof Workload.Service s) || !spreadPastBound(s.duration())) {
            return OptionalInt.of(bounded);
        }
        // The time the busiest batch's tail reaches grows with n too; a batch of one reaches the timeout at most.
        DurationProfile d = s.duration();
        double share = heldShare(profile);
        double sigma = BilledDuration.of(d).sigma();
        boolean atOnce = concurrent(profile);
        return OptionalInt.of(largest(bounded, k -> BatchTail.beyondShare(share, mean, sigma, k, atOnce)
                <= limit.seconds() * (1 + 1e-12)));
    }

    /** The largest k from 1 to {@code most} that {@code fits}, which holds for 1 and, once it fails, for no larger. */
    private static int largest(int most, java.util.function.IntPredicate fits) {
        int low = 1;
        int high = most;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (fits.test(mid)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static Optional<TimeSpan> tail(Optional<TimeSpan> stat, double n, double mean) {
        return stat.map(x -> TimeSpan.ofSeconds(x.seconds() + (n - 1) * mean));
    }
}
