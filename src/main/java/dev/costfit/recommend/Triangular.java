package dev.costfit.recommend;

/**
 * The triangular distribution over [low, high] peaking at {@code mode}: the usual reading of a three-point estimate
 * (low, most likely, high) when nothing more is known. Chosen over PERT because its CDF is closed-form (a reader can
 * check a share of scenarios by hand) and its tails are fatter, so the P10/P90 band is not narrower than the
 * estimate warrants. A zero-width range is its one point.
 */
public record Triangular(double low, double mode, double high) {

    public Triangular {
        if (!(low <= mode && mode <= high)) {
            throw new IllegalArgumentException("expected low ≤ mode ≤ high: " + low + ", " + mode + ", " + high);
        }
    }

    /** The value below which a share {@code u} (0 to 1) of the distribution lies: inverse-CDF sampling. */
    public double quantile(double u) {
        double width = high - low;
        if (width == 0) {
            return mode;
        }
        double atMode = (mode - low) / width;
        if (u < atMode) {
            return low + Math.sqrt(u * width * (mode - low));
        }
        return high - Math.sqrt((1 - u) * width * (high - mode));
    }
}
