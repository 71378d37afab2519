package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
                        double share = ColdStartModel.mostColdShare(rate, load, capacity, keepAlive);
                        assertThat(r.coldShare()).as(load + " " + seconds + " " + capacity + " " + keepAlive)
                                .isLessThanOrEqualTo(share);
                        // By hand: the levels from L − 5√L to L + 12√L + 30, each adding at most 1/(λK).
                        assertThat(share).isLessThanOrEqualTo(
                                Math.min(1, ((17 * Math.sqrt(load + 1) + 34) / capacity + 2) / (rate * keepAlive)));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(12 * 3 * 4 * 3);
    }

    /**
     * Where the keep-alive is long against the gaps between requests, the bound is a small share of the requests,
     * not all of them: at 1,000 requests a second of 2 s each (2,000 in flight) and a 600 s keep-alive, by hand
     * (17·√2001 + 32 + 2)/(1000 · 600) = 0.00132 of the requests, and the pool's ⌈2,001 + 12·√2001 + 30⌉ + 2 = 2,570
     * instances; a request every 100 s with 600 s kept, or no keep-alive, is still bounded by every request.
     */
    @Test
    void theBoundFollowsTheKeepAlive() {
        assertThat(ColdStartModel.mostColdShare(1000, 2000, 1, 600)).isCloseTo(0.00132, within(0.00001));
        assertThat(ColdStartModel.mostColdShare(1, 2, 1, 600)).isCloseTo((17 * Math.sqrt(3) + 34) / 600, within(1e-3));
        assertThat(ColdStartModel.mostColdShare(0.01, 2, 1, 600)).isEqualTo(1);
        assertThat(ColdStartModel.mostColdShare(5, 2, 1, 0)).isEqualTo(1);
        HourlyLoad flat = HourlyLoad.of(new Traffic(new Rate(1000), new PatternSpec.Preset(PatternPreset.FLAT), 1),
                TimeSpan.ofSeconds(2));
        double most = ColdStartPlan.mostColdStarts(flat, 600, 1, Double.POSITIVE_INFINITY);
        double hours = flat.requestsPerMonth() / (1000 * 3600.0);
        // 3600 · (17·√2001 + 34)/600 = 4,767 steady cold starts an hour, and the pool's 2,570.
        assertThat(most / hours).isCloseTo(4767 + 2570, within(2.0));
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
                            for (double keepAlive : new double[] {5, 600}) {
                                ColdStartPlan plan = new ColdStartPlan(load, keepAlive, capacity, lifetime);
                                double cold = plan.evaluate(new int[load.hourCount()]).coldPerMonth();
                                double most = ColdStartPlan.mostColdStarts(load, keepAlive, capacity, lifetime);
                                String where = preset + " " + rate + "/s " + seconds + " s c=" + capacity + " "
                                        + lifetime + " K=" + keepAlive;
                                assertThat(cold).as(where).isLessThanOrEqualTo(most);
                                assertThat(most).as(where).isFinite();
                                compared++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(PatternPreset.values().length * 7 * 3 * 2 * 2 * 2);
    }
}
