package dev.costfit.profile;

/**
 * A value a profile may state as a range: the lowest it could be, the most likely ({@code expected}, what every
 * single-figure report uses) and the highest. A plain value is the range of one point.
 */
public record Estimate<T>(T low, T expected, T high) {

    public static <T> Estimate<T> of(T value) {
        return new Estimate<>(value, value, value);
    }

    /** Whether the profile stated a range rather than one value. */
    public boolean ranged() {
        return !(low.equals(expected) && expected.equals(high));
    }
}
