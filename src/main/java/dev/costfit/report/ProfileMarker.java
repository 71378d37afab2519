package dev.costfit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The profile's own values on a map, at their exact place: a diamond of a fixed size in pixels (a shape in data
 * units would stretch with the cells), and the words "this profile" beside it, on whichever side has room.
 */
final class ProfileMarker extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double HALF = 7;
    private static final String TEXT = "this profile";

    private final double x;
    private final double y;
    private final Font font;

    /** @param x the profile's place along the x axis, in cell positions ({@code DecisionMap.ownPlace}) */
    ProfileMarker(double x, double y, Font font) {
        this.x = x;
        this.y = y;
        this.font = font;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double cx = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double cy = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(cx, cy - HALF);
        diamond.lineTo(cx + HALF, cy);
        diamond.lineTo(cx, cy + HALF);
        diamond.lineTo(cx - HALF, cy);
        diamond.closePath();
        g2.setPaint(Color.WHITE);
        g2.fill(diamond);
        g2.setPaint(MapChart.INK);
        g2.setStroke(new BasicStroke(2f));
        g2.draw(diamond);
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        Rectangle2D label = labelBox(metrics, cx, cy, dataArea);
        g2.setPaint(MapChart.LABEL_BACKGROUND);
        g2.fill(label);
        g2.setPaint(MapChart.INK);
        g2.drawString(TEXT, (float) (label.getMinX() + 2), (float) (cy + metrics.getAscent() / 2.0 - 1));
    }

    /** Where the marker and its words are drawn, in pixels, the diamond first: other labels keep clear of them. */
    List<Rectangle2D> footprint(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                                ValueAxis rangeAxis) {
        double cx = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double cy = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        Rectangle2D diamond = new Rectangle2D.Double(cx - HALF - 1, cy - HALF - 1, 2 * HALF + 2, 2 * HALF + 2);
        return List.of(diamond, labelBox(g2.getFontMetrics(font), cx, cy, dataArea));
    }

    /** The words' background: right of the diamond where they fit inside the area, else left of it. */
    private static Rectangle2D labelBox(FontMetrics metrics, double cx, double cy, Rectangle2D dataArea) {
        double width = metrics.stringWidth(TEXT);
        boolean right = cx + HALF + 4 + width + 4 <= dataArea.getMaxX();
        double left = right ? cx + HALF + 4 : cx - HALF - 4 - width;
        return new Rectangle2D.Double(left - 2, cy - metrics.getAscent() / 2.0 - 2, width + 4,
                metrics.getAscent() + 4);
    }
}
