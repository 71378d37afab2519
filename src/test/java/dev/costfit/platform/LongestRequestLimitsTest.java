package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import org.junit.jupiter.api.Test;

/**
 * Advice and checks built on the longest request say what it is: a stated max bounds the requests; a p95 or p99
 * does not, and the log-normal costfit fits to the stated durations (LongestRequest) says how many run past a
 * limit. Shares by hand from a normal table (LongestRequestTest works the σ's out).
 */
class LongestRequestLimitsTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    /** An expert review's profile: mean 8 min, p50 7 min, p95 14 min, and a 20-minute timeout. */
    private static final String LONG = "name: long\nregion: eu-west-1\ntraffic: {rate: 0.02/s, pattern: "
            + "business-hours}\ncpu_time: 5s\nmemory: 2GB\ntimeout: 20min\nconcurrency_per_instance: 20\n";

    private static LimitCheck check(Assessment a, String limit) {
        return a.limits().stream().filter(l -> l.limit().equals(limit)).findFirst().orElseThrow();
    }

    private static LimitCheck timeout(String platform, String duration) {
        return check(Platforms.assess(Platforms.byId(platform).orElseThrow(), TestProfiles.parse(LONG
                + "duration: " + duration + "\n"), LIST), "timeout");
    }

    @Test
    void aP95IsNotOfferedAsTheLongestRequestWhenLoweringTheTimeout() {
        // σ = ln 2 / 1.6449 = 0.42140; past 15 min, Q((ln(900 / 480) + 0.088791) / 0.42140) = Q(1.7024) = 4.4%:
        // more than 0.1%, so lowering the timeout holds only if no request runs longer. The same on LMI.
        for (String platform : new String[] {"lambda", "lambda-managed-instances"}) {
            LimitCheck t = timeout(platform, "{mean: 8min, p50: 7min, p95: 14min}");
            assertThat(t.ok()).isFalse();
            assertThat(t.workaround()).as(platform).startsWith("lower the timeout to 15 min only if no request runs "
                    + "longer (no max is stated: the p95 is 14 min at a whole vCPU, and about 4.4% of requests run "
                    + "past 15 min by the log-normal fitted to the stated durations, which that timeout would stop), "
                    + "or split the work");
        }
    }

    @Test
    void aStatedMaxOrANegligibleTailKeepsThePlainAdvice() {
        assertThat(timeout("lambda", "{mean: 8min, p50: 7min, p95: 14min, max: 14min}").workaround())
                .startsWith("lower the timeout to 15 min (the longest request takes 14 min at a whole vCPU), or ");
        // Mean 2 min, p99 6 min: σ = 0.53340, Q((ln 7.5 + 0.14226) / 0.53340) = Q(4.0442) = 0.0026%, within 0.1%.
        assertThat(timeout("lambda", "{mean: 2min, p99: 6min}").workaround()).startsWith("lower the timeout to 15 min "
                + "(no max is stated: the p99 is 6 min at a whole vCPU, and about 0.0026% of requests run past 15 min "
                + "by the log-normal fitted to the stated durations), or ");
    }

    /** Two requests a second behind an ALB on 1-vCPU Fargate tasks, which run them as stated (a whole vCPU). */
    private static LimitCheck idle(String duration, String more) {
        return check(new FargatePlatform().assess(TestProfiles.parse("name: a\ntraffic: {rate: 2/s}\nduration: "
                + duration + "\ncpu_time: 100ms\nvcpu: 1\nmemory: 2GB\ntimeout: 120s\nfront_door: alb\n" + more),
                LIST), "ALB idle timeout");
    }

    @Test
    void theAlbIdleTimeoutCountsTheRequestsPastItNotTheP95Alone() {
        // Mean 20 s, p95 61 s: 1.6449·σ − σ²/2 = ln 3.05, σ = 0.95546; past 60 s, Q((ln 3 + 0.45645) / 0.95546) =
        // Q(1.6276) = 5.2%.
        LimitCheck p95 = idle("{mean: 20s, p95: 61s}", "");
        assertThat(p95.ok()).isFalse();
        assertThat(p95.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        assertThat(p95.required()).isEqualTo("61 s (1 min) (the p95; no max is stated, and about 5.2% of requests "
                + "run past 1 min by the log-normal fitted to the stated durations)");
        // p95 50 s lies within the 60 s, but σ = 0.71053 puts Q(1.9015) = 2.9% of the requests past it: cut.
        LimitCheck within = idle("{mean: 20s, p95: 50s}", "");
        assertThat(within.ok()).isFalse();
        assertThat(within.required()).contains("about 2.9% of requests run past 1 min");
        // p95 30 s: σ = 0.26840, Q((ln 3 + 0.036020) / 0.26840) = Q(4.2273) = 0.0012%.
        LimitCheck short30 = idle("{mean: 20s, p95: 30s}", "");
        assertThat(short30.ok()).isTrue();
        assertThat(short30.required()).contains("about 0.0012% of requests run past 1 min");
        // A max of 50 s bounds them.
        LimitCheck max = idle("{mean: 20s, p95: 50s, max: 55s}", "");
        assertThat(max.ok()).isTrue();
        assertThat(max.required()).isEqualTo("55 s (longest request)");
    }

    @Test
    void aStreamedResponseKeepsTheAlbConnectionActive() {
        // The idle timeout counts time with "no data being sent or received" (ELB user guide): a container's stream
        // sends as it goes. An ALB buffers a Lambda target's response, so there the requests are still held to it.
        LimitCheck streamed = idle("{mean: 20s, p95: 61s}", "payload: {response: 20KB, streaming: true}\n");
        assertThat(streamed.ok()).isTrue();
        assertThat(streamed.required()).isEqualTo("61 s (1 min) (longest request), streamed (payload.streaming): "
                + "its bytes keep the connection from idling");
        Assessment lambda = new LambdaPlatform().assess(TestProfiles.parse("name: a\ntraffic: {rate: 2/s}\n"
                + "duration: {mean: 20s, p95: 61s}\ncpu_time: 100ms\nmemory: 2GB\ntimeout: 120s\nfront_door: alb\n"
                + "payload: {response: 20KB, streaming: true}\n"), LIST);
        LimitCheck buffered = check(lambda, "ALB idle timeout");
        assertThat(buffered.ok()).isFalse();
        assertThat(buffered.required()).contains("(the p95; no max is stated");
    }
}
