package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The busy-instance expectation E[ceil(X/c)], X ~ Poisson(L), that Cloud Run functions' request-based billing is
 * modelled with, against a seeded discrete-event simulation: within 3% over a grid of L and c, with log-normal
 * request durations (the M/G/∞ occupancy is Poisson whatever the duration distribution).
 */
class BusyTimeSimulationTest {

    private static final double[] LOADS = {0.3, 2, 8, 30, 100};
    private static final int[] CAPACITIES = {1, 4, 16, 80};

    /** Log-normal durations with mean {@code mean} and shape 0.8: a long tail, as LLM calls have. */
    private static double logNormal(Random random, double mean) {
        double sigma = 0.8;
        double mu = Math.log(mean) - sigma * sigma / 2;
        return Math.exp(mu + sigma * random.nextGaussian());
    }

    @Test
    void expectedBusyInstancesMatchTheSimulationWithin3Percent() {
        Random random = new Random(20261129);
        double mean = 2.0;
        for (double load : LOADS) {
            for (int c : CAPACITIES) {
                double rate = load / mean;
                double horizon = Math.max(40_000, 4_000_000 / rate) * mean / 20;
                double simulated = InstanceSimulation.meanBusy(rate, () -> logNormal(random, mean), c, horizon,
                        random, false);
                double model = Poisson.withMean(load).expectedCeilDiv(c);
                assertThat(simulated).as("L=%s c=%s", load, c).isCloseTo(model,
                        org.assertj.core.api.Assertions.withinPercentage(3));
            }
        }
    }

    @Test
    void aRouterThatCannotMoveRequestsNeedsMoreButNotFarMore() {
        // Fullest-first routing never uses fewer instances than perfect packing, and in this grid at most ~25% more
        // (the caveat costfit states in its assumptions for concurrency above 1).
        Random random = new Random(5);
        double mean = 1.0;
        for (double load : new double[] {2, 10, 50}) {
            for (int c : new int[] {4, 10, 40}) {
                double simulated = InstanceSimulation.meanBusy(load / mean, () -> mean, c, 20_000, random, true);
                double model = Poisson.withMean(load).expectedCeilDiv(c);
                assertThat(simulated).as("L=%s c=%s", load, c).isGreaterThanOrEqualTo(model * 0.98)
                        .isLessThanOrEqualTo(model * 1.25);
            }
        }
    }
}
