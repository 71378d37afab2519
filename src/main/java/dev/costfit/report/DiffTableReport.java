package dev.costfit.report;

import dev.costfit.recommend.Diff;

/** The `diff` report for people: the change of every profile, then what changed in each. */
final class DiffTableReport {

    private static final String INDENT = "  ";

    private final int width;
    private final Style style;

    DiffTableReport(int width, Style style) {
        this.width = width;
        this.style = style;
    }

    String render(RunInfo run, Diff diff) {
        DiffView view = DiffView.of(run, diff);
        StringBuilder out = new StringBuilder(style.bold("Cost change")).append('\n');
        TextTable.wrapped(out, view.summary(), width, INDENT);
        TextTable.wrapped(out, view.basis(), width, INDENT);
        out.append('\n');
        TextTable table = new TextTable("~Profile", "Change", "~Recommended", ">Before", ">After", ">Change");
        for (DiffView.Row row : view.rows()) {
            table.row(row.profile(), row.change(), row.recommended(), row.costBefore(), row.costAfter(), row.delta());
        }
        DiffView.Row total = view.total();
        table.row(total.profile(), "", "", total.costBefore(), total.costAfter(), total.delta());
        out.append(table.renderFitting(width, INDENT));
        for (DiffView.Section section : view.sections()) {
            out.append('\n').append(style.bold(section.profile())).append(" (").append(section.change()).append(")\n");
            if (!section.fields().isEmpty()) {
                TextTable fields = new TextTable("~Field", "~Before", "~After");
                section.fields().forEach(f -> fields.row(f.path(), f.before(), f.after()));
                out.append(fields.renderFitting(width, INDENT)).append('\n');
            }
            TextTable platforms = new TextTable("Platform", ">Before", ">After", ">Change");
            section.platforms().forEach(p -> platforms.row(p.platform(), p.before(), p.after(), p.delta()));
            out.append(platforms.renderFitting(width, INDENT));
        }
        out.append('\n');
        TextTable.wrapped(out, view.footnote(), width, "", style::dim);
        return out.toString();
    }
}
