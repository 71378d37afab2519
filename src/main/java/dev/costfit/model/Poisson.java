package dev.costfit.model;

import java.util.Arrays;

/**
 * The Poisson distribution of the number of requests in flight (the M/G/∞ result: with Poisson arrivals, occupancy
 * is Poisson with mean L = λ·W whatever the duration distribution).
 *
 * <p>Up to a mean of {@link #EXACT_LIMIT} it is computed exactly: the probabilities are built outward from the mode
 * by the ratio p(k+1)/p(k) = L/(k+1), so nothing underflows for large L and nothing is approximated for small L.
 * Above it (a hundred thousand requests in flight, where a table would be rebuilt at great cost for every hour and
 * setting, and every figure is a rounding error away from L) the normal approximation with continuity and
 * skewness corrections is used: at the switch its cumulative probabilities are within 1e-6 of the exact ones, its quantiles within one request, E[ceil(X/c)]
 * within 1e-9 relative and the idle-instance sums within 1e-5 relative (PoissonApproximationTest); the errors
 * shrink as the mean grows.
 */
public final class Poisson {

    /**
     * E[ceil(X/c)] takes its closed form L/c + (c−1)/(2c) where the bound on its error
     * ({@link #ceilDivErrorBound}) is below this relative to the result.
     */
    static final double CLOSED_FORM_ERROR = 1e-9;
    /** Means above this use the corrected normal approximation. */
    public static final double EXACT_LIMIT = 1e5;
    /**
     * Requests in flight beyond any service, the most a profile may ask for (the reader refuses more). Settings
     * far slower than measured can reach further; the approximation then saturates at the largest int instead of
     * failing, and such a setting never meets latency.max_slowdown anyway.
     */
    public static final double MODELLED_MEAN = dev.costfit.profile.Bounds.IN_FLIGHT.max();
    /** Terms below this fraction of the mode's probability are dropped; their total is far below 1e-15. */
    private static final double NEGLIGIBLE = 1e-20;
    /** The approximation's window: beyond 13 standard deviations every tail is below 1e-38. */
    private static final double WINDOW_SIGMAS = 13;
    /** Sums over more levels than this sample them evenly: the summands are smooth at that scale. */
    private static final int MAX_LEVELS = 4096;

    private final double mean;
    private final int first;
    private final int last;
    /** Exact tables (null for the approximation). */
    private final double[] probabilities;
    /**
     * P(X ≤ first + i), so quantiles and the expectations below need no pass over every term; summed on first use
     * (the cold-start pass reads the probabilities alone). Null for the approximation.
     */
    private double[] cumulative;

    private Poisson(double mean, int first, double[] probabilities) {
        this.mean = mean;
        this.first = first;
        this.last = first + probabilities.length - 1;
        this.probabilities = probabilities;
    }

    private Poisson(double mean) {
        double sigma = Math.sqrt(mean);
        this.mean = mean;
        this.first = saturate(Math.floor(mean - WINDOW_SIGMAS * sigma));
        this.last = saturate(Math.ceil(mean + WINDOW_SIGMAS * sigma));
        this.probabilities = null;
    }

    /** The exact table's cumulative probabilities, summed once. */
    private double[] cumulativeTable() {
        if (cumulative == null) {
            double[] sums = new double[probabilities.length];
            double sum = 0;
            for (int i = 0; i < probabilities.length; i++) {
                sum += probabilities[i];
                sums[i] = sum;
            }
            cumulative = sums;
        }
        return cumulative;
    }

    public static Poisson withMean(double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson mean out of range: " + mean);
        }
        if (mean == 0) {
            return new Poisson(0, 0, new double[] {1});
        }
        if (mean > EXACT_LIMIT) {
            return new Poisson(mean);
        }
        // Outward from the mode, relative to it, each side until a term falls to NEGLIGIBLE (that term kept): one
        // pass a side that both finds the ends and keeps the terms, rather than one to find them and one to fill.
        // The two sides step together while both go on, two independent chains side by side; each term is the one
        // before times a ratio (low/L, L/high) whose division does not wait on it, so a chain is one multiplication
        // a term while the divisions overlap.
        int mode = (int) Math.floor(mean);
        int capacity = 16 + (int) (10 * Math.sqrt(mean)); // about 9.6 standard deviations reach 1e-20
        double[] below = new double[capacity];
        double[] above = new double[capacity];
        int belowCount = 0;
        int aboveCount = 0;
        int low = mode;
        int high = mode;
        double pLow = 1;
        double pHigh = 1;
        while (low > 0 && pLow > NEGLIGIBLE && pHigh > NEGLIGIBLE) {
            pLow = pLow * (low / mean); // P(low − 1) from P(low)
            low--;
            high++;
            pHigh = pHigh * (mean / high); // P(high) from P(high − 1)
            if (belowCount == below.length) {
                below = java.util.Arrays.copyOf(below, 2 * belowCount);
                above = java.util.Arrays.copyOf(above, 2 * aboveCount);
            }
            below[belowCount++] = pLow;
            above[aboveCount++] = pHigh;
        }
        while (low > 0 && pLow > NEGLIGIBLE) {
            pLow = pLow * (low / mean);
            low--;
            if (belowCount == below.length) {
                below = java.util.Arrays.copyOf(below, 2 * belowCount);
            }
            below[belowCount++] = pLow;
        }
        while (pHigh > NEGLIGIBLE) {
            high++;
            pHigh = pHigh * (mean / high);
            if (aboveCount == above.length) {
                above = java.util.Arrays.copyOf(above, 2 * aboveCount);
            }
            above[aboveCount++] = pHigh;
        }
        double[] values = new double[high - low + 1];
        values[mode - low] = 1;
        for (int i = 0; i < belowCount; i++) {
            values[mode - low - 1 - i] = below[i];
        }
        System.arraycopy(above, 0, values, mode - low + 1, aboveCount);
        double total = 0;
        for (double v : values) {
            total += v;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= total;
        }
        return new Poisson(mean, low, values);
    }

    /** The corrected normal approximation at any mean (tests compare it with the exact table). */
    static Poisson approximate(double mean) {
        return new Poisson(mean);
    }

    private static int saturate(double value) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE - 1, value));
    }

    public double mean() {
        return mean;
    }

    /**
     * P(X = k) for k from {@link #first()} on, the table itself (not a copy: callers only read it), for passes that
     * walk every k; null above {@link #EXACT_LIMIT}, where each term is computed.
     */
    double[] table() {
        return probabilities;
    }

    /** The smallest k whose probability is kept; below it P(X = k) is negligible. */
    public int first() {
        return first;
    }

    /** The largest k whose probability is kept; above it P(X = k) is negligible. */
    public int last() {
        return last;
    }

    public double probability(int k) {
        if (probabilities == null) {
            return k < first || k > last ? 0 : Math.exp(logProbability(k));
        }
        int i = k - first;
        return i < 0 || i >= probabilities.length ? 0 : probabilities[i];
    }

    /**
     * P(X = k) given P(X = k − 1), for passes that walk k upwards: the table where there is one, else the ratio
     * p(k) = p(k − 1)·(L/k), one multiplication instead of a logarithm per term (its rounding error over a pass of
     * 10⁵ terms is below 1e-10 relative). L/k, not (p·L)/k: the division does not depend on the term before, so a
     * pass's divisions overlap rather than wait on each other, each term a multiplication after the last.
     */
    public double probabilityAfter(int k, double previous) {
        if (probabilities != null || k <= first || k > last || previous == 0) {
            return probability(k);
        }
        return previous * (mean / k);
    }

    /** P(X ≤ k). */
    public double cumulative(int k) {
        if (k < first) {
            return 0;
        }
        if (k >= last) {
            return 1;
        }
        if (probabilities == null) {
            return normalCumulative(k);
        }
        return cumulativeTable()[k - first];
    }

    /** The smallest k with P(X ≤ k) ≥ q. */
    public int quantile(double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("quantile level must be in (0, 1): " + q);
        }
        if (probabilities == null) {
            return approximateQuantile(q);
        }
        double[] cumulative = cumulativeTable();
        int i = Arrays.binarySearch(cumulative, q);
        // Not found: the insertion point is the first index whose cumulative exceeds q. Found: the first of equals.
        i = i >= 0 ? i : -i - 1;
        while (i > 0 && i < cumulative.length && cumulative[i - 1] >= q) {
            i--;
        }
        return first + Math.min(i, cumulative.length - 1);
    }

    /**
     * The smallest k with P(X ≤ k) ≥ q for Poisson(mean), without building a table: a Cornish–Fisher start, one
     * cumulative probability summed exactly at it, then a step or two along the probabilities to the answer. It
     * equals {@code withMean(mean).quantile(q)} except where P(X ≤ k) lies within rounding (about 1e-13) of q
     * (PoissonClosedFormsTest compares them over a grid of means and levels).
     */
    public static int quantile(double mean, double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("quantile level must be in (0, 1): " + q);
        }
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson mean out of range: " + mean);
        }
        if (mean == 0) {
            return 0;
        }
        if (mean > EXACT_LIMIT) {
            return approximate(mean).quantile(q);
        }
        double sigma = Math.sqrt(mean);
        double z = Normal.quantile(q);
        // Rounded, the Cornish–Fisher value is the answer itself for 97% of means (0.99, means 1 to 10⁵), where the
        // tail sum below can stop as soon as it shows so; one below, as floor(x − ½) gives, it rarely was.
        int k = (int) Math.max(0, Math.floor(mean + sigma * (z + (z * z - 1) / (6 * sigma)) + 0.5));
        double p = exactProbability(k, mean);
        // Above the mean the tail beyond k has fewer terms that count than the sum below it (about 9σ against 13σ
        // at the 99th percentile); below it, the other way round.
        double below;
        if (k >= mean) {
            double tail = tailAboveUnlessDecided(k, p, mean, q);
            if (tail == DECIDED) {
                return k;
            }
            below = 1 - p - tail;
        } else {
            below = cumulativeBelow(k, p, mean);
        }
        double at = below + p;
        if (at >= q) {
            while (k > 0 && below >= q) {
                p = p * k / mean;
                k--;
                at = below;
                below = at - p;
            }
            return k;
        }
        while (at < q) {
            k++;
            p = p * mean / k;
            at += p;
        }
        return k;
    }

    /** What {@link #tailAboveUnlessDecided} returns where k is already known to be the quantile. */
    private static final double DECIDED = -1;
    /**
     * How far P(X &lt; k) and P(X ≤ k) must lie from q for a partial tail sum to decide: well beyond the rounding of
     * the full sum (about 1e-16 a term), so that the full sum would decide the same.
     */
    private static final double DECIDING_MARGIN = 1e-12;

    /**
     * P(X &gt; k) for k at or above the mean, summed from k + 1 upwards by p(j+1) = p(j)·L/(j+1) until the terms no
     * longer count; or {@link #DECIDED} as soon as the terms summed so far show that k is the q-quantile. The
     * terms left after p(j) sum to at most p(j)·r/(1 − r), r = L/(k + 2) ≥ L/(j + 1) the ratio of each term to the
     * one before, so P(X ≤ k) lies within that of 1 − sum: once P(X ≤ k) is certainly at least q and P(X &lt; k)
     * certainly below it, k is the answer, usually a standard deviation or two into a tail the full sum follows
     * for nine (PoissonClosedFormsTest compares every answer with the table's).
     */
    private static double tailAboveUnlessDecided(int k, double pAtK, double mean, double q) {
        double ratio = mean / (k + 2.0);
        double beyond = ratio < 1 ? ratio / (1 - ratio) : Double.POSITIVE_INFINITY;
        double sum = 0;
        double p = pAtK;
        for (long j = k + 1L; ; j++) {
            p = p * mean / j;
            sum += p;
            if (p < 1e-18 * sum || p == 0) {
                return sum;
            }
            double atMost = 1 - sum; // P(X ≤ k) with the terms left taken as none
            if (atMost - p * beyond >= q + DECIDING_MARGIN && atMost - pAtK <= q - DECIDING_MARGIN) {
                return DECIDED;
            }
        }
    }

    /** P(X &lt; k), summed from k − 1 downwards by p(j−1) = p(j)·j/L until the terms no longer count. */
    private static double cumulativeBelow(int k, double pAtK, double mean) {
        double sum = 0;
        double p = pAtK;
        for (int j = k; j > 0; j--) {
            p = p * j / mean;
            sum += p;
            if (j <= mean && p < 1e-18 * sum) {
                break;
            }
        }
        return sum;
    }

    /**
     * P(X = k) to about 1e-15 relative for any mean, in the saddle-point form of C. Loader ("Fast and accurate
     * computation of binomial probabilities", 2000, the form R's dpois uses): p(k) = exp(−δ(k) − D(k, L))/√(2πk),
     * with δ(k) = ln k! − (k + ½)·ln k + k − ½·ln 2π Stirling's error and D(k, L) = k·ln(k/L) + L − k computed
     * without cancellation near k = L.
     */
    static double exactProbability(int k, double mean) {
        if (k == 0) {
            return Math.exp(-mean);
        }
        return Math.exp(-stirlingError(k) - deviance(k, mean)) / Math.sqrt(2 * Math.PI * k);
    }

    private static double stirlingError(int n) {
        if (n <= 15) {
            double factorial = 1;
            for (int i = 2; i <= n; i++) {
                factorial *= i; // exact: 15! < 2^53
            }
            return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - 0.5 * Math.log(2 * Math.PI);
        }
        double nn = (double) n * n;
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / 1188 / nn) / nn) / nn) / nn) / n;
    }

    private static double deviance(double x, double mean) {
        if (Math.abs(x - mean) < 0.1 * (x + mean)) {
            double v = (x - mean) / (x + mean);
            double sum = (x - mean) * v;
            double term = 2 * x * v;
            double v2 = v * v;
            for (int j = 1; j < 1000; j++) {
                term *= v2;
                double next = sum + term / (2 * j + 1);
                if (next == sum) {
                    return next;
                }
                sum = next;
            }
            return sum;
        }
        return x * Math.log(x / mean) + mean - x;
    }

    /**
     * E[ceil(X / c)]: the expected number of instances busy when each serves up to c requests at once. Summed as
     * Σ_j P(X &gt; j·c), one term per instance count rather than one per request count; levels below the window
     * count one each and levels above it none.
     */
    public double expectedCeilDiv(int c) {
        if (c < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + c);
        }
        if (ceilDivErrorBound(mean, c) <= CLOSED_FORM_ERROR * mean / c) {
            return mean / c + (c - 1) / (2.0 * c);
        }
        return expectedCeilDivBySum(c);
    }

    /** E[ceil(X / c)] summed over the levels (the closed form's reference in the tests). */
    double expectedCeilDivBySum(int c) {
        long below = levelsBelow(c);
        return below + sumLevels(below, c, (long) last / c + 1, level -> 1 - cumulative(level));
    }

    /**
     * A bound on |E[ceil(X/c)] − (L/c + (c−1)/(2c))|. E[ceil(X/c)] = (L + E[R])/c with R = (−X) mod c, and the
     * closed form takes R uniform on 0…c−1. By the discrete Fourier transform of X mod c, each P(X ≡ r) is within
     * (1/c)·Σ_{k=1}^{c−1} |φ(2πk/c)| of 1/c, where |φ(t)| = exp(−L(1 − cos t)) is Poisson's characteristic
     * function, at most (c−1)/c·exp(−L(1 − cos(2π/c))); weighting by |r − (c−1)/2| (summing to at most c²/4) and
     * dividing by c gives the bound (c−1)/4·exp(−L(1 − cos(2π/c))).
     */
    static double ceilDivErrorBound(double mean, int c) {
        if (c == 1) {
            return 0;
        }
        return (c - 1) / 4.0 * Math.exp(-mean * (1 - Math.cos(2 * Math.PI / c)));
    }

    /**
     * E[ceil(X / r)] for a capacity that need not be whole (an autoscaler's target, 60% of 3 requests at once:
     * 1.8): instance j + 1 is busy while X &gt; j·r, that is X &gt; ⌊j·r⌋, X counting whole requests. A whole r is
     * {@link #expectedCeilDiv(int)}.
     */
    public double expectedCeilDiv(double r) {
        if (whole(r)) {
            return expectedCeilDiv((int) Math.rint(r));
        }
        long below = levelsBelow(r);
        return below + sumLevels(below, r, levelsWithin(r), level -> 1 - cumulative(level));
    }

    /** Whether a capacity is a whole number of requests (within the rounding of the product that made it). */
    public static boolean whole(double r) {
        return Math.abs(r - Math.rint(r)) < 1e-9;
    }

    /** The level of instance j + 1 at capacity r: ⌊j·r⌋, exact for a whole r. */
    static long level(long j, double r) {
        return (long) Math.floor(j * r + 1e-9);
    }

    /**
     * E[max(0, m − ceil(X / r))]: how many of m kept-warm instances are idle on average. Summed as
     * Σ_{j<m} P(X ≤ ⌊j·r⌋): instance j+1 is idle exactly when at most j·r requests are in flight.
     */
    public double expectedIdle(long kept, double c) {
        if (!(c >= 1)) {
            throw new IllegalArgumentException("capacity must be at least 1: " + c);
        }
        long from = levelsBelow(c); // levels below the window: P(X ≤ j·c) = 0
        if (kept <= from) {
            return 0;
        }
        if (c == 1 && probabilities != null) {
            // N − E[min(X, N)] by the identity of expectedMin, written so that nothing cancels when few are idle.
            int n = (int) Math.min(Integer.MAX_VALUE, kept);
            return Math.max(0, kept * cumulative(n - 1) - mean * cumulative(n - 2));
        }
        long upTo = levelsWithin(c); // levels at or above the window's end: P(X ≤ j·c) = 1
        double sum = kept > upTo ? kept - upTo : 0;
        long end = Math.min(kept, upTo);
        return sum + sumLevels(from, c, end, level -> cumulative(level));
    }

    /**
     * E[min(X, N)]: requests in flight served by N instances of one request each. By the identity
     * k·p(k) = L·p(k−1), E[X; X &lt; N] = L·F(N−2), so E[min(X, N)] = L·F(N−2) + N·(1 − F(N−1)): two table
     * look-ups instead of a sum over N levels.
     */
    public double expectedMin(long n) {
        if (n <= 0) {
            return 0;
        }
        int k = (int) Math.min(Integer.MAX_VALUE, n);
        return mean * cumulative(k - 2) + n * (1 - cumulative(k - 1));
    }

    /** How many levels j·c (j = 0, 1, …) lie below the window, where P(X ≤ j·c) is negligible. */
    public long levelsBelow(int c) {
        return first <= 0 ? 0 : (first - 1L) / c + 1;
    }

    /** How many levels ⌊j·r⌋ (j = 0, 1, …) lie below the window, for a capacity that need not be whole. */
    public long levelsBelow(double r) {
        if (whole(r)) {
            return levelsBelow((int) Math.rint(r));
        }
        long j = first <= 0 ? 0 : (long) Math.ceil(first / r);
        while (j > 0 && level(j - 1, r) >= first) {
            j--;
        }
        while (level(j, r) < first) {
            j++;
        }
        return j;
    }

    /** The first level index j whose level ⌊j·r⌋ lies beyond the window's last count: P(X ≤ ⌊j·r⌋) = 1 there. */
    public long levelsWithin(double r) {
        if (whole(r)) {
            return last / (long) Math.rint(r) + 1;
        }
        long j = (long) Math.floor(last / r) + 1;
        while (j > 0 && level(j - 1, r) > last) {
            j--;
        }
        while (level(j, r) <= last) {
            j++;
        }
        return j;
    }

    /**
     * Σ f(⌊j·c⌋) for j in [from, to) (c need not be whole): exact up to {@link #MAX_LEVELS} terms, sampled evenly
     * beyond (the summands of the expectations here are smooth at that scale: the window then spans thousands of
     * levels).
     */
    public double sumLevels(long from, double c, long to, java.util.function.IntToDoubleFunction f) {
        long count = to - from;
        if (count <= 0) {
            return 0;
        }
        if (count <= MAX_LEVELS) {
            double sum = 0;
            for (long j = from; j < to; j++) {
                sum += f.applyAsDouble((int) Math.min(Integer.MAX_VALUE, level(j, c)));
            }
            return sum;
        }
        // Blocks of equal size that tile [from, to) exactly, each counted at its centre (between two levels when
        // the block is even: the mean of both).
        long block = (count + MAX_LEVELS - 1) / MAX_LEVELS;
        double sum = 0;
        for (long j = from; j < to; j += block) {
            long size = Math.min(block, to - j);
            long low = j + (size - 1) / 2;
            long high = j + size / 2;
            double atLow = f.applyAsDouble((int) Math.min(Integer.MAX_VALUE, level(low, c)));
            double atHigh = high == low ? atLow : f.applyAsDouble((int) Math.min(Integer.MAX_VALUE,
                    level(high, c)));
            sum += size * (atLow + atHigh) / 2;
        }
        return sum;
    }

    /** ln P(X = k), with Stirling's series for ln k! (exact to 1e-12 for the k this path sees). */
    private double logProbability(int k) {
        return k * Math.log(mean) - mean - logFactorial(k);
    }

    private static double logFactorial(long k) {
        if (k < 2) {
            return 0;
        }
        double n = k;
        return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n * n * n);
    }

    /** The normal approximation with continuity correction and the first Edgeworth (skewness) term. */
    private double normalCumulative(int k) {
        double sigma = Math.sqrt(mean);
        double z = (k + 0.5 - mean) / sigma;
        double value = Normal.cdf(z) - (z * z - 1) * Normal.pdf(z) / (6 * sigma);
        return Math.max(0, Math.min(1, value));
    }

    /** Cornish–Fisher start, then the exact step to the smallest k whose (approximate) cumulative reaches q. */
    private int approximateQuantile(double q) {
        double sigma = Math.sqrt(mean);
        double z = Normal.quantile(q);
        int k = saturate(Math.floor(mean + sigma * (z + (z * z - 1) / (6 * sigma)) - 0.5));
        k = Math.max(first, Math.min(last, k));
        while (k > first && cumulative(k - 1) >= q) {
            k--;
        }
        while (k < last && cumulative(k) < q) {
            k++;
        }
        return k;
    }
}
