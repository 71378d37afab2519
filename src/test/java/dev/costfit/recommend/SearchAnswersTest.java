package dev.costfit.recommend;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.platform.Platform;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search (break-even, sweeps, the decision map) prices each platform with less work than a report: settings that
 * cannot be chosen are left out, cold starts that cost nothing and risk no SLO — or an SLO their bounds show met with
 * none kept — are not modelled, and no capacity figures are built, and what does not change from one rate or
 * platform to the next is worked out once. None of that may change an answer: on every platform, a search's fit,
 * monthly cost and instances kept warm are exactly the report's.
 */
class SearchAnswersTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);

    @Test
    void aSearchGivesEveryPlatformTheReportsFitAndCost() {
        // Secrets read per cold start bill the cold starts: a search must model them then. An SLO every cold start
        // can miss (50 ms): a search models it unless its bounds show it met with none kept, busy rates.
        List<Profile> profiles = TestProfiles.samplesAndPortfolio(13, 24, "g", yaml -> yaml.contains("traffic:")
                ? yaml.contains("latency:") ? List.of(TestProfiles.parse(yaml + "secrets: {count: 3}\n"))
                : List.of(TestProfiles.parse(yaml + "secrets: {count: 3}\n"), TestProfiles.parse(yaml
                        + "latency: {cold_start_budget: 50ms, cold_start_share: 1%}\n"))
                : List.of());
        int compared = 0;
        int withSlo = 0;
        int sloUnmodelled = 0;
        for (Profile profile : profiles) {
            double rate = BreakEven.rateOf(profile);
            // What a break-even search keeps across its rates and platforms (Reused: node packings, hourly loads
            // and their tables) is shared here the same way, across the three rates and every platform.
            PricingContext oneSearch = REPORT.searching().reusing();
            for (double r : new double[] {rate, rate / 30, rate * 30}) {
                Profile at = BreakEven.atRate(profile, r);
                for (Platform platform : Platforms.all()) {
                    Assessment report = Platforms.assess(platform, at, REPORT);
                    Assessment search = Platforms.assess(platform, at, REPORT.searching());
                    Assessment kept = Platforms.assess(platform, at, oneSearch);
                    String where = profile.name() + " at " + r + "/s on " + platform.id();
                    assertThat(search.feasible()).as(where).isEqualTo(report.feasible());
                    assertThat(search.usable()).as(where).isEqualTo(report.usable());
                    assertThat(kept.feasible()).as(where).isEqualTo(report.feasible());
                    assertThat(kept.usable()).as(where).isEqualTo(report.usable());
                    // A search reads fit and cost alone: the capacity figures are a report's.
                    assertThat(search.capacity()).as(where).isEqualTo(Capacity.NONE);
                    if (report.usable()) {
                        assertThat(search.platformCost()).as(where).isEqualTo(report.platformCost());
                        assertThat(kept.platformCost()).as(where).isEqualTo(report.platformCost());
                        assertThat(search.coldStarts().keptWarm()).as(where)
                                .isEqualTo(report.coldStarts().keptWarm());
                        compared++;
                        withSlo += profile.latency().isPresent() ? 1 : 0;
                        // Cloud Run's minimum instances where its bounds show the strict SLO met with none kept.
                        sloUnmodelled += profile.latency().filter(l -> l.coldStartBudget().seconds() == 0.05)
                                .isPresent() && search.coldStarts().explanation().stream()
                                .anyMatch(e -> e.contains("not modelled")) ? 1 : 0;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(600);
        assertThat(withSlo).isGreaterThan(60);
        assertThat(sloUnmodelled).as("Cloud Run functions whose SLO its bounds show met").isGreaterThan(10);
    }
}
