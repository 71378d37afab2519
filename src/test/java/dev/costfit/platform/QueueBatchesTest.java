package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.glue.Deliveries;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import org.junit.jupiter.api.Test;

/** Lambda's limits on a batch of queued messages, where a smaller batch fits. */
class QueueBatchesTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false, true);

    private static Assessment lambda(String yaml) {
        return Platforms.assess(Platforms.byId("lambda").orElseThrow(), TestProfiles.parse(yaml), REPORT);
    }

    private static final String TWO_MINUTES = "name: t\ntraffic: {rate: 5/s}\nduration: 2min\nmemory: 1GB\n"
            + "timeout: 4min\nfront_door: none\nnetwork: {clients: vpc}\ntrigger: queue\n";

    @Test
    void aBatchTooLongForFifteenMinutesSaysWhichBatchSizeFits() {
        // 5/s × 5 s gathers 25, so batches of 10: 4 min + 9 × 2 min = 22 min > 15. A batch of n takes
        // 240 + (n − 1) × 120 s ≤ 900 s: n ≤ 6.5, so batch_size 6 or fewer.
        Assessment ten = lambda(TWO_MINUTES + "delivery: {batch_size: 10, batch_window: 5s}\n");
        LimitCheck timeout = ten.violations().stream().filter(l -> l.limit().equals("timeout")).findFirst()
                .orElseThrow();
        assertThat(timeout.required()).contains("22 min");
        assertThat(timeout.workaround()).startsWith("lower delivery.batch_size to 6 or fewer");
        // And 6 does fit: 240 + 5 × 120 = 840 s.
        Assessment six = lambda(TWO_MINUTES + "delivery: {batch_size: 6, batch_window: 5s}\n");
        assertThat(six.limits().stream().filter(l -> l.limit().equals("timeout")).findFirst().orElseThrow().ok())
                .isTrue();
        // A message over 15 minutes alone keeps the advice to split the work.
        Assessment alone = lambda(TWO_MINUTES.replace("timeout: 4min", "timeout: 16min")
                + "delivery: {batch_size: 10, batch_window: 5s}\n");
        assertThat(alone.violations().stream().filter(l -> l.limit().equals("timeout")).findFirst().orElseThrow()
                .workaround()).startsWith("split the work");
    }

    @Test
    void largeMessagesMakeSmallerBatchesRatherThanAPayloadOverSixMegabytes() {
        // The event source mapping passes records up to the 6 MB synchronous payload (services-sqs-configure.html):
        // 6,144 KB / 700 KB = 8.78, so batches of 8 (5/s × 5 s gathers 25, batch_size 10), 5,600 KB each.
        // 5/s × 2,628,000 s = 13,140,000 messages a month in batches of 8: 1,642,500 invocations.
        Assessment a = lambda("name: t\ntraffic: {rate: 5/s}\nduration: 100ms\nmemory: 1GB\ntimeout: 10s\n"
                + "front_door: none\nnetwork: {clients: vpc}\ntrigger: queue\npayload: {request: 700KB}\n"
                + "delivery: {batch_size: 10, batch_window: 5s}\n");
        assertThat(a.usable()).as(a.violations().toString()).isTrue();
        assertThat(a.limits().stream().filter(l -> l.limit().equals("request payload")).findFirst().orElseThrow()
                .required()).isEqualTo("5.47 MB");
        assertThat(a.lines().stream().filter(l -> l.key().equals("lambda.requests")).findFirst().orElseThrow()
                .quantity()).isCloseTo(1_642_500, within(1e-6));
        assertThat(a.notes()).anyMatch(n -> n.contains("batches of 8"));
    }

    @Test
    void failingMessagesInBatchesAssumePartialBatchResponses() {
        // services-sqs-configure.html: by default an error in a batch returns all its messages to the queue; the
        // retries priced (1 + 1% × 2 a message) hold only where the function reports partial batch responses.
        String base = "name: t\ntraffic: {rate: 5/s}\nduration: 100ms\nmemory: 1GB\ntimeout: 10s\n"
                + "front_door: none\nnetwork: {clients: vpc}\ntrigger: queue\n";
        Assessment batched = lambda(base + "delivery: {batch_size: 10, batch_window: 5s, attempts: 3, failing: 1%}\n");
        assertThat(batched.assumptions()).anyMatch(x -> x.contains("ReportBatchItemFailures"));
        // One message an invocation (no window), or nothing failing: nothing to assume.
        assertThat(lambda(base + "delivery: {attempts: 3, failing: 1%}\n").assumptions())
                .noneMatch(x -> x.contains("ReportBatchItemFailures"));
        assertThat(lambda(base + "delivery: {batch_size: 10, batch_window: 5s}\n").assumptions())
                .noneMatch(x -> x.contains("ReportBatchItemFailures"));
    }
    /** The reviewer's AI-orchestration worker: 5/s, 20 s a message (mean only), 100 ms of CPU, 512 MB. */
    private static final String WORKER = "name: worker\ntraffic: {rate: 5/s}\nduration: 20s\ncpu_time: 100ms\n"
            + "memory: 512MB\ntimeout: 60s\ntrigger: queue\nfront_door: none\nnetwork: {clients: vpc}\n";

    private static double duration(Assessment a) {
        return a.lines().stream().filter(l -> l.key().equals("lambda.duration.x86_64")).findFirst().orElseThrow()
                .quantity();
    }

    @Test
    void aBatchRunAtOnceLastsItsSlowestMessageNotTheBatchTimesTheMean() {
        // Measured at 512 MB, a message lasts 20 s there. 5/s × 5 s gathers 25, so batches of 10: 5/s ÷ 10 ×
        // 2,628,000 s = 1,314,000 batches a month. Mean only: every message lasts the mean, so a batch does too,
        // 20 s (its CPU, 10 × 100 ms ÷ (512/1,769 vCPU) = 3.46 s, is shorter): 1,314,000 × 20 s × 0.5 GB =
        // 13,140,000 GB-s, $219.00 at $0.0000166667.
        Assessment at = lambda(WORKER + "measured_on: lambda 512MB\n"
                + "delivery: {batch_size: 10, batch_window: 5s, batch_handling: concurrent}\n");
        assertThat(at.usable()).as(at.violations().toString()).isTrue();
        assertThat(duration(at)).isCloseTo(13_140_000, within(1.0));
        assertThat(at.lines().stream().filter(l -> l.key().equals("lambda.duration.x86_64")).findFirst()
                .orElseThrow().monthlyCost()).isCloseTo(219.00, within(0.005));
        assertThat(at.lines().stream().filter(l -> l.key().equals("lambda.requests")).findFirst().orElseThrow()
                .quantity()).isCloseTo(1_314_000, within(1e-6));
        assertThat(at.notes()).anyMatch(n -> n.contains("at once (delivery.batch_handling: concurrent)"));
        assertThat(at.assumptions()).anyMatch(x -> x.contains("share the function's memory, 512 MB"))
                .anyMatch(x -> x.contains("with only a mean stated"));
    }

    @Test
    void withoutTheFieldABatchStillRunsOneMessageAfterAnother() {
        // Not stated: the default, sequential, and the reviewer's figure. Stated at 1 vCPU, a message at 512 MB
        // takes 19.9 s + 100 ms × 1,769/512 = 20.2455 s, a batch of 10 202.4551 s, billed 202.456 s (1 ms):
        // 1,314,000 × 202.456 × 0.5 = 133,013,592 GB-s. Run at once, the slowest (the mean) billed 20.246 s:
        // 1,314,000 × 20.246 × 0.5 = 13,301,622 GB-s.
        String delivery = "delivery: {batch_size: 10, batch_window: 5s";
        Assessment sequential = lambda(WORKER + delivery + "}\n");
        assertThat(duration(sequential)).isCloseTo(133_013_592, within(1.0));
        assertThat(sequential.notes()).anyMatch(n -> n.contains("states delivery.batch_handling: concurrent"));
        assertThat(duration(lambda(WORKER + delivery + ", batch_handling: sequential}\n")))
                .isCloseTo(133_013_592, within(1.0));
        assertThat(duration(lambda(WORKER + delivery + ", batch_handling: concurrent}\n")))
                .isCloseTo(13_301_622, within(1.0));
    }

    @Test
    void aBatchRunAtOnceLastsAtLeastItsMessagesCpuTogether() {
        // 2 s a message of which 1 s CPU, 10 at once: their 10 CPU-seconds share the handler's vCPU, so a batch
        // lasts 10 s ÷ (m / 1,769 MB) below one vCPU — 34.55 s at 512 MB, longer than the slowest message's
        // 1 s + 1 s × 1,769/512 = 4.46 s — and 10 s from 1,769 MB on, as the handler's one thread uses one vCPU.
        // Below 1,769 MB every setting bills the same 10 × 1,769/1,024 = 17.275 GB-s a batch (above, more):
        // 1,314,000 × 17.275 = 22,699,863 GB-s, to within the 1 ms rounding.
        String cpuBound = "name: cpu\ntraffic: {rate: 5/s}\nduration: 2s\ncpu_time: 1s\nmemory: 512MB\n"
                + "timeout: 60s\ntrigger: queue\nfront_door: none\nnetwork: {clients: vpc}\n"
                + "delivery: {batch_size: 10, batch_window: 5s, batch_handling: concurrent}\n";
        Assessment a = lambda(cpuBound);
        assertThat(a.usable()).as(a.violations().toString()).isTrue();
        assertThat(duration(a)).isCloseTo(1_314_000 * 10 * 1769.0 / 1024, within(1_314_000 * 0.001));
        // Mean only, the slowest message would have been 2 s at the reference: the CPU bound is what bills.
        assertThat(duration(a)).isGreaterThan(1_314_000 * 4.46 * 0.5);
    }
    @Test
    void aBatchRunAtOnceCostsNoLessAtMoreLoad() {
        // Across one message a batch (0.2/s × 5 s) to full batches of 10 (2/s): a batch window gathers more, its
        // slowest and its CPU grow, and the month never costs less. p50 and p95 spread the messages.
        double previous = 0;
        for (double rate : new double[] {0.1, 0.19, 0.2, 0.21, 0.3, 0.5, 1, 1.9, 2, 2.1, 5}) {
            Assessment a = lambda(WORKER.replace("rate: 5/s", "rate: " + rate + "/s").replace("duration: 20s",
                    "duration: {p50: 15s, p95: 40s}") + "delivery: {batch_size: 10, batch_window: 5s, "
                    + "batch_handling: concurrent}\n");
            assertThat(a.platformCost()).as("at %s/s", rate).isGreaterThanOrEqualTo(previous);
            previous = a.platformCost();
        }
    }

    // --- a batch's longest: bounded by a stated max, or its messages' tail where none is stated ---

    /** 1/s, flat, a 10 s window: batches of 10 in every hour, the busiest too. */
    private static final String TAILED = "name: t\ntraffic: {rate: 1/s, pattern: flat}\nmemory: 1GB\n"
            + "front_door: none\nnetwork: {clients: vpc}\ntrigger: queue\n";

    private static DurationProfile batchDurations(Profile batched) {
        return ((Workload.Service) batched.workload()).duration();
    }

    private static LimitCheck timeoutCheck(Assessment a) {
        return a.limits().stream().filter(l -> l.limit().equals("timeout")).findFirst().orElseThrow();
    }

    @Test
    void aStatedMaxStillBoundsTheBatchAsBefore() {
        // Mean 20 s, p50 15 s, p95 50 s, max 60 s, timeout 90 s, batches of 10 one after another: the batch's mean
        // 10 × 20 = 200 s, its percentiles and max each plus 9 × 20 = 180 s (p50 195 s, p95 230 s, max 240 s), its
        // timeout 90 + 180 = 270 s, and the max bounds it: no tail is carried.
        String yaml = TAILED + "duration: {mean: 20s, p50: 15s, p95: 50s, max: 60s}\ntimeout: 90s\n"
                + "delivery: {batch_size: 10, batch_window: 10s}\n";
        Profile batched = Deliveries.asBatches(TestProfiles.parse(yaml), CATALOG);
        DurationProfile d = batchDurations(batched);
        assertThat(d.mean().seconds()).isCloseTo(200, within(1e-9));
        assertThat(d.p50().orElseThrow().seconds()).isCloseTo(195, within(1e-9));
        assertThat(d.p95().orElseThrow().seconds()).isCloseTo(230, within(1e-9));
        assertThat(d.max().orElseThrow().seconds()).isCloseTo(240, within(1e-9));
        assertThat(d.batch()).isEmpty();
        assertThat(batched.timeout().orElseThrow().seconds()).isCloseTo(270, within(1e-9));
        LimitCheck timeout = timeoutCheck(lambda(yaml));
        assertThat(timeout.ok()).isTrue();
        assertThat(timeout.required()).isEqualTo("270 s (4.5 min)");
        // At once: the expected slowest of 10 draws of σ = ln(50/15) / 1.6449 = 0.73196, 2.6028 × 20 = 52.056 s
        // (numerical integration of 10·Φ(z)^9·φ(z − σ)), under the 60 s max: the max bounds the batch and the
        // timeout stays 90 + 60 − 60 = 90 s.
        Profile atOnce = Deliveries.asBatches(TestProfiles.parse(yaml.replace("batch_window: 10s",
                "batch_window: 10s, batch_handling: concurrent")), CATALOG);
        assertThat(batchDurations(atOnce).mean().seconds()).isCloseTo(52.056, within(0.001));
        assertThat(batchDurations(atOnce).max().orElseThrow().seconds()).isCloseTo(60, within(1e-9));
        assertThat(batchDurations(atOnce).batch()).isEmpty();
        assertThat(atOnce.timeout().orElseThrow().seconds()).isCloseTo(90, within(1e-9));
    }

    /** Mean 45 s, p50 30 s, p95 2 min, no max: σ = ln 4 / 1.6449 = 0.84281 a message. */
    private static final String NO_MAX = TAILED + "duration: {mean: 45s, p50: 30s, p95: 2min}\ntimeout: 300s\n"
            + "delivery: {batch_size: 10, batch_window: 10s";

    @Test
    void withoutAMaxABatchOneAfterAnotherTakesItsMessagesSumsTail() {
        // A message past its 300 s timeout: Q((ln(300/45) + 0.35516) / 0.84281) = Q(2.67236) = 0.3766%, more than
        // 0.1%: the busiest batches may leave as many past theirs. 300 + 9 × 45 = 705 s would leave 5.6% of batches
        // of 10 past it (BatchTailTest: σ_S = 0.31378); the time that leaves 0.3766%, z = 2.67236 again:
        // 450·e^(−0.049228 + 0.31378 × 2.67236) = 990.8 s, past Lambda's 15 minutes, of which 0.899% run past
        // 900 s. The batch's longest, its p95 (the message's longest stated), 450·e^(−0.049228 + 0.31378 × 1.64485)
        // = 717.8 s, bounds nothing: the fit to its shifted figures is not read.
        Profile batched = Deliveries.asBatches(TestProfiles.parse(NO_MAX + "}\n"), CATALOG);
        DurationProfile d = batchDurations(batched);
        assertThat(d.max()).isEmpty();
        assertThat(d.longestName()).isEqualTo("p95");
        assertThat(d.longest().seconds()).isCloseTo(717.76, within(0.05));
        assertThat(batched.timeout().orElseThrow().seconds()).isCloseTo(990.83, within(0.05));
        Assessment a = lambda(NO_MAX + "}\n");
        LimitCheck timeout = timeoutCheck(a);
        assertThat(timeout.ok()).isFalse();
        assertThat(timeout.required()).isEqualTo("991 s (16.5 min) (a batch's; no max is stated, and about 0.9% of "
                + "the busiest batches (10 messages one after another) run past 15 min by the Fenton–Wilkinson "
                + "log-normal of the sum of their fitted log-normals; at most 0.38%, as many as of the messages past "
                + "their own timeout)");
        // Batches of 9: σ_S² = ln(1 + 1.03463/9) = 0.108808, 405·e^(−0.054404 + 0.32986 × 2.67236) = 926.1 s, still
        // over; of 8: σ_S² = ln(1 + 1.03463/8) = 0.121614, 360·e^(−0.060807 + 0.34873 × 2.67236) = 860.3 s, within
        // (and 300 + 7 × 45 = 615 s). Past 900 s: Q((ln 2.5 + 0.060807) / 0.34873) = Q(2.8019) = 0.25%.
        assertThat(timeout.workaround()).isEqualTo("lower delivery.batch_size to 8 or fewer: a batch of 8 needs a "
                + "timeout of 860 s (14.3 min), within Lambda's 15 min (no max is stated, and about 0.25% of the "
                + "busiest batches (8 messages one after another) run past 15 min by the Fenton–Wilkinson log-normal "
                + "of the sum of their fitted log-normals)");
        Assessment eight = lambda(NO_MAX.replace("batch_size: 10", "batch_size: 8") + "}\n");
        assertThat(timeoutCheck(eight).ok()).isTrue();
        assertThat(timeoutCheck(eight).required()).startsWith("860 s (14.3 min)");
        // The note says how the timeout was set: 300 + 7 × 45 = 615 s would leave Q((ln(615/360) + 0.060807) /
        // 0.34873) = Q(1.7099) = 4.4% of batches of 8 past it.
        assertThat(eight.notes()).anyMatch(n -> n.contains("no max is stated, so the 5 min timeout plus 7 × the 45 s "
                + "mean bounds no batch: the timeout is set to 860 s (14.3 min), past which no more of the busiest "
                + "batches (8 messages one after another) run than messages past the 5 min timeout, about 0.38% "
                + "(about 4.4% would run past 615 s (10.3 min)), by the Fenton–Wilkinson log-normal of their sum"));
    }

    @Test
    void withoutAMaxABatchAtOnceTakesItsSlowestMessagesTail() {
        // At once a batch of 10 lasts its slowest: 1 − (1 − q)^10. The timeout that leaves 0.3766% of them past it
        // (BatchTailTest): q = 0.00037724, 539.64 s, longer than 300 s plus what the expected slowest (2.9246 × 45
        // = 131.6 s, numerical integration) adds to the 120 s p95, 311.6 s. Past 900 s: 10 × Q(3.97587) = 0.035%.
        // The busiest batch's p95: a message's at 1 − 0.95^(1/10) = 0.0051162, z = 2.56788:
        // 45·e^(−0.35516 + 0.84281 × 2.56788) = 274.71 s.
        Profile batched = Deliveries.asBatches(TestProfiles.parse(NO_MAX + ", batch_handling: concurrent}\n"),
                CATALOG);
        DurationProfile d = batchDurations(batched);
        assertThat(d.max()).isEmpty();
        assertThat(d.longest().seconds()).isCloseTo(274.71, within(0.05));
        assertThat(batched.timeout().orElseThrow().seconds()).isCloseTo(539.64, within(0.05));
        LimitCheck timeout = timeoutCheck(lambda(NO_MAX + ", batch_handling: concurrent}\n"));
        assertThat(timeout.ok()).isTrue();
        assertThat(timeout.required()).isEqualTo("540 s (9 min) (a batch's; no max is stated, and about 0.035% of "
                + "the busiest batches (10 messages at once) run past 15 min, each lasting its slowest message, by "
                + "the log-normal fitted to the stated durations; at most 0.38%, as many as of the messages past "
                + "their own timeout)");
    }
}
