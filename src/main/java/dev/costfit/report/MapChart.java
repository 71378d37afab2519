package dev.costfit.report;

import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A decision map as a chart (JFreeChart's XYBlockRenderer): one block per cell in its region's colour, hatching
 * where nothing fits, the boundaries between regions drawn and each region named where it is widest, the profile
 * marked, and along its row and column the values where the boundaries cross them.
 */
final class MapChart {

    /** Text and lines drawn over the regions: dark on a light label background, whatever the page's theme. */
    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 215);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** A region is named only where it is at least this many cells from its edge: a name needs room. */
    private static final int ROOM_FOR_A_NAME = 2;

    private MapChart() {
    }

    static String svg(DecisionMap map, String id, int width, int height, boolean titled) {
        return Charts.svg(chart(map, titled), id, width, height);
    }

    static byte[] png(DecisionMap map, int width, int height) {
        JFreeChart chart = chart(map, true);
        chart.setBackgroundPaint(Color.WHITE);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            org.jfree.chart.ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JFreeChart chart(DecisionMap map, boolean titled) {
        MapRegions regions = new MapRegions(map);
        List<MapRegions.Region> present = regions.present();
        List<String> keys = present.stream().map(MapRegions.Region::key).toList();
        int columns = map.x().count();
        int rows = map.y().count();
        double[][] cells = new double[3][columns * rows];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                int k = j * columns + i;
                cells[0][k] = i;
                cells[1][k] = j;
                cells[2][k] = keys.indexOf(map.cell(i, j).region());
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", cells);
        LookupPaintScale paints = new LookupPaintScale(-0.5, Math.max(0.5, keys.size() - 0.5), new Color(0, 0, 0, 0));
        for (int k = 0; k < keys.size(); k++) {
            Color c = MapPalette.of(keys.get(k)).colour();
            paints.add(k - 0.5, c == null ? new Color(0, 0, 0, 0) : c);
        }
        XYBlockRenderer renderer = new RegionBlockRenderer(columns);
        renderer.setPaintScale(paints);
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        CellAxis x = axis(regions.title(map.x()), map, map.x());
        CellAxis y = axis(regions.title(map.y()), map, map.y());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(null);
        plot.setOutlinePaint(Charts.GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.addAnnotation(new HatchAnnotation(hatched(map), MapPalette.HATCH));
        plot.addAnnotation(new BoundaryAnnotation(map, INK));
        // The profile at its own values, not at the centre of the cell that holds them: the axes are continuous, and
        // a centre can be half a cell off, in another platform's region (chat-api's 20/s, halfway between two
        // columns of an even grid, was drawn at 25.5/s, where Lambda Managed Instances is the cheapest).
        ProfileMarker marker = map.ownPlace().map(o -> new ProfileMarker(o.x(), o.y(), LABEL)).orElse(null);
        map.ownPlace().ifPresent(o -> {
            // The profile's row and column, dashed: the boundaries' values are labelled where they cross them.
            plot.addDomainMarker(new ValueMarker(o.x(), INK, dashed()));
            plot.addRangeMarker(new ValueMarker(o.y(), INK, dashed()));
        });
        plot.addAnnotation(new MapLabels(map, regions, names(map, regions, keys), marker, SMALL, LABEL));
        if (marker != null) {
            plot.addAnnotation(marker);
        }
        plot.setFixedLegendItems(legend(map, regions, present));
        JFreeChart chart = new JFreeChart(null, Charts.FONT, plot, true);
        chart.setBackgroundPaint(null);
        chart.setAntiAlias(true);
        chart.getLegend().setItemFont(Charts.FONT);
        chart.getLegend().setItemPaint(Charts.TEXT);
        chart.getLegend().setBackgroundPaint(null);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        if (titled) {
            TextTitle title = new TextTitle(map.profile().name() + ": the cheapest platform that fits",
                    new Font(Font.SANS_SERIF, Font.BOLD, 14));
            title.setPaint(Charts.TEXT);
            chart.setTitle(title);
        }
        return chart;
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f);
    }

    private static CellAxis axis(String title, DecisionMap map, MapAxis axis) {
        CellAxis out = new CellAxis(title, axis, MapRegions.unit(map, axis));
        out.setLabelFont(Charts.FONT);
        out.setLabelPaint(Charts.TEXT);
        out.setTickLabelFont(Charts.FONT);
        out.setTickLabelPaint(Charts.TEXT);
        out.setAxisLinePaint(Charts.GRID);
        return out;
    }

    private static List<DecisionMap.Spot> hatched(DecisionMap map) {
        List<DecisionMap.Spot> out = new ArrayList<>();
        for (int j = 0; j < map.y().count(); j++) {
            for (int i = 0; i < map.x().count(); i++) {
                if (MapPalette.hatched(map.cell(i, j).region())) {
                    out.add(new DecisionMap.Spot(i, j));
                }
            }
        }
        return out;
    }

    /**
     * Each region's name and the cells it may stand at: those farthest from any other region and from the map's
     * edge first (a breadth-first distance over the cells), the first of equals lowest, and only where that leaves
     * room for it.
     */
    private static List<MapLabels.Name> names(DecisionMap map, MapRegions regions, List<String> keys) {
        int columns = map.x().count();
        int rows = map.y().count();
        int[] distance = new int[columns * rows];
        Arrays.fill(distance, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                if (i == 0 || j == 0 || i == columns - 1 || j == rows - 1 || differs(map, i, j)) {
                    distance[j * columns + i] = 1;
                    queue.add(j * columns + i);
                }
            }
        }
        while (!queue.isEmpty()) {
            int k = queue.poll();
            int i = k % columns;
            int j = k / columns;
            for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int ni = i + d[0];
                int nj = j + d[1];
                if (ni >= 0 && nj >= 0 && ni < columns && nj < rows && distance[nj * columns + ni] < 0) {
                    distance[nj * columns + ni] = distance[k] + 1;
                    queue.add(nj * columns + ni);
                }
            }
        }
        List<MapLabels.Name> out = new ArrayList<>();
        for (String key : keys) {
            int[] cells = java.util.stream.IntStream.range(0, distance.length)
                    .filter(k -> distance[k] > ROOM_FOR_A_NAME && map.cells().get(k).region().equals(key))
                    .boxed().sorted((a, b) -> Integer.compare(distance[b], distance[a]))
                    .mapToInt(Integer::intValue).toArray();
            if (cells.length > 0) {
                out.add(new MapLabels.Name(key, regions.label(key), cells));
            }
        }
        return out;
    }

    private static boolean differs(DecisionMap map, int i, int j) {
        String here = map.cell(i, j).region();
        return !map.cell(i - 1, j).region().equals(here) || !map.cell(i + 1, j).region().equals(here)
                || !map.cell(i, j - 1).region().equals(here) || !map.cell(i, j + 1).region().equals(here);
    }

    private static LegendItemCollection legend(DecisionMap map, MapRegions regions,
                                               List<MapRegions.Region> present) {
        LegendItemCollection items = new LegendItemCollection();
        for (MapRegions.Region r : present) {
            Color c = MapPalette.of(r.key()).colour();
            String label = r.label() + (MapPalette.hatched(r.key()) ? " (hatched)" : "") + " " + regions.share(r);
            LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12),
                    c == null ? Color.WHITE : c, new BasicStroke(1f), Charts.GRID);
            item.setLabelPaint(Charts.TEXT);
            item.setLabelFont(Charts.FONT);
            items.add(item);
        }
        if (map.own().isPresent()) {
            java.awt.geom.Path2D.Double diamond = new java.awt.geom.Path2D.Double();
            diamond.moveTo(0, -6);
            diamond.lineTo(6, 0);
            diamond.lineTo(0, 6);
            diamond.lineTo(-6, 0);
            diamond.closePath();
            LegendItem own = new LegendItem("this profile", null, null, null, diamond, Color.WHITE,
                    new BasicStroke(2f), INK);
            own.setLabelPaint(Charts.TEXT);
            own.setLabelFont(Charts.FONT);
            items.add(own);
        }
        return items;
    }
}
