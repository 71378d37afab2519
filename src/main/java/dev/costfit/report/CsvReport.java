package dev.costfit.report;

import dev.costfit.assessment.CostLine;
import dev.costfit.profile.PricingOption;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.RegionComparison;
import dev.costfit.report.ResultsView.LimitView;
import dev.costfit.report.ResultsView.LineView;
import dev.costfit.report.ResultsView.PlatformView;
import dev.costfit.report.ResultsView.ProfileView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            // Where regions are compared: a row per (platform, region), keyed region:<region>.
            p.result().regions().ifPresent(c -> {
                for (var row : c.rows()) {
                    for (int i = 0; i < c.regions().size(); i++) {
                        var cell = row.cells().get(i);
                        String standing = cell.priced() ? "" : "; " + (cell.standing()
                                == RegionComparison.Standing.NO_COMMITMENT_RATE ? RegionTable.NO_COMMITMENT_RATE
                                : RegionTable.cell(cell));
                        boolean fits = cell.standing() != RegionComparison.Standing.DOES_NOT_FIT;
                        row(table, p.name(), row.platform(), "", fits, c.chosen().get(i).equals(row.platform()),
                                "region:" + c.regions().get(i),
                                "monthly cost in " + c.regions().get(i) + " (comparison, LLM tokens left out"
                                        + standing + (c.allowed().get(i) ? "" : "; outside regions") + ")",
                                null, "", null, cell.hasFigure() ? cell.monthly() : null, false);
                    }
                }
            });
            // With --ranges: a row per (platform, statistic), keyed ranges:p10|p50|p90|cheapest|recommended; the
            // percentiles in monthlyCost, the shares of scenarios in quantity (unit "share of scenarios"); then the
            // LLM tokens' ranges:p10|p50|p90 with no platform and shared true.
            p.result().ranges().ifPresent(r -> {
                for (var spread : r.spreads()) {
                    boolean fits = spread.fits() > 0;
                    String about = " across " + r.scenarios() + " scenarios (seed " + r.seed() + ")";
                    percentiles(table, p.name(), spread.platform(), fits, about, orNull(spread.p10()),
                            orNull(spread.p50()), orNull(spread.p90()), false);
                    row(table, p.name(), spread.platform(), "", fits, false, "ranges:cheapest",
                            "share of scenarios in which it is the cheapest" + about,
                            r.share(r.cheapest().getOrDefault(spread.platform(), 0)), "share of scenarios", null,
                            null, false);
                    row(table, p.name(), spread.platform(), "", fits, false, "ranges:recommended",
                            "share of scenarios in which it is recommended" + about,
                            r.share(r.recommended().getOrDefault(spread.platform(), 0)), "share of scenarios", null,
                            null, false);
                }
                // The LLM tokens' band: no platform's, alike on every one, so the shared column is true.
                r.llmTokens().ifPresent(band -> {
                    String about = " of the LLM tokens, alike on every platform, across " + band.priced()
                            + " scenarios where a platform fits (seed " + r.seed() + ")";
                    percentiles(table, p.name(), "", true, about, band.p10(), band.p50(), band.p90(), true);
                });
            });
        }
        return CsvText.write(table);
    }

    /** One header line, then rows of whole profiles: the rows of consecutive parts concatenate. */
    @Override
    public Optional<PartedReport> recommendInParts(RunInfo run) {
        return Optional.of(PartedReport.afterHeader(results -> recommend(run, results), 1));
    }

    @Override
    public Optional<PartedReport> checkInParts(RunInfo run) {
        return Optional.of(PartedReport.afterHeader(results -> check(run, results), 1));
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

    /**
     * One row per (profile, platform). A missing cost is told by the platform's status on that side (fits, unfit,
     * unpriced, not-assessed, absent); the region and the pricing option say what the figures are priced as.
     */
    @Override
    public String diff(RunInfo run, Diff diff) {
        Table table = Table.create("costfit-diff", StringColumn.create("profile"), StringColumn.create("status"),
                StringColumn.create("platform"), DoubleColumn.create("monthlyCostBefore"),
                DoubleColumn.create("monthlyCostAfter"), DoubleColumn.create("delta"),
                BooleanColumn.create("recommendedBefore"), BooleanColumn.create("recommendedAfter"),
                StringColumn.create("statusBefore"), StringColumn.create("statusAfter"),
                StringColumn.create("regionBefore"), StringColumn.create("regionAfter"),
                StringColumn.create("pricingBefore"), StringColumn.create("pricingAfter"));
        for (ProfileDiff d : diff.profiles()) {
            for (ProfileDiff.PlatformChange p : d.platforms()) {
                row(table, d.name(), d.status().name().toLowerCase(Locale.ROOT), p.platform(), orNull(p.before()),
                        orNull(p.after()), orNull(p.delta()),
                        d.recommendedBefore().filter(a -> a.platform().equals(p.platform())).isPresent(),
                        d.recommendedAfter().filter(a -> a.platform().equals(p.platform())).isPresent(),
                        p.sideBefore().standing().id(), p.sideAfter().standing().id(),
                        d.regionBefore().orElse(null), d.regionAfter().orElse(null),
                        d.pricingBefore().map(PricingOption::id).orElse(null),
                        d.pricingAfter().map(PricingOption::id).orElse(null));
            }
        }
        return CsvText.write(table);
    }

    /** The ranges:p10|p50|p90 rows of one platform (or, shared, of the LLM tokens); a null cost: never fits. */
    private static void percentiles(Table table, String profile, String platform, boolean fits, String about,
                                    Double p10, Double p50, Double p90, boolean shared) {
        Double[] costs = {p10, p50, p90};
        String[] names = {"p10", "p50", "p90"};
        for (int i = 0; i < costs.length; i++) {
            row(table, profile, platform, "", fits, false, "ranges:" + names[i],
                    names[i].toUpperCase(Locale.ROOT) + " monthly cost" + about, null, "", null, costs[i], shared);
        }
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
