package dev.costfit.units;

/**
 * A running sum with the compensation {@code DoubleStream.sum} applies (Kahan's, as the JDK's Collectors sums:
 * the final sum less the compensation, the simple sum where the compensated one is a spurious NaN from infinities),
 * for a loop that adds its terms one by one: the same result to the last bit as streaming the same terms in the
 * same order, without the stream's objects. CompensatedSumTest compares it with {@code DoubleStream.sum}.
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;
    private double simple;

    public void add(double value) {
        double corrected = value - compensation;
        double next = sum + corrected;
        compensation = (next - sum) - corrected;
        sum = next;
        simple += value;
    }

    public double value() {
        double total = sum - compensation;
        return Double.isNaN(total) && Double.isInfinite(simple) ? simple : total;
    }
}
