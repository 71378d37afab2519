package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.profile.DurationProfile;
import dev.costfit.units.TimeSpan;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each request bills its own duration rounded up to 100 ms, so a month bills E[ceil(D/g)]·g, not the mean rounded
 * up (Google: "in 100ms increments, rounded up ... a function executing for 260ms would be billed as 300ms").
 * Figures by hand from a normal table, by numeric integration of the log-normal's density (Simpson's rule, which
 * shares nothing with the sum it checks), and by summing P(D &gt; k·g) term by term until the rest is negligible.
 */
class BilledDurationTest {

    private static final double G = 0.1;
    private static final double Z95 = 1.6448536269514722;

    @Test
    void withoutASpreadEachRequestLastsTheMeanRoundedUp() {
        // Google's own example: 260 ms bills 300 ms; 95 ms bills 100 ms; 200 ms exactly bills 200 ms.
        assertThat(BilledDuration.AT_THE_MEAN.billed(0.26, G)).isCloseTo(0.3, within(1e-15));
        assertThat(BilledDuration.AT_THE_MEAN.billed(0.095, G)).isCloseTo(0.1, within(1e-15));
        assertThat(BilledDuration.AT_THE_MEAN.billed(0.2, G)).isCloseTo(0.2, within(1e-15));
        assertThat(BilledDuration.of(DurationProfile.ofMean(TimeSpan.ofSeconds(0.095)))).isEqualTo(
                BilledDuration.AT_THE_MEAN);
    }

    @Test
    void medianOfOneIncrementAndP95OfTwoByHand() {
        // p50 100 ms, p95 200 ms: sigma = ln 2 / z95 = 0.421404, the mean 100 ms x e^(sigma^2 / 2) = 109.285 ms.
        // P(D > k x 100 ms) = Q(z95 x log2 k), from a normal table: k = 0: 1; 1: Q(0) = 0.5; 2: Q(1.6449) = 0.05;
        // 3: Q(2.6070) = 0.0045666; 4: Q(3.2897) = 0.00050146; 5: Q(3.8192) = 0.000066934; 6: Q(4.2519) =
        // 0.000010599; 7: Q(4.6177) = 0.0000019402; 8: Q(4.9346) = 0.00000040166; beyond, 1.2e-7 together.
        // Sum 1.555148: 155.51 ms a request, where the mean rounded up bills 200 ms.
        DurationProfile d = new DurationProfile(TimeSpan.ofSeconds(0.109285), Optional.of(TimeSpan.ofSeconds(0.1)),
                Optional.of(TimeSpan.ofSeconds(0.2)), Optional.empty(), Optional.empty());
        BilledDuration spread = BilledDuration.of(d);
        assertThat(spread.sigma()).isCloseTo(0.421404, within(1e-6));
        assertThat(spread.basis()).isEqualTo("p50 and p95");
        assertThat(spread.billed(0.109285, G)).isCloseTo(0.155515, within(2e-6));
    }

    @Test
    void theReviewersFiguresAgreeWithNumericIntegration() {
        // A log-normal through p50 80 ms and p95 200 ms (sigma 0.557065, its mean 93.43 ms) bills 140.6 ms a
        // request, where costfit billed the mean rounded up, 100 ms (29% short); through p50 90 ms and p95 300 ms
        // (sigma 0.731963, mean 117.65 ms) 167.2 ms, where the mean rounded up bills 200 ms (20% over).
        double first = Math.log(0.2 / 0.08) / Z95;
        double firstMean = 0.08 * Math.exp(first * first / 2);
        assertThat(integrated(firstMean, first)).isCloseTo(0.14059, within(1e-5));
        assertThat(new BilledDuration(first, "").billed(firstMean, G))
                .isCloseTo(integrated(firstMean, first), within(1e-12));
        double second = Math.log(0.3 / 0.09) / Z95;
        double secondMean = 0.09 * Math.exp(second * second / 2);
        assertThat(integrated(secondMean, second)).isCloseTo(0.16718, within(1e-5));
        assertThat(new BilledDuration(second, "").billed(secondMean, G))
                .isCloseTo(integrated(secondMean, second), within(1e-12));
    }

    @Test
    void aStatedMeanPlacesTheSpreadOfThePercentiles() {
        // The profile {mean: 95ms, p50: 80ms, p95: 200ms}: the percentiles' sigma, about the stated mean, whose
        // requests bill 142.1 ms (a shade over the 140.6 ms of the log-normal through them, whose mean is 93.4 ms);
        // {mean: 120ms, p50: 90ms, p95: 300ms} bills 169.4 ms.
        BilledDuration first = BilledDuration.of(new DurationProfile(TimeSpan.ofSeconds(0.095),
                Optional.of(TimeSpan.ofSeconds(0.08)), Optional.of(TimeSpan.ofSeconds(0.2)), Optional.empty(),
                Optional.empty()));
        assertThat(first.billed(0.095, G)).isCloseTo(integrated(0.095, first.sigma()), within(1e-12))
                .isCloseTo(0.14211, within(1e-5));
        BilledDuration second = BilledDuration.of(new DurationProfile(TimeSpan.ofSeconds(0.12),
                Optional.of(TimeSpan.ofSeconds(0.09)), Optional.of(TimeSpan.ofSeconds(0.3)), Optional.empty(),
                Optional.empty()));
        assertThat(second.billed(0.12, G)).isCloseTo(integrated(0.12, second.sigma()), within(1e-12))
                .isCloseTo(0.16945, within(1e-5));
    }

    @Test
    void theMeanAndOnePercentileFitTheLogNormalOfThatMeanThroughIt() {
        // steady-api.yaml: mean 40 ms, p99 200 ms. The fitted log-normal's median is the mean x e^(-sigma^2 / 2),
        // its p99 the median x e^(2.326348 sigma): back at 200 ms.
        BilledDuration fitted = BilledDuration.of(new DurationProfile(TimeSpan.ofSeconds(0.04), Optional.empty(),
                Optional.empty(), Optional.of(TimeSpan.ofSeconds(0.2)), Optional.empty()));
        double s = fitted.sigma();
        assertThat(0.04 * Math.exp(-s * s / 2) * Math.exp(2.3263478740408408 * s)).isCloseTo(0.2, within(1e-12));
        assertThat(s).isCloseTo(0.8455, within(1e-4)).isLessThan(2.3263478740408408); // the smaller root
        assertThat(fitted.basis()).isEqualTo("the mean and p99");
        // p50 with the mean: the median is the mean x e^(-sigma^2 / 2), so 40 ms over a 30 ms median gives
        // sigma = sqrt(2 ln(4/3)) = 0.75853.
        assertThat(BilledDuration.of(new DurationProfile(TimeSpan.ofSeconds(0.04), Optional.of(TimeSpan.ofSeconds(
                0.03)), Optional.empty(), Optional.empty(), Optional.empty())).sigma()).isCloseTo(0.75853,
                within(1e-5));
    }

    @Test
    void aPercentileNoLogNormalOfThatMeanReachesTakesTheNearest() {
        // {mean: 6s, p95: 30s}: a log-normal's p95 is at most its mean x e^(z95^2 / 2) = 3.87 x the mean, at
        // sigma = z95; 5 x is beyond every one of them.
        BilledDuration wide = BilledDuration.of(new DurationProfile(TimeSpan.ofSeconds(6), Optional.empty(),
                Optional.of(TimeSpan.ofSeconds(30)), Optional.empty(), Optional.empty()));
        assertThat(wide.sigma()).isEqualTo(Z95);
        // A p95 at or below the mean, or a median above it, fits no log-normal's lower branch: no spread.
        assertThat(BilledDuration.of(new DurationProfile(TimeSpan.ofSeconds(6), Optional.empty(),
                Optional.of(TimeSpan.ofSeconds(5)), Optional.empty(), Optional.empty())).spread()).isFalse();
        assertThat(BilledDuration.of(new DurationProfile(TimeSpan.ofSeconds(6), Optional.of(TimeSpan.ofSeconds(7)),
                Optional.empty(), Optional.empty(), Optional.empty())).spread()).isFalse();
        // max is no percentile: the mean and max alone spread nothing.
        assertThat(BilledDuration.of(new DurationProfile(TimeSpan.ofSeconds(6), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(TimeSpan.ofSeconds(60)))).spread()).isFalse();
    }

    @Test
    void twoPercentilesWithoutTheMedian() {
        // p95 200 ms and p99 300 ms: sigma = ln 1.5 / (2.326348 - 1.644854) = 0.594965.
        BilledDuration tail = BilledDuration.of(new DurationProfile(TimeSpan.ofSeconds(0.15), Optional.empty(),
                Optional.of(TimeSpan.ofSeconds(0.2)), Optional.of(TimeSpan.ofSeconds(0.3)), Optional.empty()));
        assertThat(tail.sigma()).isCloseTo(0.594965, within(1e-6));
        assertThat(tail.basis()).isEqualTo("p95 and p99");
    }

    @Test
    void theBilledMeanIsAtLeastTheMeanAndLessThanTheMeanPlusAnIncrement() {
        int checked = 0;
        for (double sigma : new double[] {0, 1e-4, 0.01, 0.05, 0.2, 0.557, 1, 1.6449, 3}) {
            for (double mean : new double[] {0.0005, 0.01, 0.0934, 0.1, 0.2, 0.2003, 0.95, 2.2, 12.3456, 60, 3600}) {
                double billed = new BilledDuration(sigma, "").billed(mean, G);
                assertThat(billed).as("sigma %s, mean %s", sigma, mean).isGreaterThanOrEqualTo(mean * (1 - 1e-12))
                        .isLessThan(mean + G);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(99);
    }

    @Test
    void aWideSpreadBillsHalfAnIncrementBeyondTheMean() {
        // Where requests spread over many increments, the part of the last one left unused is uniform: g / 2.
        assertThat(new BilledDuration(0.7, "").billed(3600, G)).isCloseTo(3600.05, within(1e-7));
        assertThat(new BilledDuration(1.2, "").billed(6, G)).isCloseTo(6.05, within(1e-5));
    }

    @ParameterizedTest(name = "sigma {0}, mean {1} increments")
    @CsvSource({"0.003, 1000", "0.01, 2.2003", "0.01, 300", "0.03, 125.9", "0.1, 7", "0.3, 0.5", "0.3, 100",
        "0.557, 0.9343", "0.8, 0.01", "0.8, 30", "1, 0.2", "1, 3", "1.5, 3.7", "3, 0.5", "3, 0.01"})
    void theSumHoldsToATrillionthOfItself(double sigma, double m) {
        double direct = termByTerm(m, sigma);
        assertThat(BilledDuration.increments(m, sigma)).isCloseTo(direct, within(direct * 1.5e-12));
    }

    @Test
    void theNormalTailHoldsToFifteenDigits() {
        // The standard normal's upper tail as tabulated (Abramowitz and Stegun 26.2), at both sides of the switch
        // from the series to the continued fraction (z = 2 sqrt 2).
        assertThat(Normal.tail(0)).isEqualTo(0.5);
        assertThat(Normal.tail(1)).isCloseTo(0.158655253931457051, within(3e-16));
        assertThat(Normal.tail(-1)).isCloseTo(0.841344746068542949, within(3e-16));
        assertThat(Normal.tail(2)).isCloseTo(0.0227501319481792072, within(3e-16));
        assertThat(Normal.tail(2 * Math.sqrt(2))).isCloseTo(0.00233886749052363292, within(3e-16));
        assertThat(Normal.tail(3)).isCloseTo(0.00134989803163009453, within(1e-18));
        assertThat(Normal.tail(5)).isCloseTo(2.86651571879193912e-7, within(1e-21));
        assertThat(Normal.tail(8)).isCloseTo(6.22096057427178412e-16, within(1e-29));
        assertThat(Normal.tail(Z95)).isCloseTo(0.05, within(3e-16));
    }

    /**
     * E[ceil(D/g)]·g by integrating the density: D = mean·e^(σZ − σ²/2) exceeds k·g for Z above z_k, so each
     * stretch between z_k and z_(k+1) bills k + 1 increments; Simpson's rule on the normal density over each, in
     * steps of at most 0.001, from z = −12 to 12 (beyond, under 1e-32 of the mass).
     */
    private static double integrated(double mean, double sigma) {
        double mu = Math.log(mean / G) - sigma * sigma / 2;
        double total = 0;
        double from = -12;
        for (long k = 1; from < 12; k++) {
            double to = Math.min(12, (Math.log(k) - mu) / sigma);
            if (to > from) {
                total += k * simpson(from, to);
                from = to;
            }
        }
        return total * G;
    }

    private static double simpson(double from, double to) {
        int steps = 2 * (int) Math.ceil((to - from) / 0.002);
        double h = (to - from) / steps;
        double sum = density(from) + density(to);
        for (int i = 1; i < steps; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * density(from + i * h);
        }
        return sum * h / 3;
    }

    private static double density(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    /**
     * Σ_{k≥0} P(X &gt; k) for X log-normal of mean {@code m}, term by term (compensated), until the rest is below
     * 1e-16 of the sum (it is at most P(X &gt; k) + E[X; X &gt; k] = Q(z_k) + m·Q(z_k − σ)); beyond two million terms
     * (the widest spreads), the rest by the trapezoid rule with its first correction, whose error is at most
     * 0.0097·|p'(k)|, below 1e-20 there.
     */
    private static double termByTerm(double m, double sigma) {
        double mu = Math.log(m) - sigma * sigma / 2;
        double sum = 1;
        double lost = 0;
        for (long k = 1; ; k++) {
            double z = (Math.log(k) - mu) / sigma;
            double f = Normal.tail(z);
            if (f < 1e-16 * sum && f + m * Normal.tail(z - sigma) < 1e-16 * sum) {
                return sum;
            }
            if (k == 2_000_000) {
                double density = Math.exp(-z * z / 2) / (Math.sqrt(2 * Math.PI) * sigma * k);
                return sum + (m * Normal.tail(z - sigma) - k * f + f / 2 + density / 12 - lost);
            }
            double y = f - lost;
            double t = sum + y;
            lost = (t - sum) - y;
            sum = t;
        }
    }
}
