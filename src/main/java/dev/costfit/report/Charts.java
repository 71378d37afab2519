package dev.costfit.report;

import dev.costfit.platform.Assessment;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileResult;
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
 * Colours are chosen to read on light and dark backgrounds alike; the recommended platform's bar is green.
 */
final class Charts {

    static final Color TEXT = new Color(0x6e, 0x77, 0x81);
    static final Color GRID = new Color(0x8c, 0x95, 0x9f, 0x55);
    static final Color BAR = new Color(0x54, 0x76, 0xb5);
    static final Color CHOSEN = new Color(0x2d, 0xa4, 0x4e);
    static final Color BEFORE = new Color(0x9a, 0xa4, 0xb0);
    private static final int WIDTH = 720;
    private static final int ROW = 34;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** Each platform's monthly cost for one profile; platforms that do not fit or cannot be priced are left out. */
    static String costs(ProfileResult result, String id) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Assessment> usable = result.assessments().stream().filter(Assessment::usable).toList();
        usable.forEach(a -> data.addValue(a.platformCost(), "monthly cost", a.platformName()));
        String chosen = result.recommendation().chosen().map(Assessment::platformName).orElse("");
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return data.getColumnKey(column).equals(chosen) ? CHOSEN : BAR;
            }
        };
        return draw(data, renderer, Math.max(1, usable.size()), id, false);
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
        return draw(data, renderer, Math.max(1, rows) * 2, id, true);
    }

    private static String draw(DefaultCategoryDataset data, BarRenderer renderer, int bars, String id,
                               boolean legend) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(FONT);
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
        renderer.setDrawBarOutline(false);
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
        int height = 70 + ROW * bars;
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        svg.setDefsKeyPrefix(id + "-");
        chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, height));
        return svg.getSVGElement(id, true, null, null, null);
    }

    private static DecimalFormat money() {
        return new DecimalFormat("$#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
