package dev.costfit.units;

/** The time base of every monthly figure: a month is 730 hours, the convention of AWS's and Google's pricing. */
public final class Month {

    public static final double HOURS = 730;
    public static final double SECONDS = HOURS * 3600;
    public static final double DAYS = HOURS / 24;

    private Month() {
    }
}
