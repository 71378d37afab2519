package dev.costfit.model;

/**
 * Cold starts of a pool of instances kept warm for a while after their last request, under Poisson arrivals.
 *
 * <p>The approximation (checked against a discrete-event simulation in the tests): instances are reused
 * most-recently-used first, so the instance that serves requests above level k·c (c requests per instance) stays
 * warm while the number in flight has exceeded k·c within the keep-alive window K, and a request starts cold when it
 * lifts the number in flight above k·c after that instance expired. Cold starts then arrive at the rate
 * Σ_k λ·p(kc)·P(T_kc &gt; K), where p is the Poisson(λW) occupancy of the M/G/∞ queue and T_j the time the
 * occupancy takes to climb from j back to j+1. T_j is taken from the birth-death (M/M/∞) process, whose first two
 * moments follow by recursion, and its tail from a two-phase hyperexponential with those moments (balanced
 * means): the climb back is either quick or a long excursion towards the mean.
 *
 * <p>Instances kept warm regardless (provisioned concurrency, minimum instances) remove the levels below them.
 */
public final class ColdStartModel {

    private static final double NEGLIGIBLE = 1e-15;
    /** The most tail evaluations one steady state makes (see the level loop). */
    private static final long MAX_TAILS = 256;

    private ColdStartModel() {
    }

    /**
     * @param coldShare share of requests that start cold in steady traffic
     * @param pool      instances warm on average (busy or idle)
     */
    public record Result(double coldShare, double pool) {}

    public static Result steadyState(double rate, double meanSeconds, double keepAliveSeconds, int capacity,
                                     int kept) {
        return steadyState(rate, meanSeconds, keepAliveSeconds, capacity, kept, Poisson.withMean(rate * meanSeconds));
    }

    /** As above, with the occupancy Poisson(rate × meanSeconds) already built. */
    public static Result steadyState(double rate, double meanSeconds, double keepAliveSeconds, int capacity,
                                     int kept, Poisson occupancy) {
        if (rate <= 0) {
            return new Result(0, kept);
        }
        double load = rate * meanSeconds;
        int last = (int) Math.ceil(load + 12 * Math.sqrt(load) + 30);
        // Far below the mean the occupancy climbs back at once: those levels are always warm and never start
        // cold. The recursion for T_j starts at the first level with any probability, from the drift
        // approximation E[T_j] ≈ 1/(λ − j/W); its error shrinks by j/(λW) per level and is gone long before the
        // levels that count.
        int start = Math.max(0, Math.min(occupancy.first(), (int) Math.floor(load - 10 * Math.sqrt(load))));
        double cumulative = 0;
        double cold = 0;
        double pool = 0;
        double m1 = 0;
        double m2 = 0;
        pool += Math.ceil(start / (double) capacity); // levels 0, c, 2c, … below start: always warm
        // Five standard deviations below the mean the climb back is so quick that no instance there ever expires:
        // P(X = j) < 3e-7, so skipping the tail changes the share and the pool by less than that.
        double quick = load - 5 * Math.sqrt(load);
        // Far above a few thousand levels the tail moves little from one level to the next: evaluate it at most
        // MAX_TAILS times across the band and hold it in between (the moments are still stepped level by level).
        long band = Math.max(1, (long) (last - Math.max(start, quick)) / capacity);
        long stride = Math.max(1, band / MAX_TAILS);
        long counted = 0;
        Tail tail = null;
        for (int j = start; j <= last; j++) {
            double p = occupancy.probability(j);
            cumulative += p;
            double deaths = j / meanSeconds;
            if (j == start) {
                m1 = j == 0 ? 1 / rate : 1 / (rate - deaths);
                m2 = 2 * m1 * m1;
            } else {
                double previous = m1;
                double previousSquare = m2;
                m1 = (1 + deaths * previous) / rate;
                double total = rate + deaths;
                double down = deaths / total;
                m2 = (2 / (total * total) + 2 / total * down * (previous + m1)
                        + down * (previousSquare + 2 * previous * m1)) / (1 - down);
            }
            if (j % capacity != 0) {
                continue;
            }
            int instance = j / capacity; // the instance that serves the requests above level j
            if (instance < kept) {
                pool += 1;
                continue;
            }
            if (j < quick) {
                pool += 1 - Math.min(1, cumulative);
                continue;
            }
            if (tail == null || counted++ % stride == 0) {
                tail = Tail.of(m1, m2, keepAliveSeconds);
            }
            cold += p * tail.survival();
            pool += 1 - Math.min(1, cumulative) * tail.ageBeyond();
            if (p < NEGLIGIBLE && j > load && tail.ageBeyond() > 1 - NEGLIGIBLE) {
                break;
            }
        }
        return new Result(Math.min(1, cold), pool);
    }

    /** P(T > K) and the share of time spent in climbs already older than K, from the first two moments of T. */
    private record Tail(double survival, double ageBeyond) {

        static Tail of(double mean, double second, double k) {
            if (!Double.isFinite(mean) || !Double.isFinite(second) || mean <= 0) {
                return new Tail(1, 1);
            }
            double scv = second / (mean * mean) - 1;
            if (!(scv > 1)) {
                double e = Math.exp(-k / mean);
                return new Tail(e, e);
            }
            double p1 = (1 + Math.sqrt((scv - 1) / (scv + 1))) / 2;
            double r1 = 2 * p1 / mean;
            double r2 = 2 * (1 - p1) / mean;
            double survival = p1 * Math.exp(-r1 * k) + (1 - p1) * Math.exp(-r2 * k);
            double beyond = (p1 / r1 * Math.exp(-r1 * k) + (1 - p1) / r2 * Math.exp(-r2 * k)) / mean;
            return new Tail(survival, Math.min(1, beyond));
        }
    }
}
