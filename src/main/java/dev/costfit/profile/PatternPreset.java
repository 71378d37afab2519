package dev.costfit.profile;

import java.util.Arrays;

/** The named traffic shapes and their hourly weights (any scale; the model normalises them to mean 1). */
public enum PatternPreset implements Choice {
    FLAT, BUSINESS_HOURS, DIURNAL, SPIKY;

    /** 24 weights (a day) or 168 (a week starting Monday 00:00). */
    public double[] weights() {
        return switch (this) {
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

    /**
     * Whether the weights are hourly samples of a smooth curve, so that traffic ramps from one hour's rate to the
     * next across the hour rather than stepping on the hour: the diurnal cosine (a rise of at most 0.6 × 2π / 24 ≈
     * 16% of the mean rate an hour). The other presets are steps by their definition: business hours begin at 08:00,
     * spiky's spikes are whole hours, flat never changes. Hourly weights a profile writes are read as steps: 24 or
     * 168 numbers cannot tell a sampled curve from a real step (a 09:00 rush), and reading a real step as a ramp
     * would hide the queue the scaling-speed checks warn of, where reading a ramp as a step overstates an advisory.
     */
    public boolean continuous() {
        return this == DIURNAL;
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }
}
