package dev.costfit.units;

/** Events per second (requests, runs), however the profile wrote it. */
public record Rate(double perSecond) implements Quantity {

    private static final String[] PERIODS = {"/s", "/min", "/h", "/day", "/month"};
    private static final double[] SECONDS = {1, 60, 3600, 86400, Month.SECONDS};

    public static Rate perMonth(double count) {
        return new Rate(count / Month.SECONDS);
    }

    public double perMinute() {
        return perSecond * 60;
    }

    public double perHour() {
        return perSecond * 3600;
    }

    /** Events in a 730-hour month. */
    public double perMonth() {
        return perSecond * Month.SECONDS;
    }

    public Rate times(double factor) {
        return new Rate(perSecond * factor);
    }

    @Override
    public double magnitude() {
        return perSecond;
    }

    /**
     * The rate over the shortest period in which it is a whole number (3M/month stays 3M/month, 20/s stays 20/s);
     * otherwise per second, or per the first period where it reaches 1.
     */
    @Override
    public String display() {
        for (int i = 0; i < PERIODS.length; i++) {
            double count = perSecond * SECONDS[i];
            // Whole within the parse's rounding (3M/month is 3000000.0000000005 a month), not merely close.
            if (count >= 1 && Math.abs(count - Math.rint(count)) <= 1e-6) {
                return Numbers.compact(Math.rint(count)) + PERIODS[i];
            }
        }
        int i = period(perSecond);
        return Numbers.significant(perSecond * SECONDS[i], 4) + PERIODS[i];
    }

    /**
     * One period for a whole range of rates (an axis, a column): the shortest in which {@code perSecond} reaches
     * one. Returns the seconds in the period and its suffix ("/min").
     */
    public static Period periodFor(double perSecond) {
        int i = period(perSecond);
        return new Period(SECONDS[i], PERIODS[i]);
    }

    /**
     * The rate counted over {@code period}, to read several rates in one unit ("30/month and 262.8B/month"): a whole
     * count (within the parse's rounding) compact, others to four significant figures.
     */
    public String displayIn(Period period) {
        double count = perSecond * period.seconds();
        boolean whole = count >= 1 && Math.abs(count - Math.rint(count)) <= 1e-6;
        return (whole ? Numbers.compact(Math.rint(count)) : Numbers.significant(count, 4)) + period.suffix();
    }

    /** A period rates are counted over. */
    public record Period(double seconds, String suffix) {}

    private static int period(double perSecond) {
        for (int i = 0; i < PERIODS.length; i++) {
            if (perSecond * SECONDS[i] >= 1) {
                return i;
            }
        }
        return PERIODS.length - 1;
    }

    @Override
    public String toString() {
        return display();
    }
}
