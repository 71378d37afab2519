package dev.costfit.report;

import java.util.ArrayList;
import java.util.List;

/** Round values to label an axis with: 1-2-5 steps on a linear axis, decades (then 2s and 5s) on a log axis. */
final class Ticks {

    private static final double[] STEPS = {1, 2, 5, 10};
    private static final double SLACK = 1e-9;
    /** Values spanning more than this factor are read on a log axis; within it, on a linear one. */
    private static final double LOG_SPAN = 30;

    private Ticks() {
    }

    /** Whether values whose largest is {@code span} times the smallest need a log axis. */
    static boolean logarithmic(double span) {
        return span > LOG_SPAN;
    }

    /** At most {@code most} round values inside [min, max] (at least two where the range allows). */
    static List<Double> between(double min, double max, boolean log, int most) {
        int limit = Math.max(2, most);
        if (log && min > 0) {
            List<Double> decades = logarithmic(min, max, new double[] {1});
            if (decades.size() > limit) {
                return thin(decades, limit);
            }
            if (decades.size() >= 3) {
                return decades;
            }
            List<Double> finer = logarithmic(min, max, new double[] {1, 2, 5});
            if (finer.size() >= 2 && finer.size() <= limit) {
                return finer;
            }
            if (decades.size() >= 2) {
                return decades;
            }
        }
        return linear(min, max, limit);
    }

    private static List<Double> logarithmic(double min, double max, double[] multiples) {
        List<Double> out = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(min)); k <= (int) Math.ceil(Math.log10(max)); k++) {
            for (double m : multiples) {
                double v = m * Math.pow(10, k);
                if (v >= min * (1 - SLACK) && v <= max * (1 + SLACK)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static List<Double> thin(List<Double> values, int most) {
        int every = (int) Math.ceil(values.size() / (double) most);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i += every) {
            out.add(values.get(i));
        }
        return out;
    }

    private static List<Double> linear(double min, double max, int most) {
        double raw = (max - min) / most;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double s : STEPS) {
            if (s * magnitude >= raw) {
                step = s * magnitude;
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (double v = Math.ceil(min / step - SLACK) * step; v <= max * (1 + SLACK) + step * SLACK; v += step) {
            // Snap away the rounding of repeated addition (0.30000000000000004).
            out.add(Math.round(v / step) * step);
        }
        return out;
    }
}
