package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
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
}
