package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.profile.PatternPreset;
import dev.costfit.profile.PatternSpec;
import dev.costfit.profile.Traffic;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * A search bounds a function's cold starts without the level pass ({@link ColdStartPlan#mostColdStarts}): the bound
 * must hold wherever the model is evaluated — the pool against {@link ColdStartModel#mostPool} level by level, and
 * the month's cold starts of every pattern against the bound — and be finite.
 */
class MostColdStartsTest {

    @Test
    void thePoolNeverExceedsItsBound() {
        int compared = 0;
        for (double load : new double[] {1e-4, 0.05, 0.7, 3, 17, 120, 999, 4_321, 65_000, 100_000, 250_000, 2e6}) {
            for (double seconds : new double[] {0.02, 1.5, 45}) {
                for (int capacity : new int[] {1, 4, 80, 1000}) {
                    for (double keepAlive : new double[] {30, 600, 900}) {
                        double rate = load / seconds;
                        ColdStartModel.Result r = ColdStartModel.steadyState(rate, seconds, keepAlive, capacity, 0);
                        double most = ColdStartModel.mostPool(load, capacity);
                        assertThat(r.pool()).as(load + " " + seconds + " " + capacity + " " + keepAlive)
                                .isLessThanOrEqualTo(most);
                        // Not a bound that holds by being useless: within a few instances of the levels walked.
                        assertThat(most).isLessThanOrEqualTo(Math.ceil(load + 12 * Math.sqrt(load + 1) + 32) / capacity + 2);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(12 * 3 * 4 * 3);
    }

    @Test
    void aMonthsColdStartsNeverExceedTheirBound() {
        int compared = 0;
        for (PatternPreset preset : PatternPreset.values()) {
            for (double rate : new double[] {0.0002, 0.01, 0.3, 4, 90, 2_000, 40_000}) {
                for (double seconds : new double[] {0.05, 2, 30}) {
                    HourlyLoad load = HourlyLoad.of(new Traffic(new Rate(rate), new PatternSpec.Preset(preset), 1.5),
                            TimeSpan.ofSeconds(seconds));
                    for (int capacity : new int[] {1, 80}) {
                        for (double lifetime : new double[] {7200, Double.POSITIVE_INFINITY}) {
                            ColdStartPlan plan = new ColdStartPlan(load, 600, capacity, lifetime);
                            double cold = plan.evaluate(new int[load.hourCount()]).coldPerMonth();
                            double most = ColdStartPlan.mostColdStarts(load, capacity, lifetime);
                            String where = preset + " " + rate + "/s " + seconds + " s c=" + capacity + " " + lifetime;
                            assertThat(cold).as(where).isLessThanOrEqualTo(most);
                            assertThat(most).as(where).isFinite();
                            // At least every request of the month: that is the part a search pays for.
                            assertThat(most).as(where).isGreaterThanOrEqualTo(load.requestsPerMonth() * (1 - 1e-12));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(PatternPreset.values().length * 7 * 3 * 2 * 2);
    }
}
