package dev.costfit.report;

import dev.costfit.recommend.DecisionMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Diagonal hatching over a set of cells (where nothing fits), drawn as one pattern clipped to their union, so the
 * lines run on unbroken across neighbouring cells and the SVG holds a few lines rather than a pattern per cell.
 */
final class HatchAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double SPACING = 7;

    private final transient List<DecisionMap.Spot> cells;
    private final Color colour;

    HatchAnnotation(List<DecisionMap.Spot> cells, Color colour) {
        this.cells = List.copyOf(cells);
        this.colour = colour;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        if (cells.isEmpty()) {
            return;
        }
        Area area = new Area();
        for (DecisionMap.Spot c : cells) {
            double x0 = domainAxis.valueToJava2D(c.column() - 0.5, dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.valueToJava2D(c.column() + 0.5, dataArea, plot.getDomainAxisEdge());
            double y0 = rangeAxis.valueToJava2D(c.row() - 0.5, dataArea, plot.getRangeAxisEdge());
            double y1 = rangeAxis.valueToJava2D(c.row() + 0.5, dataArea, plot.getRangeAxisEdge());
            area.add(new Area(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0),
                    Math.abs(y1 - y0))));
        }
        Shape saved = g2.getClip();
        g2.clip(area);
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(1f));
        Rectangle2D bounds = area.getBounds2D();
        // Lines at 45°, x + y = k × spacing: every line that crosses the bounds, from its lower left to upper right.
        double start = Math.floor((bounds.getMinX() + bounds.getMinY()) / SPACING) * SPACING;
        for (double k = start; k <= bounds.getMaxX() + bounds.getMaxY(); k += SPACING) {
            g2.draw(new Line2D.Double(k - bounds.getMaxY(), bounds.getMaxY(), k - bounds.getMinY(),
                    bounds.getMinY()));
        }
        g2.setClip(saved);
    }
}
