package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cold-start pass takes the climb's moments from the birth-death chain's passage-time identities (issue 13,
 * item 1) where it used to step a recursion from level to level. Both are compared here over a grid of loads,
 * request times, capacities, keep-alive windows and numbers kept warm — the largest relative error printed and
 * asserted — and the identities themselves against hand-derived values.
 */
class ColdStartMomentsTest {

    private static final double[] LOADS = {1e-4, 0.003, 0.05, 0.3, 1, 2.5, 7, 20, 60, 150, 400, 1000, 3000, 9000,
            2e4, 6e4, 1e5, 2e5, 5e5, 1e6};
    private static final double[] SECONDS = {0.05, 1.78, 20};
    private static final int[] CAPACITIES = {1, 2, 8, 80, 1000};
    private static final double[] KEEP_ALIVE = {5, 300, 900};

    @Test
    void thePassMatchesTheRecursionItReplaced() {
        double worstShare = 0;
        double worstPool = 0;
        int compared = 0;
        for (double load : LOADS) {
            Poisson occupancy = Poisson.withMean(load);
            for (double w : SECONDS) {
                double rate = load / w;
                for (int c : CAPACITIES) {
                    for (double k : KEEP_ALIVE) {
                        ColdStartModel.Levels levels = ColdStartModel.levels(rate, w, k, c, occupancy);
                        double sigma = Math.sqrt(load);
                        for (double level : new double[] {0, load - 3 * sigma, load, load + sigma, load + 3 * sigma}) {
                            int kept = (int) Math.ceil(Math.max(0, level / c));
                            ColdStartModel.Result got = levels.at(kept);
                            ColdStartModel.Result was = RecursionPass.at(rate, w, k, c, occupancy, kept);
                            String where = "L %s, W %s, c %s, K %s, kept %s".formatted(load, w, c, k, kept);
                            // Shares below 1e-12 are compared absolutely: no bill can show them.
                            double share = Math.abs(got.coldShare() - was.coldShare())
                                    / Math.max(was.coldShare(), 1e-12);
                            double pool = Math.abs(got.pool() - was.pool()) / was.pool();
                            assertThat(share).as(where + ": cold share").isLessThan(1e-10);
                            assertThat(pool).as(where + ": pool").isLessThan(1e-10);
                            worstShare = Math.max(worstShare, share);
                            worstPool = Math.max(worstPool, pool);
                            compared++;
                        }
                    }
                }
            }
        }
        System.out.printf("cold-start pass against the recursion: %d comparisons, max relative error %.3g (share),"
                + " %.3g (pool)%n", compared, worstShare, worstPool);
        assertThat(compared).isEqualTo(LOADS.length * SECONDS.length * CAPACITIES.length * KEEP_ALIVE.length * 5);
    }

    @Test
    void oneRequestAtATimeIsColdExactlyWhenNoneCameWithinTheWindow() {
        // Capacity 1 at a vanishing load (requests of a microsecond): T_0, the wait for the next arrival, is
        // exponential with rate λ, so a request is cold with probability e^(−λK); the instance is idle-but-warm for
        // the part of each wait shorter than K, a share E[min(T, K)]/E[T] = 1 − e^(−λK) of the time. By hand at
        // λ = 1/600 per second and K = 300 s: e^(−0.5) and 1 − e^(−0.5).
        double rate = 1 / 600.0;
        ColdStartModel.Result r = ColdStartModel.steadyState(rate, 1e-6, 300, 1, 0);
        assertThat(r.coldShare()).isCloseTo(Math.exp(-0.5), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(r.pool()).isCloseTo(1 - Math.exp(-0.5), org.assertj.core.api.Assertions.within(1e-6));
    }

    /**
     * The pass as it was before the identities: T_j's moments by recursion from level to level, started from the
     * drift approximation E[T_j] ≈ 1/(λ − j/W), each climb either returning up at once or going down one level
     * and climbing back twice: m1(j) = (1 + μj·m1(j−1))/λ and the second moment likewise.
     */
    private static final class RecursionPass {

        static ColdStartModel.Result at(double rate, double meanSeconds, double keepAlive, int capacity,
                                        Poisson occupancy, int kept) {
            double load = rate * meanSeconds;
            int last = (int) Math.ceil(load + 12 * Math.sqrt(load) + 30);
            int start = Math.max(0, Math.min(occupancy.first(), (int) Math.floor(load - 10 * Math.sqrt(load))));
            int first = (start + capacity - 1) / capacity;
            int instances = Math.max(0, last / capacity - first + 1);
            double[] cold = new double[instances + 1];
            double[] pool = new double[instances + 1];
            double quick = load - 5 * Math.sqrt(load);
            long band = Math.max(1, (long) (last - Math.max(start, quick)) / capacity);
            long stride = Math.max(1, band / 256);
            long counted = 0;
            double[] tail = null;
            double cumulative = 0;
            double m1 = 0;
            double m2 = 0;
            double p = 0;
            for (int j = start; j <= last; j++) {
                // As the pass reads them: beyond Poisson's exact limit each term from the one before.
                p = j == start ? occupancy.probability(j) : occupancy.probabilityAfter(j, p);
                cumulative += p;
                double deaths = j / meanSeconds;
                if (j == start) {
                    m1 = j == 0 ? 1 / rate : 1 / (rate - deaths);
                    m2 = 2 * m1 * m1;
                } else {
                    double down = deaths / (rate + deaths);
                    double previous = m1;
                    double previousSquare = m2;
                    m1 = (1 + deaths * previous) / rate;
                    m2 = (2 / ((rate + deaths) * (rate + deaths)) + 2 * down / (rate + deaths) * (previous + m1)
                            + down * (previousSquare + 2 * previous * m1)) / (1 - down);
                }
                if (j % capacity != 0) {
                    continue;
                }
                int i = j / capacity - first;
                if (j < quick) {
                    pool[i] = 1 - Math.min(1, cumulative);
                    continue;
                }
                if (tail == null || counted++ % stride == 0) {
                    tail = tail(m1, m2, keepAlive);
                }
                cold[i] = p * tail[0];
                pool[i] = 1 - Math.min(1, cumulative) * tail[1];
                if (p < 1e-15 && j > load && tail[1] > 1 - 1e-15) {
                    break;
                }
            }
            for (int i = instances - 1; i >= 0; i--) {
                cold[i] += cold[i + 1];
                pool[i] += pool[i + 1];
            }
            int from = Math.max(first, kept);
            int i = Math.min(from - first, instances);
            return new ColdStartModel.Result(Math.min(1, cold[i]), from + pool[i]);
        }

        /** P(T &gt; K) and the share of time in climbs older than K, from a balanced two-phase fit to m1, m2. */
        private static double[] tail(double mean, double second, double k) {
            if (!Double.isFinite(mean) || !Double.isFinite(second) || mean <= 0) {
                return new double[] {1, 1};
            }
            double scv = second / (mean * mean) - 1;
            if (!(scv > 1)) {
                double e = Math.exp(-k / mean);
                return new double[] {e, e};
            }
            double p1 = (1 + Math.sqrt((scv - 1) / (scv + 1))) / 2;
            double r1 = 2 * p1 / mean;
            double r2 = 2 * (1 - p1) / mean;
            double quick = Math.exp(-r1 * k);
            double slow = Math.exp(-r2 * k);
            return new double[] {p1 * quick + (1 - p1) * slow,
                    Math.min(1, (p1 / r1 * quick + (1 - p1) / r2 * slow) / mean)};
        }
    }
}
