package dev.costfit.report;

import dev.costfit.recommend.ProfileResult;
import dev.costfit.report.ResultsView.LimitView;
import dev.costfit.report.ResultsView.ProfileView;
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
        ResultsView view = ResultsView.of(results);
        StringBuilder out = new StringBuilder();
        for (ProfileView p : view.profiles()) {
            out.append(style.bold(p.name())).append("  ").append(style.dim(p.source())).append('\n');
            out.append(INDENT).append(p.summary()).append('\n');
            List<String> fits = p.fitting();
            out.append(INDENT).append(fits.isEmpty() ? style.bad("fits no platform")
                    : style.good("fits " + String.join(", ", fits))).append("\n\n");
            TextTable table = new TextTable("Platform", "~Limit", "~Needs", "~Allowed", "Status", "~Workaround");
            for (LimitView check : p.limits()) {
                table.row(check.platform(), check.limit(), check.needs(), check.allowed(), check.status(),
                        check.workaround());
            }
            out.append(table.render(width, INDENT)).append('\n');
        }
        out.append(style.dim("Limits: " + run.catalogNote() + ".")).append('\n');
        return out.toString();
    }
}
