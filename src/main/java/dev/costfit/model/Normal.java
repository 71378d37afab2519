package dev.costfit.model;

/** The standard normal distribution: density, cumulative (via erfc) and quantile (Acklam's algorithm). */
final class Normal {

    private Normal() {
    }

    static double pdf(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /**
     * erfc by the Chebyshev fit of Numerical Recipes (W. H. Press et al., 3rd ed., §6.2, erfccheb), relative error
     * below 1.2e-7 everywhere — ample for quantiles of counts in the millions.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /**
     * P(Z &gt; z) to within 3e-16, absolutely, everywhere: for sums of tail probabilities that must hold to 1e-12
     * ({@link BilledDuration}), where {@link #cdf}'s fit errs by up to 1.2e-7. With x = z/√2, P(Z &gt; z) =
     * erfc(x)/2. Below x = 2, erfc(x) = 1 − erf(x) with erf(x) = (2/√π)·e^(−x²)·Σ x·(2x²)^n / (1·3·…·(2n+1)),
     * whose terms are all positive (no cancellation; at most 31 of them); from 2 on, erfc(x) = e^(−x²) / (√π·F)
     * with Laplace's continued fraction F = x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …))) (Abramowitz and Stegun
     * 7.1.14), evaluated by the modified Lentz method (Numerical Recipes, 3rd ed., §5.2) to a step within 3e-16 of
     * 1, in at most 54 steps.
     */
    static double tail(double z) {
        if (z < 0) {
            return 1 - tail(-z);
        }
        double x = z / Math.sqrt(2);
        if (x < 2) {
            double x2 = 2 * x * x;
            double term = x;
            double sum = x;
            for (int n = 1; term > 1e-17 * sum; n++) {
                term *= x2 / (2 * n + 1);
                sum += term;
            }
            return 0.5 - Math.exp(-x * x) * sum / Math.sqrt(Math.PI);
        }
        double fraction = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 200; n++) {
            double a = n / 2.0;
            d = 1 / (x + a * d);
            c = x + a / c;
            double step = c * d;
            fraction *= step;
            if (Math.abs(step - 1) < 3e-16) {
                break;
            }
        }
        return Math.exp(-x * x) / (2 * Math.sqrt(Math.PI) * fraction);
    }

    /** The quantile by Peter Acklam's rational approximation (relative error below 1.15e-9). */
    static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + p);
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
