package dev.costfit.report;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Sweep;
import dev.costfit.report.ResultsView.LimitView;
import dev.costfit.report.ResultsView.LineView;
import dev.costfit.report.ResultsView.PlatformView;
import dev.costfit.report.ResultsView.ProfileView;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML file: inline style and SVG charts, nothing fetched from the network; readable in light
 * and dark mode and printable (every collapsed block opens for printing). All user text is escaped.
 */
public final class HtmlReport implements Renderer {

    /** Rate sweeps to show with each profile of a recommend report (none: no sweep sections). */
    private final Map<Profile, Sweep> sweeps;
    /** Rate × duration maps to show with each profile of a recommend report (none: no map sections). */
    private final Map<Profile, DecisionMap> maps;

    public HtmlReport() {
        this(Map.of());
    }

    public HtmlReport(Map<Profile, Sweep> sweeps) {
        this(sweeps, Map.of());
    }

    public HtmlReport(Map<Profile, Sweep> sweeps, Map<Profile, DecisionMap> maps) {
        this.sweeps = Map.copyOf(sweeps);
        this.maps = Map.copyOf(maps);
    }

    private static final String STYLE = """
            :root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
              --card: #f6f8fa; --good: #1a7f37; --bad: #cf222e; --warn: #9a6700; }
            @media (prefers-color-scheme: dark) {
              :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --card: #151b23;
                --good: #3fb950; --bad: #f85149; --warn: #d29922; } }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 1120px; padding: 24px; background: var(--bg); color: var(--fg);
              font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 4px; }
            h3 { font-size: 15px; margin: 16px 0 6px; }
            .muted, footer { color: var(--muted); } footer { margin-top: 40px; font-size: 12px; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; }
            th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
            th { font-weight: 600; background: var(--card); }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .good { color: var(--good); } .bad { color: var(--bad); } .warn { color: var(--warn); }
            .rec { font-size: 16px; font-weight: 600; margin: 10px 0 4px; }
            section.policies { border-left: 4px solid var(--bad); background: var(--card); padding: 6px 12px;
              margin: 10px 0; } section.policies ul { margin: 4px 0; }
            section.profile { border-top: 1px solid var(--line); }
            details { margin: 6px 0; } summary { cursor: pointer; font-weight: 600; }
            figure { margin: 8px 0; } figure svg { max-width: 100%; height: auto; }
            @media (max-width: 640px) { body { padding: 12px; } table { display: block; overflow-x: auto; } }
            a { color: inherit; }
            @media print { body { max-width: none; padding: 0; } section.profile { break-inside: avoid-page; }
              figure { break-inside: avoid; } }
            """;
    /** Collapsed blocks print closed in browsers: open them all before printing. */
    private static final String PRINT_SCRIPT = "window.addEventListener('beforeprint', function () { "
            + "document.querySelectorAll('details').forEach(function (d) { d.open = true; }); });";

    @Override
    public String recommend(RunInfo run, List<ProfileResult> results) {
        ResultsView view = ResultsView.of(results);
        StringBuilder body = new StringBuilder();
        body.append("<section id=\"summary\"><h2>Summary</h2><table><thead><tr><th>Profile</th><th>Recommended</th>"
                + "<th class=\"num\">Monthly</th><th>Runner-up</th><th>Fits</th></tr></thead><tbody>\n");
        List<ProfileView> profiles = view.profiles();
        for (int i = 0; i < profiles.size(); i++) {
            ProfileView p = profiles.get(i);
            body.append("<tr><td><a href=\"#").append(Html.id("p", p.name(), i)).append("\">")
                    .append(Html.escape(p.name())).append("</a></td><td>")
                    .append(p.recommended().map(v -> Html.escape(v.label()))
                            .orElse("<span class=\"bad\">" + p.nothingRecommended() + "</span>"))
                    .append("</td><td class=\"num\">")
                    .append(p.recommended().map(PlatformView::monthly).orElse(ResultsView.NOTHING))
                    .append("</td><td>")
                    .append(p.runnerUp().map(v -> Html.escape(v.labelAndMonthly())).orElse(ResultsView.NOTHING))
                    .append("</td><td>").append(p.fitCount()).append("</td></tr>\n");
        }
        body.append("</tbody></table></section>\n");
        for (int i = 0; i < profiles.size(); i++) {
            body.append(profile(profiles.get(i), i));
        }
        return document("costfit report", run, body.toString());
    }

    private String profile(ProfileView p, int index) {
        StringBuilder out = new StringBuilder();
        String id = Html.id("p", p.name(), index);
        out.append("<section class=\"profile\" id=\"").append(id).append("\"><h2>")
                .append(Html.escape(p.name())).append("</h2>\n");
        if (!p.description().isEmpty()) {
            out.append("<p>").append(Html.escape(p.description())).append("</p>\n");
        }
        out.append("<p class=\"muted\">").append(Html.escape(p.summary())).append(" · ")
                .append(Html.escape(p.source())).append("</p>\n");
        out.append("<p class=\"rec ").append(p.recommended().isPresent() ? "good" : "bad").append("\">")
                .append("Recommendation: " + Html.escape(p.headline().orElse(p.nothingRecommended())))
                .append("</p>\n<ul>\n");
        p.reasons().forEach(reason -> out.append("<li>").append(Html.escape(reason)).append("</li>\n"));
        out.append("</ul>\n");
        if (p.platforms().stream().anyMatch(PlatformView::usable)) {
            out.append("<figure>").append(Charts.costs(p.result(), "chart-" + id)).append("<figcaption class=\"muted\">"
                    + "Monthly cost of each platform that fits (LLM tokens, the same everywhere, left out)"
                    + (p.recommended().isPresent() ? "; the recommended one outlined, its name in bold" : "")
                    + "</figcaption></figure>\n");
        }
        out.append("<table><thead><tr><th>Platform</th><th>Variant</th><th>Fits</th><th class=\"num\">Monthly</th>"
                + "<th>Capacity</th></tr></thead><tbody>\n");
        for (PlatformView v : p.platforms()) {
            out.append("<tr><td>").append(Html.escape(v.name())).append("</td><td>")
                    .append(Html.escape(v.variant())).append("</td><td class=\"")
                    .append(!v.usable() ? "bad" : v.clean() ? "good" : "warn").append("\">").append(v.fit().word)
                    .append("</td><td class=\"num\">").append(v.monthly())
                    .append("</td><td>").append(Html.escape(v.capacity())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n<p class=\"muted\">").append(Html.escape(ResultsView.FITS_LEGEND))
                .append("</p>\n");
        p.result().pricing().ifPresent(c -> comparison(out, PricingTable.title(c), PricingTable.header(c),
                PricingTable.rows(c), List.of(PricingTable.verdict(c))));
        p.result().regions().ifPresent(c -> comparison(out, RegionTable.title(c, p.region()),
                RegionTable.header(c), RegionTable.rows(c),
                RegionTable.sentences(c, p.result().profile().regions())));
        p.result().ranges().ifPresent(r -> {
            comparison(out, RangeTable.title(r), RangeTable.header(), RangeTable.rows(r),
                    RangeTable.sentences(r));
            out.append(CostBands.svg(r));
        });
        Profile profile = p.result().profile();
        Sweep sweep = sweeps.get(profile);
        if (sweep != null) {
            out.append("<h3>If the ").append(sweep.variable().spelling()).append(" changes</h3>\n")
                    .append(SweepReport.section(sweep, "sweep-" + id));
        }
        DecisionMap map = maps.get(profile);
        if (map != null) {
            out.append("<h3>Where each platform is cheapest</h3>\n").append(MapReport.section(map, "map-" + id,
                    " · " + map.x().count() + " × " + map.y().count() + " cells; costfit map draws "
                            + MapReport.DEFAULT_COLUMNS + " × " + MapReport.DEFAULT_ROWS + " and any two inputs"));
        }
        for (PlatformView v : p.platforms()) {
            out.append(platformDetails(v));
        }
        out.append("</section>\n");
        return out.toString();
    }

    private static String platformDetails(PlatformView v) {
        StringBuilder out = new StringBuilder("<details><summary>").append(Html.escape(v.label()))
                .append(v.usable() ? ": " + v.monthly() + " a month" + v.tokens().map(t -> " (+ " + t
                        + " of LLM tokens)").orElse("") + ", every line, limit and assumption"
                        : ": " + (v.feasible() ? "cannot be priced" : "does not fit")).append("</summary>\n");
        if (!v.lines().isEmpty()) {
            out.append("<table><thead><tr><th>Component</th><th class=\"num\">Quantity</th><th>Unit</th>"
                    + "<th class=\"num\">Unit price</th><th class=\"num\">Monthly</th></tr></thead><tbody>\n");
            for (LineView line : v.lines()) {
                out.append("<tr><td>").append(Html.escape(line.component())).append("</td><td class=\"num\">")
                        .append(line.quantity()).append("</td><td>").append(Html.escape(line.unit()))
                        .append("</td><td class=\"num\">").append(line.unitPrice()).append("</td><td class=\"num\">")
                        .append(line.monthly()).append("</td></tr>\n");
            }
            out.append("<tr><th>Total</th><th></th><th></th><th></th><th class=\"num\">").append(v.total())
                    .append("</th></tr></tbody></table>\n");
        }
        v.unpriced().ifPresent(u -> out.append("<p class=\"bad\">").append(Html.escape(u)).append("</p>\n"));
        out.append(limits(v.limits(), false));
        list(out, "Cold starts", v.coldStarts());
        list(out, "Notes", v.notes());
        list(out, "Assumptions", v.assumptions());
        return out.append("</details>\n").toString();
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<h3>").append(title).append("</h3><ul>\n");
        items.forEach(item -> out.append("<li>").append(Html.escape(item)).append("</li>\n"));
        out.append("</ul>\n");
    }

    private static String limits(List<LimitView> limits, boolean withPlatform) {
        StringBuilder out = new StringBuilder("<table><thead><tr>" + (withPlatform ? "<th>Platform</th>" : "")
                + "<th>Limit</th><th>Needs</th><th>Allowed</th><th>Status</th><th>Workaround</th></tr></thead><tbody>\n");
        for (LimitView check : limits) {
            out.append("<tr>");
            if (withPlatform) {
                out.append("<td>").append(Html.escape(check.platform())).append("</td>");
            }
            String css = check.ok() ? "good" : check.blocks() ? "bad" : "warn";
            out.append("<td>").append(Html.escape(check.limit())).append("</td><td>")
                    .append(Html.escape(check.needs())).append("</td><td>")
                    .append(Html.escape(check.allowed())).append("</td><td class=\"").append(css).append("\">")
                    .append(check.status()).append("</td><td>").append(Html.escape(check.workaround()))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    @Override
    public String check(RunInfo run, List<ProfileResult> results) {
        StringBuilder body = new StringBuilder();
        List<ProfileView> profiles = ResultsView.of(results).profiles();
        for (int i = 0; i < profiles.size(); i++) {
            ProfileView p = profiles.get(i);
            List<String> fits = p.fitting();
            body.append("<section class=\"profile\" id=\"").append(Html.id("p", p.name(), i))
                    .append("\"><h2>").append(Html.escape(p.name())).append("</h2>\n<p class=\"muted\">")
                    .append(Html.escape(p.summary())).append("</p>\n<p class=\"rec ")
                    .append(fits.isEmpty() ? "bad\">Fits no platform" : "good\">Fits " + Html.escape(String.join(", ",
                            fits))).append("</p>\n").append(limits(p.limits(), true)).append("</section>\n");
        }
        return document("costfit limits", run, body.toString());
    }

    @Override
    public String diff(RunInfo run, Diff diff) {
        DiffView view = DiffView.of(run, diff);
        StringBuilder body = new StringBuilder();
        body.append("<section id=\"summary\"><h2>Summary</h2><p>").append(Html.escape(view.summary()))
                .append("</p>\n<p class=\"muted basis\">").append(Html.escape(view.basis()))
                .append("</p>\n<table><thead><tr><th>Profile</th><th>Change</th><th>Recommended</th>"
                        + "<th class=\"num\">Before</th><th class=\"num\">After</th><th class=\"num\">Δ</th></tr>"
                        + "</thead><tbody>\n");
        for (DiffView.Row row : view.rows()) {
            String recommended = row.changed() ? Html.escape(row.before()) + " → <b>" + Html.escape(row.after())
                    + "</b>" : Html.escape(row.after());
            body.append("<tr><td>").append(Html.escape(row.profile())).append("</td><td>").append(row.change())
                    .append("</td><td>").append(recommended).append("</td><td class=\"num\">")
                    .append(row.costBefore()).append("</td><td class=\"num\">").append(row.costAfter())
                    .append("</td><td class=\"num\">").append(row.delta()).append("</td></tr>\n");
        }
        DiffView.Row total = view.total();
        body.append("<tr><th>").append(Html.escape(total.profile()))
                .append("</th><th></th><th></th><th class=\"num\">").append(total.costBefore())
                .append("</th><th class=\"num\">").append(total.costAfter()).append("</th><th class=\"num\">")
                .append(total.delta()).append("</th></tr></tbody></table></section>\n");
        int index = 0;
        for (DiffView.Section section : view.sections()) {
            String id = Html.id("d", section.profile(), index++);
            body.append("<section class=\"profile\" id=\"").append(id).append("\"><h2>")
                    .append(Html.escape(section.profile())).append(" <span class=\"muted\">(")
                    .append(section.change()).append(")</span></h2>\n");
            if (!section.fields().isEmpty()) {
                body.append("<table><thead><tr><th>Field</th><th>Before</th><th>After</th></tr></thead><tbody>\n");
                section.fields().forEach(f -> body.append("<tr><td><code>").append(Html.escape(f.path()))
                        .append("</code></td><td>").append(Html.escape(f.before())).append("</td><td>")
                        .append(Html.escape(f.after())).append("</td></tr>\n"));
                body.append("</tbody></table>\n");
            }
            body.append("<figure>").append(Charts.beforeAfter(section.diff(), "chart-" + id)).append("</figure>\n");
            body.append("<table><thead><tr><th>Platform</th><th class=\"num\">Before</th><th class=\"num\">After</th>"
                    + "<th class=\"num\">Δ</th></tr></thead><tbody>\n");
            section.platforms().forEach(p -> body.append("<tr><td>").append(Html.escape(p.platform()))
                    .append("</td><td class=\"num\">").append(p.before()).append("</td><td class=\"num\">")
                    .append(p.after()).append("</td><td class=\"num\">").append(p.delta()).append("</td></tr>\n"));
            body.append("</tbody></table></section>\n");
        }
        body.append("<p class=\"muted\">").append(Html.escape(view.footnote())).append("</p>\n");
        return document("costfit cost change", run, body.toString());
    }

    /** The policies this run tripped, in the header (CI fails on them: say which). */
    private static String tripped(RunInfo run) {
        if (run.tripped().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n<section class=\"policies\"><strong>Policies tripped (--fail-on):"
                + "</strong><ul>");
        run.tripped().forEach(line -> out.append("<li>").append(Html.escape(line)).append("</li>"));
        return out.append("</ul></section>").toString();
    }

    static String document(String title, RunInfo run, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header><h1>" + title + "</h1>\n"
                + "<p class=\"muted\">Prices: " + Html.escape(run.catalogNote())
                + " · free tier " + (run.freeTier() ? "applied" : "not applied") + " · platforms: "
                + Html.escape(String.join(", ", run.platforms())) + "</p>" + tripped(run) + "</header>\n<main>\n"
                + body
                + "</main>\n<footer>Made by costfit " + Html.escape(run.toolVersion()) + ". Every cost line is "
                + "quantity × unit price; every price comes from the catalog with its source.</footer>\n<script>"
                + PRINT_SCRIPT + "</script>\n</body>\n</html>\n";
    }

    /** A side-by-side table (commitments, regions), then what it says in words. */
    private static void comparison(StringBuilder out, String title, List<String> header, List<List<String>> rows,
                                   List<String> sentences) {
        out.append("<h3>").append(Html.escape(title)).append("</h3>\n<table><thead><tr>");
        header.forEach(h -> out.append(h.startsWith(">") ? "<th class=\"num\">" : "<th>")
                .append(Html.escape(h.startsWith(">") ? h.substring(1) : h)).append("</th>"));
        out.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "<td>" : "<td class=\"num\">").append(Html.escape(row.get(i))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        sentences.forEach(sentence -> out.append("<p>").append(Html.escape(sentence)).append("</p>\n"));
    }
}
