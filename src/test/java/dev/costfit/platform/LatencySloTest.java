package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The latency SLO: what each platform must buy to meet it (pricing-reference.md §1.1 for provisioned concurrency). */
class LatencySloTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final LambdaPlatform LAMBDA = new LambdaPlatform();

    /** A Java framework service (5 s cold starts) at one request a minute, 1 GB, with an SLO of 1 s for 99%. */
    private static Profile javaService(String extra) {
        return TestProfiles.parse("name: slo\ntraffic: {rate: 1/min}\nduration: 500ms\ncpu_time: 50ms\nmemory: 1GB\n"
                + "timeout: 30s\nruntime: java\nfront_door: function-url\nnetwork: {clients: vpc}\n"
                + "latency: {cold_start_budget: 1s, cold_start_share: 1%}\n" + extra);
    }

    private static Optional<CostLine> line(Assessment a, String prefix) {
        return a.lines().stream().filter(l -> l.component().startsWith(prefix)).findFirst();
    }

    @Test
    void lambdaBuysProvisionedConcurrencyWhereColdStartsBreakTheSlo() {
        Assessment a = LAMBDA.assess(javaService(""), LIST);
        assertThat(a.feasible()).isTrue();
        CostLine pc = line(a, "Provisioned concurrency").orElseThrow();
        // One environment all month: 730 h x 3600 s x 1 GB = 2,628,000 GB-s x $0.0000041667.
        assertThat(pc.quantity()).isCloseTo(2_628_000, within(1e-3));
        assertThat(pc.unitPrice()).isEqualTo(0.0000041667);
        // Requests served by it bill at the provisioned duration rate, $0.0000097222 per GB-s.
        CostLine served = line(a, "Duration on provisioned environments").orElseThrow();
        assertThat(served.unitPrice()).isEqualTo(0.0000097222);
        assertThat(a.coldStarts().sloMet()).isTrue();
        assertThat(a.coldStarts().share()).isLessThanOrEqualTo(0.01);
        assertThat(a.coldStarts().explanation()).anyMatch(e -> e.startsWith("provisioned concurrency: 1"));
    }

    @Test
    void withoutAnSloNothingIsBought() {
        Profile noSlo = TestProfiles.parse("name: n\ntraffic: {rate: 1/min}\nduration: 500ms\nmemory: 1GB\n"
                + "timeout: 30s\nruntime: java\nfront_door: function-url\n");
        assertThat(line(LAMBDA.assess(noSlo, LIST), "Provisioned concurrency")).isEmpty();
    }

    /**
     * min_instances asks for instances kept warm: Lambda keeps them as provisioned concurrency (on auto). Three
     * environments of 1 GB all month: 3 x 730 h x 3600 s x 1 GB = 7,884,000 GB-s x $0.0000041667 = $32.85; 1/min of
     * 500 ms is 0.0083 in flight, almost all of it on them (Erlang: 0.0083 x (1 - B(3, 0.0083))), at
     * $0.0000097222 a GB-s. Stated, the knob wins; off, nothing is kept.
     */
    @Test
    void minInstancesAreKeptWarmOnLambdaAsProvisionedConcurrency() {
        String light = "name: n\ntraffic: {rate: 1/min}\nduration: 500ms\nmemory: 1GB\ntimeout: 30s\nruntime: python\n"
                + "front_door: function-url\nmin_instances: 3\n";
        Assessment a = LAMBDA.assess(TestProfiles.parse(light), LIST);
        CostLine pc = line(a, "Provisioned concurrency").orElseThrow();
        assertThat(pc.quantity()).isCloseTo(7_884_000, within(1e-3));
        assertThat(pc.monthlyCost()).isCloseTo(7_884_000 * 0.0000041667, within(1e-9));
        // 43,800 requests x 0.5 s x 1 GB x (1 - B), B = (L^3 / 6) / (1 + L + L^2 / 2 + L^3 / 6) = 9.565e-8.
        assertThat(line(a, "Duration on provisioned environments").orElseThrow().quantity())
                .isCloseTo(21_899.99791, within(1e-4));
        assertThat(a.coldStarts().explanation()).anyMatch(e -> e.startsWith("provisioned concurrency: 3 environments "
                + "(min_instances, kept warm as provisioned concurrency)"));
        assertThat(line(LAMBDA.assess(TestProfiles.parse(light + "platforms: {lambda: {provisioned_concurrency: 1}}\n"),
                LIST), "Provisioned concurrency").orElseThrow().quantity()).isCloseTo(2_628_000, within(1e-3));
        assertThat(line(LAMBDA.assess(TestProfiles.parse(light + "platforms: {lambda: {provisioned_concurrency: off}}"
                + "\n"), LIST), "Provisioned concurrency")).isEmpty();
        // They count against the account's concurrency quota, busy or not: 5,000 is over the default 1,000.
        Assessment many = LAMBDA.assess(TestProfiles.parse(light.replace("min_instances: 3", "min_instances: 5000")),
                LIST);
        assertThat(many.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("provisioned concurrency");
            assertThat(v.required()).isEqualTo("5,000 environments (min_instances)");
            assertThat(v.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        });
        assertThat(a.violations()).noneMatch(v -> v.limit().equals("provisioned concurrency"));
    }

    @Test
    void aFastRuntimeMeetsTheBudgetWithoutBuyingAnything() {
        // Python starts in about 0.3 s: under the 1 s budget, however many start cold.
        Assessment a = LAMBDA.assess(javaService("").withRuntime(dev.costfit.profile.Runtime.PYTHON), LIST);
        assertThat(line(a, "Provisioned concurrency")).isEmpty();
        assertThat(a.coldStarts().sloMet()).isTrue();
    }

    @Test
    void provisionedConcurrencyOffMakesLambdaInfeasibleWithTheReason() {
        Assessment a = LAMBDA.assess(javaService("platforms: {lambda: {provisioned_concurrency: off}}\n"), LIST);
        assertThat(a.feasible()).isFalse();
        assertThat(a.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("cold-start latency SLO");
            assertThat(v.workaround()).contains("provisioned_concurrency: auto");
        });
        // The cold starts that break it are kept, not replaced by the none of a platform that never modelled them:
        // the JSON's coldStarts must not say the SLO it breaks is met.
        assertThat(a.coldStarts().sloMet()).isFalse();
        assertThat(a.coldStarts().share()).isGreaterThan(0.01);
        assertThat(a.coldStarts().perMonth()).isGreaterThan(0);
    }

    /** An unfit assessment with no cold starts modelled still does not call an SLO met whose check failed. */
    @Test
    void anUnfitAssessmentWhoseSloCheckFailsNeverSaysTheSloIsMet() {
        LimitCheck failed = LimitCheck.of(false, LimitCheck.Severity.HARD, "step a: cold-start latency SLO",
                "at most 1%", "2%", "keep more warm");
        LimitCheck other = LimitCheck.of(false, LimitCheck.Severity.HARD, "timeout", "20 min", "15 min", "split it");
        Assessment sloBroken = Assessment.unfit(LAMBDA.info(), "", List.of(failed), Capacity.NONE, List.of(),
                List.of());
        assertThat(sloBroken.coldStarts().sloMet()).isFalse();
        Assessment timeoutBroken = Assessment.unfit(LAMBDA.info(), "", List.of(other), Capacity.NONE, List.of(),
                List.of());
        assertThat(timeoutBroken.coldStarts().sloMet()).isTrue();
    }

    @Test
    void theFreeTierDoesNotApplyWithProvisionedConcurrency() {
        Assessment a = LAMBDA.assess(javaService(""), new PricingContext(CATALOG, true));
        assertThat(a.lines()).noneMatch(l -> l.component().contains("free"));
        assertThat(a.notes()).anyMatch(n -> n.contains("free tier") && n.contains("provisioned concurrency"));
    }

    @Test
    void initOfZeroTurnsTheInitLineOffAndMeetsAnySlo() {
        Assessment a = LAMBDA.assess(javaService("cold_start: {init: 0ms}\n"), LIST);
        assertThat(line(a, "INIT")).isEmpty();
        assertThat(line(a, "Provisioned concurrency")).isEmpty();
    }

    @Test
    void lambdaBillsInitOnColdStarts() {
        Profile p = TestProfiles.parse("name: i\ntraffic: {rate: 1/min}\nduration: 500ms\nmemory: 1GB\ntimeout: 30s\n"
                + "front_door: function-url\ncold_start: {init: 1s}\n");
        Assessment a = LAMBDA.assess(p, LIST);
        CostLine init = line(a, "INIT on cold starts").orElseThrow();
        // Each cold start bills 1 s x 1 GB.
        assertThat(init.quantity()).isCloseTo(a.coldStarts().perMonth(), within(1e-6));
        assertThat(a.coldStarts().perMonth()).isGreaterThan(0);
    }

    @Test
    void cloudFunctionsKeepMinimumInstancesForTheSlo() {
        // One request an hour outlives Cloud Run's 15-minute keep-alive: most start cold, one warm instance fixes it.
        Profile p = TestProfiles.parse("name: slo\ntraffic: {rate: 1/h}\nduration: 500ms\ncpu_time: 50ms\n"
                + "memory: 1GB\ntimeout: 30s\nruntime: java\ngcp_region: us-central1\nnetwork: {clients: vpc}\n"
                + "latency: {cold_start_budget: 1s, cold_start_share: 1%}\n");
        Assessment a = new CloudFunctionsGen2Platform().assess(p, LIST);
        assertThat(line(a, "Idle minimum instances")).isPresent();
        assertThat(a.coldStarts().explanation()).anyMatch(e -> e.startsWith("min_instances raised from 0 to "));
        assertThat(a.coldStarts().sloMet()).isTrue();
    }

    @Test
    void containersMeetTheSloByStartingAheadOfDemand() {
        Assessment a = new FargatePlatform().assess(javaService(""), LIST);
        assertThat(a.coldStarts().share()).isZero();
        assertThat(a.coldStarts().explanation()).anyMatch(e -> e.contains("40 s"));
    }
}
