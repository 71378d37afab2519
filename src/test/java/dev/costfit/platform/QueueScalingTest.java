package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import org.junit.jupiter.api.Test;

/**
 * A queue-fed Lambda scales as its SQS event source mapping does (services-sqs-scaling.html): up to 300 more
 * instances a minute, at most 1,000 concurrent batches; the backlog waits in the queue.
 */
class QueueScalingTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false, true);

    private static Assessment lambda(String traffic) {
        return Platforms.assess(Platforms.byId("lambda").orElseThrow(), TestProfiles.parse("name: t\ntraffic: "
                + traffic + "\nduration: 4s\nmemory: 512MB\ntimeout: 30s\nfront_door: none\n"
                + "network: {clients: vpc}\ntrigger: queue\n"), REPORT);
    }

    private static LimitCheck check(Assessment a, String name) {
        return a.limits().stream().filter(l -> l.limit().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aBurstOverTheMappingsThousandBatchesWaitsInTheQueue() {
        // 200/s × 4 s = 800 batches in flight on average (one message each, no batch window), × 3 at the burst:
        // over 1,000 only at the peak, so an advisory, and the backlog waits in the queue.
        Assessment a = lambda("{rate: 200/s, burst: 3x}");
        LimitCheck batches = check(a, "concurrent batches (SQS)");
        assertThat(batches.ok()).isFalse();
        assertThat(batches.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        assertThat(batches.allowed()).startsWith("1,000 concurrent batches an SQS event source mapping invokes");
        assertThat(batches.workaround()).contains("waits in the queue");
        LimitCheck scaling = check(a, "scaling rate (SQS)");
        assertThat(scaling.allowed()).isEqualTo("+300 instances a minute per SQS event source mapping");
        // None of the synchronous caller's texts: no queue to put in front, no +1,000 per 10 s.
        assertThat(a.limits()).noneMatch(l -> l.workaround().contains("a queue in front")
                || l.limit().equals("concurrent executions") || l.limit().equals("scaling rate"));
    }

    @Test
    void aMeanOverTheThousandBatchesGrowsTheBacklogWithoutEnd() {
        // 300/s × 4 s = 1,200 batches in flight on average, over 1,000: a quota to act on.
        LimitCheck batches = check(lambda("{rate: 300/s}"), "concurrent batches (SQS)");
        assertThat(batches.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(batches.workaround()).contains("grows without end");
    }
}
