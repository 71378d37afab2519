package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Lambda's synchronous request rate, against the quotas page (gettingstarted-limits, "Invocation requests per
 * function per Region (synchronous)": "Each instance of your execution environment can serve up to 10 requests per
 * second. In other words, the total invocation limit is 10 times your concurrency limit"; pricing-reference.md §1.3:
 * "Sync invoke RPS = 10 × concurrency") with the default 1,000 concurrent executions: 10,000 a second.
 */
class SyncRequestRateTest {

    private static final LambdaPlatform LAMBDA = new LambdaPlatform();
    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    /** Short Go requests behind a function URL: 20 ms at 256 MB, 1 KB each way. */
    private static Assessment shortRequests(String traffic, String extra) {
        return LAMBDA.assess(TestProfiles.parse("name: short\ntraffic: " + traffic + "\nduration: 20ms\n"
                + "memory: 256MB\ntimeout: 3s\nruntime: go\nfront_door: function-url\n"
                + "payload: {request: 1KB, response: 1KB}\n" + extra), LIST);
    }

    private static Optional<LimitCheck> rate(Assessment a) {
        return a.limits().stream().filter(l -> l.limit().equals("synchronous request rate")).findFirst();
    }

    private static LimitCheck concurrency(Assessment a) {
        return a.limits().stream().filter(l -> l.limit().equals("concurrent executions")).findFirst().orElseThrow();
    }

    @Test
    void fifteenThousandShortRequestsASecondNeedMoreThanTheQuotaAllowsThoughFewAreInFlight() {
        // The reviewer's profile: 15,000/s x 20 ms = 300 in flight (p99 341), well within 1,000 concurrent
        // executions; but 15,000/s at 10 a second per environment is 1,500 environments' worth, over 10,000/s.
        Assessment a = shortRequests("{rate: 15000/s, pattern: flat}", "");
        assertThat(concurrency(a).ok()).isTrue();
        assertThat(concurrency(a).required()).startsWith("341 ");
        LimitCheck check = rate(a).orElseThrow();
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(check.required()).isEqualTo("15,000/s at the peak hour (with burst)");
        assertThat(check.allowed()).isEqualTo("10,000/s per function (10 × the default quota of 1,000 concurrent "
                + "executions)");
        assertThat(check.workaround()).startsWith("15,000/s takes 1,500 environments' worth at 10 a second each: "
                + "ask AWS to raise the concurrent executions quota");
        // A quota needs action; it is not a limit the function breaks.
        assertThat(a.feasible()).isTrue();
        assertThat(a.violations()).extracting(LimitCheck::limit).containsExactly("synchronous request rate");
    }

    @Test
    void thePeakHourWithItsBurstIsWhatIsNeeded() {
        // 10,000/s exactly is allowed; 5,000/s with a 2x burst is 10,000/s, with 3x 15,000/s.
        assertThat(rate(shortRequests("{rate: 10000/s, pattern: flat}", "")).orElseThrow().ok()).isTrue();
        assertThat(rate(shortRequests("{rate: 5000/s, pattern: flat, burst: 2x}", "")).orElseThrow().ok()).isTrue();
        LimitCheck burst = rate(shortRequests("{rate: 5000/s, pattern: flat, burst: 3x}", "")).orElseThrow();
        assertThat(burst.ok()).isFalse();
        assertThat(burst.required()).startsWith("15,000/s");
        // Business hours (PatternPreset): 50 busy hours at weight 1 and 118 at 0.1 sum to 61.8, so a busy hour runs
        // at 168 / 61.8 = 2.718 times the mean rate: 3,500/s is 9,515/s, within 10,000; 4,000/s is 672,000 / 61.8 =
        // 10,873.8/s, over it.
        assertThat(rate(shortRequests("{rate: 3500/s, pattern: business-hours}", "")).orElseThrow().ok()).isTrue();
        LimitCheck busy = rate(shortRequests("{rate: 4000/s, pattern: business-hours}", "")).orElseThrow();
        assertThat(busy.ok()).isFalse();
        assertThat(busy.required()).startsWith("10,874/s");
    }

    @Test
    void asynchronousEventsAreBoundedByConcurrencyAlone() {
        // "Each instance of your execution environment can serve an unlimited number of requests" (asynchronous).
        assertThat(rate(shortRequests("{rate: 15000/s, pattern: flat}", "trigger: event\n")))
                .isEmpty();
    }
}
