package dev.costfit.recommend;

import java.util.OptionalInt;

/**
 * One axis of a decision map: the input it varies, from where to where, in how many cells, and whether the cells
 * are spaced logarithmically. The first cell's centre is {@code from}, the last one's {@code to}.
 *
 * @param from in the engine's unit of the input (per second, seconds, MiB, requests)
 */
public record MapAxis(SweepVariable variable, double from, double to, int count, boolean logarithmic) {

    /** A range wider than this factor is read on a log axis: cells then cover equal ratios, not equal steps. */
    public static final double LOG_SPAN = 10;
    /** How near an edge, in cells, a value counts as on it: far above the logarithms' rounding, far below a cell. */
    private static final double EDGE = 1e-9;

    public MapAxis {
        if (!(to > from) || count < 2 || logarithmic && !(from > 0)) {
            throw new IllegalArgumentException("an axis runs up from a positive start over two cells or more");
        }
    }

    /** The rate always on a log axis (costs follow it over orders of magnitude); others beyond a decade. */
    public static MapAxis of(SweepVariable variable, double from, double to, int count) {
        boolean log = from > 0 && (variable == SweepVariable.RATE || to / from > LOG_SPAN);
        return new MapAxis(variable, from, to, count, log);
    }

    /** Where cell {@code i}'s centre sits: the grid value before any rounding. */
    public double centre(int i) {
        double t = i / (double) (count - 1);
        return logarithmic ? from * Math.pow(to / from, t) : from + (to - from) * t;
    }

    /**
     * The value cell {@code i} is evaluated at: its centre, or the nearest whole number of requests for the
     * concurrency (several cells can share one; each distinct value is evaluated once).
     */
    public double value(int i) {
        double centre = centre(i);
        return variable == SweepVariable.CONCURRENCY ? Math.max(1, Math.round(centre)) : centre;
    }

    /** Where {@code value} falls along the axis: 0 at the first cell's centre, 1 at the last one's. */
    public double position(double value) {
        return logarithmic ? Math.log(value / from) / Math.log(to / from) : (value - from) / (to - from);
    }

    /** Where {@code value} falls in cell positions: cell i's centre at i, its edges at i - 0.5 and i + 0.5. */
    public double place(double value) {
        return position(value) * (count - 1);
    }

    /**
     * The cell that holds {@code value}, by the cells' edges, if the value lies within the axis's cells. A value on
     * the edge between two cells belongs to the lower one, always: the default ranges (the profile's value / 100 to
     * x 100 for the rate) put the profile's own value exactly halfway, on an edge wherever the count is even, and
     * the logarithms land it a rounding error either side of it, which must not choose the cell.
     */
    public OptionalInt cellOf(double value) {
        double at = place(value);
        if (!(at >= -0.5 - EDGE && at <= count - 0.5 + EDGE)) {
            return OptionalInt.empty();
        }
        // Cell k holds (k - 0.5, k + 0.5]; within EDGE of k + 0.5 counts as on it.
        int cell = (int) Math.ceil(at - 0.5 - EDGE);
        return OptionalInt.of(Math.max(0, Math.min(count - 1, cell)));
    }
}
