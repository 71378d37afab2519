package dev.costfit.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * XYBlockRenderer for a map's cells, row by row (item = row × columns + column), that fills each run of cells of
 * one region in a row as one block: a 60 × 40 map becomes a few hundred rectangles instead of 4,800 (JFreeChart
 * fills and outlines every block), and no seam shows between the cells of a region.
 */
final class RegionBlockRenderer extends XYBlockRenderer {

    private static final long serialVersionUID = 1L;
    /** Each block reaches this far (px) into the row above, drawn after it, so rows meet without a hairline. */
    private static final double OVERLAP = 1;

    private final int columns;

    RegionBlockRenderer(int columns) {
        this.columns = columns;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        XYZDataset cells = (XYZDataset) dataset;
        int column = item % columns;
        double region = cells.getZValue(series, item);
        if (column > 0 && cells.getZValue(series, item - 1) == region) {
            return; // drawn with the first cell of its run
        }
        int last = column;
        while (last + 1 < columns && cells.getZValue(series, item + last + 1 - column) == region) {
            last++;
        }
        Paint paint = getPaintScale().getPaint(region);
        if (paint instanceof Color c && c.getAlpha() == 0) {
            return;
        }
        double x = cells.getXValue(series, item);
        double y = cells.getYValue(series, item);
        double x0 = domainAxis.valueToJava2D(x - 0.5, dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(x + last - column + 0.5, dataArea, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(y - 0.5, dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(y + 0.5, dataArea, plot.getRangeAxisEdge());
        g2.setPaint(paint);
        g2.fill(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1) - OVERLAP, Math.abs(x1 - x0),
                Math.abs(y1 - y0) + OVERLAP));
    }
}
