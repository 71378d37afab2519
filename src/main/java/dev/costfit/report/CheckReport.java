package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.recommend.ProfileResult;
import java.util.List;

/** The `check` report: per profile, every limit of every platform, ok or not, and the workaround where it fails. */
public final class CheckReport {

    private static final String INDENT = "  ";

    private final int width;
    private final Style style;

    public CheckReport(int width, Style style) {
        this.width = width;
        this.style = style;
    }

    public String render(RunInfo run, List<ProfileResult> results) {
        StringBuilder out = new StringBuilder();
        for (ProfileResult result : results) {
            var p = result.profile();
            out.append(style.bold(p.name())).append("  ").append(style.dim(p.source().start().toString()))
                    .append('\n');
            out.append(INDENT).append(ProfileSummary.describe(p)).append('\n');
            List<String> fits = result.assessments().stream().filter(Assessment::feasible)
                    .map(Assessment::platformName).toList();
            out.append(INDENT).append(fits.isEmpty() ? style.bad("fits no platform")
                    : style.good("fits " + String.join(", ", fits))).append("\n\n");
            TextTable table = new TextTable("Platform", "~Limit", "~Needs", "~Allowed", "Status", "~Workaround");
            for (Assessment a : result.assessments()) {
                for (LimitCheck check : a.limits()) {
                    table.row(a.platformName(), check.limit(), check.required(), check.allowed(),
                            check.ok() ? "ok" : TableReport.severityWord(check), check.ok() ? "" : check.workaround());
                }
            }
            out.append(table.render(width, INDENT)).append('\n');
        }
        out.append(style.dim("Limits: catalog of " + run.catalog().date() + ".")).append('\n');
        return out.toString();
    }
}
