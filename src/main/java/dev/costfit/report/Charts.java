package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Sweep;
import dev.costfit.recommend.SweepVariable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts drawn with JFreeChart into SVG (JFreeSVG), to be inlined in the HTML report: no network, no image files.
 * Colours are chosen to read on light and dark backgrounds alike; a platform has its colour of {@link MapPalette} in
 * every chart.
 */
final class Charts {

    static final Color TEXT = new Color(0x6e, 0x77, 0x81);
    static final Color GRID = new Color(0x8c, 0x95, 0x9f, 0x55);
    static final Color BAR = new Color(0x54, 0x76, 0xb5);
    static final Color BEFORE = new Color(0x9a, 0xa4, 0xb0);
    /** The recommended platform's bar's outline: the text's grey, which reads on light and dark pages. */
    static final Color CHOSEN_OUTLINE = new Color(0x6e, 0x77, 0x81);
    private static final int WIDTH = 720;
    private static final int ROW = 34;
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Pixels between stacked crossover labels. */
    private static final int LABEL_ROW = 15;
    /** About the plot's width in a 900-pixel chart, to tell when two labels would touch. */
    private static final double PLOT_WIDTH = 800;
    private static final Color NOTHING_FITS = new Color(0x8c, 0x95, 0x9f, 0x22);

    static {
        System.setProperty("java.awt.headless", "true");
        // JFreeChart draws rotated labels (the y axis title) through TextLayout by default, which SVG receives as
        // glyph outlines; plain drawString keeps them text that can be read, searched and scaled.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Charts() {
    }

    /**
     * Each platform's monthly cost for one profile, each bar in the platform's colour ({@link MapPalette}, as on the
     * map and the rate chart beside it); the recommended platform's bar outlined and its name in bold (a green bar
     * for it read as Amazon EKS, green on the map). Platforms that do not fit or cannot be priced are left out.
     */
    static String costs(ProfileResult result, String id) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Assessment> usable = result.assessments().stream().filter(Assessment::usable).toList();
        usable.forEach(a -> data.addValue(a.platformCost(), "monthly cost", a.platformName()));
        String chosen = result.recommendation().chosen().map(Assessment::platformName).orElse("");
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                Color colour = MapPalette.of(usable.get(column).platform()).colour();
                return colour == null ? BAR : colour;
            }

            @Override
            public Paint getItemOutlinePaint(int row, int column) {
                return data.getColumnKey(column).equals(chosen) ? CHOSEN_OUTLINE : null;
            }

            @Override
            public java.awt.Stroke getItemOutlineStroke(int row, int column) {
                return new BasicStroke(2.5f);
            }
        };
        return draw(data, renderer, Math.max(1, usable.size()), id, false, chosen);
    }

    /** Before and after, per platform, for a profile that changed. */
    static String beforeAfter(ProfileDiff diff, String id) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int rows = 0;
        for (ProfileDiff.PlatformChange p : diff.platforms()) {
            if (p.before().isPresent() || p.after().isPresent()) {
                data.addValue(p.before().isPresent() ? p.before().getAsDouble() : null, "before", p.name());
                data.addValue(p.after().isPresent() ? p.after().getAsDouble() : null, "after", p.name());
                rows++;
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, BEFORE);
        renderer.setSeriesPaint(1, BAR);
        return draw(data, renderer, Math.max(1, rows) * 2, id, true, "");
    }

    /** @param bold the category whose name is drawn in bold (the recommended platform), "" for none */
    private static String draw(DefaultCategoryDataset data, BarRenderer renderer, int bars, String id,
                               boolean legend, String bold) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(FONT);
        if (!bold.isEmpty()) {
            categories.setTickLabelFont(bold, FONT.deriveFont(Font.BOLD));
        }
        categories.setTickLabelPaint(TEXT);
        categories.setAxisLinePaint(GRID);
        categories.setTickMarksVisible(false);
        NumberAxis dollars = new NumberAxis("USD a month");
        dollars.setLabelFont(FONT);
        dollars.setLabelPaint(TEXT);
        dollars.setTickLabelFont(FONT);
        dollars.setTickLabelPaint(TEXT);
        dollars.setAxisLinePaint(GRID);
        dollars.setNumberFormatOverride(money());
        dollars.setUpperMargin(0.18);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        // An outline only around the recommended bar (its renderer gives none, null, for the others).
        renderer.setDrawBarOutline(!bold.isEmpty());
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", money()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(FONT);
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setItemMargin(0.05);
        // Horizontal bars: the amount just past the end of each bar.
        renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        CategoryPlot plot = new CategoryPlot(data, categories, dollars, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(null, FONT, plot, legend);
        chart.setBackgroundPaint(null);
        chart.setAntiAlias(true);
        if (legend) {
            chart.getLegend().setItemFont(FONT);
            chart.getLegend().setItemPaint(TEXT);
            chart.getLegend().setBackgroundPaint(null);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return svg(chart, id, WIDTH, 70 + ROW * bars);
    }

    /**
     * A chart as an inline SVG element: ids prefixed so several charts share a page, coordinates to 0.01 px (a
     * double's 17 digits would triple the size for nothing a screen can show), scalable.
     */
    static String svg(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix(id + "-");
        svg.setGeomDoubleConverter(Charts::twoDecimals);
        svg.setTransformDoubleConverter(Charts::twoDecimals);
        chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
        // The view box lets a narrower page (print, a phone) scale the chart down instead of cutting it off.
        return svg.getSVGElement(id, true, new org.jfree.svg.ViewBox(0, 0, width, height), null, null);
    }

    private static String twoDecimals(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /**
     * A sweep as lines, one per platform, with gaps where it does not fit; log axes where the values span orders of
     * magnitude; crossovers and the profile's own value marked.
     */
    static JFreeChart sweep(Sweep sweep, String title) {
        SweepVariable.AxisUnit unit = SweepReport.unit(sweep);
        org.jfree.data.xy.XYSeriesCollection data = new org.jfree.data.xy.XYSeriesCollection();
        List<String> drawn = drawn(sweep);
        for (String platform : drawn) {
            org.jfree.data.xy.XYSeries line = new org.jfree.data.xy.XYSeries(sweep.name(platform), false, true);
            double[] costs = SweepReport.costs(sweep, platform);
            for (int i = 0; i < costs.length; i++) {
                // A null y is a gap in the line: the platform does not fit there.
                line.add(sweep.points().get(i).value() * unit.factor(), costs[i] > 0 ? Double.valueOf(costs[i]) : null);
            }
            data.addSeries(line);
        }
        SweepVariable variable = sweep.variable();
        String axisTitle = SweepReport.axisTitle(sweep);
        // LogarithmicAxis rather than LogAxis: its tick labels are plain strings, which SVG keeps as text, where
        // LogAxis draws attributed strings as glyph outlines (kilobytes per label).
        NumberAxis x = variable.logarithmic() ? logAxis(axisTitle) : new NumberAxis(axisTitle);
        x.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        if (!variable.logarithmic()) {
            x.setAutoRangeIncludesZero(false);
        }
        // Log only where the costs span orders of magnitude (as the terminal chart): within one, a linear axis
        // from zero shows the differences honestly and keeps its labels.
        NumberAxis y = Ticks.logarithmic(costSpan(sweep)) ? logAxis("USD a month") : new NumberAxis("USD a month");
        y.setNumberFormatOverride(new DecimalFormat("$#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        for (NumberAxis axis : List.of(x, y)) {
            axis.setLabelFont(FONT);
            axis.setLabelPaint(TEXT);
            axis.setTickLabelFont(FONT);
            axis.setTickLabelPaint(TEXT);
            axis.setAxisLinePaint(GRID);
        }
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true); // one path per platform, broken where it does not fit
        // Each platform in its own colour and dash, as on the map: not by its place among the series drawn.
        for (int i = 0; i < drawn.size(); i++) {
            renderer.setSeriesPaint(i, MapPalette.of(drawn.get(i)).colour());
            renderer.setSeriesStroke(i, MapPalette.line(drawn.get(i)));
        }
        // Long enough in the legend for each dash pattern to show.
        renderer.setLegendLine(new java.awt.geom.Line2D.Double(-16, 0, 16, 0));
        org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        List<LabelPlace> places = labelPlaces(sweep);
        for (int i = 0; i < sweep.crossovers().size(); i++) {
            Sweep.Crossover c = sweep.crossovers().get(i);
            org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(c.value() * unit.factor(), TEXT,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            m.setLabel(SweepReport.at(sweep, c.value()));
            m.setLabelFont(FONT);
            m.setLabelPaint(TEXT);
            boolean left = places.get(i).left();
            m.setLabelAnchor(left ? org.jfree.chart.ui.RectangleAnchor.TOP_LEFT
                    : org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(left ? org.jfree.chart.ui.TextAnchor.TOP_RIGHT
                    : org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2 + LABEL_ROW * places.get(i).row(), 2, 2, 2));
            m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            plot.addDomainMarker(m);
        }
        // Where no platform fits, shaded and said, so an empty stretch of the chart is not read as missing data.
        for (double[] range : nothingFits(sweep, unit)) {
            org.jfree.chart.plot.IntervalMarker none = new org.jfree.chart.plot.IntervalMarker(range[0], range[1],
                    NOTHING_FITS);
            none.setLabel("no platform fits");
            none.setLabelFont(FONT);
            none.setLabelPaint(TEXT);
            none.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.CENTER);
            none.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.CENTER);
            none.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            plot.addDomainMarker(none, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        org.jfree.chart.plot.ValueMarker here = new org.jfree.chart.plot.ValueMarker(variable.current(
                sweep.profile()) * unit.factor(), TEXT, new BasicStroke(1.5f));
        here.setLabel("this profile");
        here.setLabelFont(FONT);
        here.setLabelPaint(TEXT);
        here.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        here.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
        here.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(here);
        JFreeChart chart = new JFreeChart(null, FONT, plot, true);
        // Inline in the HTML report the page's background shows through (light or dark); a standalone chart has
        // its own, and says what it shows.
        chart.setBackgroundPaint(title == null ? null : Color.WHITE);
        if (title != null) {
            chart.setTitle(new org.jfree.chart.title.TextTitle(title, FONT.deriveFont(Font.BOLD, 14f),
                    new Color(0x24, 0x29, 0x2f), org.jfree.chart.ui.RectangleEdge.TOP,
                    org.jfree.chart.ui.HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.TOP,
                    new org.jfree.chart.ui.RectangleInsets(8, 8, 2, 8)));
            chart.addSubtitle(new org.jfree.chart.title.TextTitle("platform cost (LLM tokens left out), each "
                    + "platform on its cheapest setting" + (sweep.crossovers().isEmpty() ? ""
                    : "; dashed verticals: where the cheapest platform changes"),
                    FONT, TEXT, org.jfree.chart.ui.RectangleEdge.TOP, org.jfree.chart.ui.HorizontalAlignment.LEFT,
                    org.jfree.chart.ui.VerticalAlignment.TOP, new org.jfree.chart.ui.RectangleInsets(0, 8, 6, 8)));
        }
        chart.getLegend().setItemFont(FONT);
        chart.getLegend().setItemPaint(TEXT);
        chart.getLegend().setBackgroundPaint(null);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    /** The largest cost of the sweep over the smallest (both positive), 1 when there are none. */
    private static double costSpan(Sweep sweep) {
        java.util.DoubleSummaryStatistics costs = sweep.points().stream().flatMap(p -> p.costs().values().stream())
                .filter(c -> c.isPresent() && c.getAsDouble() > 0).mapToDouble(c -> c.getAsDouble())
                .summaryStatistics();
        return costs.getCount() == 0 ? 1 : costs.getMax() / costs.getMin();
    }

    private static NumberAxis logAxis(String label) {
        org.jfree.chart.axis.LogarithmicAxis axis = new org.jfree.chart.axis.LogarithmicAxis(label) {
            private static final long serialVersionUID = 1L;

            /**
             * The axis's own format ("0.###", no thousands separators) where its range reaches below 1, which
             * JFreeChart forces then: the format set on the axis instead, so that a rate axis reads "1,000", as
             * every other output does.
             */
            @Override
            protected String makeTickLabel(double value, boolean forceFormat) {
                java.text.NumberFormat set = getNumberFormatOverride();
                return set != null ? set.format(value) : super.makeTickLabel(value, forceFormat);
            }
        };
        axis.setStrictValuesFlag(false); // a gap (null) or a zero is not an error, just not drawn
        return axis;
    }

    /** @param title the chart's title when it stands alone (then on a white background); null inline */
    static String sweepSvg(Sweep sweep, String id, int width, int height, String title) {
        return svg(sweep(sweep, title), id, width, height);
    }

    static byte[] sweepPng(Sweep sweep, int width, int height, String title) {
        JFreeChart chart = sweep(sweep, title);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            org.jfree.chart.ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The platforms the chart draws a line of: those with a cost at two points in a row somewhere (a line needs two;
     * a positive cost, as a log axis needs). A legend entry for a platform with no line (GPU inference's functions,
     * which fit nowhere along the sweep) named a line the chart does not have.
     */
    static List<String> drawn(Sweep sweep) {
        List<String> out = new java.util.ArrayList<>();
        for (String platform : sweep.platforms()) {
            double[] costs = SweepReport.costs(sweep, platform);
            for (int i = 1; i < costs.length; i++) {
                if (costs[i - 1] > 0 && costs[i] > 0) {
                    out.add(platform);
                    break;
                }
            }
        }
        return out;
    }

    /** Where a crossover's label goes: its row from the top, and whether left of its line (else right of it). */
    record LabelPlace(int row, boolean left) {}

    /**
     * Where each crossover's label goes: right of its line, or left of it where the profile's own line would run
     * through it on the right (the labels have no background, so that the page shows through) and not on the left;
     * in the first row from the top where it does not run into a label before it (labels are about 7 px a character
     * on a plot about 800 px wide), so that crossovers close together are stacked instead of drawn over each other.
     */
    static List<LabelPlace> labelPlaces(Sweep sweep) {
        List<Sweep.Crossover> crossovers = sweep.crossovers();
        List<LabelPlace> places = new java.util.ArrayList<>();
        List<Double> rowEnds = new java.util.ArrayList<>();
        double first = sweep.points().get(0).value();
        double last = sweep.points().get(sweep.points().size() - 1).value();
        boolean log = sweep.variable().logarithmic() && first > 0;
        java.util.function.DoubleUnaryOperator across = v -> log ? Math.log(v / first) / Math.log(last / first)
                : (v - first) / (last - first);
        double own = across.applyAsDouble(sweep.variable().current(sweep.profile()));
        for (Sweep.Crossover c : crossovers) {
            double at = across.applyAsDouble(c.value());
            double width = (SweepReport.at(sweep, c.value()).length() * 7.0 + 8) / PLOT_WIDTH;
            boolean crossedRight = own > at && own < at + width;
            boolean left = crossedRight && at - width >= 0 && !(own > at - width && own < at);
            double start = left ? at - width : at;
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > start) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(start + width);
            } else {
                rowEnds.set(row, start + width);
            }
            places.add(new LabelPlace(row, left));
        }
        return places;
    }

    /** The stretches of the sweep, in axis units, where no platform fits: from the point before to the point after. */
    private static List<double[]> nothingFits(Sweep sweep, SweepVariable.AxisUnit unit) {
        List<double[]> ranges = new java.util.ArrayList<>();
        List<Sweep.Point> points = sweep.points();
        for (int i = 0; i < points.size(); i++) {
            if (!points.get(i).cheapest().equals(Sweep.NONE)) {
                continue;
            }
            int end = i;
            while (end + 1 < points.size() && points.get(end + 1).cheapest().equals(Sweep.NONE)) {
                end++;
            }
            double from = i == 0 ? points.get(0).value() : crossingBefore(sweep, points.get(i).value());
            ranges.add(new double[] {from * unit.factor(), points.get(end).value() * unit.factor()});
            i = end;
        }
        return ranges;
    }

    /** The crossover just below a value (where the stretch it is in begins), or the value itself. */
    private static double crossingBefore(Sweep sweep, double value) {
        double at = value;
        for (Sweep.Crossover c : sweep.crossovers()) {
            if (c.value() <= value) {
                at = c.value();
            }
        }
        return at;
    }

    private static DecimalFormat money() {
        return new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
