package dev.costfit.report;

import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.SweepVariable;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A chart axis over a map's cells: plotted in cell positions (cell i centred on i, so blocks of width one tile the
 * plot whether the axis is linear or logarithmic), labelled with round values of the input at their true places.
 */
final class CellAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    private final transient MapAxis axis;
    private final transient SweepVariable.AxisUnit unit;

    CellAxis(String title, MapAxis axis, SweepVariable.AxisUnit unit) {
        super(title);
        this.axis = axis;
        this.unit = unit;
        setRange(-0.5, axis.count() - 0.5);
        setAutoRange(false);
    }

    /** Where a value of the input sits in cell positions. */
    double place(double value) {
        return axis.place(value);
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double from = axis.from() * unit.factor();
        double to = axis.to() * unit.factor();
        List<NumberTick> ticks = new ArrayList<>();
        for (double v : Ticks.between(from, to, axis.logarithmic(), vertical ? 8 : 10)) {
            ticks.add(new NumberTick(place(v / unit.factor()), unit.label(v),
                    vertical ? TextAnchor.CENTER_RIGHT : TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
        }
        return ticks;
    }
}
