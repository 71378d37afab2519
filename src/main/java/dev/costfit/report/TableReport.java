package dev.costfit.report;

import dev.costfit.assessment.SettingOption;
import dev.costfit.report.ResultsView.LimitView;
import dev.costfit.report.ResultsView.LineView;
import dev.costfit.report.ResultsView.PlatformView;
import dev.costfit.report.ResultsView.ProfileView;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.units.Money;
import dev.costfit.yaml.DefaultUsed;
import java.util.List;

/**
 * The `table` format's reports for people: `recommend` (a summary, then per profile the recommendation first and
 * every platform) and `check` (per profile, every limit of every platform, ok or not, and the workaround where it
 * fails).
 */
public final class TableReport {

    private static final String INDENT = "  ";

    private final int width;
    private final Style style;

    public TableReport(int width, Style style) {
        this.width = width;
        this.style = style;
    }

    public String render(RunInfo run, List<ProfileResult> results) {
        ResultsView view = ResultsView.of(results);
        StringBuilder out = new StringBuilder();
        if (view.profiles().size() > 1) {
            out.append(summary(view)).append('\n');
        }
        for (ProfileView profile : view.profiles()) {
            out.append(profile(run, profile)).append('\n');
        }
        out.append(footer(run));
        return out.toString();
    }

    public String check(RunInfo run, List<ProfileResult> results) {
        StringBuilder out = new StringBuilder();
        for (ProfileView p : ResultsView.of(results).profiles()) {
            heading(out, p.name(), p.source());
            TextTable.wrapped(out, p.summary(), width, INDENT);
            List<String> fits = p.fitting();
            if (fits.isEmpty()) {
                out.append(INDENT).append(style.bad("fits no platform")).append('\n');
            } else {
                TextTable.wrapped(out, "fits " + String.join(", ", fits), width, INDENT, style::good);
            }
            out.append('\n');
            TextTable table = new TextTable("~~Platform", "~Limit", "~Needs", "~Allowed", "~~Status", "~Workaround");
            for (LimitView check : p.limits()) {
                table.row(check.platform(), check.limit(), check.needs(), check.allowed(), check.status(),
                        check.workaround());
            }
            out.append(table.renderFitting(width, INDENT)).append('\n');
        }
        out.append(style.dim("Limits: " + run.catalogNote() + ".")).append('\n');
        return out.toString();
    }

    private String summary(ResultsView view) {
        TextTable table = new TextTable("~Profile", "~Recommendation", ">Monthly", "~Runner-up");
        for (ProfileView p : view.profiles()) {
            table.row(p.name(), p.recommended().map(PlatformView::label).orElse(p.nothingRecommended()),
                    p.recommended().map(PlatformView::monthly).orElse(ResultsView.NOTHING),
                    p.runnerUp().map(PlatformView::labelAndMonthly).orElse(ResultsView.NOTHING));
        }
        return style.bold("Summary") + "\n" + table.renderFitting(width, INDENT);
    }

    private String profile(RunInfo run, ProfileView p) {
        StringBuilder out = new StringBuilder();
        heading(out, p.name(), p.kind() + " in " + p.region() + " · " + p.source());
        if (!p.description().isEmpty()) {
            TextTable.wrapped(out, p.description(), width, INDENT);
        }
        TextTable.wrapped(out, p.summary(), width, INDENT);
        out.append('\n');
        TextTable.wrapped(out, "Recommendation: " + p.headline().orElse(p.nothingRecommended()),
                width, INDENT, p.headline().isPresent() ? style::good : style::bad);
        p.reasons().forEach(reason -> out.append(bullet(reason)));
        out.append('\n');

        TextTable table = new TextTable("~~Platform", "~~Variant", "Fits", ">Monthly", "~Largest cost lines",
                "~Capacity");
        for (PlatformView v : p.platforms()) {
            table.row(v.name(), v.variant(), v.fit().word, v.monthly(), v.largestLines(), v.capacity());
        }
        out.append(table.renderFitting(width, INDENT));
        p.result().pricing().ifPresent(c -> comparison(out, PricingTable.title(c), PricingTable.header(c),
                PricingTable.rows(c), List.of(PricingTable.verdict(c)), width));
        p.result().regions().ifPresent(c -> comparison(out, RegionTable.title(c, p.region()),
                RegionTable.header(c), RegionTable.rows(c),
                RegionTable.sentences(c, p.result().profile().regions()), width));
        p.result().ranges().ifPresent(r -> {
            comparison(out, RangeTable.title(r), RangeTable.header(), RangeTable.rows(r),
                    RangeTable.sentences(r), width);
            // The bars fit by their width; the heading above them wraps.
            RangeTable.bands(r, Math.max(10, Math.min(60, width - INDENT.length() - 30)))
                    .forEach(line -> TextTable.wrapped(out, line, width, INDENT));
            out.append('\n');
        });
        TextTable.wrapped(out, ResultsView.FITS_LEGEND, width, INDENT, style::dim);
        p.tokens().ifPresent(tokens -> TextTable.wrapped(out, tokensSentence(tokens, p.moreTokens()), width, INDENT));

        for (PlatformView v : p.platforms()) {
            if ((run.explain() || v.chosen()) && !v.lines().isEmpty()) {
                out.append('\n');
                TextTable.wrapped(out, "Cost lines of " + v.label() + ":", width, INDENT);
                out.append(costLines(v));
            }
        }
        list(out, "Cold starts", p.coldStarts());
        list(out, "Notes", p.notes());
        if (run.explain()) {
            out.append(explain(p));
        }
        return out.toString();
    }

    /**
     * "Plus $260.97 a month of LLM tokens, the same on every platform": where some platforms' clouds deliver a
     * message more often, the tokens of those attempts are theirs alone, counted in their monthly cost, and said so.
     */
    static String tokensSentence(String tokens, List<String> more) {
        String shared = "Plus " + tokens + " a month of LLM tokens, the same on every platform";
        if (more.isEmpty()) {
            return shared + " (in each platform's cost lines).";
        }
        return shared + " at the fewest delivery attempts (in each platform's cost lines); the tokens of the further "
                + "attempts " + String.join(", ", more) + " make" + (more.size() == 1 ? "s" : "") + " are in "
                + (more.size() == 1 ? "its" : "their") + " monthly cost above.";
    }

    private void list(StringBuilder out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.append('\n').append(INDENT).append(title).append(":\n");
            items.forEach(item -> out.append(bullet(item)));
        }
    }

    private String costLines(PlatformView v) {
        TextTable table = new TextTable("~Component", ">Quantity", "Unit", ">Unit price", ">Monthly");
        for (LineView line : v.lines()) {
            table.row(line.component(), line.quantity(), line.unit(), line.unitPrice(), line.monthly());
        }
        table.row("Total", "", "", "", v.total());
        return table.renderFitting(width, INDENT + INDENT);
    }

    private String explain(ProfileView p) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(INDENT).append("Defaults this profile relied on:\n");
        if (p.defaults().isEmpty()) {
            out.append(bullet("none: every field was given"));
        }
        for (DefaultUsed d : p.defaults()) {
            out.append(bullet(d.path() + " = " + d.value() + ": " + d.why()));
        }
        // A job that states no timeout is held to each platform's maximum run time instead (RunLimit).
        String bound = p.result().profile().timeout().isPresent() ? "the timeout"
                : "the platform's maximum run time, if any,";
        for (PlatformView v : p.platforms()) {
            if (!v.tradeOff().isEmpty()) {
                out.append('\n');
                // A platform that does not fit chose no setting: each row says why it does not fit.
                boolean chose = v.tradeOff().stream().anyMatch(SettingOption::chosen);
                TextTable.wrapped(out, "Settings of " + v.name() + (chose ? " (the cheapest within " + bound + " and "
                        + "latency.max_slowdown; ties within 0.1% go to the faster):" : " (none chosen: "
                        + v.name() + " does not fit):"), width, INDENT);
                out.append(tradeOff(v));
            }
            out.append('\n').append(INDENT).append("Assumptions for ").append(v.name()).append(":\n");
            v.assumptions().forEach(s -> out.append(bullet(s)));
            for (LimitView check : v.limits()) {
                out.append(bullet("limit " + check.limit() + ": needs " + check.needs() + ", allowed "
                        + check.allowed() + " — " + check.status()));
            }
        }
        return out.toString();
    }

    /** A Lambda Power Tuning view: each setting, a request's time on it, and its month. */
    private String tradeOff(PlatformView v) {
        TextTable table = new TextTable("~Setting", ">Request", ">Slower", ">Monthly", "~");
        for (SettingOption o : v.tradeOff()) {
            table.row(o.setting(), TimeSpan.ofSeconds(o.seconds()).display(),
                    Numbers.grouped(o.slowdown() * 100, 0) + "%",
                    o.monthlyCost().isPresent() ? Money.format(o.monthlyCost().getAsDouble()) : ResultsView.NOTHING,
                    o.chosen() ? "← chosen" : o.verdict());
        }
        return table.renderFitting(width, INDENT + INDENT);
    }

    private String footer(RunInfo run) {
        String catalog = "Prices: " + run.catalogNote() + ". Free tier "
                + (run.freeTier() ? "applied (--free-tier)." : "not applied (add --free-tier).");
        StringBuilder out = new StringBuilder();
        TextTable.wrapped(out, catalog + (run.explain() ? "" : " Add --explain for defaults and assumptions."),
                width, "", style::dim);
        return out.toString();
    }

    /** A profile's name in bold, then where it comes from, dimmed: beside it where both fit, else under it. */
    private void heading(StringBuilder out, String name, String from) {
        out.append(style.bold(name));
        if (name.length() + 2 + from.length() <= width) {
            out.append("  ").append(style.dim(from)).append('\n');
        } else {
            out.append('\n');
            TextTable.wrapped(out, from, width, INDENT, style::dim);
        }
    }

    /** A bullet, its lines hanging under its text, two columns short of the width (as bullets always were). */
    private String bullet(String text) {
        StringBuilder out = new StringBuilder();
        TextTable.wrapped(out, text, width - 2, INDENT + "- ");
        return out.toString();
    }

    /** A side-by-side table under the platforms (commitments, regions), then what it says in words. */
    private static void comparison(StringBuilder out, String title, List<String> header, List<List<String>> rows,
                                   List<String> sentences, int width) {
        out.append('\n');
        TextTable.wrapped(out, title + ":", width, INDENT);
        // In a terminal every column may wrap where it is narrow (the headers, the names under the options), the
        // platform's name last; the shared headers mark only alignment, for markdown and HTML too.
        String[] specs = new String[header.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = (i == 0 ? "~~" : "~") + header.get(i);
        }
        TextTable table = new TextTable(specs);
        rows.forEach(row -> table.row(row.toArray(String[]::new)));
        out.append(table.renderFitting(width, INDENT));
        sentences.forEach(sentence -> TextTable.wrapped(out, sentence, width, INDENT));
        out.append('\n');
    }
}
