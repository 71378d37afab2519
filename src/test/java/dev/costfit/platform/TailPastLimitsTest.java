package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.LongestRequest;
import dev.costfit.model.RequestTime;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A p95 or p99 is not the longest request, for the limits that stop requests past them: API Gateway's integration
 * timeout answers 504 past its 30 s (HTTP API) or 29 s (REST API), and a profile's own timeout stops a request that
 * a slower setting stretches past it. A stated max, or a mean alone, bounds the requests and is checked as before.
 *
 * <p>The hand figures: mean 12 s, p50 9 s and p95 25 s fit σ = ln(25 / 9) / 1.64485 = 1.02165 / 1.64485 = 0.62112
 * (σ²/2 = 0.19289), the log-normal's mean the stated 12 s. A request runs past t with probability
 * Q((ln(t / m) + σ²/2) / σ), m the mean at the setting; Q from a normal table.
 */
class TailPastLimitsTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    private static final String SPREAD = "{mean: 12s, p50: 9s, p95: 25s}";

    private static Profile profile(String duration, String more) {
        return TestProfiles.parse("name: t\ntraffic: {rate: 1/s}\nduration: " + duration + "\nmemory: 1GB\n" + more);
    }

    private static LimitCheck check(Assessment a, String limit) {
        return a.limits().stream().filter(l -> l.limit().equals(limit)).findFirst().orElseThrow();
    }

    private static LimitCheck integration(String duration, String more) {
        return check(new LambdaPlatform().assess(profile(duration, more), LIST),
                "API Gateway HTTP API integration timeout");
    }

    // --- API Gateway's integration timeout ---

    @Test
    void aP95Of25SecondsLeavesFourPercentPastTheHttpApisThirtySeconds() {
        // Past 30 s: z = (ln(30 / 12) + 0.19289) / 0.62112 = (0.91629 + 0.19289) / 0.62112 = 1.7858, Q(1.7858) =
        // 0.03707: 3.7% of the requests get a 504 while the function runs on (and bills). The longest stated, 25 s,
        // lies within the 30 s: before, the HTTP API passed.
        Profile p = profile(SPREAD, "timeout: 60s\nfront_door: api-gateway-http\n");
        assertThat(LongestRequest.of(p).shareBeyond(30)).isCloseTo(0.03707, within(5e-6));
        LimitCheck http = integration(SPREAD, "timeout: 60s\nfront_door: api-gateway-http\n");
        assertThat(http.ok()).isFalse();
        assertThat(http.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(http.required()).isEqualTo("25 s (the p95; no max is stated, and about 3.7% of requests run past "
                + "30 s by the log-normal fitted to the stated durations)");
        assertThat(http.allowed()).isEqualTo("30 s (fixed)");
        // The REST API's 29 s: z = (ln(29 / 12) + 0.19289) / 0.62112 = (0.88239 + 0.19289) / 0.62112 = 1.7312,
        // Q(1.7312) = 0.04171, a quota (the timeout of a Regional REST API can be raised).
        assertThat(LongestRequest.of(p).shareBeyond(29)).isCloseTo(0.04171, within(5e-6));
        LimitCheck rest = check(new LambdaPlatform().assess(profile(SPREAD, "timeout: 60s\nfront_door: "
                + "api-gateway-rest\n"), LIST), "API Gateway REST API integration timeout");
        assertThat(rest.ok()).isFalse();
        assertThat(rest.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(rest.required()).contains("about 4.2% of requests run past 29 s");
    }

    @Test
    void autoTakesAFunctionUrlAndSaysWhatTheHttpApiWouldCut() {
        // The 60 s timeout chooses the function URL, as before; the note says how many requests the HTTP API would
        // cut were it asked for (3.7%, as above).
        Assessment a = new LambdaPlatform().assess(profile(SPREAD, "timeout: 60s\n"), LIST);
        assertThat(a.notes()).anyMatch(n -> n.startsWith("front door: a Lambda function URL (front_door: auto), "
                + "because the 1 min timeout lets requests outlast API Gateway's 30 s integration timeout")
                && n.endsWith("(front_door: api-gateway-http keeps the HTTP API if no request takes that long; no "
                + "max is stated, and about 3.7% of requests run past 30 s by the log-normal fitted to the stated "
                + "durations)"));
    }

    @Test
    void aTimeoutWithinTheIntegrationTimeoutStopsThoseRequestsItself() {
        // The function's own 30 s stops every request API Gateway would cut, no later: the door cuts none the
        // function would finish.
        LimitCheck own = integration(SPREAD, "timeout: 30s\nfront_door: api-gateway-http\n");
        assertThat(own.ok()).isTrue();
        assertThat(own.required()).isEqualTo("30 s (timeout)");
    }

    @Test
    void aNegligibleTailPassesAndTheAdvisorySaysIt() {
        // Mean 5 s, p50 4 s, p95 10 s: σ = ln 2.5 / 1.64485 = 0.55706; past 30 s, z = (ln 6 + 0.15516) / 0.55706 =
        // 3.4950, Q(3.4950) = 0.024%: within 0.1%. The 60 s timeout still lets the rest run past the 30 s.
        LimitCheck short10 = integration("{mean: 5s, p50: 4s, p95: 10s}", "timeout: 60s\nfront_door: "
                + "api-gateway-http\n");
        assertThat(short10.ok()).isFalse();
        assertThat(short10.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        assertThat(short10.required()).isEqualTo("1 min (timeout; the p95 is 10 s, no max is stated, and about "
                + "0.024% of requests run past 30 s by the log-normal fitted to the stated durations)");
    }

    @Test
    void aStatedMaxOrAMeanAloneIsCheckedAsBefore() {
        // A max bounds the requests: 28 s within 30 s passes the hard check; the 60 s timeout is the advisory.
        LimitCheck max = integration("{mean: 12s, p50: 9s, p95: 25s, max: 28s}", "timeout: 60s\nfront_door: "
                + "api-gateway-http\n");
        assertThat(max.ok()).isFalse();
        assertThat(max.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        assertThat(max.required()).isEqualTo("1 min (timeout)");
        assertThat(max.allowed()).isEqualTo("30 s");
        LimitCheck maxPast = integration("{mean: 12s, p50: 9s, p95: 25s, max: 40s}", "timeout: 60s\nfront_door: "
                + "api-gateway-http\n");
        assertThat(maxPast.ok()).isFalse();
        assertThat(maxPast.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(maxPast.required()).isEqualTo("40 s (longest request)");
        // A mean alone: every request lasts it.
        LimitCheck mean = integration("25s", "timeout: 60s\nfront_door: api-gateway-http\n");
        assertThat(mean.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        assertThat(mean.required()).isEqualTo("1 min (timeout)");
        LimitCheck meanPast = integration("40s", "timeout: 60s\nfront_door: api-gateway-http\n");
        assertThat(meanPast.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(meanPast.required()).isEqualTo("40 s (longest request)");
        // The automatic door says "requests of up to" where the figure bounds them.
        assertThat(new LambdaPlatform().assess(profile("40s", "timeout: 60s\n"), LIST).notes()).anyMatch(n -> n
                .equals("front door: a Lambda function URL (front_door: auto), because requests of up to 40 s outlast "
                        + "API Gateway's 30 s integration timeout; function URLs are free and wait up to the function "
                        + "timeout"));
    }

    @Test
    void anAlbIdleTimeoutBeyondTheProfilesTimeoutCutsNothingItWouldNot() {
        // Mean 20 s, p95 50 s put 2.9% of the requests past the ALB's 60 s (LongestRequestLimitsTest) where a 120 s
        // timeout lets them run on; a 55 s timeout stops every one of them first.
        String fargate = "cpu_time: 100ms\nvcpu: 1\nfront_door: alb\n";
        LimitCheck within = check(new FargatePlatform().assess(profile("{mean: 20s, p95: 50s}", fargate
                + "timeout: 55s\n"), LIST), "ALB idle timeout");
        assertThat(within.ok()).isTrue();
        assertThat(within.required()).isEqualTo("50 s (the p95; no max is stated, and the 55 s timeout stops every "
                + "request sooner)");
        LimitCheck past = check(new FargatePlatform().assess(profile("{mean: 20s, p95: 50s}", fargate
                + "timeout: 120s\n"), LIST), "ALB idle timeout");
        assertThat(past.ok()).isFalse();
        assertThat(past.required()).contains("about 2.9% of requests run past 1 min");
    }

    // --- the profile's own timeout at a setting ---

    /** The timeout check of a profile, 2 s of its 12 s on the CPU and a 30 s timeout, at {@code vcpu}. */
    private static LimitCheck atSetting(String duration, double vcpu) {
        Profile p = profile(duration, "cpu_time: 2s\ntimeout: 30s\n");
        return SpeedLimits.check(p, LIST, RequestTime.of(p), vcpu, List.of("test", vcpu), () -> vcpu + " vCPU",
                Optional.empty()).stream().filter(l -> l.limit().equals("timeout at this setting")).findFirst()
                .orElseThrow();
    }

    @Test
    void aSlowerSettingIsHeldToTheShareItPushesPastTheTimeout() {
        // At 0.5 vCPU the request takes 10 + 2 / 0.5 = 14 s and its p95 25 × 14 / 12 = 29.17 s, within the 30 s
        // timeout (before: it fitted). But z = (ln(30 / 14) + 0.19289) / 0.62112 = (0.76214 + 0.19289) / 0.62112 =
        // 1.5376, Q(1.5376) = 0.06207 of the requests run past 30 s, against Q(1.7858) = 0.03707 as measured (12 s):
        // 2.5% more of them stopped by the timeout.
        LimitCheck half = atSetting(SPREAD, 0.5);
        assertThat(half.ok()).isFalse();
        assertThat(half.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(half.required()).isEqualTo("29.17 s (the p95 at 0.5 vCPU; no max is stated, and "
                + "about 6.2% of requests run past 30 s by the log-normal fitted to the stated durations, about 3.7% "
                + "as measured)");
        assertThat(half.allowed()).isEqualTo("30 s (timeout; at most 0.1% more past it than as measured)");
        // At a whole vCPU it runs as measured: the 3.7% the fit puts past the profile's own timeout is no setting's.
        assertThat(atSetting(SPREAD, 1).ok()).isTrue();
    }

    @Test
    void aStatedMaxOrAMeanAloneIsHeldAtASettingAsBefore() {
        // Max 25.5 s at 0.5 vCPU: 25.5 × 14 / 12 = 29.75 s, within 30 s; max 29 s: 33.83 s, past it.
        LimitCheck max = atSetting("{mean: 12s, p50: 9s, p95: 25s, max: 25.5s}", 0.5);
        assertThat(max.ok()).isTrue();
        assertThat(max.required()).isEqualTo("29.75 s (the longest request at 0.5 vCPU)");
        assertThat(max.allowed()).isEqualTo("30 s (timeout)");
        LimitCheck maxPast = atSetting("{mean: 12s, p50: 9s, p95: 25s, max: 29s}", 0.5);
        assertThat(maxPast.ok()).isFalse();
        assertThat(maxPast.required()).isEqualTo("33.83 s (the longest request at 0.5 vCPU)");
        // A mean alone: 14 s at 0.5 vCPU.
        LimitCheck mean = atSetting("12s", 0.5);
        assertThat(mean.ok()).isTrue();
        assertThat(mean.required()).isEqualTo("14 s (the longest request at 0.5 vCPU)");
    }

    @Test
    void lambdaTakesTheLeastMemoryThatKeepsTheTailWithinTheTimeout() {
        // The most mean the timeout allows: Q((ln(30 / m) + 0.19289) / 0.62112) = 0.03707 + 0.001 = 0.03807 at
        // z = 1.7736, m = 30 · e^(0.19289 − 0.62112 · 1.7736) = 12.0914 s; 10 + 2 / v = 12.0914 at v = 0.95631
        // vCPU, 0.95631 × 1,769 = 1,691.7 MB: 1,692 MB. (By the p95 alone, 25 × m / 12 ≤ 30 allowed m = 14.4 s,
        // v = 0.45455, 805 MB, which puts 6.8% past the timeout; 1,691 MB puts 0.03808 past it, just over.)
        Assessment a = new LambdaPlatform().assess(profile(SPREAD, "cpu_time: 2s\ntimeout: 30s\n"), LIST);
        assertThat(a.usable()).isTrue();
        assertThat(a.capacity().figures()).anySatisfy(f -> {
            assertThat(f.key()).isEqualTo("memoryMb");
            assertThat(f.value()).isEqualTo(1_692);
        });
        assertThat(check(a, "timeout at this setting").ok()).isTrue();
    }
}
