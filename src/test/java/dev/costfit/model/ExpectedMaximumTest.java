package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The expected slowest of n log-normal durations, against closed forms worked by hand. */
class ExpectedMaximumTest {

    @Test
    void oneMessageOrNoSpreadLastsTheMean() {
        assertThat(ExpectedMaximum.ofLogNormal(0.8, 1)).isEqualTo(1);
        assertThat(ExpectedMaximum.ofLogNormal(0, 10)).isEqualTo(1);
        // Just above one message, just above the mean: the integral itself, not the shortcut, at n = 1 + 1e-9.
        assertThat(ExpectedMaximum.ofLogNormal(0.8, 1 + 1e-9)).isCloseTo(1, within(1e-8));
    }

    @Test
    void twoMessagesMatchTheClosedForm() {
        // For two log-normals of mean m and shape σ, E[max] = 2m·Φ(σ/√2) (E[max] = E[X] + E|X1 − X2|/2, and
        // ln X1 − ln X2 is normal of variance 2σ²): σ = 0.5: 2·Φ(0.353553) = 2 × 0.638163 = 1.276326;
        // σ = 1: 2·Φ(0.707107) = 2 × 0.760250 = 1.520500; σ = 2: 2·Φ(1.414214) = 2 × 0.921350 = 1.842701.
        assertThat(ExpectedMaximum.ofLogNormal(0.5, 2)).isCloseTo(1.276326, within(1e-6));
        assertThat(ExpectedMaximum.ofLogNormal(1, 2)).isCloseTo(1.520500, within(1e-6));
        assertThat(ExpectedMaximum.ofLogNormal(2, 2)).isCloseTo(1.842701, within(1e-6));
    }

    @Test
    void aNarrowSpreadAddsTheLargestNormalTimesSigma() {
        // For small σ, X/m = e^(σZ − σ²/2) ≈ 1 + σZ, so E[max of n]/m ≈ 1 + σ·E[max of n Z], within σ² or so:
        // E[max of 3 Z] = 3/(2√π) = 0.846284; E[max of 10 Z] = 1.538753 (Harter's 1961 tables of normal order
        // statistics).
        assertThat(ExpectedMaximum.ofLogNormal(0.001, 3)).isCloseTo(1 + 0.001 * 0.846284, within(2e-6));
        assertThat(ExpectedMaximum.ofLogNormal(0.001, 10)).isCloseTo(1 + 0.001 * 1.538753, within(2e-6));
    }

    @Test
    void growsWithTheBatchAndStaysFiniteAtSqsLargestBatch() {
        double previous = 1;
        for (double n : new double[] {1.5, 2, 2.5, 10, 100, 10_000}) {
            double ratio = ExpectedMaximum.ofLogNormal(0.42, n);
            assertThat(ratio).isGreaterThan(previous);
            previous = ratio;
        }
        // The slowest of 10,000 at σ 0.42 lies near the 99.99th percentile: e^(3.72·0.42 − 0.42²/2) = 4.39 × m,
        // the expected maximum a little beyond (3.85, E[max of 10,000 Z], rather than 3.72).
        assertThat(previous).isBetween(4.39, 5.2);
    }
}
