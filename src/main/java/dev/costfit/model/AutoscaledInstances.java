package dev.costfit.model;

/**
 * Instances a metrics-based autoscaler keeps alive above the first, where it counts ⌈Ā ÷ n⌉ instances for Ā, the
 * requests in flight averaged over a window T, and keeps an instance it no longer needs until that instance has idled
 * a keep-alive K: instance k (counted from 0) is alive while Ā has exceeded k·n within the last K. Cloud Run's:
 * "the current request concurrency, compared to the maximum concurrency over a one minute window", at a 60% target,
 * evaluated every few seconds, and idle instances kept up to 15 minutes after their last request
 * (https://cloud.google.com/run/docs/about-instance-autoscaling; coldstart-reference.md §3, [G1]). Pure maths.
 *
 * <p>With X the M/M/∞ occupancy, Poisson(L) with autocovariance L·e^(−τ/W), Ā has mean L and variance
 * σ² = 2L·(W/T)²·(T/W − 1 + e^(−T/W)) (the window's average of that covariance): L for requests long against the
 * window, about 2L·W/T for short ones. Its slope (X(t) − X(t − T)) ÷ T has variance σ'² = 2L·(1 − e^(−T/W)) ÷ T².
 * Ā is smooth, so it crosses a level u upwards at Rice's rate ν(u) = σ'/(2πσ)·e^(−z²/2), z = (u − L)/σ (taking Ā
 * as Gaussian), and P(Ā has exceeded u within K) = 1 − F(u)·e^(−ν(u)·K/F(u)) with F(u) = P(Ā ≤ u), counting the
 * excursions above u as a Poisson stream while Ā is below it.
 *
 * <p>Not the cold-start model's pool at n ({@link ColdStartModel}), which reads the instantaneous X: X flickers
 * across a level many times a minute where the average does not, so that pool keeps an instance for every level the
 * load merely brushes. Against a simulation of the autoscaler (AutoscalerSimulation: Poisson arrivals, the
 * minute's average each second, the last K's most), at n = 48 and K = 15 min, the pool at n counted 1.00 instance
 * above the first for 22/s of 2 s (44 in flight) where the autoscaler keeps 0.44-0.46, and 1.89 for 2/s of 40 s where
 * it keeps 1.30; this counts 0.55 and 1.28, within 25% of the simulation where a level is passed now and then (Rice
 * counts each crossing as an excursion, where they come in clusters) and within 5% elsewhere (AutoscaledInstancesTest).
 */
public final class AutoscaledInstances {

    /** Below the mean by this many standard deviations a level is exceeded all the time, to 1e-19. */
    private static final double ALWAYS = 9;
    /** A level kept alive less than this share of the time adds nothing a month can show. */
    private static final double NEGLIGIBLE = 1e-17;

    private AutoscaledInstances() {
    }

    /**
     * @param mean the instances alive on average, from the first counted on
     * @param most the instances, counted from 0, up to the last one counted that is alive at least the share asked
     *             for (0 where none is)
     */
    public record Alive(double mean, int most) {}

    /**
     * Instances from {@code from} on (at least 1: the first instance lives while requests are in flight or came
     * within K, which the average does not tell) that the autoscaler keeps alive.
     *
     * @param rate        requests a second
     * @param meanSeconds a request's mean time in flight, W
     * @param perInstance n, the requests the autoscaler keeps an instance at on average (not necessarily whole)
     * @param window      T, the seconds the autoscaler averages the requests in flight over
     * @param keepAlive   K, the seconds an instance it no longer needs lives on
     * @param from        the first instance counted, counted from 0
     * @param share       the share of time an instance is alive that {@link Alive#most} counts it
     */
    public static Alive above(double rate, double meanSeconds, double perInstance, double window, double keepAlive,
                              int from, double share) {
        double load = rate * meanSeconds;
        if (!(load > 0)) {
            return new Alive(0, 0);
        }
        double ratio = window / meanSeconds;
        // T/W − 1 + e^(−T/W) without cancelling where T/W is small (a request far longer than the window).
        double sd = Math.sqrt(2 * load * (ratio + Math.expm1(-ratio)) / (ratio * ratio));
        double slope = Math.sqrt(2 * load * -Math.expm1(-ratio)) / window;
        if (!(perInstance > 0) || !(sd > 0) || !(sd < Double.POSITIVE_INFINITY)) {
            // No level to climb (a count the loop below could never leave): nothing above the first.
            return new Alive(0, 0);
        }
        double crossingsAtMean = slope / sd / (2 * Math.PI);
        long first = Math.max(1, from);
        // Instances whose levels lie far below the mean are alive all the time: counted, not summed one by one (a
        // load of millions in flight has tens of thousands of them).
        long always = Math.max(first, (long) Math.ceil((load - ALWAYS * sd) / perInstance));
        double mean = always - first;
        long most = always > first ? always : 0;
        for (long k = always; ; k++) {
            double z = (k * perInstance - load) / sd;
            double below = Normal.tail(-z);
            double crossings = crossingsAtMean * Math.exp(-z * z / 2);
            double alive = below > 0 ? 1 - below * Math.exp(-crossings * keepAlive / below) : 1;
            mean += alive;
            if (alive >= share) {
                most = k + 1;
            }
            // Past the mean the share falls with every level.
            if (z > 0 && alive < NEGLIGIBLE) {
                break;
            }
        }
        return new Alive(mean, (int) Math.min(Integer.MAX_VALUE, most));
    }
}
