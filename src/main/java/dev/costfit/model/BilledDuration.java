package dev.costfit.model;

import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.Optional;

/**
 * The mean time a request bills where each request bills its own duration rounded up to an increment g: a Cloud
 * Functions 1st gen invocation ("in 100ms increments, rounded up to the nearest increment ... a function executing
 * for 260ms would be billed as 300ms", pricing-reference.md §4.4, S14), a Cloud Run request served one at a time,
 * whose instance's busy period is the request (§4.1, S10a), and a Step Functions Express execution ("rounded up to
 * the nearest 100ms", glue reference §1, S18a). A month bills E[ceil(D/g)]·g over the requests' durations D, not
 * their mean rounded up: requests of a mean 95 ms with p50 80 ms and p95 200 ms bill 142 ms on average, not 100 ms,
 * and a mean 120 ms with p50 90 ms and p95 300 ms bills 169 ms, not 200 ms. It lies at or above the mean and below
 * the mean plus g, as each request's billed time lies at or above its duration and below its duration plus g.
 *
 * <p>The spread is a log-normal (the profile reader fits one to derive a mean from p50 and p95) whose σ comes from
 * two stated figures: p50 and p95 (σ = ln(p95/p50) / z95, the reader's fit), else p50 and p99, else p95 and p99,
 * else the mean with p95, p99 or p50 — the σ whose log-normal of that mean has that percentile, z·σ − σ²/2 =
 * ln(p/mean), the smaller root; where no log-normal of that mean reaches p, the nearest (σ = z where p lies beyond
 * mean·e^(z²/2); none where p95 or p99 is at or below the mean, or p50 at or above it). max is no percentile of a
 * fitted distribution and is not read. The log-normal's scale puts its mean at the request's mean, which bills on
 * every other platform and line: a stated mean that differs from the log-normal's through p50 and p95 keeps their
 * ratio (the shape) and moves where they lie, so the billed mean never falls below the mean. With no spread stated,
 * every request is taken to last the mean, and the mean is rounded up, as the assumption says.
 *
 * <p>At another setting every request's time scales with the mean (the setting's mean ÷ the stated one), as costfit
 * carries every stated percentile (Reference, {@link RequestTime#longestWorkAt}, a sweep's durations): the
 * log-normal keeps its σ and takes the setting's mean. That takes a request's CPU part as a share of its length;
 * were it the same in every request, the spread all waiting, a slower setting would shift the spread rather than
 * stretch it. The two agree at the stated setting and wherever the CPU model is off.
 *
 * <p>The sum, in increments (m = mean/g, μ = ln m − σ²/2, f(k) = P(D/g &gt; k) = Q(z_k), z_k = (ln k − μ)/σ):
 * E[ceil(D/g)] = Σ_{k≥0} f(k), to within 1e-12 of itself, plus the rounding of its terms (each Q within 3e-16,
 * {@link Normal#tail}; some 45 of them at most, a dozen as a rule). The k below e^(μ−8σ) count 1 each (each falls
 * short by less than Q(8) = 6.2e-16, all of them by less than 6.2e-16·m). From there term by term, until the rest is
 * below 1e-12 of the sum (Σ_{j≥k} f(j) ≤ f(k) + E[(D/g − k)+] ≤ f(k) + m·Q(z_k − σ)), or up to K. From K on, by
 * Euler–Maclaurin: Σ_{k≥K} f(k) = E[(D/g − K)+] + f(K)/2 + Σ_{j=1..5} B_2j/(2j)!·p^(2j−2)(K) + R, with p the
 * density, whose n-th derivative is p(x)·(σx)^(−n)·P_n(z), P_0 = 1, P_(n+1) = P_n' − (z + (n+1)σ)·P_n; and |R| ≤
 * |B_10|/10!·∫_K^∞ |p^(9)| ≤ |B_10|/10!·(σK)^(−9)·√E[P_9(Z)²] (Cauchy–Schwarz, Z standard normal), so K is the
 * least at which that is at most 1e-12·max(1, m): below 1e-12 of the sum, which is at least 1 and at least m.
 *
 * @param sigma the log-normal's σ; 0: no spread, every request lasts the mean
 * @param basis what σ was fitted to, for the assumption ("p50 and p95"); empty where nothing spreads them
 */
public record BilledDuration(double sigma, String basis) {

    /** No spread stated: every request lasts the mean. */
    public static final BilledDuration AT_THE_MEAN = new BilledDuration(0, "");

    /** The rest of the sum left out, relative to the sum. */
    static final double TOLERANCE = 1e-12;

    /** z of the 95th and 99th percentiles of a standard normal. */
    private static final double Z95 = 1.6448536269514722;
    private static final double Z99 = 2.3263478740408408;

    /** B_2j / (2j)! for j = 1 to 5: the Euler–Maclaurin corrections (B_2 = 1/6, B_4 = −1/30, ... B_10 = 5/66). */
    private static final double[] CORRECTIONS = {1.0 / 12, -1.0 / 720, 1.0 / 30_240, -1.0 / 1_209_600,
        1.0 / 47_900_160};

    /** |B_10| / 10!, the bound on the remainder after the last correction. */
    private static final double REMAINDER = 5.0 / 66 / 3_628_800;

    /** Lower z below which f(k) counts as 1: Q(8) = 6.2e-16. */
    private static final double ONES = 8;

    /** The spread of a profile's requests; a job's tasks state one duration. */
    public static BilledDuration of(Profile profile) {
        return profile.workload() instanceof Workload.Service service ? of(service.duration()) : AT_THE_MEAN;
    }

    /** The spread the stated duration figures give (the class comment says which figures). */
    public static BilledDuration of(DurationProfile d) {
        double mean = d.mean().seconds();
        Optional<TimeSpan> p50 = d.p50();
        Optional<TimeSpan> p95 = d.p95();
        Optional<TimeSpan> p99 = d.p99();
        if (p50.isPresent() && p95.isPresent()) {
            return between(p50.get(), 0, p95.get(), Z95, "p50 and p95");
        }
        if (p50.isPresent() && p99.isPresent()) {
            return between(p50.get(), 0, p99.get(), Z99, "p50 and p99");
        }
        if (p95.isPresent() && p99.isPresent()) {
            return between(p95.get(), Z95, p99.get(), Z99, "p95 and p99");
        }
        if (!(mean > 0)) {
            return AT_THE_MEAN;
        }
        if (p95.isPresent()) {
            return aboveMean(mean, p95.get().seconds(), Z95, "p95");
        }
        if (p99.isPresent()) {
            return aboveMean(mean, p99.get().seconds(), Z99, "p99");
        }
        if (p50.isPresent() && mean > p50.get().seconds()) {
            // The log-normal's mean is its median times e^(σ²/2).
            return new BilledDuration(Math.sqrt(2 * Math.log(mean / p50.get().seconds())), "the mean and p50");
        }
        return AT_THE_MEAN;
    }

    /** σ through two percentiles at z = {@code zLow} and {@code zHigh}: ln(high/low) = (zHigh − zLow)·σ. */
    private static BilledDuration between(TimeSpan low, double zLow, TimeSpan high, double zHigh, String basis) {
        if (!(low.seconds() > 0) || !(high.seconds() > low.seconds())) {
            return AT_THE_MEAN;
        }
        return new BilledDuration(Math.log(high.seconds() / low.seconds()) / (zHigh - zLow), basis);
    }

    /** σ of the log-normal of {@code mean} whose percentile at {@code z} is {@code p}, or the nearest. */
    private static BilledDuration aboveMean(double mean, double p, double z, String name) {
        double gap = Math.log(p / mean);
        if (!(gap > 0)) {
            return AT_THE_MEAN;
        }
        if (gap >= z * z / 2) {
            return new BilledDuration(z, "the mean and " + name + ", as near as a log-normal of that mean comes");
        }
        return new BilledDuration(z - Math.sqrt(z * z - 2 * gap), "the mean and " + name);
    }

    /** Whether the durations are spread; without, every request lasts the mean. */
    public boolean spread() {
        return sigma > 0;
    }

    /**
     * The mean seconds a request bills, each rounded up to {@code increment}, where requests last {@code mean} seconds
     * on average (at the setting priced): E[ceil(D/g)]·g.
     */
    public double billed(double mean, double increment) {
        if (!(increment > 0)) {
            return mean;
        }
        if (!spread() || !(mean > 0)) {
            return Granularity.roundUp(mean, increment);
        }
        return increment * increments(mean / increment, sigma);
    }

    /**
     * What a report says of the billed time of one {@code each} ("invocation", "request") lasting {@code mean}
     * seconds on average, billed in increments of {@code increment}.
     */
    public String assumption(String each, double mean, double increment) {
        String step = whole(increment);
        String rounded = whole(Granularity.roundUp(mean, increment));
        if (!spread()) {
            return "each " + each + " bills its own time rounded up to " + step + ", taken at the mean, "
                    + TimeSpan.ofSeconds(mean).display() + ": " + rounded + " per " + each + "; no spread of the "
                    + "durations is stated (p50 and p95, or the mean and p95 or p99), so every " + each + " is taken "
                    + "to last the mean";
        }
        return "each " + each + " bills its own time rounded up to " + step + ": with durations spread as a "
                + "log-normal of σ " + Numbers.grouped(sigma, 3) + " (fitted to " + basis + ") about the mean, "
                + shown(mean, increment) + ", that is " + shown(billed(mean, increment), increment) + " per " + each
                + " on average, where the mean rounded up would bill " + shown(Granularity.roundUp(mean, increment),
                increment);
    }

    /**
     * A time beside increments of {@code increment}: to a tenth of a millisecond where they are finer than 100 ms
     * (Lambda's 1 ms: 6,370.5 ms, which "6.37 s" would not tell from the mean), else as a duration reads.
     */
    private static String shown(double seconds, double increment) {
        return increment < 0.1 ? Numbers.grouped(seconds * 1000, 1) + " ms" : TimeSpan.ofSeconds(seconds).display();
    }

    /** A whole number of increments as a bill states it: 100 ms, 2.30 s. */
    public static String whole(double seconds) {
        return seconds < 1 ? Numbers.grouped(seconds * 1000, 0) + " ms" : TimeSpan.ofSeconds(seconds).display();
    }

    /** E[ceil(X)] for X log-normal of mean {@code m} and shape {@code sigma} &gt; 0 (the class comment says how). */
    static double increments(double m, double sigma) {
        double mu = Math.log(m) - sigma * sigma / 2;
        double[][] derivatives = derivatives(sigma);
        double bound = REMAINDER * Math.sqrt(expectedSquare(derivatives[9]));
        double closeAt = Math.ceil(Math.pow(bound / (TOLERANCE * Math.max(1, m)), 1.0 / 9) / sigma);
        double ones = Math.floor(Math.exp(mu - ONES * sigma));
        double sum = Math.max(1, ones); // f(0) = 1 whatever the spread
        double k = Math.max(1, ones);
        for (; k < closeAt; k++) {
            double z = (Math.log(k) - mu) / sigma;
            double f = Normal.tail(z);
            if (f < TOLERANCE * sum && f + m * Normal.tail(z - sigma) < TOLERANCE * sum) {
                return sum;
            }
            sum += f;
        }
        return sum + fromOn(k, m, mu, sigma, derivatives);
    }

    /** Σ_{j≥k} f(j) by Euler–Maclaurin, k at or beyond K. */
    private static double fromOn(double k, double m, double mu, double sigma, double[][] derivatives) {
        double z = (Math.log(k) - mu) / sigma;
        double above = Normal.tail(z);
        double scale = sigma * k;
        double density = Math.exp(-z * z / 2) / (Math.sqrt(2 * Math.PI) * scale);
        double corrections = 0;
        double power = 1;
        for (int j = 0; j < CORRECTIONS.length; j++) {
            corrections += CORRECTIONS[j] * evaluate(derivatives[2 * j], z) / power;
            power *= scale * scale;
        }
        double beyond = m * Normal.tail(z - sigma) - k * above; // E[(X − k)+] of the log-normal
        return beyond + above / 2 + density * corrections;
    }

    /** The coefficients (in z, lowest first) of P_0 to P_9: p^(n)(x) = p(x)·(σx)^(−n)·P_n(z). */
    private static double[][] derivatives(double sigma) {
        double[][] p = new double[10][];
        p[0] = new double[] {1};
        for (int n = 0; n < 9; n++) {
            double[] next = new double[p[n].length + 1];
            for (int i = 0; i < p[n].length; i++) {
                next[i + 1] -= p[n][i]; // −z·P_n
                next[i] -= (n + 1) * sigma * p[n][i]; // −(n+1)σ·P_n
                if (i > 0) {
                    next[i - 1] += i * p[n][i]; // P_n'
                }
            }
            p[n + 1] = next;
        }
        return p;
    }

    /** E[P(Z)²] for Z standard normal: E[Z^2r] = 1·3·…·(2r − 1), odd moments 0. */
    private static double expectedSquare(double[] polynomial) {
        double sum = 0;
        for (int i = 0; i < polynomial.length; i++) {
            for (int j = 0; j < polynomial.length; j++) {
                if ((i + j) % 2 == 0) {
                    double moment = 1;
                    for (int odd = 1; odd < i + j; odd += 2) {
                        moment *= odd;
                    }
                    sum += polynomial[i] * polynomial[j] * moment;
                }
            }
        }
        return sum;
    }

    private static double evaluate(double[] polynomial, double z) {
        double value = 0;
        for (int i = polynomial.length - 1; i >= 0; i--) {
            value = value * z + polynomial[i];
        }
        return value;
    }
}
