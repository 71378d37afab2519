package dev.costfit.units;

/** Events per second (requests, runs), however the profile wrote it. */
public record Rate(double perSecond) implements Quantity {

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
        String[] names = {"/s", "/min", "/h", "/day", "/month"};
        double[] seconds = {1, 60, 3600, 86400, Month.SECONDS};
        for (int i = 0; i < names.length; i++) {
            double count = perSecond * seconds[i];
            if (count >= 1 && Math.abs(count - Math.rint(count)) < 1e-9 * count) {
                return Numbers.compact(Math.rint(count)) + names[i];
            }
        }
        for (int i = 0; i < names.length; i++) {
            double count = perSecond * seconds[i];
            if (count >= 1 || i == names.length - 1) {
                return Numbers.significant(count, 4) + names[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }

    @Override
    public String toString() {
        return display();
    }
}
