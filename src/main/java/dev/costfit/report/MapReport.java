package dev.costfit.report;

import dev.costfit.profile.Bounds;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.MapCell;
import dev.costfit.recommend.Sweep;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The `map` report: where each platform is the cheapest that fits, over two inputs of one profile — drawn for a
 * terminal or as a chart, read in words along the profile's own row and column, and every cell as data.
 */
public final class MapReport {

    /** The grid of `costfit map`: fine enough for the boundaries to read as lines, two half-block lines a row. */
    public static final int DEFAULT_COLUMNS = 60;
    public static final int DEFAULT_ROWS = 40;
    /** The fewest cells across a map is narrowed to, to fit a terminal ({@link #columnsFitting}). */
    static final int FEWEST_FITTED = 20;

    private MapReport() {
    }

    /**
     * The most of {@code columns} cells across that a drawn map of {@code profile} over {@code y} shows on lines
     * {@code width} characters wide, its y axis beside them; at least {@link #FEWEST_FITTED} (narrower, the lines
     * wrap).
     */
    public static int columnsFitting(int width, int columns, Profile profile, MapAxis y, boolean fancy) {
        int room = width - TerminalMap.beforeCells(profile, y, fancy);
        return Math.max(Math.min(columns, FEWEST_FITTED), Math.min(columns, room));
    }

    /** The terminal report: what is mapped, the map with its legend, then the profile's row and column in words. */
    public static String text(DecisionMap map, int width, boolean fancy, boolean explain) {
        MapRegions regions = new MapRegions(map);
        StringBuilder out = new StringBuilder();
        TextTable.wrapped(out, map.profile().name() + ": the cheapest platform that fits, by "
                + map.x().variable().spelling() + " and " + map.y().variable().spelling() + " (" + map.x().count()
                + " × " + map.y().count() + " cells; platform cost, LLM tokens left out)", width, "");
        out.append('\n').append(new TerminalMap(map).render(fancy, width)).append('\n');
        readings(regions, map, fancy ? "◆" : String.valueOf(MapPalette.OWN))
                .forEach(line -> TextTable.wrapped(out, line, width, ""));
        TextTable.wrapped(out, "Every cell with every platform's cost: --format csv or json.", width, "");
        if (explain) {
            out.append('\n');
            for (MapAxis axis : List.of(map.x(), map.y())) {
                TextTable.wrapped(out, "How the map changes the " + axis.variable().spelling() + ": "
                        + axis.variable().howApplied() + ".", width, "");
            }
            out.append("Defaults the profile relied on:\n");
            if (map.profile().defaultsUsed().isEmpty()) {
                out.append("  - none: every field was given\n");
            }
            map.profile().defaultsUsed().forEach(d -> TextTable.wrapped(out,
                    d.path() + " = " + d.value() + ": " + d.why(), width, "  - "));
        }
        return out.toString();
    }

    /**
     * The map in sentences: the axes and their scales, the profile's own cell, the regions along its row and
     * column (where the boundaries cross them), and the platforms that win nowhere.
     */
    static List<String> readings(MapRegions regions, DecisionMap map, String marker) {
        List<String> out = new ArrayList<>();
        out.add("Across: " + axisInWords(regions, map.x()) + ". Up: " + axisInWords(regions, map.y()) + ".");
        String values = regions.at(map.x(), map.x().variable().current(map.profile())) + ", "
                + regions.at(map.y(), map.y().variable().current(map.profile()));
        // The profile's own assessment, at its values; the marker stands where they lie, in (or, halfway, at the
        // edge of) a cell assessed at its centre, whose cheapest can differ: said so, never claimed for the profile.
        out.add("This profile (" + values + "): " + regions.cellInWords(map.itself()) + map.own().map(o -> "; "
                + marker + " marks where its values lie").orElse("; its values lie outside the map") + ".");
        map.own().map(o -> map.cell(o.column(), o.row())).filter(c -> !c.region().equals(map.itself().region()))
                .ifPresent(c -> out.add("The cell at " + marker + ", assessed at its centre ("
                        + regions.at(map.x(), c.x()) + ", " + regions.at(map.y(), c.y()) + "), shows "
                        + regions.label(c.region()) + ": a boundary passes between it and this profile's values."));
        if (!map.recommended().equals(map.itself().cheapest().orElse(Sweep.NONE))) {
            out.add("costfit recommend chooses " + map.name(map.recommended()) + " for it: a simpler platform within the "
                    + "simplicity margin of the cheapest.");
        }
        map.own().ifPresent(o -> {
            MapCell cell = map.cell(o.column(), o.row());
            out.add("At " + regions.at(map.y(), cell.y()) + ": " + regions.inWords(regions.alongRow(o.row()), map.x())
                    + ".");
            out.add("At " + regions.at(map.x(), cell.x()) + ": "
                    + regions.inWords(regions.alongColumn(o.column()), map.y()) + ".");
        });
        if (map.cells().stream().anyMatch(c -> c.state() == MapCell.State.NOT_A_PROFILE)) {
            out.add("Cells marked \"not a valid profile\" combine values a profile may not: a cpu_time longer than "
                    + "the duration, or more than " + Numbers.grouped(Bounds.IN_FLIGHT.max(), 0) + " requests in "
                    + "flight at the busiest hour; they are not evaluated.");
        }
        List<String> never = regions.neverCheapest();
        if (!never.isEmpty()) {
            out.add("Cheapest nowhere on this map: " + String.join(", ", never) + ".");
        }
        return out;
    }

    private static String axisInWords(MapRegions regions, MapAxis axis) {
        return axis.variable().spelling() + " from " + regions.at(axis, axis.value(0)) + " to "
                + regions.at(axis, axis.value(axis.count() - 1)) + ", " + axis.count() + " cells, "
                + (axis.logarithmic() ? "log scale (equal ratios)" : "linear scale");
    }

    /**
     * Every cell as a table: the two values in the axes' units, the cheapest platform (empty where none),
     * the cell's state, and each platform's monthly cost (empty where it does not fit or has no price).
     */
    public static Table table(DecisionMap map) {
        map.requireEveryCost();
        DoubleColumn x = DoubleColumn.create(column(map, map.x()));
        DoubleColumn y = DoubleColumn.create(column(map, map.y()));
        StringColumn cheapest = StringColumn.create("cheapest");
        StringColumn state = StringColumn.create("state");
        List<DoubleColumn> costs = map.platforms().stream().map(DoubleColumn::create).toList();
        double xFactor = MapRegions.unit(map, map.x()).factor();
        double yFactor = MapRegions.unit(map, map.y()).factor();
        for (MapCell cell : map.cells()) {
            x.append(cell.x() * xFactor);
            y.append(cell.y() * yFactor);
            cheapest.append(cell.cheapest().orElse(""));
            state.append(cell.state().key());
            for (int p = 0; p < costs.size(); p++) {
                java.util.OptionalDouble cost = cell.outcome(map.platforms().get(p)).monthlyCost();
                if (cost.isPresent()) {
                    costs.get(p).append(cost.getAsDouble());
                } else {
                    costs.get(p).appendMissing();
                }
            }
        }
        Table table = Table.create("map", x, y, cheapest, state);
        costs.forEach(table::addColumns);
        return table;
    }

    /** A column title with the axis's unit: "rate (/s)", "duration (s)", "concurrency". */
    static String column(DecisionMap map, MapAxis axis) {
        String suffix = MapRegions.unit(map, axis).suffix().trim();
        return axis.variable().spelling() + (suffix.isEmpty() ? "" : " (" + suffix + ")");
    }

    public static String csv(DecisionMap map) {
        return CsvText.write(table(map));
    }

    public static String svg(DecisionMap map) {
        return MapChart.svg(map, "map", 960, 600, true);
    }

    public static byte[] png(DecisionMap map) {
        return MapChart.png(map, 1280, 800);
    }

    /** The chart and the map in words, as one self-contained page. */
    public static String html(DecisionMap map, RunInfo run) {
        return HtmlReport.document("costfit map: " + Html.escape(map.profile().name()), run, section(map, "map",
                "") + "<p class=\"muted\">Every cell with every platform's cost: <code>--format csv</code> or "
                + "<code>--format json</code>.</p>\n");
    }

    /** The chart and its reading, as an HTML fragment (also embedded in the recommend report). */
    static String section(DecisionMap map, String id, String note) {
        MapRegions regions = new MapRegions(map);
        StringBuilder out = new StringBuilder("<figure>").append(MapChart.svg(map, id, 900, 520, false))
                .append("<figcaption class=\"muted\">The cheapest platform that fits in each cell (platform cost, LLM "
                        + "tokens left out); hatched where nothing fits; ◆ this profile")
                .append(Html.escape(note)).append("</figcaption></figure>\n<ul>\n");
        readings(regions, map, "◆").forEach(r -> out.append("<li>").append(Html.escape(r)).append("</li>\n"));
        return out.append("</ul>\n").toString();
    }
}
