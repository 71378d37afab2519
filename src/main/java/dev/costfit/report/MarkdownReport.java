package dev.costfit.report;

import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.report.ResultsView.LimitView;
import dev.costfit.report.ResultsView.LineView;
import dev.costfit.report.ResultsView.PlatformView;
import dev.costfit.report.ResultsView.ProfileView;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports as pull-request comments: a summary table, then a collapsible block per profile, the catalog at the foot.
 * A comment on GitHub stops at 65,536 characters, so details are left out from the end, with a note, to fit.
 */
public final class MarkdownReport implements Renderer {

    /** Marks costfit's comment so a CI job can find and update it instead of adding another. */
    public static final String MARKER = "<!-- costfit-report -->";
    public static final int COMMENT_LIMIT = 65_536;
    /** Room kept for the foot and the truncation note. */
    private static final int RESERVE = 1_500;

    /** The policies this run tripped, first thing under the title (CI fails on them: say which). */
    private static String tripped(RunInfo run) {
        if (run.tripped().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("> **Policies tripped (--fail-on):**\n");
        run.tripped().forEach(line -> out.append("> - ").append(Markdown.escape(line)).append('\n'));
        return out.append('\n').toString();
    }

    @Override
    public String recommend(RunInfo run, List<ProfileResult> results) {
        ResultsView view = ResultsView.of(results);
        List<List<String>> rows = new ArrayList<>();
        for (ProfileView p : view.profiles()) {
            rows.add(List.of(Markdown.escape(p.name()),
                    p.recommended().map(v -> Markdown.escape(v.label())).orElse("**" + p.nothingRecommended() + "**"),
                    p.recommended().map(PlatformView::monthly).orElse(ResultsView.NOTHING),
                    p.runnerUp().map(v -> Markdown.escape(v.labelAndMonthly())).orElse(ResultsView.NOTHING),
                    p.fitCount()));
        }
        String head = MARKER + "\n## costfit: where these workloads should run\n\n" + tripped(run)
                + Markdown.table(List.of("Profile", "Recommended", ">Monthly", "Runner-up", "Fits"), rows) + "\n";
        List<String> details = view.profiles().stream().map(MarkdownReport::profileDetails).toList();
        return assemble(head, details, foot(run));
    }

    @Override
    public String check(RunInfo run, List<ProfileResult> results) {
        ResultsView view = ResultsView.of(results);
        List<List<String>> rows = new ArrayList<>();
        for (ProfileView p : view.profiles()) {
            List<String> fits = p.fitting().stream().map(Markdown::escape).toList();
            rows.add(List.of(Markdown.escape(p.name()), fits.isEmpty() ? "**none**" : String.join(", ", fits),
                    Long.toString(p.limitsNotMet())));
        }
        String head = MARKER + "\n## costfit: limits\n\n" + tripped(run)
                + Markdown.table(List.of("Profile", "Fits", ">Limits not met"), rows) + "\n";
        List<String> details = view.profiles().stream().map(p -> "<details><summary><b>" + Html.escape(p.name())
                + "</b></summary>\n\n" + limitsTable(p.limits(), false) + "\n</details>\n\n").toList();
        return assemble(head, details, foot(run));
    }

    @Override
    public String diff(RunInfo run, Diff diff) {
        DiffView view = DiffView.of(run, diff);
        List<List<String>> rows = new ArrayList<>();
        for (DiffView.Row row : view.rows()) {
            String recommended = row.changed() ? Markdown.escape(row.before()) + " → **" + Markdown.escape(row.after())
                    + "**" : Markdown.escape(row.after());
            rows.add(List.of(Markdown.escape(row.profile()), row.change(), recommended, row.costBefore(),
                    row.costAfter(), row.delta()));
        }
        DiffView.Row total = view.total();
        rows.add(List.of("**Total**", "", "", "**" + total.costBefore() + "**", "**" + total.costAfter() + "**",
                "**" + total.delta() + "**"));
        String head = MARKER + "\n## costfit: cost change\n\n" + tripped(run) + view.summary() + "\n\n"
                + Markdown.table(List.of("Profile", "Change", "Recommended", ">Before", ">After", ">Δ"), rows) + "\n";
        List<String> details = view.sections().stream().map(MarkdownReport::diffDetails).toList();
        return assemble(head, details, foot(run));
    }

    private static String diffDetails(DiffView.Section section) {
        StringBuilder out = new StringBuilder("<details><summary><b>" + Html.escape(section.profile()) + "</b>: "
                + section.change() + "</summary>\n\n");
        if (!section.fields().isEmpty()) {
            List<List<String>> rows = section.fields().stream().map(f -> List.of("`" + Markdown.escape(f.path())
                    .replace("`", "") + "`", Markdown.escape(f.before()), Markdown.escape(f.after()))).toList();
            out.append(Markdown.table(List.of("Field", "Before", "After"), rows)).append('\n');
        }
        List<List<String>> rows = section.platforms().stream().map(p -> List.of(Markdown.escape(p.platform()),
                p.before(), p.after(), p.delta())).toList();
        out.append(Markdown.table(List.of("Platform", ">Before", ">After", ">Δ"), rows)).append("\n</details>\n\n");
        return out.toString();
    }

    private static String profileDetails(ProfileView p) {
        StringBuilder out = new StringBuilder();
        out.append("<details><summary><b>").append(Html.escape(p.name())).append("</b>: ")
                .append(p.headline().map(Html::escape).orElse(p.nothingRecommended())).append("</summary>\n\n");
        out.append(Markdown.escape(p.summary())).append("\n\n");
        p.reasons().forEach(reason -> out.append("- ").append(Markdown.escape(reason)).append('\n'));
        out.append('\n');
        List<List<String>> rows = p.platforms().stream().map(v -> List.of(Markdown.escape(v.name()),
                Markdown.escape(v.variant()), v.fit().word, v.monthly(), Markdown.escape(v.capacity()))).toList();
        out.append(Markdown.table(List.of("Platform", "Variant", "Fits", ">Monthly", "Capacity"), rows));
        // A blank line first: a line straight after a pipe table would be read as one more row of it.
        out.append("\n<sub>").append(Html.escape(ResultsView.FITS_LEGEND)).append("</sub>\n\n");
        p.result().pricing().ifPresent(c -> comparison(out, PricingTable.title(c), PricingTable.header(c),
                PricingTable.rows(c), List.of(PricingTable.verdict(c))));
        p.result().regions().ifPresent(c -> comparison(out, RegionTable.title(c, p.region()),
                RegionTable.header(c), RegionTable.rows(c),
                RegionTable.sentences(c, p.result().profile().regions())));
        p.result().ranges().ifPresent(r -> comparison(out, RangeTable.title(r), RangeTable.header(),
                RangeTable.rows(r), RangeTable.sentences(r)));
        for (PlatformView v : p.platforms()) {
            if (v.lines().isEmpty()) {
                continue;
            }
            out.append("**").append(Markdown.escape(v.label())).append("**\n\n");
            List<List<String>> lines = new ArrayList<>();
            for (LineView line : v.lines()) {
                lines.add(List.of(Markdown.escape(line.component()), line.quantity(), Markdown.escape(line.unit()),
                        line.unitPrice(), line.monthly()));
            }
            lines.add(List.of("**Total**", "", "", "", "**" + v.total() + "**"));
            out.append(Markdown.table(List.of("Component", ">Quantity", "Unit", ">Unit price", ">Monthly"), lines))
                    .append('\n');
            if (!v.assumptions().isEmpty()) {
                out.append("<sub>").append(Html.escape(String.join(" · ", v.assumptions()))).append("</sub>\n\n");
            }
        }
        out.append(limitsTable(p.limits(), true)).append('\n');
        out.append("</details>\n\n");
        return out.toString();
    }

    /** Limits of every platform; with {@code onlyProblems}, the ok ones are counted instead of listed. */
    private static String limitsTable(List<LimitView> limits, boolean onlyProblems) {
        List<List<String>> rows = limits.stream().filter(check -> !onlyProblems || !check.ok())
                .map(check -> List.of(Markdown.escape(check.platform()), Markdown.escape(check.limit()),
                        Markdown.escape(check.needs()), Markdown.escape(check.allowed()),
                        check.ok() ? check.status() : "**" + check.status() + "**",
                        Markdown.escape(check.workaround()))).toList();
        long ok = limits.size() - rows.size();
        String note = onlyProblems ? ok + " limits checked are met" + (rows.isEmpty() ? "." : "; these are not:")
                + "\n\n" : "";
        return rows.isEmpty() ? note : note + Markdown.table(List.of("Platform", "Limit", "Needs", "Allowed", "Status",
                "Workaround"), rows);
    }

    private static String foot(RunInfo run) {
        return "<sub>costfit " + Html.escape(run.toolVersion()) + " · prices: " + Html.escape(run.catalogNote())
                + " · free tier " + (run.freeTier() ? "applied" : "not applied") + "</sub>\n";
    }

    /** Head, as many detail blocks as fit under the comment limit, a note for the rest, and the foot. */
    private static String assemble(String head, List<String> details, String foot) {
        StringBuilder out = new StringBuilder(head);
        int budget = COMMENT_LIMIT - RESERVE - foot.length();
        if (out.length() > budget) {
            // Even the summary table is too long: keep as many of its rows as fit.
            int cut = out.lastIndexOf("\n|", budget);
            out.setLength(Math.max(0, cut + 1));
            out.append("\n_The summary is cut here to fit GitHub's ").append(Numbers.grouped(COMMENT_LIMIT, 0))
                    .append("-character comment limit; use --format html or json for the full report._\n\n");
            return out.append(foot).toString();
        }
        int shown = 0;
        for (String block : details) {
            if (out.length() + block.length() > budget) {
                break;
            }
            out.append(block);
            shown++;
        }
        if (shown < details.size()) {
            out.append("_Details of ").append(details.size() - shown).append(" more profile")
                    .append(details.size() - shown == 1 ? " are" : "s are").append(" left out to fit GitHub's ")
                    .append(Numbers.grouped(COMMENT_LIMIT, 0))
                    .append("-character comment limit; use --format html or json for the full report._\n\n");
        }
        return out.append(foot).toString();
    }

    /** A side-by-side table (commitments, regions), then what it says in words, a paragraph each. */
    private static void comparison(StringBuilder out, String title, List<String> header, List<List<String>> rows,
                                   List<String> sentences) {
        out.append(Markdown.escape(title)).append("\n\n");
        out.append(Markdown.table(header, rows.stream().map(row -> row.stream().map(Markdown::escape).toList())
                .toList())).append('\n');
        out.append(Markdown.escape(String.join(" ", sentences))).append("\n\n");
    }
}
