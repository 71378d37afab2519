package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileResult;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import tech.tablesaw.api.BooleanColumn;
import dev.costfit.units.Numbers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Long-format CSV written through Tablesaw: recommend has one row per (profile, platform, cost line), check one
 * per (profile, platform, limit), diff one per (profile, platform). Numbers are unrounded, in plain decimal.
 */
public final class CsvReport implements Renderer {

    @Override
    public String recommend(RunInfo run, List<ProfileResult> results) {
        StringColumn profile = StringColumn.create("profile");
        StringColumn platform = StringColumn.create("platform");
        StringColumn variant = StringColumn.create("variant");
        BooleanColumn feasible = BooleanColumn.create("feasible");
        BooleanColumn recommended = BooleanColumn.create("recommended");
        StringColumn key = StringColumn.create("key");
        StringColumn component = StringColumn.create("component");
        DoubleColumn quantity = DoubleColumn.create("quantity");
        StringColumn unit = StringColumn.create("unit");
        DoubleColumn unitPrice = DoubleColumn.create("unitPrice");
        DoubleColumn monthlyCost = DoubleColumn.create("monthlyCost");
        BooleanColumn shared = BooleanColumn.create("shared");
        for (ProfileResult r : results) {
            for (Assessment a : r.assessments()) {
                boolean chosen = r.recommendation().chosen().filter(c -> c == a).isPresent();
                List<CostLine> lines = a.lines().isEmpty()
                        ? java.util.Collections.singletonList(null) : a.lines();
                for (CostLine line : lines) {
                    profile.append(r.profile().name());
                    platform.append(a.platform());
                    variant.append(a.variant());
                    feasible.append(a.feasible());
                    recommended.append(chosen);
                    if (line == null) {
                        key.append("");
                        component.append(a.feasible() ? "(cannot be priced)" : "(does not fit)");
                        quantity.appendMissing();
                        unit.append("");
                        unitPrice.appendMissing();
                        monthlyCost.appendMissing();
                        shared.append(false);
                    } else {
                        key.append(line.key());
                        component.append(line.component());
                        quantity.append(line.quantity());
                        unit.append(line.unit());
                        unitPrice.append(line.unitPrice());
                        monthlyCost.append(line.monthlyCost());
                        shared.append(line.shared());
                    }
                }
            }
        }
        return write(Table.create("costfit", profile, platform, variant, feasible, recommended, key, component,
                quantity, unit, unitPrice, monthlyCost, shared));
    }

    /** One header line, then rows of whole profiles: the rows of consecutive parts concatenate. */
    @Override
    public int streamHeaderLines() {
        return 1;
    }

    @Override
    public String check(RunInfo run, List<ProfileResult> results) {
        StringColumn profile = StringColumn.create("profile");
        StringColumn platform = StringColumn.create("platform");
        StringColumn limit = StringColumn.create("limit");
        StringColumn required = StringColumn.create("required");
        StringColumn allowed = StringColumn.create("allowed");
        BooleanColumn ok = BooleanColumn.create("ok");
        StringColumn severity = StringColumn.create("severity");
        StringColumn workaround = StringColumn.create("workaround");
        for (ProfileResult r : results) {
            for (Assessment a : r.assessments()) {
                for (LimitCheck check : a.limits()) {
                    profile.append(r.profile().name());
                    platform.append(a.platform());
                    limit.append(check.limit());
                    required.append(check.required());
                    allowed.append(check.allowed());
                    ok.append(check.ok());
                    severity.append(check.severity().name().toLowerCase(Locale.ROOT));
                    workaround.append(check.ok() ? "" : check.workaround());
                }
            }
        }
        return write(Table.create("costfit-limits", profile, platform, limit, required, allowed, ok, severity,
                workaround));
    }

    @Override
    public String diff(RunInfo run, Diff diff) {
        StringColumn profile = StringColumn.create("profile");
        StringColumn status = StringColumn.create("status");
        StringColumn platform = StringColumn.create("platform");
        DoubleColumn before = DoubleColumn.create("monthlyCostBefore");
        DoubleColumn after = DoubleColumn.create("monthlyCostAfter");
        DoubleColumn delta = DoubleColumn.create("delta");
        BooleanColumn recommendedBefore = BooleanColumn.create("recommendedBefore");
        BooleanColumn recommendedAfter = BooleanColumn.create("recommendedAfter");
        for (ProfileDiff d : diff.profiles()) {
            for (ProfileDiff.PlatformChange p : d.platforms()) {
                profile.append(d.name());
                status.append(d.status().name().toLowerCase(Locale.ROOT));
                platform.append(p.platform());
                append(before, p.before());
                append(after, p.after());
                append(delta, p.delta());
                recommendedBefore.append(d.recommendedBefore().filter(a -> a.platform().equals(p.platform()))
                        .isPresent());
                recommendedAfter.append(d.recommendedAfter().filter(a -> a.platform().equals(p.platform()))
                        .isPresent());
            }
        }
        return write(Table.create("costfit-diff", profile, status, platform, before, after, delta, recommendedBefore,
                recommendedAfter));
    }

    private static void append(DoubleColumn column, OptionalDouble value) {
        if (value.isPresent()) {
            column.append(value.getAsDouble());
        } else {
            column.appendMissing();
        }
    }

    private static String write(Table table) {
        return CsvText.write(table);
    }
}
