package dev.costfit.model;

/**
 * Instance time billed per second by a platform that bills an instance while it serves at least one request, with
 * each busy period rounded up to a granularity g (Cloud Run's request-based billing: 100 ms) — DESIGN §3.
 *
 * <p>One request per instance: the instance is busy exactly while the request runs, so each request bills its own
 * duration rounded up (the providers' own examples price it so): on average E[ceil(D/g)]·g over the requests'
 * durations D ({@link BilledDuration}), not their mean rounded up.
 *
 * <p>n requests per instance, packed onto as few instances as possible: instance k+1 is busy while more than k·n
 * requests are in flight, X ~ Poisson(L) (the M/G/∞ result), so E[ceil(X/n)] = Σ_k q_k instances are busy, with
 * q_k = P(X &gt; k·n). n need not be whole: an autoscaler that keeps X ÷ n instances busy for X in flight
 * (Cloud Run's, at 60% of 3 requests at once: n = 1.8) has instance k+1 busy while X &gt; ⌊k·n⌋. Its busy
 * periods start at the rate r_k = λ·P(X = k·n) at which the number in flight crosses k·n upwards, and last
 * b_k = q_k / r_k on average; its idle gaps last i_k = (1 − q_k) / r_k. Each busy period is billed a rounding
 * ρ_k beyond its end — for an exponentially distributed length of mean b, E[ceil(B/g)·g] − b =
 * g / (1 − e^(−g/b)) − b, which is g − b for short periods and g/2 for long ones — but the
 * rounding cannot bill a gap the next busy period fills: with exponential gaps the billed part of a gap is
 * E[min(ρ, I)] = i·(1 − e^(−ρ/i)). So instance k bills q_k + (1 − q_k)·(1 − e^(−ρ_k/i_k)) of each second: never
 * more than all of it, and for levels the load crosses hundreds of times a second, all of it. Against a simulation
 * of the same packing with fixed request durations (BusyTimeTest) it is within 3%, erring high by up to 9% where
 * the load flickers across levels tens of times a second.
 *
 * <p>Never more than a request at a time bills: packing requests shares busy periods, and a busy period's length,
 * rounded up, is at most the sum of its requests' lengths, each rounded up (on average, what they bill alone).
 * Where requests seldom overlap, the exponential busy periods above would bill a 72 ms request as 133 ms, where it
 * bills 100 ms; the bound holds it there.
 */
public final class BusyTime {

    private BusyTime() {
    }

    /**
     * Billed instance-seconds per second.
     *
     * @param rate        requests per second
     * @param seconds     a request's mean duration on the instance (the real W)
     * @param billedAlone the mean seconds a request served alone bills, its own time rounded up to g
     *                    ({@link BilledDuration}; {@code seconds} where nothing rounds)
     * @param perInstance requests one instance serves at once on average (n, at least 1, not necessarily whole)
     * @param granularity the billing granularity g in seconds (0: none)
     * @param inFlight    the requests in flight, Poisson(rate × seconds); read only where an instance serves more than
     *                    one request at once (a request at a time is billed by the request), so it may be null there
     */
    public static double billedPerSecond(double rate, double seconds, double billedAlone, double perInstance,
                                         double granularity, Poisson inFlight) {
        if (rate <= 0) {
            return 0;
        }
        double oneAtATime = rate * billedAlone;
        if (perInstance <= 1) {
            return oneAtATime;
        }
        long below = inFlight.levelsBelow(perInstance); // busy all the time: no rounding
        long end = inFlight.levelsWithin(perInstance);
        return Math.min(oneAtATime, below + inFlight.sumLevels(below, perInstance, end, level -> {
            double q = 1 - inFlight.cumulative(level);
            double crossings = rate * inFlight.probability(level);
            if (granularity <= 0 || crossings <= 0 || q <= 0 || q >= 1) {
                return q;
            }
            double busy = q / crossings;
            double gap = (1 - q) / crossings;
            double rounding = granularity / -Math.expm1(-granularity / busy) - busy;
            return q + (1 - q) * -Math.expm1(-rounding / gap);
        }));
    }
}
