package dev.costfit.assessment;

import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;

/**
 * How a platform's compute use spreads over the hours of its traffic pattern: a weight per pattern hour (instances
 * running, or requests) and the month hours each stands for. A commitment covers the hourly level that makes the
 * month least ({@link #committed}), as shares of the month's use.
 */
public final class HourlyUsage {

    /** Work with no hourly base (a job's runs come and go): nothing is steady enough to commit. */
    public static final HourlyUsage NONE = new HourlyUsage(List.of(), List.of());

    /** The weights and month hours, side by side. */
    private record Hours(List<Double> weights, List<Double> monthHours) {
        Hours {
            weights = List.copyOf(weights);
            monthHours = List.copyOf(monthHours);
            if (weights.size() != monthHours.size()) {
                throw new IllegalArgumentException("a weight per hour: " + weights.size() + " vs " + monthHours.size());
            }
        }
    }

    /**
     * Only a commitment reads the hours, and every function assessment of a search would otherwise box two lists of
     * up to 168 figures: they are listed on first read. A racy first read lists them twice, the same both times
     * (Hours is immutable, so a published one is whole).
     */
    private final Supplier<Hours> source;
    private Hours hours;
    /**
     * The mean hour's use, worked out on first read, without listing the hours where it can: a break-even search
     * reads a container's at many rates ({@link #mean}). NaN until read (a mean is never NaN).
     */
    private final DoubleSupplier meanSource;
    private double mean = Double.NaN;
    /**
     * Lines whose use has a shape of its own, by cost-line key: provisioned environments configured every hour
     * whatever the requests, minimum instances idle most where the requests are fewest. Other lines follow this.
     */
    private final java.util.Map<String, HourlyUsage> lines;

    public HourlyUsage(List<Double> weights, List<Double> monthHours) {
        Hours listed = new Hours(weights, monthHours);
        this.source = () -> listed;
        this.hours = listed;
        this.meanSource = () -> meanOf(listed);
        this.lines = java.util.Map.of();
    }

    private HourlyUsage(Supplier<Hours> source) {
        this.source = source;
        this.meanSource = () -> meanOf(hours());
        this.lines = java.util.Map.of();
    }

    private HourlyUsage(Supplier<Hours> source, DoubleSupplier meanSource) {
        this(source, meanSource, java.util.Map.of());
    }

    private HourlyUsage(Supplier<Hours> source, DoubleSupplier meanSource, java.util.Map<String, HourlyUsage> lines) {
        this.source = source;
        this.meanSource = meanSource;
        this.lines = lines;
    }

    /** This usage, with the line keyed {@code key} used as {@code usage} says hour by hour. */
    public HourlyUsage withLine(String key, HourlyUsage usage) {
        java.util.Map<String, HourlyUsage> more = new java.util.HashMap<>(lines);
        more.put(key, usage);
        // This usage's hours and mean as this lists and works them out, once for both (each setting's assessment
        // under a commitment adds a line's shape, which listed the 168 hours anew and summed them again).
        return new HourlyUsage(this::hours, this::mean, java.util.Map.copyOf(more));
    }

    /** How the line keyed {@code key} is used hour by hour: its own shape where it has one, else this. */
    public HourlyUsage forLine(String key) {
        return lines.getOrDefault(key, this);
    }

    /** Use in proportion to the instances running each hour (tasks, pods' nodes). */
    public static HourlyUsage of(InstanceHours instances) {
        return new HourlyUsage(() -> new Hours(instances.hours().stream().map(c -> (double) c.instances()).toList(),
                instances.hours().stream().map(InstanceHours.Count::monthHours).toList()), () -> {
                    // Read from the counts, no list boxed: the same sums in the same order as over the listed hours.
                    List<InstanceHours.Count> counts = instances.hours();
                    return meanOf(counts.size(), i -> counts.get(i).instances(), i -> counts.get(i).monthHours());
                });
    }

    /** Use in proportion to each hour's requests (billed duration, busy instance time). */
    public static HourlyUsage ofRequests(Supplier<HourlyLoad> load) {
        return new HourlyUsage(() -> {
            HourlyLoad listed = load.get();
            return new Hours(listed.hours().stream().map(HourlyLoad.Hour::rate).toList(),
                    listed.hours().stream().map(HourlyLoad.Hour::monthHours).toList());
        });
    }

    /**
     * The hours with month hours, by use, least first (equal uses in hour order): their uses, their month hours, and
     * the month hours in all, sorted and unboxed once, where each commitment's level read them anew (a choice under a
     * plan asks it of every line of every setting it compares: 18% of a savings-plan map's samples sorted 168 boxed
     * indices, 2026-12-07). A racy first read sorts twice, the same both times.
     */
    private record Ordered(double[] weights, double[] monthHours, double hours) {}

    private Ordered ordered;

    private Ordered ordered() {
        Ordered known = ordered;
        if (known == null) {
            List<Double> weights = weights();
            List<Double> monthHours = monthHours();
            List<Integer> order = new java.util.ArrayList<>();
            double hours = 0;
            for (int i = 0; i < weights.size(); i++) {
                if (monthHours.get(i) > 0) {
                    order.add(i);
                    hours += monthHours.get(i);
                }
            }
            order.sort(java.util.Comparator.comparingDouble(weights::get));
            known = new Ordered(order.stream().mapToDouble(weights::get).toArray(),
                    order.stream().mapToDouble(monthHours::get).toArray(), hours);
            ordered = known;
        }
        return known;
    }

    private Hours hours() {
        Hours listed = hours;
        if (listed == null) {
            listed = source.get();
            hours = listed;
        }
        return listed;
    }

    public List<Double> weights() {
        return hours().weights();
    }

    public List<Double> monthHours() {
        return hours().monthHours();
    }

    /**
     * The hourly level of use a commitment at {@code discount} off should cover to make the month least, as shares
     * of the month's use. Committed at level c, a month of hours h (each standing for mh_h month hours, H in all,
     * using w_h) costs (1 − discount) × c × H (the commitment, paid every hour, used or not) plus the use above it,
     * Σ mh_h × max(0, w_h − c), on demand. That is convex and piecewise linear in c, with its corners at the hours'
     * uses; its slope past c is (1 − discount) × H less the month hours using more than c, so the least month is at
     * the least hour's use w for which the month hours using more than w are at most (1 − discount) × H: the
     * discount's quantile of the hours' use, weighted by month hours. A flat pattern commits all of it; an hour
     * using nothing counts as any other (commits nothing where such hours are at least discount × H). This is the
     * level AWS Cost Explorer's Savings Plans recommendations aim at (the hourly commitment that saves the most);
     * committing the least hour's use instead made the month fall as the quiet hours gained load, since the base
     * then rose by a step in every hour and the quiet hours paid less than the step's discount over the month.
     * Being the least of months each non-decreasing in every hour's use, the month never falls as the use rises.
     */
    public CommittedLevel committed(double discount) {
        double mean = mean();
        if (discount <= 0 || mean <= 0) {
            return CommittedLevel.NONE;
        }
        Ordered ordered = ordered();
        double[] weights = ordered.weights();
        double[] monthHours = ordered.monthHours();
        double hours = ordered.hours();
        double allowed = (1 - discount) * hours;
        double level = 0;
        double atOrBelow = 0;
        for (int k = 0; k < weights.length; k++) {
            double w = weights[k];
            atOrBelow += monthHours[k];
            boolean lastOfItsUse = k + 1 == weights.length || weights[k + 1] > w;
            if (lastOfItsUse && hours - atOrBelow <= allowed) {
                level = w;
                break;
            }
        }
        if (level <= 0) {
            return CommittedLevel.NONE;
        }
        double above = 0;
        for (int k = 0; k < weights.length; k++) {
            above += monthHours[k] * Math.max(0, weights[k] - level);
        }
        double base = level / mean;
        // A flat pattern's level is its mean, up to the rounding of the mean's sum: all of it, none unused.
        if (above == 0 && Math.abs(base - 1) <= 1e-9) {
            return CommittedLevel.ALL;
        }
        return new CommittedLevel(base, above / (mean * hours));
    }

    /**
     * The mean hour's use, each hour weighted by the month hours it stands for (for use by instances, the instances
     * running in the mean hour); 0 where there are no hours or no use.
     */
    public double mean() {
        double known = mean;
        if (Double.isNaN(known)) {
            known = meanSource.getAsDouble();
            mean = known;
        }
        return known;
    }

    private static double meanOf(Hours listed) {
        return meanOf(listed.weights().size(), i -> listed.weights().get(i), i -> listed.monthHours().get(i));
    }

    /**
     * Hours {@code 0…n−1}: their use weighted by the month hours each stands for, over the hours that stand for any.
     */
    private static double meanOf(int n, IntToDoubleFunction weight, IntToDoubleFunction monthHours) {
        double hours = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double m = monthHours.applyAsDouble(i);
            if (m > 0) {
                hours += m;
                total += weight.applyAsDouble(i) * m;
            }
        }
        return hours == 0 || total <= 0 ? 0 : total / hours;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof HourlyUsage that && hours().equals(that.hours())
                && lines.equals(that.lines);
    }

    @Override
    public int hashCode() {
        return 31 * hours().hashCode() + lines.hashCode();
    }

    @Override
    public String toString() {
        return "HourlyUsage[weights=" + weights() + ", monthHours=" + monthHours()
                + (lines.isEmpty() ? "" : ", lines=" + lines) + "]";
    }
}
