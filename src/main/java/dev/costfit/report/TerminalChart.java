package dev.costfit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A line chart drawn with characters for a terminal: Braille dots (2 × 4 per character) in the terminal's colours,
 * or plain ASCII with one symbol per series where colour or Unicode cannot be shown (NO_COLOR, pipes, files).
 * Gaps (NaN) are not drawn; crossovers get a dotted vertical line and a caret under the axis, the profile's own
 * value a marker above the plot. The y axis turns logarithmic when the values span orders of magnitude.
 */
public final class TerminalChart {

    /** One line of the chart; {@code y} holds NaN where the series has no value. */
    public record Series(String name, double[] y) {}

    /** How values along an axis are labelled, and whether it is logarithmic. */
    public record Axis(boolean log, DoubleFunction<String> label) {}

    private static final String[] COLORS = {"34", "32", "33", "35", "36", "31"};
    /** ASCII symbols per series; not '+', ':' or '^', which draw the axes and the crossovers. */
    private static final char[] SYMBOLS = {'*', 'o', 'x', '#', '=', '@'};
    private static final int BRAILLE = 0x2800;
    /** Braille dot bits by (column, row) inside a cell. */
    private static final int[][] DOT = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};
    private static final String RESET = "\u001b[0m";

    private final double[] x;
    private final List<Series> series;
    private final Axis xAxis;
    private final DoubleFunction<String> yLabel;
    private final List<Double> crossovers;
    private final double marker;

    /**
     * @param x          the values along the x axis, ascending
     * @param crossovers x values to mark under the axis
     * @param marker     the x value of "this profile", or NaN
     */
    public TerminalChart(double[] x, List<Series> series, Axis xAxis, DoubleFunction<String> yLabel,
                         List<Double> crossovers, double marker) {
        this.x = x.clone();
        this.series = List.copyOf(series);
        this.xAxis = xAxis;
        this.yLabel = yLabel;
        this.crossovers = List.copyOf(crossovers);
        this.marker = marker;
    }

    /** The chart as lines of at most {@code width} visible characters, {@code height} rows of plot. */
    public String render(int width, int height, boolean fancy) {
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.y()) {
                if (Double.isFinite(v) && v > 0) {
                    yMin = Math.min(yMin, v);
                    yMax = Math.max(yMax, v);
                }
            }
        }
        if (!Double.isFinite(yMin)) {
            return "  (nothing fits anywhere in this range)\n";
        }
        boolean logY = Ticks.logarithmic(yMax / yMin);
        Scale ys = yMax == yMin ? new Scale(yMin / 2, yMin * 2, false) : new Scale(yMin, yMax, logY);
        Scale xs = new Scale(x[0], x[x.length - 1], xAxis.log());
        String[] yTicks = yTicks(ys, height);
        int labelWidth = Arrays.stream(yTicks).mapToInt(String::length).max().orElse(0);
        int plotWidth = Math.max(10, width - labelWidth - 2);
        int[][] cells = new int[height][plotWidth];
        int[][] owner = new int[height][plotWidth];
        for (int[] row : owner) {
            Arrays.fill(row, -1);
        }
        // Drawn last to first, so where lines share a character the first in the legend shows.
        for (int s = series.size() - 1; s >= 0; s--) {
            draw(series.get(s).y(), s, xs, ys, cells, owner, fancy);
        }
        String pad = " ".repeat(labelWidth + 2);
        StringBuilder out = new StringBuilder();
        out.append(pad).append(markerLine(xs, plotWidth, fancy)).append('\n');
        int[] crossColumns = crossovers.stream().mapToInt(v -> column(xs, v, plotWidth)).toArray();
        for (int r = 0; r < height; r++) {
            String tick = yTicks[r];
            out.append(" ".repeat(labelWidth - tick.length())).append(tick)
                    .append(fancy ? (tick.isEmpty() ? " │" : " ┤") : (tick.isEmpty() ? " |" : " +"));
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < plotWidth; c++) {
                row.append(cell(cells[r][c], owner[r][c], fancy, contains(crossColumns, c)));
            }
            out.append(stripTrailing(row.toString())).append('\n');
        }
        out.append(" ".repeat(labelWidth + 1)).append(fancy ? "└" : "+")
                .append((fancy ? "─" : "-").repeat(plotWidth)).append('\n');
        if (crossColumns.length > 0) {
            out.append(pad).append(caretLine(crossColumns, plotWidth, fancy)).append('\n');
        }
        out.append(pad).append(xTicks(xs, plotWidth)).append('\n');
        out.append(legend(width, fancy));
        return out.toString();
    }

    /** Plots one series, sampling it once per dot column; in Braille, consecutive dots are joined vertically. */
    private void draw(double[] y, int s, Scale xs, Scale ys, int[][] cells, int[][] owner, boolean fancy) {
        int height = cells.length;
        int plotWidth = cells[0].length;
        int subColumns = fancy ? plotWidth * 2 : plotWidth;
        int subRows = fancy ? height * 4 : height;
        int previous = Integer.MIN_VALUE;
        for (int c = 0; c < subColumns; c++) {
            double value = interpolate(xs.value(c / (double) (subColumns - 1)), y, xs);
            if (!Double.isFinite(value) || value <= 0) {
                previous = Integer.MIN_VALUE;
                continue;
            }
            int r = (int) Math.round((1 - ys.position(value)) * (subRows - 1));
            r = Math.max(0, Math.min(subRows - 1, r));
            int from = previous == Integer.MIN_VALUE || !fancy ? r : previous;
            for (int rr = Math.min(from, r); rr <= Math.max(from, r); rr++) {
                int column = fancy ? c / 2 : c;
                int row = fancy ? rr / 4 : rr;
                cells[row][column] |= fancy ? DOT[c % 2][rr % 4] : 1;
                owner[row][column] = s;
            }
            previous = r;
        }
    }

    /** Round money values at the rows nearest them; every other row blank. */
    private String[] yTicks(Scale ys, int height) {
        String[] ticks = new String[height];
        Arrays.fill(ticks, "");
        for (double v : Ticks.between(ys.min(), ys.max(), ys.log(), Math.max(2, height / 3))) {
            int r = (int) Math.round((1 - ys.position(v)) * (height - 1));
            if (r >= 0 && r < height && ticks[r].isEmpty()) {
                ticks[r] = yLabel.apply(v);
            }
        }
        return ticks;
    }

    private String cell(int dots, int owner, boolean fancy, boolean crossover) {
        if (owner < 0) {
            return crossover ? (fancy ? "\u001b[2m┊" + RESET : ":") : " ";
        }
        if (!fancy) {
            return String.valueOf(SYMBOLS[owner % SYMBOLS.length]);
        }
        return "\u001b[" + COLORS[owner % COLORS.length] + "m" + (char) (BRAILLE + dots) + RESET;
    }

    private String markerLine(Scale xs, int plotWidth, boolean fancy) {
        if (!Double.isFinite(marker) || xs.position(marker) < -1e-9 || xs.position(marker) > 1 + 1e-9) {
            return "";
        }
        int column = column(xs, marker, plotWidth);
        String arrow = fancy ? "▼" : "v";
        if (column + 13 + arrow.length() > plotWidth) {
            String text = "this profile " + arrow;
            return " ".repeat(Math.max(0, column - text.length() + 1)) + text;
        }
        return " ".repeat(column) + arrow + " this profile";
    }

    private static String caretLine(int[] columns, int plotWidth, boolean fancy) {
        char[] line = new char[plotWidth];
        Arrays.fill(line, ' ');
        for (int c : columns) {
            if (c >= 0 && c < plotWidth) {
                line[c] = fancy ? '▲' : '^';
            }
        }
        return new String(line).stripTrailing();
    }

    /** Round values centred under their columns; a label that would touch the previous one is left out. */
    private String xTicks(Scale xs, int plotWidth) {
        char[] line = new char[plotWidth];
        Arrays.fill(line, ' ');
        int next = 0;
        for (double v : Ticks.between(xs.min(), xs.max(), xs.log(), Math.max(2, plotWidth / 10))) {
            String label = xAxis.label().apply(v);
            if (label.length() > plotWidth) {
                continue;
            }
            int start = column(xs, v, plotWidth) - label.length() / 2;
            start = Math.max(0, Math.min(start, plotWidth - label.length()));
            if (start < next) {
                continue;
            }
            label.getChars(0, label.length(), line, start);
            next = start + label.length() + 2;
        }
        return new String(line).stripTrailing();
    }

    /** One entry per series, wrapped to the width. */
    private String legend(int width, boolean fancy) {
        List<String> entries = new ArrayList<>();
        List<Integer> visible = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s).name();
            String key = fancy ? "\u001b[" + COLORS[s % COLORS.length] + "m━━" + RESET
                    : String.valueOf(SYMBOLS[s % SYMBOLS.length]);
            entries.add(key + " " + name);
            visible.add((fancy ? 2 : 1) + 1 + name.length());
        }
        if (!crossovers.isEmpty()) {
            entries.add((fancy ? "▲" : "^") + " crossover");
            visible.add(11);
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (used > 0 && used + 3 + visible.get(i) > width) {
                out.append('\n');
                used = 0;
            }
            out.append(used == 0 ? "  " : "   ").append(entries.get(i));
            used += (used == 0 ? 2 : 3) + visible.get(i);
        }
        return out.append('\n').toString();
    }

    /** Trailing blanks off a row, keeping colour codes intact (a blank cell is a plain space). */
    private static String stripTrailing(String row) {
        int end = row.length();
        while (end > 0 && row.charAt(end - 1) == ' ') {
            end--;
        }
        return row.substring(0, end);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static int column(Scale xs, double value, int plotWidth) {
        return (int) Math.round(xs.position(value) * (plotWidth - 1));
    }

    /** Linear interpolation between the points (in the scale's space); NaN next to a gap. */
    private double interpolate(double at, double[] y, Scale xs) {
        if (x.length == 1) {
            return y[0];
        }
        int i = 1;
        while (i < x.length - 1 && at > x[i]) {
            i++;
        }
        double a = y[i - 1];
        double b = y[i];
        double t = (xs.position(at) - xs.position(x[i - 1]))
                / Math.max(1e-12, xs.position(x[i]) - xs.position(x[i - 1]));
        t = Math.max(0, Math.min(1, t));
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            // Half-way to a gap the line stops: a platform that fits at one point and not the next is drawn to
            // the middle, not across.
            return t < 0.5 ? a : b;
        }
        return a + (b - a) * t;
    }

    /** A linear or logarithmic mapping between values and positions in [0, 1]. */
    private record Scale(double min, double max, boolean log) {

        double position(double value) {
            return log ? Math.log(value / min) / Math.log(max / min) : (value - min) / (max - min);
        }

        double value(double position) {
            return log ? min * Math.pow(max / min, position) : min + (max - min) * position;
        }
    }
}
