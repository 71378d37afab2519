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
 * cannot be chosen are left out, cold starts that cost nothing and risk no SLO are not modelled, and no capacity
 * figures are built, and what does not change from one rate or platform to the next is worked out once. None of
 * that may change an answer: on every platform, a search's fit and monthly cost are exactly the report's.
 */
class SearchAnswersTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);

    @Test
    void aSearchGivesEveryPlatformTheReportsFitAndCost() {
        // Secrets read per cold start bill the cold starts: a search must model them then.
        List<Profile> profiles = TestProfiles.samplesAndPortfolio(13, 24, "g", yaml -> yaml.contains("traffic:")
                ? List.of(TestProfiles.parse(yaml + "secrets: {count: 3}\n")) : List.of());
        int compared = 0;
        int withSlo = 0;
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
                        compared++;
                        withSlo += profile.latency().isPresent() ? 1 : 0;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(600);
        assertThat(withSlo).isGreaterThan(60);
    }
}
