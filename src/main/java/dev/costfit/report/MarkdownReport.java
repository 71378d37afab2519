package dev.costfit.report;

import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.report.ResultsView.LimitView;
import dev.costfit.report.ResultsView.LineView;
import dev.costfit.report.ResultsView.PlatformView;
import dev.costfit.report.ResultsView.ProfileView;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports as pull-request comments: a summary table, then a collapsible block per profile, the catalog at the foot.
 * A comment on GitHub stops at 65,536 characters: {@link CommentFit} keeps the head and the totals, and cuts the
 * policies, the table's rows and the details, each with a count of what it left out.
 */
public final class MarkdownReport implements Renderer {

    /** Marks costfit's comment so a CI job can find and update it instead of adding another. */
    public static final String MARKER = "<!-- costfit-report -->";
    public static final int COMMENT_LIMIT = CommentFit.COMMENT_LIMIT;

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
        List<String> details = view.profiles().stream().map(MarkdownReport::profileDetails).toList();
        return CommentFit.fit(new CommentFit.Parts(top("where these workloads should run"), run.tripped(), "",
                List.of("Profile", "Recommended", ">Monthly", "Runner-up", "Fits"), List.of(more(rows)), List.of(),
                details, foot(run)));
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
        List<String> details = view.profiles().stream().map(p -> "<details><summary><b>" + Html.escape(p.name())
                + "</b></summary>\n\n" + limitsTable(p.limits(), false) + "\n</details>\n\n").toList();
        return CommentFit.fit(new CommentFit.Parts(top("limits"), run.tripped(), "",
                List.of("Profile", "Fits", ">Limits not met"), List.of(more(rows)), List.of(), details, foot(run)));
    }

    private static String top(String title) {
        return MARKER + "\n## costfit: " + title + "\n\n";
    }

    /** One profile a row, cut within to fit: the first rows, then "… 300 more profiles". */
    private static CommentFit.Group more(List<List<String>> rows) {
        int columns = rows.isEmpty() ? 1 : rows.get(0).size();
        return new CommentFit.Group(rows, true, k -> {
            List<String> line = new ArrayList<>(java.util.Collections.nCopies(columns, ""));
            line.set(0, "_… " + DiffView.profiles(rows.size() - k, "more") + "_");
            return line;
        });
    }

    /**
     * The changed, added and removed profiles first, then the unchanged; to fit, the unchanged are counted in one
     * line, then the last of the others, and the Total row stays.
     */
    @Override
    public String diff(RunInfo run, Diff diff) {
        DiffView view = DiffView.of(run, diff);
        List<DiffView.Row> changes = view.rows().stream().filter(r -> !r.unchanged()).toList();
        List<DiffView.Row> unchanged = view.rows().stream().filter(DiffView.Row::unchanged).toList();
        CommentFit.Group changed = new CommentFit.Group(changes.stream().map(MarkdownReport::cells).toList(), true,
                k -> counted(DiffView.counted("… " + DiffView.profiles(changes.size() - k, "more")
                        + " changed, added or removed", "", changes.subList(k, changes.size()))));
        CommentFit.Group same = new CommentFit.Group(unchanged.stream().map(MarkdownReport::cells).toList(), false,
                k -> counted(DiffView.counted(DiffView.profiles(unchanged.size() - k, "unchanged"), "unchanged",
                        unchanged.subList(k, unchanged.size()))));
        DiffView.Row total = view.total();
        List<String> totalCells = List.of("**" + Markdown.escape(total.profile()) + "**", "", "",
                "**" + total.costBefore() + "**", "**" + total.costAfter() + "**", "**" + total.delta() + "**");
        String intro = Markdown.escape(view.summary()) + "\n\n" + Markdown.escape(view.basis()) + "\n\n";
        List<String> details = view.sections().stream().map(MarkdownReport::diffDetails).toList();
        return CommentFit.fit(new CommentFit.Parts(top("cost change"), run.tripped(), intro,
                List.of("Profile", "Change", "Recommended", ">Before", ">After", ">Δ"), List.of(changed, same),
                List.of(totalCells), details, foot(run)));
    }

    private static List<String> cells(DiffView.Row row) {
        String recommended = row.changed() ? Markdown.escape(row.before()) + " → **" + Markdown.escape(row.after())
                + "**" : Markdown.escape(row.after());
        return List.of(Markdown.escape(row.profile()), row.change(), recommended, row.costBefore(), row.costAfter(),
                row.delta());
    }

    private static List<String> counted(DiffView.Row row) {
        return List.of("_" + Markdown.escape(row.profile()) + "_", row.change(), "", row.costBefore(),
                row.costAfter(), row.delta());
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

    /** A side-by-side table (commitments, regions), then what it says in words, a paragraph each. */
    private static void comparison(StringBuilder out, String title, List<String> header, List<List<String>> rows,
                                   List<String> sentences) {
        out.append(Markdown.escape(title)).append("\n\n");
        out.append(Markdown.table(header, rows.stream().map(row -> row.stream().map(Markdown::escape).toList())
                .toList())).append('\n');
        out.append(Markdown.escape(String.join(" ", sentences))).append("\n\n");
    }
}
