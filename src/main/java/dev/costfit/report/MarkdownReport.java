package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommendation;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

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
        List<List<String>> rows = new ArrayList<>();
        for (ProfileResult r : results) {
            Recommendation rec = r.recommendation();
            long fits = r.assessments().stream().filter(Assessment::feasible).count();
            rows.add(List.of(Markdown.escape(r.profile().name()),
                    rec.chosen().map(a -> Markdown.escape(TableReport.platformLabel(a))).orElse("**no platform fits**"),
                    rec.chosen().map(a -> Money.format(a.platformCost())).orElse("—"),
                    rec.runnerUp().map(a -> Markdown.escape(a.platformName()) + " " + Money.format(a.platformCost()))
                            .orElse("—"),
                    fits + " of " + r.assessments().size()));
        }
        String head = MARKER + "\n## costfit: where these workloads should run\n\n" + tripped(run)
                + Markdown.table(List.of("Profile", "Recommended", ">Monthly", "Runner-up", "Fits"), rows) + "\n";
        List<String> details = results.stream().map(r -> profileDetails(run, r)).toList();
        return assemble(head, details, foot(run));
    }

    @Override
    public String check(RunInfo run, List<ProfileResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (ProfileResult r : results) {
            List<String> fits = r.assessments().stream().filter(Assessment::feasible)
                    .map(a -> Markdown.escape(a.platformName())).toList();
            long violated = r.assessments().stream().mapToLong(a -> a.violations().size()).sum();
            rows.add(List.of(Markdown.escape(r.profile().name()), fits.isEmpty() ? "**none**" : String.join(", ",
                    fits), Long.toString(violated)));
        }
        String head = MARKER + "\n## costfit: limits\n\n" + tripped(run)
                + Markdown.table(List.of("Profile", "Fits", ">Limits not met"), rows) + "\n";
        List<String> details = results.stream().map(r -> "<details><summary><b>" + Html.escape(r.profile().name())
                + "</b></summary>\n\n" + limitsTable(r.assessments(), false) + "\n</details>\n\n").toList();
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

    private String profileDetails(RunInfo run, ProfileResult r) {
        StringBuilder out = new StringBuilder();
        Recommendation rec = r.recommendation();
        out.append("<details><summary><b>").append(Html.escape(r.profile().name())).append("</b>: ")
                .append(rec.chosen().map(a -> Html.escape(TableReport.platformLabel(a)) + ", "
                        + Money.format(a.platformCost()) + " a month").orElse("no platform fits"))
                .append("</summary>\n\n");
        out.append(Markdown.escape(ProfileSummary.describe(r.profile()))).append("\n\n");
        rec.reasons().forEach(reason -> out.append("- ").append(Markdown.escape(reason)).append('\n'));
        out.append('\n');
        List<List<String>> rows = new ArrayList<>();
        for (Assessment a : r.assessments()) {
            rows.add(List.of(Markdown.escape(a.platformName()), Markdown.escape(a.variant()), TableReport.fits(a),
                    a.usable() ? Money.format(a.platformCost()) : "—", Markdown.escape(a.capacity().summary())));
        }
        out.append(Markdown.table(List.of("Platform", "Variant", "Fits", ">Monthly", "Capacity"), rows)).append('\n');
        for (Assessment a : r.assessments()) {
            if (a.lines().isEmpty()) {
                continue;
            }
            out.append("**").append(Markdown.escape(TableReport.platformLabel(a))).append("**\n\n");
            List<List<String>> lines = new ArrayList<>();
            for (CostLine line : a.lines()) {
                lines.add(List.of(Markdown.escape(line.component()), Numbers.grouped(line.quantity(), 3),
                        Markdown.escape(line.unit()), Money.unitPrice(line.unitPrice()),
                        Money.format(line.monthlyCost())));
            }
            out.append(Markdown.table(List.of("Component", ">Quantity", "Unit", ">Unit price", ">Monthly"), lines))
                    .append('\n');
            if (!a.assumptions().isEmpty()) {
                out.append("<sub>").append(Html.escape(String.join(" · ", a.assumptions()))).append("</sub>\n\n");
            }
        }
        out.append(limitsTable(r.assessments(), true)).append('\n');
        out.append("</details>\n\n");
        return out.toString();
    }

    /** Limits of every platform; with {@code onlyProblems}, the ok ones are counted instead of listed. */
    private static String limitsTable(List<Assessment> assessments, boolean onlyProblems) {
        List<List<String>> rows = new ArrayList<>();
        long ok = 0;
        for (Assessment a : assessments) {
            for (LimitCheck check : a.limits()) {
                if (onlyProblems && check.ok()) {
                    ok++;
                    continue;
                }
                rows.add(List.of(Markdown.escape(a.platformName()), Markdown.escape(check.limit()),
                        Markdown.escape(check.required()), Markdown.escape(check.allowed()),
                        check.ok() ? "ok" : "**" + TableReport.severityWord(check) + "**",
                        check.ok() ? "" : Markdown.escape(check.workaround())));
            }
        }
        String note = onlyProblems ? ok + " limits checked are met" + (rows.isEmpty() ? "." : "; these are not:")
                + "\n\n" : "";
        return rows.isEmpty() ? note : note + Markdown.table(List.of("Platform", "Limit", "Needs", "Allowed", "Status",
                "Workaround"), rows);
    }

    private static String foot(RunInfo run) {
        return "<sub>costfit " + Html.escape(run.toolVersion()) + " · prices: catalog of " + run.catalog().date()
                + (run.catalog().layers().size() > 1 ? " with " + Html.escape(String.join(", ",
                run.catalog().layers().subList(1, run.catalog().layers().size()))) : "")
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
}
