package dev.costfit.report;

import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The words on a map, laid out in pixels when the chart is drawn ({@link LabelPlacement}) so that none covers
 * another, the profile's marker, or is cut off at the plot's edge:
 * <ul>
 * <li>where the boundaries cross the profile's row and column, each labelled with the values of the two cells it
 * runs between ("41.7–66.9/s": the grid's resolution, not a value found more precisely), above the row or below it,
 * right of the column or left; boundaries too close together for a label each share one, over the cells they span
 * ("8,810–22,500/s: 6 changes");</li>
 * <li>then each region's name, at the first of its cells (farthest from its edge first) where it has room and
 * covers only its own region's cells, and nowhere where it has none.</li>
 * </ul>
 */
final class MapLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    /** Space between a label's text and its background's edge, and between a label and the cells it names. */
    private static final double PAD = 2;

    /** A region's key and name, and the cells it may stand at, best first (as indices into the map's cells). */
    record Name(String key, String text, int[] cells) {}

    private final transient DecisionMap map;
    private final transient MapRegions regions;
    private final transient List<Name> names;
    private final ProfileMarker marker;
    private final Font small;
    private final Font bold;

    /** @param marker the profile's marker, where the map has the profile's cell; null where it has not */
    MapLabels(DecisionMap map, MapRegions regions, List<Name> names, ProfileMarker marker, Font small, Font bold) {
        this.map = map;
        this.regions = regions;
        this.names = List.copyOf(names);
        this.marker = marker;
        this.small = small;
        this.bold = bold;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        LabelPlacement placement = new LabelPlacement(dataArea);
        DoubleUnaryOperator xAt = v -> domainAxis.valueToJava2D(v, dataArea, plot.getDomainAxisEdge());
        DoubleUnaryOperator yAt = v -> rangeAxis.valueToJava2D(v, dataArea, plot.getRangeAxisEdge());
        if (marker != null) {
            List<Rectangle2D> footprint = marker.footprint(g2, plot, dataArea, domainAxis, rangeAxis);
            footprint.forEach(placement::reserve);
            crossings(g2, placement, footprint, map.own().orElseThrow(), map.ownPlace().orElseThrow(), dataArea, xAt,
                    yAt);
        }
        g2.setFont(bold);
        FontMetrics metrics = g2.getFontMetrics();
        double height = metrics.getAscent() + metrics.getDescent() + 2 * PAD;
        int columns = map.x().count();
        DoubleUnaryOperator columnAt = px -> domainAxis.java2DToValue(px, dataArea, plot.getDomainAxisEdge());
        DoubleUnaryOperator rowAt = py -> rangeAxis.java2DToValue(py, dataArea, plot.getRangeAxisEdge());
        for (Name name : names) {
            double width = metrics.stringWidth(name.text()) + 2 * PAD;
            for (int k : name.cells()) {
                Rectangle2D box = new Rectangle2D.Double(xAt.applyAsDouble(k % columns) - width / 2,
                        yAt.applyAsDouble(k / columns) - height / 2, width, height);
                // A name stands over its own region's cells only, not over a boundary into another's.
                if (over(name.key(), box, columnAt, rowAt) && placement.place(List.of(box)).isPresent()) {
                    draw(g2, metrics, box, name.text());
                    break;
                }
            }
        }
    }

    /** Whether every cell a box covers, even in part, is in region {@code key}. */
    private boolean over(String key, Rectangle2D box, DoubleUnaryOperator columnAt, DoubleUnaryOperator rowAt) {
        int[] columns = cellRange(columnAt.applyAsDouble(box.getMinX()), columnAt.applyAsDouble(box.getMaxX()),
                map.x().count());
        int[] rows = cellRange(rowAt.applyAsDouble(box.getMinY()), rowAt.applyAsDouble(box.getMaxY()),
                map.y().count());
        for (int j = rows[0]; j <= rows[1]; j++) {
            for (int i = columns[0]; i <= columns[1]; i++) {
                if (!map.cell(i, j).region().equals(key)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The cells from one position to another along an axis (cell k spans k − 0.5 to k + 0.5), within the map. */
    private static int[] cellRange(double from, double to, int count) {
        int low = (int) Math.round(Math.min(from, to));
        int high = (int) Math.round(Math.max(from, to));
        return new int[] {Math.max(0, low), Math.min(count - 1, high)};
    }

    /**
     * The labels along the profile's row and column (the cells that hold its values), clear of its marker
     * ({@code footprint}), drawn at the values' exact place.
     */
    private void crossings(Graphics2D g2, LabelPlacement placement, List<Rectangle2D> footprint, DecisionMap.Spot own,
                           DecisionMap.Place at, Rectangle2D dataArea, DoubleUnaryOperator xAt,
                           DoubleUnaryOperator yAt) {
        g2.setFont(small);
        FontMetrics metrics = g2.getFontMetrics();
        double height = metrics.getAscent() + metrics.getDescent() + 2 * PAD;
        double cx = xAt.applyAsDouble(at.x());
        double cy = yAt.applyAsDouble(at.y());
        // Labels keep half a cell clear of the profile's row and column, and clear of its marker, whichever reaches
        // further.
        double reachY = Math.abs(yAt.applyAsDouble(at.y() + 0.5) - cy);
        for (Rectangle2D box : footprint) {
            reachY = Math.max(reachY, Math.max(cy - box.getMinY(), box.getMaxY() - cy));
        }
        // Across, the diamond alone (the footprint's first box): the column's labels may stand beside the words.
        double reachX = Math.max(Math.abs(xAt.applyAsDouble(at.x() + 0.5) - cx), cx - footprint.get(0).getMinX());
        double above = cy - reachY - PAD - height;
        double below = cy + reachY + PAD;

        // Along the row: above the profile's cells, else below them; a lane further out where neither has room.
        int[] acrossRow = lastsBefore(regions.alongRow(own.row()));
        BiFunction<Integer, Integer, Rectangle2D.Double> rowBox = (from, to) -> {
            double width = metrics.stringWidth(text(map.x(), acrossRow, from, to)) + 2 * PAD;
            double centre = (xAt.applyAsDouble(acrossRow[from] + 0.5) + xAt.applyAsDouble(acrossRow[to] + 0.5)) / 2;
            return new Rectangle2D.Double(within(centre - width / 2, dataArea.getMinX(), dataArea.getMaxX() - width),
                    above, width, height);
        };
        for (LabelPlacement.Run run : placement.alongLine(acrossRow.length, true, (from, to) -> {
            Rectangle2D box = rowBox.apply(from, to);
            return List.of(box, movedY(box, below));
        }, (from, to) -> {
            Rectangle2D box = rowBox.apply(from, to);
            return List.of(movedY(box, above - height - PAD), movedY(box, below + height + PAD));
        })) {
            draw(g2, metrics, run.box(), text(map.x(), acrossRow, run.from(), run.to()));
        }

        // Along the column: right of the profile's cells, else left of them.
        int[] acrossColumn = lastsBefore(regions.alongColumn(own.column()));
        BiFunction<Integer, Integer, Rectangle2D.Double> columnBox = (from, to) -> {
            double width = metrics.stringWidth(text(map.y(), acrossColumn, from, to)) + 2 * PAD;
            double centre = (yAt.applyAsDouble(acrossColumn[from] + 0.5)
                    + yAt.applyAsDouble(acrossColumn[to] + 0.5)) / 2;
            return new Rectangle2D.Double(cx + reachX + PAD,
                    within(centre - height / 2, dataArea.getMinY(), dataArea.getMaxY() - height), width, height);
        };
        // Right of the column first, then left of it.
        BiFunction<Integer, Integer, List<Rectangle2D>> sides = (from, to) -> {
            Rectangle2D right = columnBox.apply(from, to);
            return List.of(right, new Rectangle2D.Double(cx - reachX - PAD - right.getWidth(), right.getY(),
                    right.getWidth(), height));
        };
        // Where neither side has room, a label slides along the column, a label's height or two up or down.
        BiFunction<Integer, Integer, List<Rectangle2D>> slid = (from, to) -> {
            List<Rectangle2D> here = sides.apply(from, to);
            List<Rectangle2D> out = new ArrayList<>();
            for (double shift : new double[] {-height, height, -2 * height, 2 * height}) {
                for (Rectangle2D side : here) {
                    out.add(movedY(side, side.getY() + shift));
                }
            }
            return out;
        };
        for (LabelPlacement.Run run : placement.alongLine(acrossColumn.length, false, sides, slid)) {
            draw(g2, metrics, run.box(), text(map.y(), acrossColumn, run.from(), run.to()));
        }
    }

    private static Rectangle2D movedY(Rectangle2D box, double y) {
        return new Rectangle2D.Double(box.getX(), y, box.getWidth(), box.getHeight());
    }

    private static double within(double value, double least, double most) {
        return Math.max(least, Math.min(value, most));
    }

    /** For each boundary along a line, the last cell before it. */
    private static int[] lastsBefore(List<MapRegions.Stretch> stretches) {
        int[] lasts = new int[Math.max(0, stretches.size() - 1)];
        for (int k = 0; k < lasts.length; k++) {
            lasts[k] = stretches.get(k).last();
        }
        return lasts;
    }

    /**
     * One boundary's label, the two cells it runs between; several boundaries' label, the cells from before the
     * first to after the last, and how many.
     */
    private String text(MapAxis axis, int[] lasts, int from, int to) {
        return from == to ? regions.between(axis, lasts[from], lasts[from] + 1)
                : regions.between(axis, lasts[from], lasts[to] + 1) + ": " + (to - from + 1) + " changes";
    }

    private static void draw(Graphics2D g2, FontMetrics metrics, Rectangle2D box, String text) {
        g2.setPaint(MapChart.LABEL_BACKGROUND);
        g2.fill(box);
        g2.setPaint(MapChart.INK);
        g2.drawString(text, (float) (box.getMinX() + PAD), (float) (box.getMinY() + PAD + metrics.getAscent()));
    }
}
