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

    private TrafficPattern(String name, double[] raw) {
        double mean = Arrays.stream(raw).average().orElseThrow();
        this.name = name;
        this.weights = Arrays.stream(raw).map(w -> w / mean).toArray();
    }

    /** The presets, built once (every platform and setting asks for the profile's pattern; they are immutable). */
    private static final java.util.Map<dev.costfit.profile.PatternPreset, TrafficPattern> PRESETS;

    static {
        java.util.EnumMap<dev.costfit.profile.PatternPreset, TrafficPattern> presets =
                new java.util.EnumMap<>(dev.costfit.profile.PatternPreset.class);
        for (dev.costfit.profile.PatternPreset preset : dev.costfit.profile.PatternPreset.values()) {
            presets.put(preset, new TrafficPattern(preset.spelling(), preset.weights()));
        }
        PRESETS = java.util.Collections.unmodifiableMap(presets);
    }

    public static TrafficPattern of(PatternSpec spec) {
        if (spec instanceof PatternSpec.Preset p) {
            return PRESETS.get(p.preset());
        }
        return new TrafficPattern("hourly", spec.hourlyWeights());
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

    public double peakWeight() {
        return Arrays.stream(weights).max().orElseThrow();
    }

    /** How many hours of a 730-hour month each pattern hour stands for. */
    public double monthHoursPerPatternHour() {
        return Month.HOURS / weights.length;
    }
}
