package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.BreakEven;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A limit check that says no rate changes it ({@link LimitCheck#atEveryRate()}) lets a break-even search stop
 * assessing a platform it blocks, at every rate. So it must come out the same at every rate: each profile is
 * assessed on every platform at rates from 0.001/s to 100,000/s, and each such check's outcome compared with the
 * one at the lowest rate. The profiles are the samples, generated ones, and the generated services again with what
 * trips those checks: a GPU, a runtime Lambda Managed Instances does not run, a long timeout, much memory and
 * storage, and queue delivery in batches (whose invocations, and timeouts, grow with the rate).
 */
class EveryRateChecksTest {

    private static final double[] RATES = {0.001, 0.03, 1, 30, 1_000, 100_000};

    @Test
    void aCheckNoRateChangesComesOutTheSameAtEveryRate() {
        List<Profile> profiles = TestProfiles.samplesAndPortfolio(29, 16, "g", yaml -> !yaml.contains("traffic:")
                ? List.of()
                : List.of(parsed(yaml, "gpu: {count: 1, type: any, memory: 16GB}"), parsed(yaml, "runtime: ruby"),
                        parsed(yaml, "timeout: 20min"), parsed(with(yaml, "memory: 40GB"), "storage: 300GB"),
                        parsed(with(with(yaml, "timeout: 890s"), "trigger: queue"),
                                "delivery: {batch_size: 10000, batch_window: 300s}")));
        PricingContext context = new PricingContext(CATALOG, false).searching();
        int compared = 0;
        int blocking = 0;
        for (Profile profile : profiles) {
            for (Platform platform : Platforms.all()) {
                Map<String, Boolean> atLowest = new HashMap<>();
                for (double rate : RATES) {
                    Assessment a = Platforms.assess(platform, BreakEven.atRate(profile, rate), context);
                    String where = profile.name() + " on " + platform.id() + " at " + rate + "/s";
                    for (LimitCheck check : a.limits()) {
                        if (!check.sameAtEveryRate()) {
                            continue;
                        }
                        Boolean first = atLowest.putIfAbsent(check.limit(), check.ok());
                        if (first != null) {
                            assertThat(check.ok()).as(where + ": " + check.limit()).isEqualTo(first);
                            compared++;
                        }
                        blocking += check.blocks() ? 1 : 0;
                    }
                    // What a search relies on: blocked by such a check at one rate, blocked at all.
                    if (rate > RATES[0] && atLowest.entrySet().stream().anyMatch(e -> !e.getValue())) {
                        assertThat(a.feasible()).as(where).isFalse();
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(2_000);
        assertThat(blocking).isGreaterThan(300);
    }

    /** The profile's YAML with one top-level field (and anything indented under it) replaced by {@code field}. */
    private static String with(String yaml, String field) {
        String key = field.substring(0, field.indexOf(':'));
        return yaml.replaceAll("(?m)^" + key + ":.*\n(?:[ ].*\n)*", "") + field + "\n";
    }

    private static Profile parsed(String yaml, String field) {
        return TestProfiles.parse(with(yaml, field));
    }
}
