package dev.costfit.report;

import dev.costfit.assessment.CostLine;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.report.ResultsView.LimitView;
import dev.costfit.report.ResultsView.LineView;
import dev.costfit.report.ResultsView.PlatformView;
import dev.costfit.report.ResultsView.ProfileView;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Long-format CSV written through Tablesaw: recommend has one row per (profile, platform, cost line), check one
 * per (profile, platform, limit), diff one per (profile, platform). Numbers are unrounded, in plain decimal.
 */
public final class CsvReport implements Renderer {

    @Override
    public String recommend(RunInfo run, List<ProfileResult> results) {
        Table table = Table.create("costfit", StringColumn.create("profile"), StringColumn.create("platform"),
                StringColumn.create("variant"), BooleanColumn.create("feasible"), BooleanColumn.create("recommended"),
                StringColumn.create("key"), StringColumn.create("component"), DoubleColumn.create("quantity"),
                StringColumn.create("unit"), DoubleColumn.create("unitPrice"), DoubleColumn.create("monthlyCost"),
                BooleanColumn.create("shared"));
        for (ProfileView p : ResultsView.of(results).profiles()) {
            for (PlatformView v : p.platforms()) {
                if (v.lines().isEmpty()) {
                    // One row still says the platform was assessed, and why it has no lines.
                    row(table, p.name(), v.id(), v.variant(), v.feasible(), v.chosen(), "",
                            v.feasible() ? "(cannot be priced)" : "(does not fit)", null, "", null, null, false);
                }
                for (LineView view : v.lines()) {
                    CostLine line = view.line();
                    row(table, p.name(), v.id(), v.variant(), v.feasible(), v.chosen(), line.key(), line.component(),
                            line.quantity(), line.unit(), line.unitPrice(), line.monthlyCost(), line.shared());
                }
            }
            // Under a commitment: a row per (platform, option) of the comparison, keyed pricing:<option>.
            p.result().pricing().ifPresent(c -> {
                for (var row : c.rows()) {
                    for (int i = 0; i < c.options().size(); i++) {
                        var option = c.options().get(i);
                        var cost = row.costs().get(i);
                        row(table, p.name(), row.platform(), "", cost.isPresent(),
                                c.chosen().get(i).equals(row.platform()), "pricing:" + option.id(),
                                "monthly cost under " + option.label() + " (comparison, LLM tokens left out)", null,
                                "", null, cost.isPresent() ? cost.getAsDouble() : null, false);
                    }
                }
            });
        }
        return CsvText.write(table);
    }

    /** One header line, then rows of whole profiles: the rows of consecutive parts concatenate. */
    @Override
    public int streamHeaderLines() {
        return 1;
    }

    @Override
    public String check(RunInfo run, List<ProfileResult> results) {
        Table table = Table.create("costfit-limits", StringColumn.create("profile"), StringColumn.create("platform"),
                StringColumn.create("limit"), StringColumn.create("required"), StringColumn.create("allowed"),
                BooleanColumn.create("ok"), StringColumn.create("severity"), StringColumn.create("workaround"));
        for (ProfileView p : ResultsView.of(results).profiles()) {
            for (LimitView check : p.limits()) {
                row(table, p.name(), check.platformId(), check.limit(), check.needs(), check.allowed(), check.ok(),
                        check.severityKey(), check.workaround());
            }
        }
        return CsvText.write(table);
    }

    @Override
    public String diff(RunInfo run, Diff diff) {
        Table table = Table.create("costfit-diff", StringColumn.create("profile"), StringColumn.create("status"),
                StringColumn.create("platform"), DoubleColumn.create("monthlyCostBefore"),
                DoubleColumn.create("monthlyCostAfter"), DoubleColumn.create("delta"),
                BooleanColumn.create("recommendedBefore"), BooleanColumn.create("recommendedAfter"));
        for (ProfileDiff d : diff.profiles()) {
            for (ProfileDiff.PlatformChange p : d.platforms()) {
                row(table, d.name(), d.status().name().toLowerCase(Locale.ROOT), p.platform(), orNull(p.before()),
                        orNull(p.after()), orNull(p.delta()),
                        d.recommendedBefore().filter(a -> a.platform().equals(p.platform())).isPresent(),
                        d.recommendedAfter().filter(a -> a.platform().equals(p.platform())).isPresent());
            }
        }
        return CsvText.write(table);
    }

    /** Appends one row, a cell per column in order; null is a missing value (an empty cell). */
    private static void row(Table table, Object... cells) {
        if (cells.length != table.columnCount()) {
            throw new IllegalArgumentException(cells.length + " cells for " + table.columnCount() + " columns");
        }
        for (int i = 0; i < cells.length; i++) {
            Column<?> column = table.column(i);
            if (cells[i] == null) {
                column.appendMissing();
            } else {
                column.appendObj(cells[i]);
            }
        }
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
