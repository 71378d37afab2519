package dev.costfit.model;

/**
 * The Poisson distribution of the number of requests in flight (the M/G/∞ result: with Poisson arrivals, occupancy
 * is Poisson with mean L = λ·W whatever the duration distribution). Computed exactly for any mean: the
 * probabilities are built outward from the mode by the ratio p(k+1)/p(k) = L/(k+1), so nothing underflows for
 * large L and nothing is approximated for small L.
 */
public final class Poisson {

    /** Terms below this fraction of the mode's probability are dropped; their total is far below 1e-15. */
    private static final double NEGLIGIBLE = 1e-20;

    private final double mean;
    private final int first;
    private final double[] probabilities;
    /** P(X ≤ first + i), so quantiles and the expectations below need no pass over every term. */
    private final double[] cumulative;

    private Poisson(double mean, int first, double[] probabilities) {
        this.mean = mean;
        this.first = first;
        this.probabilities = probabilities;
        this.cumulative = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum += probabilities[i];
            cumulative[i] = sum;
        }
    }

    public static Poisson withMean(double mean) {
        if (!(mean >= 0) || mean > 1e9) {
            throw new IllegalArgumentException("Poisson mean out of range: " + mean);
        }
        if (mean == 0) {
            return new Poisson(0, 0, new double[] {1});
        }
        int mode = (int) Math.floor(mean);
        int low = mode;
        double p = 1;
        while (low > 0 && p > NEGLIGIBLE) {
            p *= low / mean;
            low--;
        }
        int high = mode;
        p = 1;
        while (p > NEGLIGIBLE) {
            high++;
            p *= mean / high;
        }
        double[] values = new double[high - low + 1];
        values[mode - low] = 1;
        for (int k = mode - 1; k >= low; k--) {
            values[k - low] = values[k + 1 - low] * (k + 1) / mean;
        }
        for (int k = mode + 1; k <= high; k++) {
            values[k - low] = values[k - 1 - low] * mean / k;
        }
        double total = 0;
        for (double v : values) {
            total += v;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= total;
        }
        return new Poisson(mean, low, values);
    }

    public double mean() {
        return mean;
    }

    /** The smallest k whose probability is kept; below it P(X = k) is negligible. */
    public int first() {
        return first;
    }

    public double probability(int k) {
        int i = k - first;
        return i < 0 || i >= probabilities.length ? 0 : probabilities[i];
    }

    /** P(X ≤ k). */
    public double cumulative(int k) {
        int i = k - first;
        return i < 0 ? 0 : i >= cumulative.length ? 1 : cumulative[i];
    }

    /** The smallest k with P(X ≤ k) ≥ q. */
    public int quantile(double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("quantile level must be in (0, 1): " + q);
        }
        int i = java.util.Arrays.binarySearch(cumulative, q);
        // Not found: the insertion point is the first index whose cumulative exceeds q. Found: the first of equals.
        i = i >= 0 ? i : -i - 1;
        while (i > 0 && i < cumulative.length && cumulative[i - 1] >= q) {
            i--;
        }
        return first + Math.min(i, cumulative.length - 1);
    }

    /**
     * E[ceil(X / c)]: the expected number of instances busy when each serves up to c requests at once. Summed as
     * Σ_j P(X > j·c), one term per instance count rather than one per request count.
     */
    public double expectedCeilDiv(int c) {
        if (c < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + c);
        }
        int last = first + probabilities.length - 1;
        double sum = 0;
        for (long j = 0; j * c < last; j++) {
            sum += 1 - cumulative((int) (j * c));
        }
        return sum;
    }

    /**
     * E[max(0, m − ceil(X / c))]: how many of m kept-warm instances are idle on average. Summed as
     * Σ_{j<m} P(X ≤ j·c): instance j+1 is idle exactly when at most j·c requests are in flight.
     */
    public double expectedIdle(int kept, int c) {
        if (c < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + c);
        }
        double sum = 0;
        for (long j = 0; j < kept; j++) {
            sum += cumulative((int) Math.min(Integer.MAX_VALUE, j * c));
        }
        return sum;
    }
}
