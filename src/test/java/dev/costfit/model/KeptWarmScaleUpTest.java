package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.profile.PatternPreset;
import dev.costfit.profile.PatternSpec;
import dev.costfit.profile.Traffic;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * An hour's scale-up ({@link ColdStartPlan}) counts the pool's growth above the instances kept warm, which start
 * ahead of the hour: where no hour's load differs from the one before it, nothing scales up whatever is kept, and
 * keeping idle instances longer then never asks more kept warm.
 */
class KeptWarmScaleUpTest {

    private static final double LIFETIME = 7200;

    private static HourlyLoad load(double rate, PatternPreset pattern, double seconds) {
        return HourlyLoad.of(new Traffic(new Rate(rate), new PatternSpec.Preset(pattern), 1),
                TimeSpan.ofSeconds(seconds));
    }

    private static int[] filled(HourlyLoad load, int kept) {
        int[] counts = new int[load.hourCount()];
        Arrays.fill(counts, kept);
        return counts;
    }

    /**
     * One request an hour of 29.2 s, a 30-minute keep-alive, one environment kept: the month's cold starts are the
     * steady state's and the recycled ones above the one kept, 730 × 3,600 × (λ × share + recycled a second), and
     * nothing else. Against the hour before with none kept, 730 × 0.004 more were counted as scale-up (and with the
     * whole pool above the one kept recycled once a lifetime, 1.41% of the requests were cold rather than 1.01%).
     */
    @Test
    void aFlatDayWithInstancesKeptScalesNothingUp() {
        double rate = 1 / 3600.0;
        HourlyLoad flat = load(rate, PatternPreset.FLAT, 29.166);
        ColdStartModel.Result steady = ColdStartModel.levels(rate, 29.166, 1800, 1, Poisson.withMean(rate * 29.166),
                LIFETIME).at(1);
        double byHand = 730 * 3600 * (rate * steady.coldShare() + steady.recycled());
        ColdStartPlan.Outcome outcome = new ColdStartPlan(flat, 1800, 1, LIFETIME).evaluate(filled(flat, 1));
        assertThat(outcome.coldPerMonth()).isCloseTo(byHand, org.assertj.core.api.Assertions.within(byHand * 1e-12));
        // Mostly the level above the one kept: a request that arrives while the kept one is busy (29.2 s an hour).
        assertThat(outcome.share()).isBetween(0.0080, 0.0083);
    }

    /**
     * Where no hour differs from the one before it and instances are not recycled (Cloud Run's), a longer
     * keep-alive never asks more kept warm for a latency SLO: loads from one an hour to thousands a second, one or 20
     * requests an instance, targets from 0.1% to 10% (the comparisons counted). Before, the pool above those kept,
     * larger with a longer keep-alive, was counted as scaled up every hour.
     */
    @Test
    void aLongerKeepAliveNeverKeepsMoreWarmForTheSameTarget() {
        KeepAliveScan scan = new KeepAliveScan();
        scan.over(PatternPreset.FLAT, new double[] {1 / 3600.0, 0.01, 0.3, 4, 90, 2500}, new double[] {0.2, 8, 29.166},
                new double[] {0.001, 0.01, 0.1});
        assertThat(scan.compared).isEqualTo(6 * 3 * 2 * 3 * 5);
        assertThat(scan.keptSome).isGreaterThan(scan.compared / 4);
    }

    /**
     * The same where hours differ (business hours, a diurnal day, spikes): a longer keep-alive keeps each instance
     * warmer in every hour, the hour before included, so the start of a busier hour finds more of its instances warm
     * and never asks more kept warm. Before, a busier hour's start counted the pool's growth, every instance as if
     * needed at once, and a longer keep-alive's larger pool grew more: 8 an hour on business hours with a 1% target
     * kept two minimum instances with a 30-minute keep-alive and one with 5 minutes.
     */
    @Test
    void aLongerKeepAliveNeverKeepsMoreWarmWhereHoursDiffer() {
        KeepAliveScan scan = new KeepAliveScan();
        for (PatternPreset pattern : new PatternPreset[] {PatternPreset.BUSINESS_HOURS, PatternPreset.DIURNAL,
            PatternPreset.SPIKY}) {
            scan.over(pattern, new double[] {1 / 3600.0, 8 / 3600.0, 0.01, 0.3, 4, 90}, new double[] {0.2, 2, 29.166},
                    new double[] {0.001, 0.01, 0.05});
        }
        assertThat(scan.compared).isEqualTo(3 * 6 * 3 * 2 * 3 * 5);
        assertThat(scan.keptSome).isGreaterThan(scan.compared / 4);
    }

    /**
     * Instances kept all month for each load, one or 20 requests an instance and each target, as the keep-alive grows
     * from 1 minute to an hour (instances not recycled, as Cloud Run's): never more than at the shorter keep-alive
     * before it. Counts the comparisons, and those that kept some warm.
     */
    private static final class KeepAliveScan {

        int compared;
        int keptSome;

        void over(PatternPreset pattern, double[] rates, double[] durations, double[] targets) {
            for (double rate : rates) {
                for (double seconds : durations) {
                    HourlyLoad load = load(rate, pattern, seconds);
                    for (int capacity : new int[] {1, 20}) {
                        for (double target : targets) {
                            int before = Integer.MAX_VALUE;
                            for (double keepAlive : new double[] {60, 300, 900, 1800, 3600}) {
                                int kept = new ColdStartPlan(load, keepAlive, capacity, Double.POSITIVE_INFINITY)
                                        .keptAllMonth(target, 0);
                                assertThat(kept).as("%s, %s/s × %s s, %d an instance, target %s, keep-alive %s s",
                                        pattern, rate, seconds, capacity, target, keepAlive)
                                        .isLessThanOrEqualTo(before);
                                before = kept;
                                keptSome += kept > 0 ? 1 : 0;
                                compared++;
                            }
                        }
                    }
                }
            }
        }
    }
}
