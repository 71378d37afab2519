package dev.costfit.model;

import dev.costfit.profile.PatternPreset;
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

    public static TrafficPattern of(PatternSpec spec) {
        if (spec instanceof PatternSpec.Hourly hourly) {
            return new TrafficPattern("hourly", hourly.weights().stream().mapToDouble(Double::doubleValue).toArray());
        }
        PatternPreset preset = ((PatternSpec.Preset) spec).preset();
        return new TrafficPattern(preset.spelling(), presetWeights(preset));
    }

    private static double[] presetWeights(PatternPreset preset) {
        return switch (preset) {
            // A constant rate: machine-to-machine traffic, a queue drained steadily.
            case FLAT -> filled(24, 1);
            // An internal tool or B2B API: Monday-Friday 08:00-18:00 busy, nights and weekends at a tenth of it.
            case BUSINESS_HOURS -> {
                double[] week = filled(168, 0.1);
                for (int day = 0; day < 5; day++) {
                    for (int hour = 8; hour < 18; hour++) {
                        week[day * 24 + hour] = 1;
                    }
                }
                yield week;
            }
            // Consumer traffic that follows the day: a cosine peaking at 14:00, four times the 02:00 trough.
            case DIURNAL -> {
                double[] day = new double[24];
                for (int h = 0; h < 24; h++) {
                    day[h] = 1 + 0.6 * Math.cos(2 * Math.PI * (h - 14) / 24.0);
                }
                yield day;
            }
            // Notification- or campaign-driven traffic: quiet most of the day, four one-hour spikes (08, 12, 17,
            // 20 h) at six times the quiet rate.
            case SPIKY -> {
                double[] day = filled(24, 1);
                for (int h : new int[] {8, 12, 17, 20}) {
                    day[h] = 6;
                }
                yield day;
            }
        };
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
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
