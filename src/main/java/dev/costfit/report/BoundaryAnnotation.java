package dev.costfit.report;

import dev.costfit.recommend.DecisionMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** The boundaries between regions of a map: every cell edge with a different region on its other side, one path. */
final class BoundaryAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    private final transient DecisionMap map;
    private final Color colour;

    BoundaryAnnotation(DecisionMap map, Color colour) {
        this.map = map;
        this.colour = colour;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Path2D.Double path = new Path2D.Double();
        int columns = map.x().count();
        int rows = map.y().count();
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                String here = map.cell(i, j).region();
                if (i + 1 < columns && !here.equals(map.cell(i + 1, j).region())) {
                    segment(path, i + 0.5, j - 0.5, i + 0.5, j + 0.5, plot, dataArea, domainAxis, rangeAxis);
                }
                if (j + 1 < rows && !here.equals(map.cell(i, j + 1).region())) {
                    segment(path, i - 0.5, j + 0.5, i + 0.5, j + 0.5, plot, dataArea, domainAxis, rangeAxis);
                }
            }
        }
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        g2.draw(path);
    }

    private static void segment(Path2D.Double path, double x0, double y0, double x1, double y1, XYPlot plot,
                                Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis) {
        path.moveTo(xAxis.valueToJava2D(x0, area, plot.getDomainAxisEdge()),
                yAxis.valueToJava2D(y0, area, plot.getRangeAxisEdge()));
        path.lineTo(xAxis.valueToJava2D(x1, area, plot.getDomainAxisEdge()),
                yAxis.valueToJava2D(y1, area, plot.getRangeAxisEdge()));
    }
}
