package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoissonTest {

    @ParameterizedTest(name = "99th percentile of Poisson({0}) is {1}")
    @CsvSource({
        // Exact values: the smallest k with sum_{i<=k} e^-L L^i / i! >= 0.99 (computed by direct summation).
        "0, 0", "0.01, 0", "0.5, 3", "1, 4", "2.5, 7", "10, 18", "100, 124", "326.2, 369", "1000, 1074",
        "10000, 10233"})
    void quantileMatchesDirectSummation(double mean, int expected) {
        assertThat(Poisson.withMean(mean).quantile(0.99)).isEqualTo(expected);
    }

    @Test
    void largeMeansDoNotUnderflow() {
        // e^-L underflows for L > 745; building from the mode must still give the normal-like quantile.
        int q = Poisson.withMean(1_000_000).quantile(0.99);
        assertThat(q).isBetween(1_002_320, 1_002_330);
    }

    @Test
    void probabilitiesSumToOneAndHaveTheRightMean() {
        for (double mean : new double[] {0.3, 7, 250, 5000}) {
            Poisson p = Poisson.withMean(mean);
            double total = 0;
            double first = 0;
            for (int k = 0; k < mean * 3 + 100; k++) {
                total += p.probability(k);
                first += k * p.probability(k);
            }
            assertThat(total).isCloseTo(1, within(1e-12));
            assertThat(first).isCloseTo(mean, within(mean * 1e-10));
        }
    }

    /**
     * Each term is the textbook e^−L·L^k/k! (in logs, through lgamma-free summation of log k), and the table runs
     * from the first to the last term at least 1e-20 of the mode's, the term past each end included, as the table
     * is cut: checked on either side of where the cut falls for means from a hundredth to ten thousand.
     */
    @Test
    void termsAreTheTextbookOnesAndTheTableEndsWhereTheyFallBelowATwentiethPowerOfTheMode() {
        int terms = 0;
        for (double mean : new double[] {0.01, 0.7, 1, 3.5, 42, 999.5, 10_000}) {
            Poisson p = Poisson.withMean(mean);
            int mode = (int) Math.floor(mean);
            double logFactorial = 0;
            double[] log = new double[p.last() + 2];
            for (int k = 0; k <= p.last() + 1; k++) {
                logFactorial += k == 0 ? 0 : Math.log(k);
                log[k] = -mean + k * Math.log(mean) - logFactorial;
            }
            for (int k = p.first(); k <= p.last(); k++) {
                assertThat(p.probability(k)).as("P(X = %d), mean %s", k, mean)
                        .isCloseTo(Math.exp(log[k]), within(Math.exp(log[k]) * 1e-9 + 1e-300));
                terms++;
            }
            // Past each end the term is below 1e-20 of the mode's; the end term itself is the first at or below it.
            double cut = log[mode] + Math.log(1e-20);
            assertThat(log[p.last()]).isLessThanOrEqualTo(cut + 1e-9);
            assertThat(log[p.last() - 1]).isGreaterThan(cut - 1e-9);
            if (p.first() > 0) {
                assertThat(log[p.first()]).isLessThanOrEqualTo(cut + 1e-9);
                assertThat(log[p.first() + 1]).isGreaterThan(cut - 1e-9);
            }
        }
        assertThat(terms).isGreaterThan(2_000);
    }

    @Test
    void aPassBeyondTheTableStepsEachTermFromTheOneBeforeWithinItsRounding() {
        // Above the exact table's limit the cold-start pass walks p(k) = p(k − 1)·(L/k) up from the first term. Its
        // ratio to that first term is checked at every step against the product of L/i in 34-digit decimals: the
        // rounding of the walk itself, ~26σ multiplications (the direct form exp(log p(k)) is no reference here:
        // its logarithm cancels terms of size k·ln L, an error of ~1e-9 at a mean of 10⁶).
        java.math.MathContext digits = java.math.MathContext.DECIMAL128;
        double worst = 0;
        int compared = 0;
        for (double mean : new double[] {Poisson.EXACT_LIMIT * 1.5, 1e6}) {
            Poisson p = Poisson.withMean(mean);
            java.math.BigDecimal exactMean = new java.math.BigDecimal(mean);
            java.math.BigDecimal ratio = java.math.BigDecimal.ONE;
            double first = p.probability(p.first());
            double walked = first;
            for (int k = p.first() + 1; k <= p.last(); k++) {
                walked = p.probabilityAfter(k, walked);
                ratio = ratio.multiply(exactMean.divide(java.math.BigDecimal.valueOf(k), digits), digits);
                double exact = ratio.doubleValue();
                if (exact > 1e-290 && walked / first > 1e-290) {
                    worst = Math.max(worst, Math.abs(walked / first - exact) / exact);
                    compared++;
                }
            }
        }
        System.out.printf("Poisson terms walked against exact products: %d compared, max relative error %.3g%n",
                compared, worst);
        assertThat(worst).isLessThan(1e-10);
        assertThat(compared).isGreaterThan(30_000);
    }

    @ParameterizedTest(name = "E[ceil(X/{1})] for Poisson({0}) = {2}")
    @CsvSource({"10, 1, 10.0", "10, 4, 2.8750033485594", "2.5, 3, 1.1748059272475", "100, 40, 3.0000201650453"})
    void expectedBusyInstancesMatchesDirectSummation(double mean, int capacity, double expected) {
        assertThat(Poisson.withMean(mean).expectedCeilDiv(capacity)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void expectationsMatchTheirDefinitionsTermByTerm() {
        // The tail-sum forms must equal E[ceil(X/c)] and E[max(0, m - ceil(X/c))] summed over every k.
        for (double mean : new double[] {0.02, 0.7, 3, 48.5, 1200}) {
            Poisson p = Poisson.withMean(mean);
            for (int c : new int[] {1, 3, 80}) {
                double busy = 0;
                for (int k = 0; k < mean * 2 + 200; k++) {
                    busy += p.probability(k) * Math.ceil(k / (double) c);
                }
                assertThat(p.expectedCeilDiv(c)).isCloseTo(busy, within(1e-9 * Math.max(1, busy)));
                for (int kept : new int[] {0, 1, 2, 25}) {
                    double idle = 0;
                    for (int k = 0; k < mean * 2 + 200; k++) {
                        idle += p.probability(k) * Math.max(0, kept - Math.ceil(k / (double) c));
                    }
                    assertThat(p.expectedIdle(kept, c)).isCloseTo(idle, within(1e-9 * Math.max(1, idle)));
                }
            }
        }
    }

    /**
     * A capacity that need not be whole (Cloud Run's 60% of 3 requests at once, 1.8): E[ceil(X/r)] and
     * E[max(0, m − ceil(X/r))] against their definitions summed over every k, over a grid of means and capacities
     * (products that land on whole levels, 0.6 × 5 = 3.0000000000000004, included).
     */
    @Test
    void capacitiesThatNeedNotBeWholeMatchTheirDefinitions() {
        int compared = 0;
        double worst = 0;
        for (double mean : new double[] {0.02, 0.7, 3, 17.5, 48.5, 400, 1200}) {
            Poisson p = Poisson.withMean(mean);
            for (double r : new double[] {1.2, 1.8, 0.6 * 5, 2.4, 7.2, 13.333333333333334, 24, 47.99999999999999,
                    0.6 * 7}) {
                double busy = 0;
                for (int k = 0; k < mean * 2 + 200; k++) {
                    busy += p.probability(k) * Math.ceil(k / r - 1e-9);
                }
                double got = p.expectedCeilDiv(r);
                worst = Math.max(worst, Math.abs(got - busy) / Math.max(1, busy));
                assertThat(got).as("mean %s, r %s", mean, r).isCloseTo(busy, within(1e-9 * Math.max(1, busy)));
                for (int kept : new int[] {0, 1, 2, 25}) {
                    double idle = 0;
                    for (int k = 0; k < mean * 2 + 200; k++) {
                        idle += p.probability(k) * Math.max(0, kept - Math.ceil(k / r - 1e-9));
                    }
                    assertThat(p.expectedIdle(kept, r)).isCloseTo(idle, within(1e-9 * Math.max(1, idle)));
                    compared++;
                }
                compared++;
            }
        }
        System.out.printf("capacities not whole: %d compared, max relative error %.3g%n", compared, worst);
        assertThat(compared).isEqualTo(7 * 9 * 5);
    }

    @Test
    void quantileAgreesWithSampledPoissonCounts() {
        // A seeded simulation: the share of samples at or below the computed quantile is at least 99%.
        Random random = new Random(42);
        double mean = 37.5;
        int q = Poisson.withMean(mean).quantile(0.99);
        int below = 0;
        int samples = 200_000;
        for (int i = 0; i < samples; i++) {
            if (sample(random, mean) <= q) {
                below++;
            }
        }
        assertThat(below / (double) samples).isGreaterThanOrEqualTo(0.989);
        int belowPrevious = 0;
        random = new Random(43);
        for (int i = 0; i < samples; i++) {
            if (sample(random, mean) <= q - 1) {
                belowPrevious++;
            }
        }
        assertThat(belowPrevious / (double) samples).isLessThan(0.991);
    }

    /** Knuth's method, fine for moderate means. */
    private static int sample(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
