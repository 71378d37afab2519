package dev.costfit.report;

import dev.costfit.recommend.BreakEven;
import dev.costfit.recommend.Sweep;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.units.EnglishList;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The `breakeven` report: a chart of every platform's cost along the sweep, and the crossovers in plain words. */
public final class SweepReport {

    private static final int CHART_ROWS = 16;
    private static final int SAMPLE_ROWS = 15;

    private SweepReport() {
    }

    /** The sweep as a Tablesaw table: one row per (value, platform), monthly cost missing where it does not fit. */
    public static Table table(Sweep sweep) {
        DoubleColumn value = DoubleColumn.create(sweep.variable().spelling());
        StringColumn platform = StringColumn.create("platform");
        DoubleColumn cost = DoubleColumn.create("monthlyCost");
        BooleanColumn feasible = BooleanColumn.create("feasible");
        BooleanColumn cheapest = BooleanColumn.create("cheapest");
        BooleanColumn recommended = BooleanColumn.create("recommended");
        for (Sweep.Point p : sweep.points()) {
            for (Map.Entry<String, OptionalDouble> e : p.costs().entrySet()) {
                value.append(p.value());
                platform.append(e.getKey());
                if (e.getValue().isPresent()) {
                    cost.append(e.getValue().getAsDouble());
                } else {
                    cost.appendMissing();
                }
                feasible.append(e.getValue().isPresent());
                cheapest.append(p.cheapest().equals(e.getKey()));
                recommended.append(p.recommended().equals(e.getKey()));
            }
        }
        return Table.create("breakeven", value, platform, cost, feasible, cheapest, recommended);
    }

    /** Where the cheapest platform changes: "below 3.2/s AWS Lambda is cheapest; from 3.2/s to 410/s …". */
    public static String summary(Sweep sweep) {
        List<Sweep.Point> points = sweep.points();
        String from = at(sweep, points.get(0).value());
        String to = at(sweep, points.get(points.size() - 1).value());
        List<Sweep.Crossover> cs = sweep.crossovers();
        if (cs.isEmpty()) {
            String only = points.get(0).cheapest();
            return only.equals(Sweep.NONE) ? "no platform fits anywhere from " + from + " to " + to
                    : sweep.name(only) + " is the cheapest all the way from " + from + " to " + to;
        }
        List<String> parts = new ArrayList<>();
        parts.add("below " + at(sweep, cs.get(0).value()) + " " + cheapest(sweep, cs.get(0).from()));
        for (int i = 0; i + 1 < cs.size(); i++) {
            double start = cs.get(i).value();
            // Along whole numbers a crossing is the first value of the next platform: this one ends one below it.
            double end = sweep.variable().whole() ? cs.get(i + 1).value() - 1 : cs.get(i + 1).value();
            parts.add((end == start ? "at " + at(sweep, start) : "from " + at(sweep, start) + " to " + at(sweep, end))
                    + " " + brief(sweep, cs.get(i).to()));
        }
        parts.add("above that " + brief(sweep, cs.get(cs.size() - 1).to()));
        return String.join("; ", parts);
    }

    /**
     * Where the recommendation is not the cheapest platform, in words: a simpler platform within the simplicity
     * margin is recommended over a cheaper one, so the rates at which `recommend` says its answer would change
     * differ from the crossovers of the cheapest. Empty where they agree at every point.
     */
    public static Optional<String> recommendedNote(Sweep sweep) {
        List<String> runs = new ArrayList<>();
        List<Sweep.Point> points = sweep.points();
        for (int i = 0; i < points.size(); i++) {
            Sweep.Point p = points.get(i);
            if (p.recommended().equals(p.cheapest()) || p.recommended().equals(Sweep.NONE)) {
                continue;
            }
            int end = i;
            while (end + 1 < points.size() && points.get(end + 1).recommended().equals(p.recommended())
                    && points.get(end + 1).cheapest().equals(p.cheapest())) {
                end++;
            }
            runs.add((i == end ? "at " + at(sweep, p.value()) : "from " + at(sweep, p.value()) + " to "
                    + at(sweep, points.get(end).value())) + " " + sweep.name(p.recommended()) + " rather than "
                    + sweep.name(p.cheapest()));
            i = end;
        }
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The recommendation is not always the cheapest: a simpler platform (functions, then "
                + "functions on managed instances, then containers, then Kubernetes) is recommended when it costs at most the simplicity margin more "
                + "(--simplicity-margin, 10% by default), so " + String.join("; ", runs) + ".");
    }

    /**
     * Where the cheapest platform was within 5% of changing ({@link Sweep#closeRuns}), in words: there a crossover
     * can hide between the points sampled. Empty where it never was.
     */
    public static Optional<String> closeNote(Sweep sweep) {
        List<String> runs = new ArrayList<>();
        for (Sweep.Close c : sweep.closeRuns()) {
            runs.add((c.from() == c.to() ? "at " + at(sweep, c.from())
                    : "from " + at(sweep, c.from()) + " to " + at(sweep, c.to())) + " ("
                    + EnglishList.of(c.platforms().stream().map(sweep::name).toList()) + ")");
        }
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        String close = BreakEven.closePercent();
        return Optional.of("The cheapest is within " + close + " of changing " + EnglishList.of(runs) + ": there one "
                + "platform's cost moving by less than " + close + " would change it, and it can change between the "
                + "points sampled as well as at the crossovers found.");
    }

    private static String cheapest(Sweep sweep, String id) {
        return id.equals(Sweep.NONE) ? "no platform fits" : sweep.name(id) + " is cheapest";
    }

    private static String brief(Sweep sweep, String id) {
        return id.equals(Sweep.NONE) ? "no platform fits" : sweep.name(id);
    }

    /** Each crossing with every platform's cost there. */
    public static List<String> crossings(Sweep sweep) {
        List<String> out = new ArrayList<>();
        for (Sweep.Crossover c : sweep.crossovers()) {
            List<String> costs = new ArrayList<>();
            c.costs().forEach((id, cost) -> costs.add(sweep.name(id) + " " + (cost.isPresent()
                    ? Money.format(cost.getAsDouble()) : "does not fit")));
            out.add("at " + at(sweep, c.value()) + ", " + brief(sweep, c.from()) + " → " + brief(sweep, c.to())
                    + ": " + String.join(", ", costs));
        }
        return out;
    }

    /** One unit for every value of the sweep, the one the profile's own value reads best in (0.2/s … 2,000/s). */
    static SweepVariable.AxisUnit unit(Sweep sweep) {
        return sweep.variable().axisUnit(sweep.variable().current(sweep.profile()));
    }

    /** The axis title: "requests/s", "duration (s)", "memory (MB)", "requests at once per instance". */
    static String axisTitle(Sweep sweep) {
        return axisTitle(sweep.variable(), unit(sweep), sweep.profile());
    }

    /** The title of an axis along {@code variable}, read in {@code unit}, for {@code profile}. */
    static String axisTitle(SweepVariable variable, SweepVariable.AxisUnit unit, dev.costfit.profile.Profile profile) {
        return switch (variable) {
            case RATE -> (profile.workload() instanceof dev.costfit.profile.Workload.Job ? "runs" : "requests")
                    + unit.suffix();
            case DURATION, MEMORY, CPU_TIME -> variable.spelling() + " (" + unit.suffix().trim() + ")";
            case CONCURRENCY -> "requests at once per instance";
        };
    }

    /** A value of the sweep in its axis unit: "0.298/s". */
    static String at(Sweep sweep, double value) {
        SweepVariable.AxisUnit unit = unit(sweep);
        return unit.label(value * unit.factor());
    }

    /** The terminal report: what was swept, the chart, the crossovers in words, then a sample of the points. */
    public static String text(Sweep sweep, int width, boolean fancy) {
        return text(sweep, width, fancy, false);
    }

    /** With {@code explain}, also how the input is applied and the defaults the profile relied on. */
    public static String text(Sweep sweep, int width, boolean fancy, boolean explain) {
        StringBuilder out = new StringBuilder();
        List<Sweep.Point> points = sweep.points();
        String title = sweep.profile().name() + ": monthly cost by " + sweep.variable().spelling() + ", "
                + at(sweep, points.get(0).value()) + " to " + at(sweep, points.get(points.size() - 1).value()) + " ("
                + points.size() + " points; platform cost, LLM tokens left out)";
        TextTable.wrapped(out, title, width, "");
        out.append('\n');
        out.append(chart(sweep).render(width, CHART_ROWS, fancy)).append('\n');
        TextTable.wrapped(out, capitalized(summary(sweep)) + ".", width, "");
        crossings(sweep).forEach(c -> TextTable.wrapped(out, c, width, "  - "));
        closeNote(sweep).ifPresent(note -> TextTable.wrapped(out, note, width, ""));
        recommendedNote(sweep).ifPresent(note -> TextTable.wrapped(out, note, width, ""));
        out.append('\n').append(sample(sweep, width));
        if (explain) {
            out.append('\n');
            TextTable.wrapped(out, "How the sweep changes the profile: " + sweep.variable().howApplied() + ".", width,
                    "");
            out.append("Defaults the profile relied on:\n");
            if (sweep.profile().defaultsUsed().isEmpty()) {
                out.append("  - none: every field was given\n");
            }
            sweep.profile().defaultsUsed().forEach(d -> TextTable.wrapped(out,
                    d.path() + " = " + d.value() + ": " + d.why(), width, "  - "));
        }
        return out.toString();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static TerminalChart chart(Sweep sweep) {
        SweepVariable.AxisUnit unit = unit(sweep);
        double[] x = sweep.points().stream().mapToDouble(p -> p.value() * unit.factor()).toArray();
        List<TerminalChart.Series> series = new ArrayList<>();
        for (String platform : sweep.platforms()) {
            series.add(new TerminalChart.Series(sweep.name(platform), costs(sweep, platform)));
        }
        SweepVariable v = sweep.variable();
        return new TerminalChart(x, series, new TerminalChart.Axis(v.logarithmic(), unit::label),
                SweepReport::money, sweep.crossovers().stream().map(c -> c.value() * unit.factor()).toList(),
                v.current(sweep.profile()) * unit.factor());
    }

    /** A platform's cost at every point, NaN where it does not fit. */
    static double[] costs(Sweep sweep, String platform) {
        return sweep.points().stream().mapToDouble(p -> p.cost(platform).orElse(Double.NaN)).toArray();
    }

    /** Axis labels: "$30", "$1,000", "$0.5". */
    private static String money(double usd) {
        return "$" + Numbers.significant(usd, 3);
    }

    /**
     * Up to {@value #SAMPLE_ROWS} of the points as a table, one column per platform, the cheapest cost starred;
     * every point is in the CSV and JSON formats.
     */
    private static String sample(Sweep sweep, int width) {
        List<String> specs = new ArrayList<>();
        specs.add(">" + capitalized(sweep.variable().spelling()));
        sweep.platforms().forEach(p -> specs.add("~>" + sweep.name(p)));
        TextTable table = new TextTable(specs.toArray(String[]::new));
        List<Sweep.Point> points = sweep.points();
        int every = (int) Math.ceil(points.size() / (double) SAMPLE_ROWS);
        for (int i = 0; i < points.size(); i++) {
            if (i % every != 0 && i != points.size() - 1) {
                continue;
            }
            Sweep.Point p = points.get(i);
            List<String> row = new ArrayList<>();
            row.add(at(sweep, p.value()));
            for (String platform : sweep.platforms()) {
                OptionalDouble cost = p.cost(platform);
                row.add(cost.isPresent() ? Money.format(cost.getAsDouble())
                        + (platform.equals(p.cheapest()) ? "*" : " ") : "— ");
            }
            table.row(row.toArray(String[]::new));
        }
        String note = "* cheapest" + (every > 1 ? "; every " + ordinal(every) + " of the " + points.size()
                + " points (all of them: --format csv or json)" : "");
        String rendered = table.render(width, "  ");
        if (rendered.lines().anyMatch(line -> line.length() > width)) {
            StringBuilder out = new StringBuilder();
            TextTable.wrapped(out, "(the table of points needs a wider terminal; every point: --format csv or json)",
                    width, "  ");
            return out.toString();
        }
        return rendered + "  " + note + "\n";
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
    }

    public static String csv(Sweep sweep) {
        return CsvText.write(table(sweep));
    }

    /** A standalone chart: titled, on its own background. */
    public static String svg(Sweep sweep) {
        return Charts.sweepSvg(sweep, "breakeven", 900, 520, title(sweep));
    }

    public static byte[] png(Sweep sweep) {
        return Charts.sweepPng(sweep, 1200, 680, title(sweep));
    }

    private static String title(Sweep sweep) {
        List<Sweep.Point> points = sweep.points();
        return sweep.profile().name() + ": monthly cost by " + sweep.variable().spelling() + ", "
                + at(sweep, points.get(0).value()) + " to " + at(sweep, points.get(points.size() - 1).value());
    }

    /** The chart, the crossovers and the table in one self-contained HTML page. */
    public static String html(Sweep sweep, RunInfo run) {
        StringBuilder body = new StringBuilder();
        body.append(section(sweep, "sweep"));
        body.append("<details><summary>Every point</summary><table><thead><tr><th>")
                .append(Html.escape(sweep.variable().spelling())).append("</th>");
        sweep.platforms().forEach(p -> body.append("<th class=\"num\">").append(Html.escape(sweep.name(p)))
                .append("</th>"));
        body.append("<th>Cheapest</th></tr></thead><tbody>\n");
        for (Sweep.Point p : sweep.points()) {
            body.append("<tr><td>").append(Html.escape(at(sweep, p.value()))).append("</td>");
            for (String platform : sweep.platforms()) {
                OptionalDouble cost = p.cost(platform);
                body.append("<td class=\"num\">").append(cost.isPresent() ? Money.format(cost.getAsDouble()) : "—")
                        .append("</td>");
            }
            body.append("<td>").append(Html.escape(sweep.name(p.cheapest()))).append("</td></tr>\n");
        }
        body.append("</tbody></table></details>\n");
        return HtmlReport.document("costfit break-even: " + Html.escape(sweep.profile().name()), run,
                body.toString());
    }

    /** The chart and the crossovers of a sweep, as an HTML fragment (also embedded in the recommend report). */
    static String section(Sweep sweep, String id) {
        StringBuilder out = new StringBuilder();
        out.append("<figure>").append(Charts.sweepSvg(sweep, id, 900, 420, null)).append("<figcaption class=\"muted\">"
                + "Monthly cost by ").append(Html.escape(sweep.variable().spelling()))
                .append(" (LLM tokens left out), each platform on its cheapest setting")
                .append(sweep.crossovers().isEmpty() ? "" : "; the dashed verticals mark where the cheapest platform "
                        + "changes").append("</figcaption></figure>\n");
        out.append("<p>").append(Html.escape(capitalized(summary(sweep)))).append(".</p>\n<ul>\n");
        crossings(sweep).forEach(c -> out.append("<li>").append(Html.escape(c)).append("</li>\n"));
        out.append("</ul>\n");
        closeNote(sweep).ifPresent(note -> out.append("<p>").append(Html.escape(note)).append("</p>\n"));
        recommendedNote(sweep).ifPresent(note -> out.append("<p>").append(Html.escape(note)).append("</p>\n"));
        return out.toString();
    }
}
