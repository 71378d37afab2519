package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The closed forms and table-free paths that replace sums over Poisson tables (issue 13, item 1), each compared with
 * the exact sums over a grid of means L and capacities c, the largest error printed and asserted, and where one is
 * published, with an identity from outside this code.
 */
class PoissonClosedFormsTest {

    private static final int[] CAPACITIES = {1, 2, 3, 5, 8, 10, 16, 20, 40, 80, 100, 250, 1000};

    /** Means from 0.01 to the exact limit, 40 a decade. */
    private static double[] means() {
        int n = 7 * 40 + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.pow(10, -2 + i / 40.0);
        }
        return out;
    }

    @Test
    void ceilDivClosedFormIsWithinItsBoundOfTheExactSum() {
        double worst = 0;
        int used = 0;
        for (double mean : means()) {
            Poisson p = Poisson.withMean(mean);
            for (int c : CAPACITIES) {
                double exact = p.expectedCeilDivBySum(c);
                double relative = Math.abs(p.expectedCeilDiv(c) - exact) / exact;
                if (Poisson.ceilDivErrorBound(mean, c) <= Poisson.CLOSED_FORM_ERROR * mean / c) {
                    used++;
                    worst = Math.max(worst, relative);
                } else {
                    assertThat(relative).as("L %s, c %s: the sum itself", mean, c).isZero();
                }
            }
        }
        System.out.printf("E[ceil(X/c)] closed form: %d of %d grid points, max relative error %.3g%n", used,
                means().length * CAPACITIES.length, worst);
        assertThat(used).as("grid points where the closed form applies").isGreaterThan(1000);
        assertThat(worst).isLessThan(Poisson.CLOSED_FORM_ERROR);
    }

    @Test
    void ceilDivByTwoMatchesTheOddProbabilityIdentity() {
        // ceil(X/2) = X/2 + [X odd]/2, and for Poisson P(X odd) = (1 − e^(−2L))/2 (from the generating function
        // E[(−1)^X] = e^(−2L)), so E[ceil(X/2)] = L/2 + (1 − e^(−2L))/4. The closed form's bound for c = 2,
        // e^(−2L)/4, is this identity's own correction term: it is tight.
        int compared = 0;
        for (double mean : means()) {
            double identity = mean / 2 + (1 - Math.exp(-2 * mean)) / 4;
            double got = Poisson.withMean(mean).expectedCeilDiv(2);
            assertThat(Math.abs(got - identity) / identity).as("L %s", mean).isLessThan(1e-9);
            assertThat(Poisson.ceilDivErrorBound(mean, 2)).isEqualTo(Math.exp(-2 * mean) / 4);
            compared++;
        }
        assertThat(compared).isGreaterThan(250);
    }

    @Test
    void expectedMinIdentityEqualsTheSumOfItsDefinition() {
        // E[min(X, N)] = Σ_{k<N} P(X > k), summed term by term from the table here.
        double worst = 0;
        int compared = 0;
        for (double mean : means()) {
            Poisson p = Poisson.withMean(mean);
            int mode = (int) mean;
            for (long n : new long[] {1, 2, 5, mode / 2, mode, mode + 1, mode + (long) (3 * Math.sqrt(mean)) + 1,
                2L * mode + 10}) {
                if (n < 1) {
                    continue;
                }
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += 1 - p.cumulative(k);
                }
                double idleSum = 0;
                for (int k = 0; k < n; k++) {
                    idleSum += p.cumulative(k);
                }
                double scale = Math.max(sum, 1e-300);
                worst = Math.max(worst, Math.abs(p.expectedMin(n) - sum) / scale);
                double idle = p.expectedIdle(n, 1);
                assertThat(Math.abs(idle - idleSum)).as("idle, L %s, N %s", mean, n)
                        .isLessThanOrEqualTo(Math.max(1e-12 * idleSum, 1e-12 * mean));
                compared++;
            }
        }
        System.out.printf("E[min(X,N)] identity: %d comparisons, max relative error %.3g%n", compared, worst);
        assertThat(compared).isGreaterThan(2000);
        assertThat(worst).isLessThan(1e-11);
    }

    @Test
    void tableFreeQuantileEqualsTheTablesOverAGrid() {
        int compared = 0;
        int differ = 0;
        for (int i = 0; i <= 8 * 200; i++) {
            double mean = Math.pow(10, -3 + i / 200.0);
            Poisson table = Poisson.withMean(mean);
            for (double q : new double[] {0.5, 0.9, 0.99, 0.999}) {
                int exact = table.quantile(q);
                if (Poisson.quantile(mean, q) != exact) {
                    differ++;
                    System.out.printf("differ: L %s q %s: %d vs %d%n", mean, q, Poisson.quantile(mean, q), exact);
                }
                compared++;
            }
        }
        System.out.printf("quantile without a table: %d comparisons, %d differ%n", compared, differ);
        assertThat(compared).isGreaterThan(6000);
        assertThat(differ).isZero();
    }

    @Test
    void exactProbabilitiesMatchPublishedValues() {
        // e^(−10)·10^10/10! = 0.1251100357 (tables of the Poisson distribution), here multiplied out; at L = k =
        // 1000, where that product overflows, Stirling's series n^n·e^(−n)/n! = (1 − 1/(12n) + 1/(288n²) + …)/√(2πn)
        // gives 0.0126146 (four terms are exact to 1e-12 here).
        assertThat(Poisson.exactProbability(10, 10)).isCloseTo(Math.exp(-10) * 1e10 / 3_628_800,
                org.assertj.core.api.Assertions.within(1e-15));
        assertThat(Poisson.exactProbability(10, 10)).isCloseTo(0.1251100357, org.assertj.core.api.Assertions
                .within(1e-10));
        double n = 1000;
        double stirling = (1 - 1 / (12 * n) + 1 / (288 * n * n) + 139 / (51840 * n * n * n)) / Math.sqrt(2 * Math.PI * n);
        assertThat(Poisson.exactProbability(1000, 1000)).isCloseTo(stirling, org.assertj.core.api.Assertions
                .within(1e-14));
        assertThat(Poisson.exactProbability(0, 3)).isEqualTo(Math.exp(-3));
    }
}
