package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A batch's tail from its messages' log-normal: the slowest of n at once exactly, and the sum of n one after another
 * by Fenton–Wilkinson, checked against a reference computed here independently: a seeded Monte Carlo of 10^6
 * batches, each the sum of n draws m·e^(σZ − σ²/2).
 */
class BatchTailTest {

    private static final int BATCHES = 1_000_000;

    /**
     * The share of {@code BATCHES} simulated batches of n messages of mean 1 and shape σ whose sum runs past each of
     * {@code times}.
     */
    private static double[] simulated(int n, double sigma, long seed, double... times) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] past = new long[times.length];
        for (int b = 0; b < BATCHES; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
            }
            for (int k = 0; k < times.length; k++) {
                if (sum > times[k]) {
                    past[k]++;
                }
            }
        }
        double[] shares = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            shares[k] = past[k] / (double) BATCHES;
        }
        return shares;
    }

    @Test
    void fentonWilkinsonHoldsTheBodyAndIsOptimisticInTheFarTail() {
        // For each (n, σ): the times Fenton–Wilkinson puts 50%, 1% and 0.1% of batches past, and the share of 10^6
        // simulated batches past each. Tolerances, as the simulation measures them (its own error at 0.1%: about
        // 1,000 batches past, ±3%): the median within 4%; at 1% the true share 0.88 to 1.2 times FW's; at 0.1%,
        // 0.9 to 2.2 times, FW optimistic there the more the larger σ (Asmussen and Rojas-Nandayapa 2008: the sum's
        // far tail is n times one message's, heavier than any log-normal of the sum's smaller σ).
        double[][] cases = {{2, 0.5}, {5, 0.8}, {10, 0.25}, {10, 1.2}};
        long seed = 20_260_412;
        for (double[] c : cases) {
            int n = (int) c[0];
            double sigma = c[1];
            double median = BatchTail.beyondShare(0.5, 1, sigma, n, false);
            double onePercent = BatchTail.beyondShare(0.01, 1, sigma, n, false);
            double tenth = BatchTail.beyondShare(0.001, 1, sigma, n, false);
            double[] mc = simulated(n, sigma, seed++, median, onePercent, tenth);
            String label = "n " + n + ", σ " + sigma;
            assertThat(mc[0] / 0.5).as(label + " at the median").isBetween(0.96, 1.04);
            assertThat(mc[1] / 0.01).as(label + " at 1%").isBetween(0.88, 1.2);
            assertThat(mc[2] / 0.001).as(label + " at 0.1%").isBetween(0.9, 2.2);
            if (sigma >= 1) {
                // The known failing: at σ 1.2 the true share past FW's 0.1% time is some twice FW's.
                assertThat(mc[2] / 0.001).as(label + " optimistic at 0.1%").isGreaterThan(1.5);
            }
        }
    }

    @Test
    void fentonWilkinsonMatchesTheSumsMeanAndVariance() {
        // n = 10, σ = ln 4 / 1.6449 = 0.84281 (p50 30 s, p95 120 s, mean 45 s): e^(σ²) − 1 = e^0.71032 − 1 =
        // 1.03463; over 10, 0.103463; σ_S² = ln 1.103463 = 0.098455, σ_S = 0.31378. The sum of 10 has mean 450 s:
        // past 900 s, z = (ln 2 + 0.049228) / 0.31378 = 2.3660, Q = 0.00899; past 705 s (the 300 s timeout plus 9
        // means), z = (ln(705/450) + 0.049228) / 0.31378 = 1.5877, Q = 0.0562.
        double sigma = Math.log(4) / 1.6448536269514722;
        assertThat(BatchTail.sumSigma(sigma, 10)).isCloseTo(0.31378, within(5e-5));
        assertThat(BatchTail.shareBeyond(900, 45, sigma, 10, false)).isCloseTo(0.00899, within(5e-5));
        assertThat(BatchTail.shareBeyond(705, 45, sigma, 10, false)).isCloseTo(0.0562, within(5e-4));
        // The same batch as a log-normal fitted to its shifted figures (p50 30 + 9 × 45 = 435 s, p95 120 + 405 =
        // 525 s: σ = ln(525/435) / 1.6449 = 0.11433, mean 450 s) puts Q((ln(705/450) + 0.0065354) / 0.11433) =
        // Q(3.9840) = 0.0000339 past 705 s: some 1,700 times too few (a reviewer's case found some 100 times).
        assertThat(BatchTail.shareBeyond(705, 45, sigma, 10, false) / 0.0000339).isGreaterThan(1_000);
        // One message is its own log-normal: σ_S = σ.
        assertThat(BatchTail.sumSigma(sigma, 1)).isCloseTo(sigma, within(1e-12));
    }

    @Test
    void theSlowestOfABatchRunAtOnceIsExact() {
        // At once, a batch of 10 lasts its slowest: 1 − (1 − q)^10. Past 900 s with mean 45 s and σ 0.84281:
        // q = Q((ln 20 + 0.35516) / 0.84281) = Q(3.9758) = 0.00003506; 1 − (1 − q)^10 = 0.0003505 (10·q less the
        // pairs, 45·q² = 5.5e-8). Inverse: a share of 0.003766 (as many as of messages past a 300 s timeout) leaves
        // q = 1 − (1 − 0.003766)^(1/10) = 0.00037724, z = 3.36897: 45·e^(−0.35516 + 0.84281 × 3.36897) = 539.64 s.
        double sigma = Math.log(4) / 1.6448536269514722;
        assertThat(BatchTail.shareBeyond(900, 45, sigma, 10, true)).isCloseTo(0.0003505, within(5e-7));
        assertThat(BatchTail.beyondShare(0.003766, 45, sigma, 10, true)).isCloseTo(539.64, within(0.05));
        // And against a simulation: the slowest of 10 draws past 300 s, 1 − (1 − Q(2.67236))^10 = 1 − 0.996234^10
        // = 0.03703.
        SplittableRandom random = new SplittableRandom(7);
        long past = 0;
        for (int b = 0; b < BATCHES; b++) {
            double slowest = 0;
            for (int i = 0; i < 10; i++) {
                slowest = Math.max(slowest, 45 * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2));
            }
            past += slowest > 300 ? 1 : 0;
        }
        assertThat(past / (double) BATCHES).isCloseTo(0.03703, within(0.0006));
        assertThat(BatchTail.shareBeyond(300, 45, sigma, 10, true)).isCloseTo(0.03703, within(5e-5));
    }

    @Test
    void aBatchWindowsFractionalCountIsTakenAsItIs() {
        // 9.53 messages on average: between 9 and 10 messages' shares, and the inverse returns the time it was read at.
        double sigma = 0.6;
        double share = BatchTail.shareBeyond(700, 45, sigma, 9.53, false);
        assertThat(share).isBetween(BatchTail.shareBeyond(700, 45, sigma, 9, false),
                BatchTail.shareBeyond(700, 45, sigma, 10, false));
        assertThat(BatchTail.beyondShare(share, 45, sigma, 9.53, false)).isCloseTo(700, within(1e-6));
        double atOnce = BatchTail.shareBeyond(300, 45, sigma, 9.53, true);
        assertThat(BatchTail.beyondShare(atOnce, 45, sigma, 9.53, true)).isCloseTo(300, within(1e-6));
    }
}
