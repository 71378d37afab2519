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

    /**
     * As {@link #display} shows it, or, where that would read as {@code other} although it is not (a timeout of
     * 15.0001 min is "900 s (15 min)" beside a limit of "15 min", over it by 6 ms), in seconds with as many decimals
     * as it takes to differ from it: "900.006 s". A check that fails must not show a need equal to what is allowed.
     */
    public String displayBeside(TimeSpan other) {
        if (seconds == other.seconds || Math.abs(seconds - other.seconds) >= resolution()) {
            return display();
        }
        for (int decimals = 0; decimals < 9; decimals++) {
            String text = Numbers.grouped(seconds, decimals);
            if (Double.parseDouble(text.replace(",", "")) != other.seconds) {
                return text + " s";
            }
        }
        return Numbers.grouped(seconds, 9) + " s";
    }

    /** How far apart two values {@link #display} may show alike: half its last digit, or a whole minute or hour. */
    private double resolution() {
        if (seconds < 1) {
            return 0.00005;
        }
        if (seconds < 60) {
            return 0.005;
        }
        // A whole number of minutes or hours is shown as such: a value beside it that is not shows in seconds.
        return seconds >= 3 * 3600 ? 18 : 0.5;
    }

    @Override
    public String toString() {
        return display();
    }
}
