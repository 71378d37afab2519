package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Above ten million requests in flight costfit uses the normal approximation with continuity and skewness
 * corrections instead of a table. At the switch, the exact table still exists: every figure the platforms read is
 * compared with it here, and the largest error found is asserted against the bound the class documents.
 */
class PoissonApproximationTest {

    private static final double MEAN = Poisson.EXACT_LIMIT;

    @Test
    void cumulativeProbabilitiesAgreeWithTheExactTable() {
        Poisson exact = Poisson.withMean(MEAN);
        Poisson approx = Poisson.approximate(MEAN);
        double sigma = Math.sqrt(MEAN);
        double worst = 0;
        int compared = 0;
        for (double z = -8; z <= 8; z += 0.05) {
            int k = (int) Math.round(MEAN + z * sigma);
            worst = Math.max(worst, Math.abs(exact.cumulative(k) - approx.cumulative(k)));
            compared++;
        }
        assertThat(compared).isGreaterThan(300);
        assertThat(worst).as("largest cumulative error").isLessThan(1e-6);
    }

    @Test
    void quantilesAreWithinOneRequestOfTheExactOnes() {
        Poisson exact = Poisson.withMean(MEAN);
        Poisson approx = Poisson.approximate(MEAN);
        for (double q : new double[] {0.01, 0.1, 0.5, 0.9, 0.99, 0.999, 0.99999}) {
            assertThat(approx.quantile(q)).as("quantile %s", q).isCloseTo(exact.quantile(q), within(1));
        }
    }

    @Test
    void expectationsOverLevelsAgreeWithTheExactTable() {
        Poisson exact = Poisson.withMean(MEAN);
        Poisson approx = Poisson.approximate(MEAN);
        for (int c : new int[] {1, 7, 80, 1000, 100_000}) {
            double e = exact.expectedCeilDiv(c);
            assertThat(approx.expectedCeilDiv(c)).as("E[ceil(X/%s)]", c).isCloseTo(e, within(e * 1e-9 + 1e-6));
            for (long kept : new long[] {MEAN_KEPT, 2 * MEAN_KEPT}) {
                double idleExact = exact.expectedIdle(kept / c, c);
                assertThat(approx.expectedIdle(kept / c, c)).as("idle of %s with c %s", kept / c, c)
                        .isCloseTo(idleExact, within(Math.max(1e-6, idleExact * 1e-5)));
            }
        }
    }

    private static final long MEAN_KEPT = (long) MEAN;

    @Test
    void sumsOverAUserChosenNumberOfInstancesTakeNoTimeToSpeakOf() {
        // min_instances: 2147483647 once looped two billion times an hour. Every level above the window is idle:
        // Σ_{j<m} P(X ≤ j) = m − E[min(X, m)] = m − 5 for Poisson(5) and m far above it.
        Poisson p = Poisson.withMean(5);
        assertThat(p.expectedIdle(Integer.MAX_VALUE, 1)).isCloseTo(Integer.MAX_VALUE - 5.0, within(1e-6));
        assertThat(Poisson.withMean(3e8).expectedCeilDiv(1)).isCloseTo(3e8, within(3e8 * 1e-9));
    }
}
