package dev.costfit.assessment;

/**
 * The hourly level a commitment covers on a line, as shares of the line's month of use: {@code base}, the level
 * times the month's hours (paid every hour, used or not; above 1 where the level is more than the mean hour's use),
 * and {@code above}, the use over the level in each hour, paid on demand ({@link HourlyUsage#committed}).
 */
public record CommittedLevel(double base, double above) {

    /** Nothing committed: all of the use on demand. */
    public static final CommittedLevel NONE = new CommittedLevel(0, 1);
    /** All of a flat line's use committed, none of it above the level or unused. */
    public static final CommittedLevel ALL = new CommittedLevel(1, 0);

    /** The share of the month's use the level covers (the rest, {@code above}, is on demand). */
    public double covered() {
        return 1 - above;
    }

    /** The committed level the quieter hours leave unused, as a share of the month's use. */
    public double unused() {
        return Math.max(0, base - covered());
    }
}
