package dev.costfit.model;

import dev.costfit.profile.PatternSpec;
import dev.costfit.units.Month;
import java.util.Arrays;
import java.util.List;

/**
 * Hourly weights with mean exactly 1: hour h of the pattern carries rate λ·w(h). A 24-weight pattern is a day, a
 * 168-weight pattern a week starting Monday 00:00. Each pattern hour stands for 730/24 (or 730/168) hours of the
 * month, so the month's request count is λ·730 h whatever the shape.
 */
public final class TrafficPattern {

    private final String name;
    private final double[] weights;
    /**
     * Each hour's slot among the distinct weights (a week has 168 hours but a preset two to four weights), the
     * first hour of each slot and how many hours share it: worked out once per pattern, not once per load.
     */
    private final int[] slot;
    private final int[] firstOfSlot;
    private final int[] hoursInSlot;
    private final double peakWeight;
    /** Whether the weights sample a smooth curve, so that each hour ramps into the next (see {@link #ramps()}). */
    private final boolean ramps;
    /** Worked out on first use (see {@link #transitions()}); a racy first use works it out twice, the same. */
    private Transitions transitions;

    private TrafficPattern(String name, double[] raw, boolean ramps) {
        this.ramps = ramps;
        double mean = Arrays.stream(raw).average().orElseThrow();
        this.name = name;
        this.weights = Arrays.stream(raw).map(w -> w / mean).toArray();
        // A linear search over the weights seen so far, comparing bits (Double.equals without boxing).
        this.slot = new int[weights.length];
        long[] seen = new long[weights.length];
        int[] first = new int[weights.length];
        int[] count = new int[weights.length];
        int distinct = 0;
        for (int h = 0; h < weights.length; h++) {
            long bits = Double.doubleToLongBits(weights[h]);
            int i = 0;
            while (i < distinct && seen[i] != bits) {
                i++;
            }
            if (i == distinct) {
                seen[distinct] = bits;
                first[distinct++] = h;
            }
            slot[h] = i;
            count[i]++;
        }
        this.firstOfSlot = Arrays.copyOf(first, distinct);
        this.hoursInSlot = Arrays.copyOf(count, distinct);
        this.peakWeight = Arrays.stream(weights).max().orElseThrow();
    }

    /** The presets, built once (every platform and setting asks for the profile's pattern; they are immutable). */
    private static final java.util.Map<dev.costfit.profile.PatternPreset, TrafficPattern> PRESETS;

    static {
        java.util.EnumMap<dev.costfit.profile.PatternPreset, TrafficPattern> presets =
                new java.util.EnumMap<>(dev.costfit.profile.PatternPreset.class);
        for (dev.costfit.profile.PatternPreset preset : dev.costfit.profile.PatternPreset.values()) {
            presets.put(preset, new TrafficPattern(preset.spelling(), preset.weights(),
                    preset.continuous()));
        }
        PRESETS = java.util.Collections.unmodifiableMap(presets);
    }

    public static TrafficPattern of(PatternSpec spec) {
        if (spec instanceof PatternSpec.Preset p) {
            return PRESETS.get(p.preset());
        }
        return new TrafficPattern("hourly", spec.hourlyWeights(), false);
    }


    public String name() {
        return name;
    }

    public int hours() {
        return weights.length;
    }

    public double weight(int hour) {
        return weights[hour];
    }

    public List<Double> weights() {
        return Arrays.stream(weights).boxed().toList();
    }

    /** How many distinct weights the pattern has. */
    int distinctWeights() {
        return firstOfSlot.length;
    }

    /** Which distinct weight hour h has, in the order they first appear. */
    int slot(int hour) {
        return slot[hour];
    }

    /** The first hour with distinct weight i. */
    int firstHourOf(int i) {
        return firstOfSlot[i];
    }

    /** How many hours have distinct weight i. */
    int hoursWith(int i) {
        return hoursInSlot[i];
    }

    public double peakWeight() {
        return peakWeight;
    }

    /**
     * Whether traffic ramps from one hour's rate to the next across the hour, the weights being samples of a smooth
     * curve (the diurnal preset, {@link dev.costfit.profile.PatternPreset#continuous()}), rather than stepping on the
     * hour (every other preset, and hourly weights a profile writes).
     */
    public boolean ramps() {
        return ramps;
    }

    /**
     * The most hours of traffic whose weights lie within a factor {@code ratio} of one another: a flat day's 24, a
     * business-hours week's 118 quiet hours, a diurnal day's 2 (its cosine gives each hour but the peak and the
     * trough a twin on the other side of the peak). Hours without traffic are left out.
     */
    public int mostHoursAlike(double ratio) {
        double[] sorted = Arrays.stream(weights).filter(w -> w > 0).sorted().toArray();
        int most = 0;
        int from = 0;
        for (int to = 0; to < sorted.length; to++) {
            while (sorted[to] > sorted[from] * ratio) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    /**
     * Each hour's transition — its distinct weight and the one of the hour before it (the last hour's before the
     * first's, as the pattern repeats) — numbered in order of first appearance, and how many there are: a
     * business-hours week has 168 hours but four transitions. {@code firstHours} holds the first hour of each, in
     * order: a loop that keeps the first of equal values over the hours finds the same over those alone.
     */
    record Transitions(int[] ofHour, int count, int[] firstHours) {}

    Transitions transitions() {
        Transitions known = transitions;
        if (known == null) {
            int n = weights.length;
            int loads = distinctWeights();
            java.util.Map<Integer, Integer> pairs = new java.util.HashMap<>();
            int[] ofHour = new int[n];
            int[] first = new int[n];
            for (int h = 0; h < n; h++) {
                int pair = slot[h] * loads + slot[(h - 1 + n) % n];
                int seen = pairs.size();
                ofHour[h] = pairs.computeIfAbsent(pair, k -> pairs.size());
                if (ofHour[h] == seen) {
                    first[seen] = h;
                }
            }
            known = new Transitions(ofHour, pairs.size(), Arrays.copyOf(first, pairs.size()));
            transitions = known;
        }
        return known;
    }

    /** How many hours of a 730-hour month each pattern hour stands for. */
    public double monthHoursPerPatternHour() {
        return Month.HOURS / weights.length;
    }
}
