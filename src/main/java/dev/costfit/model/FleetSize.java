package dev.costfit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How many instances carry a month of hourly unit counts (EKS pods on nodes, Lambda Managed Instances execution
 * environments on EC2 instances) when one instance holds a fixed number of units: ⌈units ÷ per instance⌉ each hour,
 * never fewer than a minimum. The month's distinct unit counts are merged once, so that comparing many instance
 * types (about 160 in the catalog) costs a few divisions each rather than one per pattern hour; and as many types
 * hold the same number of units (the same vCPU and memory), the last few sums are kept. Confined to the
 * thread that assesses, like every engine object.
 */
public final class FleetSize {

    /** How many sums are kept (see {@link #instanceHours}); a power of two. */
    private static final int KEPT = 8;

    /** Each distinct unit count, with the month hours it runs, in ascending order of the count. */
    private final int[] units;
    private final double[] hours;
    /**
     * Sums already taken, by units per instance (slot: its low bits) and minimum: a ranking asks again for the types
     * of the group it is pricing, and for the one it chose. Small arrays, made on first use: a fleet is made per size
     * at every rate a search asks about (a dense table up to the largest count asked was 2.4% of all it allocated).
     */
    private int[] keptPerInstance;
    private int[] keptMinimum;
    private double[] kept;
    /** The month's hours, and its unit-hours, for {@link #leastInstanceHours}. */
    private final double monthHours;
    private final double unitHours;

    /** One comparator for every fleet, rather than one made per fleet (a search makes thousands). */
    private static final Comparator<InstanceHours.Count> BY_INSTANCES =
            Comparator.comparingInt(InstanceHours.Count::instances);

    private FleetSize(InstanceHours counts) {
        // Arrays for the sum below, which runs once per instance type: the hours sorted by their count (a stable
        // sort), each count's month hours added in the hours' order, as a map merging them would.
        InstanceHours.Count[] sorted = counts.hours().toArray(new InstanceHours.Count[0]);
        Arrays.sort(sorted, BY_INSTANCES);
        int n = sorted.length;
        int[] distinctUnits = new int[n];
        double[] distinctHours = new double[n];
        int d = -1;
        for (InstanceHours.Count c : sorted) {
            if (d >= 0 && distinctUnits[d] == c.instances()) {
                distinctHours[d] = distinctHours[d] + c.monthHours();
            } else {
                d++;
                distinctUnits[d] = c.instances();
                distinctHours[d] = c.monthHours();
            }
        }
        this.units = Arrays.copyOf(distinctUnits, d + 1);
        this.hours = Arrays.copyOf(distinctHours, d + 1);
        double months = 0;
        double unitMonths = 0;
        for (int i = 0; i <= d; i++) {
            months += hours[i];
            unitMonths += units[i] * hours[i];
        }
        this.monthHours = months;
        this.unitHours = unitMonths;
    }

    public static FleetSize of(InstanceHours units) {
        return new FleetSize(units);
    }

    /** Instance-hours a month: Σ max(minimum, ⌈units ÷ per instance⌉) × the hours each count runs. */
    public double instanceHours(int perInstance, int minimum) {
        if (kept == null) {
            keptPerInstance = new int[KEPT];
            keptMinimum = new int[KEPT];
            kept = new double[KEPT];
            Arrays.fill(kept, Double.NaN); // no sum yet: NaN is never one
        }
        int slot = perInstance & (KEPT - 1);
        if (keptPerInstance[slot] == perInstance && keptMinimum[slot] == minimum && !Double.isNaN(kept[slot])) {
            return kept[slot];
        }
        double total = sum(perInstance, minimum);
        keptPerInstance[slot] = perInstance;
        keptMinimum[slot] = minimum;
        kept[slot] = total;
        return total;
    }

    /**
     * The month's instance-hours up to {@code most} instances each hour: Σ min(most, max(minimum, ⌈units ÷ per
     * instance⌉)) × the hours each count runs (EKS's on-demand base under Spot). Not kept: asked once per
     * units per instance.
     */
    public double instanceHoursUpTo(int perInstance, int minimum, int most) {
        double total = 0;
        for (int i = 0; i < units.length; i++) {
            total += Math.min(most, Math.max(minimum, ceilDiv(units[i], perInstance))) * hours[i];
        }
        return total;
    }

    /**
     * No more than {@link #instanceHours}, without its sum over the month's counts: each hour runs at least the
     * minimum and at least units ÷ per instance, so the month at least the greater of the two sums (less a part in
     * 10¹² for their rounding). What a search ranks instance types by before it sums any.
     */
    public double leastInstanceHours(int perInstance, int minimum) {
        return Math.max(minimum * monthHours, unitHours / perInstance) * (1 - 1e-12);
    }

    private double sum(int perInstance, int minimum) {
        double total = 0;
        for (int i = 0; i < units.length; i++) {
            total += Math.max(minimum, ceilDiv(units[i], perInstance)) * hours[i];
        }
        return total;
    }

    /** The instances hour by hour, the same hours as {@code units}. */
    public static InstanceHours instances(InstanceHours units, int perInstance, int minimum) {
        List<InstanceHours.Count> hours = units.hours();
        List<InstanceHours.Count> counts = new ArrayList<>(hours.size());
        for (int i = 0; i < hours.size(); i++) {
            InstanceHours.Count c = hours.get(i);
            counts.add(new InstanceHours.Count(Math.max(minimum, ceilDiv(c.instances(), perInstance)),
                    c.monthHours()));
        }
        return InstanceHours.owning(counts);
    }

    /** ⌈a ÷ b⌉ for counts, without overflow. */
    public static int ceilDiv(int a, int b) {
        return (int) ((a + (long) b - 1) / b);
    }
}
