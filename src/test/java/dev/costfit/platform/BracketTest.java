package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.glue.Deliveries;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.BreakEven;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A search takes a platform at the two ends of its bracket ({@link Platform#bracket}, {@link Platforms#bracket})
 * instead of modelling its cold starts, so the full assessment must lie between them: as usable, and costing no less
 * than the lower end and no more than the upper; and its cold starts no more than the bracket's most. Checked by
 * hand on one profile, and over the sample profiles, a generated portfolio and variants (no INIT, an SLO the cold
 * start meets or misses, secrets read per cold start) at rates from a trickle to a flood; and as many instances
 * kept warm at either end as in full (none), which a search may read from a bracket.
 */
class BracketTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    private static final PricingContext SEARCH = REPORT.searching();

    /**
     * 10 requests/s of 200 ms at 512 MB on x86_64 with no INIT: $5.256 of requests and $43.800 of duration, $49.056
     * (CostFloorTest), which is the bill whatever the cold starts; the upper end allows the 0.1% setting tie.
     */
    @Test
    void withoutInitTheBracketIsTheBillAndTheTieByHand() {
        Profile p = TestProfiles.parse("name: t\ntraffic: {rate: 10/s}\nduration: 200ms\nmemory: 512MB\n"
                + "timeout: 60s\nfront_door: none\nnetwork: {clients: vpc}\narchitecture: x86_64\n"
                + "cold_start: {init: 0ms}\n");
        Platforms.Bracket b = Platforms.bracket(new LambdaPlatform(), p, SEARCH).orElseThrow();
        assertThat(b.lower().platformCost()).isCloseTo(49.056, within(0.001));
        assertThat(b.upper().platformCost()).isCloseTo(49.056 * 1.001, within(0.001));
        assertThat(Platforms.assess(new LambdaPlatform(), p, REPORT).platformCost()).isCloseTo(49.056, within(0.001));
    }

    /**
     * A pipeline of two such steps, one after the other, under Step Functions Standard: each step's function bills
     * $49.056 whatever its cold starts, and the orchestrator two state transitions an execution, 52,560,000 a month
     * at $0.025 per 1,000, $1,314; $1,412.112 in all, to which the bracket's upper end adds the setting tie of the
     * steps' $98.112 alone.
     */
    @Test
    void aPipelinesBracketSumsItsStepsByHand() {
        Profile p = TestProfiles.parse("name: t\ntraffic: {rate: 10/s}\nmemory: 512MB\ntimeout: 60s\n"
                + "front_door: none\nnetwork: {clients: vpc}\narchitecture: x86_64\ncold_start: {init: 0ms}\n"
                + "orchestrator: step-functions-standard\nsteps:\n  - {name: a, duration: 200ms}\n"
                + "  - {name: b, duration: 200ms}\n");
        Platforms.Bracket b = Platforms.bracket(new LambdaPlatform(), p, SEARCH).orElseThrow();
        assertThat(b.lower().platformCost()).isCloseTo(1412.112, within(0.001));
        assertThat(b.upper().platformCost()).isCloseTo(1412.112 + 98.112 * 0.001, within(0.001));
        assertThat(Platforms.assess(new LambdaPlatform(), p, REPORT).platformCost()).isCloseTo(1412.112,
                within(0.001));
        // A step whose cold starts the model decides (an SLO they can miss): no bracket for the pipeline.
        assertThat(Platforms.bracket(new LambdaPlatform(), TestProfiles.parse("name: t\n"
                + "traffic: {rate: 10/s}\nmemory: 512MB\ntimeout: 60s\nlatency: {cold_start_budget: 50ms, "
                + "cold_start_share: 1%}\norchestrator: step-functions-standard\nsteps:\n"
                + "  - {name: a, duration: 200ms}\n  - {name: b, duration: 200ms}\n"), SEARCH)).isEmpty();
    }

    /**
     * Provisioned concurrency bought, or an SLO the cold starts could miss: the model decides, so no bracket. At 10
     * requests a second of 200 ms (2 in flight) the bounds cannot show a 1% SLO met with none kept: the steady share
     * alone may be (17·√3 + 34)/(10 · 600) = 1.06% of the requests (ColdStartModel#mostColdShare). At 2,000 a second
     * (400 in flight) it is at most (17·√401 + 34)/(2,000 · 600) = 0.031%, and the environments recycled every two
     * hours at most (⌈401 + 12·√401 + 30⌉ + 2)/2 = 337 of the hour's 7.2 million requests, 0.005%, with no scale-up
     * in a flat day: none is kept, the SLO is met, and the cold starts only add their INIT.
     */
    @Test
    void noBracketWhereColdStartsBuyOrBreakSomething() {
        String base = "name: t\ntraffic: {rate: 10/s}\nduration: 200ms\nmemory: 512MB\ntimeout: 60s\n";
        String strictSlo = "latency: {cold_start_budget: 50ms, cold_start_share: 1%}\n";
        assertThat(Platforms.bracket(new LambdaPlatform(), TestProfiles.parse(base + strictSlo), SEARCH)).isEmpty();
        Profile busy = TestProfiles.parse(base.replace("10/s", "2000/s") + strictSlo);
        Platforms.Bracket b = Platforms.bracket(new LambdaPlatform(), busy, SEARCH).orElseThrow();
        Assessment full = Platforms.assess(new LambdaPlatform(), busy, REPORT);
        assertThat(full.usable()).isTrue();
        assertThat(full.coldStarts().keptWarm()).isZero();
        assertThat(full.coldStarts().share()).isLessThan(0.0004);
        assertThat(b.lower().platformCost()).isLessThanOrEqualTo(full.platformCost());
        assertThat(full.platformCost()).isLessThanOrEqualTo(b.upper().platformCost());
        assertThat(Platforms.bracket(new LambdaPlatform(), TestProfiles.parse(base
                + "platforms: {lambda: {provisioned_concurrency: 3}}\n"), SEARCH)).isEmpty();
        assertThat(Platforms.bracket(new LambdaPlatform(), TestProfiles.parse(base
                + "latency: {cold_start_budget: 30s, cold_start_share: 1%}\n"), SEARCH)).isPresent();
    }

    @Test
    void theFullAssessmentLiesWithinTheBracket() {
        List<Profile> profiles = TestProfiles.samplesAndPortfolio(29, 30, "k", yaml -> yaml.contains("traffic:")
                && !yaml.contains("cold_start:") && !yaml.contains("secrets:")
                ? yaml.contains("latency:") ? List.of(TestProfiles.parse(yaml + "secrets: {count: 3}\n"),
                        TestProfiles.parse(yaml + "cold_start: {init: 0ms}\n"))
                : List.of(TestProfiles.parse(yaml + "secrets: {count: 3}\n"),
                        TestProfiles.parse(yaml + "cold_start: {init: 0ms}\n"),
                        TestProfiles.parse(yaml + "latency: {cold_start_budget: 50ms, cold_start_share: 1%}\n"))
                : List.of());
        int bracketed = 0;
        int usable = 0;
        int pipelines = 0;
        int strictSlo = 0;
        for (Profile profile : profiles) {
            double rate = BreakEven.rateOf(profile);
            for (double r : new double[] {rate, rate / 30, rate * 30, Math.min(rate * 1000, 50_000)}) {
                Profile at = BreakEven.atRate(profile, r);
                for (Platform platform : Platforms.all()) {
                    Optional<Platforms.Bracket> b = Platforms.bracket(platform, at, SEARCH);
                    if (b.isEmpty()) {
                        continue;
                    }
                    bracketed++;
                    Assessment full = Platforms.assess(platform, at, REPORT);
                    String where = profile.name() + " at " + r + "/s on " + platform.id();
                    assertThat(b.get().lower().usable()).as(where).isEqualTo(full.usable());
                    assertThat(b.get().upper().usable()).as(where).isEqualTo(full.usable());
                    if (full.usable()) {
                        usable++;
                        assertThat(b.get().lower().platformCost()).as(where)
                                .isLessThanOrEqualTo(full.platformCost());
                        assertThat(full.platformCost()).as(where)
                                .isLessThanOrEqualTo(b.get().upper().platformCost());
                        assertThat(full.coldStarts().perMonth()).as(where).isLessThanOrEqualTo(Platforms
                                .ownBracket(platform, Deliveries.withRetries(at), SEARCH).orElseThrow()
                                .coldStartsAtMost());
                        // What a search counts as kept warm (WarmChanges) it may read from either end.
                        assertThat(b.get().lower().coldStarts().keptWarm()).as(where)
                                .isEqualTo(full.coldStarts().keptWarm());
                        assertThat(b.get().upper().coldStarts().keptWarm()).as(where)
                                .isEqualTo(full.coldStarts().keptWarm());
                        pipelines += at.glue().pipeline().isPresent() ? 1 : 0;
                        strictSlo += at.latency().filter(l -> l.coldStartBudget().seconds() == 0.05).isPresent()
                                ? 1 : 0;
                    }
                }
            }
        }
        assertThat(bracketed).isGreaterThan(150);
        assertThat(usable).isGreaterThan(100);
        assertThat(pipelines).as("usable pipelines compared").isGreaterThan(8);
        assertThat(strictSlo).as("bracketed where the bounds show an SLO met with none kept").isGreaterThan(10);
    }
}
