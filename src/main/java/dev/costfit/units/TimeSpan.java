package dev.costfit.units;

/** A length of time in seconds. */
public record TimeSpan(double seconds) implements Quantity, Comparable<TimeSpan> {

    public static final TimeSpan ZERO = new TimeSpan(0);

    public static TimeSpan ofMillis(double millis) {
        return new TimeSpan(millis / 1000);
    }

    public static TimeSpan ofSeconds(double seconds) {
        return new TimeSpan(seconds);
    }

    public double millis() {
        return seconds * 1000;
    }

    public boolean isLongerThan(TimeSpan other) {
        return seconds > other.seconds;
    }

    @Override
    public int compareTo(TimeSpan other) {
        return Double.compare(seconds, other.seconds);
    }

    @Override
    public double magnitude() {
        return seconds;
    }

    @Override
    public String display() {
        if (seconds < 1) {
            return Numbers.grouped(seconds * 1000, 1) + " ms";
        }
        if (seconds < 60) {
            return Numbers.grouped(seconds, 2) + " s";
        }
        if (seconds % 3600 == 0) {
            return Numbers.grouped(seconds / 3600, 0) + " h";
        }
        if (seconds % 60 == 0 || seconds >= 3 * 3600) {
            return seconds >= 3 * 3600 ? Numbers.grouped(seconds / 3600, 2) + " h"
                    : Numbers.grouped(seconds / 60, 0) + " min";
        }
        return Numbers.grouped(seconds, 0) + " s (" + Numbers.grouped(seconds / 60, 1) + " min)";
    }

    @Override
    public String toString() {
        return display();
    }
}
