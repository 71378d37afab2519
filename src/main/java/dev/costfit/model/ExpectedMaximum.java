package dev.costfit.model;

/**
 * How long the slowest of n requests that run at once lasts on average, relative to one request's mean: a batch of
 * queued messages whose handler awaits them together (Promise.all, asyncio.gather) ends with its slowest message.
 * For durations D with distribution F, E[max of n] = ∫_0^∞ (1 − F(x)^n) dx; n need not be whole (a batch window
 * gathers 2.5 messages on average), and n = 1 gives the mean.
 *
 * <p>The durations are the log-normal costfit fits to the stated percentiles ({@link BilledDuration#of}): D = m ·
 * e^(σZ − σ²/2), Z standard normal, of mean m. The slowest of n is D at the largest of n Z's, whose density is
 * n·Φ(z)^(n−1)·φ(z), and e^(σz − σ²/2)·φ(z) = φ(z − σ), so E[max of n] / m = ∫ n·Φ(z)^(n−1)·φ(z − σ) dz (the
 * integral above, by parts). The integrand is smooth and bell-shaped; it is summed by Simpson's rule in steps of
 * 0.01 from z = −10 (below which φ(z − σ) &lt; φ(10) = 7.7e-23) to 10 past the larger of σ and the largest Z's
 * usual place, within 1e-8 of the integral for n up to SQS's 10,000 messages a batch.
 */
public final class ExpectedMaximum {

    private ExpectedMaximum() {
    }

    /** Simpson's step in z. */
    private static final double STEP = 0.01;

    /** Where the integrand is negligible, in z from its centre (φ(10) = 7.7e-23). */
    private static final double REACH = 10;

    /**
     * E[max of {@code n}] over the mean, for log-normal durations of shape {@code sigma} (0: every request lasts the
     * mean, so 1); at least 1, and 1 for n at or below 1.
     */
    public static double ofLogNormal(double sigma, double n) {
        if (!(sigma > 0) || !(n > 1)) {
            return 1;
        }
        // Where the largest of n Z's lies as a rule: Φ(z) = 1 − 1/n.
        double largest = -Normal.quantile(1 / (n + 1));
        double from = -REACH;
        double to = Math.max(sigma, largest) + REACH;
        int steps = 2 * (int) Math.ceil((to - from) / (2 * STEP));
        double h = (to - from) / steps;
        double sum = integrand(from, sigma, n) + integrand(to, sigma, n);
        for (int i = 1; i < steps; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * integrand(from + i * h, sigma, n);
        }
        return Math.max(1, sum * h / 3);
    }

    /** n·Φ(z)^(n−1)·φ(z − σ), Φ(z)^(n−1) through its logarithm, accurate in both tails. */
    private static double integrand(double z, double sigma, double n) {
        double logCdf = z > 0 ? Math.log1p(-Normal.tail(z)) : Math.log(Normal.tail(-z));
        return n * Math.exp((n - 1) * logCdf) * Normal.pdf(z - sigma);
    }
}
