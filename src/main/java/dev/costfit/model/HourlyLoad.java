package dev.costfit.model;

import dev.costfit.assessment.Capacity;
import dev.costfit.profile.Traffic;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A service's load hour by hour over its traffic pattern: the rate λ(h) = λ·w(h) and the mean number of requests
 * in flight L(h) = λ(h)·W (Little's law). Every platform evaluates these hours and sums them to a month.
 */
public final class HourlyLoad {

    /** Capacity is sized for this quantile of the Poisson number in flight (then times the burst factor). */
    public static final double SIZING_QUANTILE = 0.99;

    /** One pattern hour; it stands for {@code monthHours} hours of the month. */
    public record Hour(int index, double rate, double inFlight, double monthHours) {

        public double requests() {
            return rate * 3600 * monthHours;
        }
    }

    private final TrafficPattern pattern;
    private final double burst;
    private final List<Hour> hours;
    /** One hour per distinct load, standing for all the month hours of that load (see {@link #distinctHours()}). */
    private final List<Hour> distinct;
    /** Each hour's slot among the distinct loads: patterns repeat their weights (a week has 168 hours). */
    private final int[] slot;
    /** Requests in flight per distinct load, and its 99th percentile; built on first use (many callers need neither). */
    private final Poisson[] occupancy;
    private final int[] p99;

    private HourlyLoad(TrafficPattern pattern, double burst, List<Hour> hours) {
        this.pattern = pattern;
        this.burst = burst;
        this.hours = List.copyOf(hours);
        // Slots by a linear search over the loads seen so far: a pattern has a few distinct loads (two for
        // business hours, at most 168), and comparing bits needs no boxing (the same equality as Double.equals).
        this.slot = new int[this.hours.size()];
        long[] seen = new long[this.hours.size()];
        int distinctLoads = 0;
        for (int h = 0; h < slot.length; h++) {
            long bits = Double.doubleToLongBits(this.hours.get(h).inFlight());
            int i = 0;
            while (i < distinctLoads && seen[i] != bits) {
                i++;
            }
            if (i == distinctLoads) {
                seen[distinctLoads++] = bits;
            }
            slot[h] = i;
        }
        // Every pattern hour stands for the same month hours: a distinct load stands for its count times that
        // (a product, not a sum of 24 or 168 terms, so a flat month is 730 hours exactly).
        int[] count = new int[distinctLoads];
        Hour[] first = new Hour[distinctLoads];
        for (Hour hour : this.hours) {
            int i = slot[hour.index()];
            count[i]++;
            if (first[i] == null) {
                first[i] = hour;
            }
        }
        List<Hour> merged = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            merged.add(new Hour(first[i].index(), first[i].rate(), first[i].inFlight(),
                    count[i] * first[i].monthHours()));
        }
        this.distinct = List.copyOf(merged);
        this.occupancy = new Poisson[distinctLoads];
        this.p99 = new int[distinctLoads];
        java.util.Arrays.fill(p99, -1);
    }

    public static HourlyLoad of(Traffic traffic, TimeSpan meanDuration) {
        TrafficPattern pattern = TrafficPattern.of(traffic.pattern());
        List<Hour> hours = new ArrayList<>();
        for (int h = 0; h < pattern.hours(); h++) {
            double rate = traffic.rate().perSecond() * pattern.weight(h);
            hours.add(new Hour(h, rate, rate * meanDuration.seconds(), pattern.monthHoursPerPatternHour()));
        }
        return new HourlyLoad(pattern, traffic.burst(), hours);
    }

    public TrafficPattern pattern() {
        return pattern;
    }

    public double burst() {
        return burst;
    }

    public List<Hour> hours() {
        return hours;
    }

    /**
     * One hour per distinct load, each standing for every month hour with that load: a business-hours week has
     * 168 pattern hours but two loads, so a figure that depends on the hour's load alone (not on the hour before
     * it) is computed twice instead of 168 times. Sums and maxima over these equal those over {@link #hours()}.
     */
    public List<Hour> distinctHours() {
        return distinct;
    }

    public Hour peak() {
        return hours.stream().max(Comparator.comparingDouble(Hour::rate)).orElseThrow();
    }

    public double requestsPerMonth() {
        return hours.stream().mapToDouble(Hour::requests).sum();
    }

    /** Mean requests in flight over the month. */
    public double meanInFlight() {
        return hours.stream().mapToDouble(h -> h.inFlight() * h.monthHours()).sum()
                / hours.stream().mapToDouble(Hour::monthHours).sum();
    }

    /** Concurrency to provide in hour h: the 99th percentile of Poisson(L(h)), times the burst factor. */
    public int sizingConcurrency(Hour hour) {
        return (int) Math.ceil(inFlightP99(hour) * burst);
    }

    /** Which distinct load hour h has: an index into {@link #distinctHours()}. */
    public int slot(Hour hour) {
        return slot[hour.index()];
    }

    /** The distribution of requests in flight in hour h (Poisson, the M/G/∞ result). */
    public Poisson occupancy(Hour hour) {
        int i = slot[hour.index()];
        if (occupancy[i] == null) {
            occupancy[i] = Poisson.withMean(hour.inFlight());
        }
        return occupancy[i];
    }

    /** The 99th percentile of the requests in flight in hour h, without the burst. */
    public int inFlightP99(Hour hour) {
        int i = slot[hour.index()];
        if (p99[i] < 0) {
            // Containers need the percentile alone: no table is built for it.
            p99[i] = Poisson.quantile(hour.inFlight(), SIZING_QUANTILE);
        }
        return p99[i];
    }
}
