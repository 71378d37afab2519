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
}
