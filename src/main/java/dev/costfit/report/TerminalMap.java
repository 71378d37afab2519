package dev.costfit.report;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A decision map drawn with characters. In colour, each character is an upper half block (▀) whose foreground is
 * one cell and whose background the cell below it (a lower half block where the upper cell is left blank), so a
 * line shows two rows and a 60 × 40 map takes 20 lines;
 * cells where nothing fits are a grey checkerboard (the terminal's hatching). Without colour (NO_COLOR, pipes,
 * files) each cell is one symbol, one row per line. The profile's own cell is marked, its row and column pointed
 * at from the axes.
 */
final class TerminalMap {

    private static final String RESET = "\u001b[0m";

    private final DecisionMap map;
    private final MapRegions regions;
    private final Optional<DecisionMap.Spot> own;

    TerminalMap(DecisionMap map) {
        this.map = map;
        this.regions = new MapRegions(map);
        this.own = map.own();
    }

    /** The map with its axes and their ticks, then the legend. */
    String render(boolean fancy, int width) {
        int columns = map.x().count();
        int rows = map.y().count();
        int lines = fancy ? (rows + 1) / 2 : rows;
        String[] yTicks = yTicks(map.profile(), map.y(), fancy);
        int labelWidth = labelWidth(yTicks);
        String pad = " ".repeat(labelWidth + 2);
        StringBuilder out = new StringBuilder();
        out.append(" ".repeat(Math.max(0, labelWidth - 1))).append(regions.title(map.y())).append('\n');
        own.ifPresent(o -> out.append(pad).append(markerLine(o.column(), columns, fancy)).append('\n'));
        for (int line = 0; line < lines; line++) {
            boolean ownLine = own.isPresent() && lineOf(own.get().row(), rows, fancy) == line;
            String tick = yTicks[line];
            out.append(" ".repeat(labelWidth - tick.length())).append(tick)
                    .append(ownLine ? (fancy ? "▶" : ">") : " ")
                    .append(fancy ? (tick.isEmpty() ? "│" : "┤") : (tick.isEmpty() ? "|" : "+"));
            out.append(fancy ? blocks(line, columns, rows) : symbols(rows - 1 - line, columns)).append('\n');
        }
        out.append(" ".repeat(labelWidth + 1)).append(fancy ? "└" : "+").append((fancy ? "─" : "-").repeat(columns))
                .append('\n');
        out.append(pad).append(xTicks(columns)).append('\n');
        String xTitle = regions.title(map.x());
        out.append(pad).append(" ".repeat(Math.max(0, (columns - xTitle.length()) / 2))).append(xTitle).append('\n');
        out.append(legend(fancy, width));
        return out.toString();
    }

    /** The text line that shows row {@code j} of {@code rows} (rows count from the lowest y; lines from the top). */
    private static int lineOf(int j, int rows, boolean fancy) {
        int fromTop = rows - 1 - j;
        return fancy ? fromTop / 2 : fromTop;
    }

    /**
     * How many characters a drawn map's lines take before its cells: the y axis's tick labels, the profile's marker
     * and the axis itself. Known before the map is, from the profile and the y axis.
     */
    static int beforeCells(Profile profile, MapAxis y, boolean fancy) {
        return labelWidth(yTicks(profile, y, fancy)) + 2;
    }

    private static int labelWidth(String[] yTicks) {
        return Math.max(Arrays.stream(yTicks).mapToInt(String::length).max().orElse(0), 1);
    }

    /** One line of half blocks: rows {@code top} (upper half) and {@code top - 1} (lower half, blank below row 0). */
    private String blocks(int line, int columns, int rows) {
        int top = rows - 1 - 2 * line;
        int bottom = top - 1;
        StringBuilder out = new StringBuilder();
        String current = "";
        for (int i = 0; i < columns; i++) {
            boolean marked = own.isPresent() && own.get().column() == i
                    && (own.get().row() == top || own.get().row() == bottom);
            int upper = ansi(i, top);
            int lower = bottom >= 0 ? ansi(i, bottom) : MapPalette.DEFAULT;
            String code;
            String glyph;
            if (marked) {
                // The marker sits on the profile's cell colour; the other half of the character gives way to it.
                int under = own.get().row() == top ? upper : lower;
                code = "\u001b[1;" + (light(under) ? "30" : "97") + ";" + background(under) + "m";
                glyph = "◆";
            } else if (upper == MapPalette.DEFAULT && lower == MapPalette.DEFAULT) {
                code = "\u001b[49m";
                glyph = " ";
            } else if (upper == MapPalette.DEFAULT) {
                // A foreground colour cannot be the terminal's background: draw the lower half instead.
                code = "\u001b[" + foreground(lower) + ";49m";
                glyph = "▄";
            } else {
                code = "\u001b[" + foreground(upper) + ";" + background(lower) + "m";
                glyph = "▀";
            }
            if (!code.equals(current)) {
                out.append(RESET).append(code);
                current = code;
            }
            out.append(glyph);
        }
        return out.append(RESET).toString();
    }

    /** One row of symbols. */
    private String symbols(int j, int columns) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            boolean marked = own.isPresent() && own.get().column() == i && own.get().row() == j;
            out.append(marked ? MapPalette.OWN : MapPalette.of(map.cell(i, j).region()).symbol());
        }
        return out.toString();
    }

    /** A cell's terminal colour; where nothing fits, grey and the background alternate like hatching. */
    private int ansi(int i, int j) {
        String region = map.cell(i, j).region();
        if (MapPalette.hatched(region)) {
            return (i + j) % 2 == 0 ? MapPalette.GREY : MapPalette.DEFAULT;
        }
        return MapPalette.of(region).ansi();
    }

    private static String foreground(int ansi) {
        return ansi == MapPalette.DEFAULT ? "39" : ansi == MapPalette.GREY ? "90" : Integer.toString(30 + ansi);
    }

    private static String background(int ansi) {
        return ansi == MapPalette.DEFAULT ? "49" : ansi == MapPalette.GREY ? "100" : Integer.toString(40 + ansi);
    }

    /** Yellow, cyan, green, white and the default background take a dark marker; the others a white one. */
    private static boolean light(int ansi) {
        return ansi == 2 || ansi == 3 || ansi == 6 || ansi == 7 || ansi == MapPalette.DEFAULT;
    }

    /**
     * The arrow over the profile's column, its words after it where they fit over the cells, else before it where
     * they fit there, else after it past the cells' end: the arrow stays over its column whatever the width (a
     * narrow grid once pushed it three columns right to fit the words).
     */
    static String markerLine(int column, int columns, boolean fancy) {
        String arrow = fancy ? "▼" : "v";
        String after = arrow + " this profile";
        String before = "this profile " + arrow;
        if (column + after.length() > columns && column >= before.length() - 1) {
            return " ".repeat(column - before.length() + 1) + before;
        }
        return " ".repeat(column) + after;
    }

    /** Round values of the y axis at the lines that show them, one label a text line; other lines unlabelled. */
    private static String[] yTicks(Profile profile, MapAxis y, boolean fancy) {
        int lines = fancy ? (y.count() + 1) / 2 : y.count();
        String[] ticks = new String[lines];
        Arrays.fill(ticks, "");
        SweepVariable.AxisUnit unit = MapRegions.unit(profile, y);
        double factor = unit.factor();
        for (double v : Ticks.between(y.from() * factor, y.to() * factor, y.logarithmic(), Math.max(2, lines / 3))) {
            int row = (int) Math.round(y.position(v / factor) * (y.count() - 1));
            if (row < 0 || row >= y.count()) {
                continue;
            }
            int line = lineOf(row, y.count(), fancy);
            if (ticks[line].isEmpty()) {
                ticks[line] = unit.label(v);
            }
        }
        return ticks;
    }

    /** Round values centred under their columns; a label that would touch the previous one is left out. */
    private String xTicks(int columns) {
        char[] line = new char[columns];
        Arrays.fill(line, ' ');
        MapAxis x = map.x();
        double factor = MapRegions.unit(map, x).factor();
        int next = 0;
        for (double v : Ticks.between(x.from() * factor, x.to() * factor, x.logarithmic(), Math.max(2, columns / 10))) {
            String label = MapRegions.unit(map, x).label(v);
            int column = (int) Math.round(x.position(v / factor) * (columns - 1));
            int start = Math.max(0, Math.min(column - label.length() / 2, columns - label.length()));
            if (label.length() > columns || start < next) {
                continue;
            }
            label.getChars(0, label.length(), line, start);
            next = start + label.length() + 2;
        }
        return new String(line).stripTrailing();
    }

    /** A legend entry: the key as printed (maybe with colour codes), how wide it shows, and its text. */
    private record Entry(String key, int keyWidth, String text) {}

    /** One entry per region, with its share of the map, wrapped to the width; then the profile's marker. */
    private String legend(boolean fancy, int width) {
        List<Entry> entries = new ArrayList<>();
        for (MapRegions.Region r : regions.present()) {
            entries.add(new Entry(key(r.key(), fancy), fancy ? 2 : 1, r.label() + " " + regions.share(r)));
        }
        own.ifPresent(o -> entries.add(new Entry(fancy ? "◆" : String.valueOf(MapPalette.OWN), 1, "this profile")));
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (Entry e : entries) {
            int visible = e.keyWidth() + 1 + e.text().length();
            if (used > 0 && used + 3 + visible > width) {
                out.append('\n');
                used = 0;
            }
            out.append(used == 0 ? "  " : "   ").append(e.key()).append(' ').append(e.text());
            used += (used == 0 ? 2 : 3) + visible;
        }
        return out.append('\n').toString();
    }

    private static String key(String region, boolean fancy) {
        MapPalette.Mark mark = MapPalette.of(region);
        if (!fancy) {
            return String.valueOf(mark.symbol());
        }
        if (MapPalette.hatched(region)) {
            return "\u001b[90m▚▚" + RESET;
        }
        if (mark.ansi() == MapPalette.DEFAULT) {
            return "  ";
        }
        return "\u001b[" + foreground(mark.ansi()) + "m██" + RESET;
    }
}
