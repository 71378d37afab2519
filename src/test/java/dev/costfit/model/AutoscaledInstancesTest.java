package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The instances Cloud Run's autoscaler keeps alive above the first: a count by the minute's average of requests in
 * flight, 48 to an instance (60% of 80 at once), each instance it no longer counts kept 15 minutes.
 */
class AutoscaledInstancesTest {

    private static final double N = 48;
    private static final int WINDOW = 60;
    private static final int KEEP_ALIVE = 900;

    private static AutoscaledInstances.Alive above(double rate, double seconds) {
        return AutoscaledInstances.above(rate, seconds, N, WINDOW, KEEP_ALIVE, 1, 0.01);
    }

    /**
     * An expert review's hand figure: 5/s of 20 s keep L = 100 in flight (the review wrote 100.6), so the autoscaler
     * counts ⌈100 ÷ 48⌉ = 3 instances. By hand, with T/W = 3: the minute's average has variance 2 × 100 × (1/3)² ×
     * (3 − 1 + e^(−3)) = 200 × 0.111111 × 2.049787 = 45.55, a standard deviation of 6.749, and its slope a standard
     * deviation of √(200 × (1 − e^(−3)) ÷ 3,600) = 0.22976 a second. The second and third instances' levels, 48 and
     * 96, lie 7.70 and 0.593 standard deviations below the mean: the average is above 96 72% of the time and
     * crosses it upwards 0.005418 × e^(−0.593²/2) × 900 = 4.09 times in 15 minutes, so the third lives all but
     * 0.277 × e^(−4.09 ÷ 0.277) = 1e-7 of the time. A fourth needs the average above 144, 6.52 standard deviations
     * above the mean: reached 3e-9 of the time within 15 minutes — where X itself, Poisson(100), exceeds 144 with
     * P = 1.4e-5. So 2 above the first, which the peak counts 3 with it.
     */
    @Test
    void fivePerSecondOfTwentySecondsKeepThreeInstances() {
        AutoscaledInstances.Alive alive = above(5, 20);
        assertThat(alive.mean()).isCloseTo(2, within(1e-6));
        assertThat(alive.most()).isEqualTo(3);
        // At 2.5/s, 50 in flight: the average passes 48 (0.419 standard deviations of 4.772 below the mean) all but
        // 6e-7 of the time within 15 minutes, and 96 (9.64 above it) never: 1 above the first, 2 in all.
        AutoscaledInstances.Alive half = above(2.5, 20);
        assertThat(half.mean()).isCloseTo(1, within(1e-5));
        assertThat(half.most()).isEqualTo(2);
    }

    /** No requests, none kept; a request a day keeps none above the first (its level is 0: the caller's). */
    @Test
    void aLightLoadKeepsNoneAboveTheFirst() {
        assertThat(above(0, 20).mean()).isZero();
        assertThat(above(1 / 86400.0, 20).mean()).isLessThan(1e-15);
        assertThat(above(1 / 86400.0, 20).most()).isZero();
    }

    /** Instances counted from a minimum of 3 on: those below are the caller's, alive all the time. */
    @Test
    void countsFromTheFirstInstanceAsked() {
        // 10/s of 20 s, 200 in flight: instances 1 to 4 (levels up to 192) all the time; from the fourth on,
        // instances 3 and 4 of them.
        assertThat(above(10, 20).mean() - AutoscaledInstances.above(10, 20, N, WINDOW, KEEP_ALIVE, 3, 0.01)
                .mean()).isCloseTo(2, within(1e-6));
    }

    /** More requests keep no fewer instances, over a sweep across several instances' levels. */
    @Test
    void growsWithTheRate() {
        double before = 0;
        int compared = 0;
        for (int step = 1; step <= 400; step++) {
            double rate = step * 0.05;
            double now = above(rate, 20).mean();
            assertThat(now).as("%.2f/s", rate).isGreaterThanOrEqualTo(before);
            before = now;
            compared++;
        }
        assertThat(compared).isEqualTo(400);
    }

    /**
     * Against {@link AutoscalerSimulation}: within 25% of the simulated instances above the first, and closer than
     * the cold-start model's pool at n, which reads the instantaneous X — X flickers across a level many times a
     * minute where its average does not. The largest gap is at a level the average passes now and then (22/s of 2 s,
     * 44 in flight against 48: 2.4 standard deviations above), where Rice counts each crossing as a new excursion
     * and crossings come in clusters.
     */
    @Test
    void matchesASimulationOfTheAutoscaler() {
        double[][] cases = {{2, 40, 100}, {4.3, 20.12, 100}, {22, 2, 50}, {0.7, 120, 300}, {1.3, 60, 200},
            {5, 20.12, 50}};
        Random random = new Random(1);
        for (double[] c : cases) {
            double rate = c[0];
            double seconds = c[1];
            double simulated = AutoscalerSimulation.aliveAboveFirst(rate, seconds, N, WINDOW, KEEP_ALIVE, (int) c[2],
                    random);
            double model = above(rate, seconds).mean();
            String what = rate + "/s of " + seconds + " s: simulated " + simulated + ", model " + model;
            assertThat(model).as(what).isCloseTo(simulated, within(0.25 * simulated + 0.01));
            double pool = ColdStartModel.levels(rate, seconds, KEEP_ALIVE, N, Poisson.withMean(rate * seconds))
                    .at(1).pool() - 1;
            assertThat(Math.abs(model - simulated)).as(what + ", pool at n " + pool)
                    .isLessThan(Math.abs(pool - simulated));
        }
    }
}
