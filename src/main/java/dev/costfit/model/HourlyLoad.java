package dev.costfit.model;

import dev.costfit.assessment.Capacity;
import dev.costfit.profile.Traffic;
import dev.costfit.units.TimeSpan;
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
            return requests(rate, monthHours);
        }

        /** Requests at {@code rate} a second over {@code monthHours} hours. */
        static double requests(double rate, double monthHours) {
            return rate * 3600 * monthHours;
        }
    }

    private final TrafficPattern pattern;
    private final double burst;
    /** The rate, a request's seconds in flight, and the month hours each pattern hour stands for. */
    private final double perSecond;
    private final double seconds;
    private final double monthHours;
    /**
     * The pattern hours, built on first use: most loads are read through their distinct hours and month figures
     * alone (a 168-hour week was 168 records a load, and a search builds hundreds of loads a profile).
     */
    private List<Hour> hours;
    /** One hour per distinct load, standing for all the month hours of that load (see {@link #distinctHours()}). */
    private final List<Hour> distinct;
    /** Requests in flight per distinct load, and its 99th percentile; built on first use (many callers need neither). */
    private final Poisson[] occupancy;
    private final int[] p99;
    /** The month's figures, summed on first use (NaN until then): several platforms and settings ask for them. */
    private double requestsPerMonth = Double.NaN;
    private double meanInFlight = Double.NaN;
    private Hour peak;

    /**
     * Hours of equal weight have equal loads, so the pattern's distinct weights are the distinct loads: a pattern has
     * a few (two for business hours, at most 168), found once per pattern.
     */
    private HourlyLoad(TrafficPattern pattern, double burst, double perSecond, double seconds) {
        this.pattern = pattern;
        this.burst = burst;
        this.perSecond = perSecond;
        this.seconds = seconds;
        this.monthHours = pattern.monthHoursPerPatternHour();
        // Every pattern hour stands for the same month hours: a distinct load stands for its count times that
        // (a product, not a sum of 24 or 168 terms, so a flat month is 730 hours exactly).
        int loads = pattern.distinctWeights();
        Hour[] merged = new Hour[loads];
        for (int i = 0; i < loads; i++) {
            int first = pattern.firstHourOf(i);
            double rate = rateIn(first);
            merged[i] = new Hour(first, rate, rate * seconds, pattern.hoursWith(i) * monthHours);
        }
        this.distinct = List.of(merged);
        this.occupancy = new Poisson[loads];
        this.p99 = new int[loads];
        java.util.Arrays.fill(p99, -1);
    }

    public static HourlyLoad of(Traffic traffic, TimeSpan meanDuration) {
        return new HourlyLoad(TrafficPattern.of(traffic.pattern()), traffic.burst(), traffic.rate().perSecond(),
                meanDuration.seconds());
    }

    /** Pattern hour h's request rate: the rate times the hour's weight. */
    private double rateIn(int h) {
        return perSecond * pattern.weight(h);
    }

    /** Pattern hour h as a record, with the same figures as every other way of reading it. */
    private Hour hourAt(int h) {
        double rate = rateIn(h);
        return new Hour(h, rate, rate * seconds, monthHours);
    }

    /**
     * The peak hour's request rate, {@code of(traffic, any).peak().rate()} without listing the hours: the peak weight
     * times the rate, the same product (a larger weight never gives a smaller rounded product).
     */
    public static double peakRate(Traffic traffic) {
        return traffic.rate().perSecond() * TrafficPattern.of(traffic.pattern()).peakWeight();
    }

    public TrafficPattern pattern() {
        return pattern;
    }

    public double burst() {
        return burst;
    }

    public List<Hour> hours() {
        if (hours == null) {
            Hour[] all = new Hour[pattern.hours()];
            for (int h = 0; h < all.length; h++) {
                all[h] = hourAt(h);
            }
            hours = java.util.Collections.unmodifiableList(java.util.Arrays.asList(all));
        }
        return hours;
    }

    /** How many pattern hours: {@code hours().size()}. */
    public int hourCount() {
        return pattern.hours();
    }

    /**
     * The distinct load of pattern hour h ({@link #distinctHours()}): the same rate and requests in flight as
     * {@code hours().get(h)}, the same {@link #slot} and {@link #occupancy}, but its index is the load's first hour
     * and its month hours are the whole load's. Loops over the hours that need only the load read it here: the 168
     * records of a week are built for a report that lists them, not for every load a search makes.
     */
    public Hour loadOf(int h) {
        return distinct.get(pattern.slot(h));
    }

    /** Pattern hour h's slot among the distinct loads: {@code slot(loadOf(h))}. */
    public int slotOf(int h) {
        return pattern.slot(h);
    }

    /**
     * How many distinct steps the pattern has from one hour to the next (its last hour steps into its first): pairs
     * of the hour before's load and the hour's, a business-hours week's 168 hours four of them.
     */
    public int stepCount() {
        return pattern.transitions().count();
    }

    /**
     * The first hour that enters step i, in order of hour ({@link #stepCount()}): a loop over the hours that keeps
     * the first of equal values, as over each hour's slot and the one before, finds the same over these alone.
     */
    public int stepHour(int i) {
        return pattern.transitions().firstHours()[i];
    }

    /** The month hours each pattern hour stands for: {@code hours().get(h).monthHours()} for every h. */
    public double monthHoursPerHour() {
        return monthHours;
    }

    /** Pattern hour h's requests over the month hours it stands for: {@code hours().get(h).requests()}. */
    public double requestsIn(int h) {
        return Hour.requests(rateIn(h), monthHours);
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
        if (peak == null) {
            // The first of the busiest, as Stream.max keeps it.
            int busiest = 0;
            for (int h = 1; h < pattern.hours(); h++) {
                if (Double.compare(rateIn(busiest), rateIn(h)) < 0) {
                    busiest = h;
                }
            }
            peak = hours != null ? hours.get(busiest) : hourAt(busiest);
        }
        return peak;
    }

    public double requestsPerMonth() {
        if (Double.isNaN(requestsPerMonth)) {
            // Compensated as DoubleStream.sum compensates, term by term: the same figure to the bit, no stream.
            dev.costfit.units.CompensatedSum requests = new dev.costfit.units.CompensatedSum();
            for (int h = 0; h < pattern.hours(); h++) {
                requests.add(Hour.requests(rateIn(h), monthHours));
            }
            requestsPerMonth = requests.value();
        }
        return requestsPerMonth;
    }

    /** Mean requests in flight over the month. */
    public double meanInFlight() {
        if (Double.isNaN(meanInFlight)) {
            dev.costfit.units.CompensatedSum inFlightHours = new dev.costfit.units.CompensatedSum();
            dev.costfit.units.CompensatedSum months = new dev.costfit.units.CompensatedSum();
            for (int h = 0; h < pattern.hours(); h++) {
                inFlightHours.add(rateIn(h) * seconds * monthHours);
                months.add(monthHours);
            }
            meanInFlight = inFlightHours.value() / months.value();
        }
        return meanInFlight;
    }

    /** Concurrency to provide in hour h: the 99th percentile of Poisson(L(h)), times the burst factor. */
    public int sizingConcurrency(Hour hour) {
        return (int) Math.ceil(inFlightP99(hour) * burst);
    }

    /** Which distinct load hour h has: an index into {@link #distinctHours()}. */
    public int slot(Hour hour) {
        return pattern.slot(hour.index());
    }

    /** The distribution of requests in flight in hour h (Poisson, the M/G/∞ result). */
    public Poisson occupancy(Hour hour) {
        int i = pattern.slot(hour.index());
        if (occupancy[i] == null) {
            occupancy[i] = Poisson.withMean(hour.inFlight());
        }
        return occupancy[i];
    }

    /** The 99th percentile of the requests in flight in hour h, without the burst. */
    public int inFlightP99(Hour hour) {
        int i = pattern.slot(hour.index());
        if (p99[i] < 0) {
            // Containers need the percentile alone: no table is built for it.
            p99[i] = Poisson.quantile(hour.inFlight(), SIZING_QUANTILE);
        }
        return p99[i];
    }
}
