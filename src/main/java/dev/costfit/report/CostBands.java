package dev.costfit.report;

import dev.costfit.recommend.RangeAnalysis;
import dev.costfit.units.Money;
import java.util.List;
import java.util.Locale;

/**
 * The --ranges chart: per platform, a band from its P10 to its P90 monthly cost with a mark at the P50, on one
 * linear scale from $0, drawn as inline SVG (a few shapes: no chart library needed, and the same bytes every run).
 */
final class CostBands {

    private static final int WIDTH = 720;
    private static final int LABEL = 200;
    private static final int ROW = 30;
    private static final int TOP = 10;
    private static final int AXIS = 30;

    private CostBands() {
    }

    static String svg(RangeAnalysis r) {
        List<RangeAnalysis.Spread> shown = r.spreads().stream().filter(s -> s.p90().isPresent()).toList();
        if (shown.isEmpty()) {
            return "";
        }
        double top = shown.stream().mapToDouble(s -> s.p90().getAsDouble()).max().orElse(1);
        double scale = top > 0 ? (WIDTH - LABEL - 20) / top : 0;
        int height = TOP + ROW * shown.size() + AXIS;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\"><title>Monthly cost from P10 to P90 per platform, P50 marked</title>\n");
        for (int i = 0; i < shown.size(); i++) {
            RangeAnalysis.Spread s = shown.get(i);
            double y = TOP + ROW * i;
            double x10 = LABEL + s.p10().getAsDouble() * scale;
            double x50 = LABEL + s.p50().getAsDouble() * scale;
            double x90 = LABEL + s.p90().getAsDouble() * scale;
            out.append("<text x=\"0\" y=\"").append(f(y + ROW / 2.0 + 4)).append("\" fill=\"#6e7781\" "
                    + "font-size=\"12\">").append(Html.escape(r.name(s.platform()))).append("</text>")
                    .append("<rect x=\"").append(f(x10)).append("\" y=\"").append(f(y + 6)).append("\" width=\"")
                    .append(f(Math.max(1, x90 - x10))).append("\" height=\"").append(ROW - 12)
                    .append("\" fill=\"#5476b5\" fill-opacity=\"0.5\"><title>")
                    .append(Html.escape(r.name(s.platform()) + ": P10 " + Money.format(s.p10().getAsDouble())
                            + ", P50 " + Money.format(s.p50().getAsDouble()) + ", P90 "
                            + Money.format(s.p90().getAsDouble()))).append("</title></rect>")
                    .append("<line x1=\"").append(f(x50)).append("\" x2=\"").append(f(x50)).append("\" y1=\"")
                    .append(f(y + 3)).append("\" y2=\"").append(f(y + ROW - 3))
                    .append("\" stroke=\"#2da44e\" stroke-width=\"3\"/>\n");
        }
        double axisY = TOP + ROW * shown.size() + 4;
        out.append("<line x1=\"").append(LABEL).append("\" x2=\"").append(f(LABEL + top * scale)).append("\" y1=\"")
                .append(f(axisY)).append("\" y2=\"").append(f(axisY)).append("\" stroke=\"#8c959f\"/>")
                .append("<text x=\"").append(LABEL).append("\" y=\"").append(f(axisY + 16))
                .append("\" fill=\"#6e7781\" font-size=\"12\">$0</text>")
                .append("<text x=\"").append(f(LABEL + top * scale)).append("\" y=\"").append(f(axisY + 16))
                .append("\" fill=\"#6e7781\" font-size=\"12\" text-anchor=\"end\">")
                .append(Html.escape(Money.format(top))).append("/month</text></svg>\n");
        return out.toString();
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
