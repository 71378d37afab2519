package dev.costfit.report;

import dev.costfit.profile.PricingOption;
import dev.costfit.recommend.PricingComparison;
import dev.costfit.units.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The commitment table every renderer lays out: platforms × pricing options, then who is recommended under each. */
final class PricingTable {

    private PricingTable() {
    }

    static String title(PricingComparison c) {
        return "On demand and under each commitment (monthly, LLM tokens left out; figures above: "
                + c.inForce().label() + ")";
    }

    /** Column headers: the platform, then one per option ('>' marks right alignment). */
    static List<String> header(PricingComparison c) {
        List<String> out = new ArrayList<>();
        out.add("Platform");
        c.options().forEach(o -> out.add(">" + heading(o)));
        return out;
    }

    /** A row per platform, then the recommended platform under each option. Cells are plain text. */
    static List<List<String>> rows(PricingComparison c) {
        return SideBySide.body(c.rows().stream().map(PricingComparison.Row::name).toList(),
                c.rows().stream().map(row -> row.costs().stream().map(PricingTable::cell).toList()).toList(),
                c.chosen().stream().map(c::nameOf).toList());
    }

    /** One sentence: whether committing changes the answer. */
    static String verdict(PricingComparison c) {
        if (!c.changesRecommendation()) {
            return "Committing does not change the recommendation: " + c.nameOf(c.chosen().get(0))
                    + " under every option. Each line commits the hourly level that makes its month least; the use "
                    + "above it stays on demand.";
        }
        List<String> changes = new ArrayList<>();
        for (int i = 1; i < c.options().size(); i++) {
            if (!c.chosen().get(i).equals(c.chosen().get(0))) {
                changes.add(c.nameOf(c.chosen().get(i)) + " under " + c.options().get(i).label()
                        + (c.restsOnBestCase(i) ? " (on AWS's 'up to' figure, a best case, not a published rate: "
                        + "at published rates alone, " + c.nameOf(c.atPublished().get(i)) + ")" : ""));
            }
        }
        return "Committing changes the recommendation from " + c.nameOf(c.chosen().get(0)) + " (on demand) to "
                + String.join("; ", changes) + ". Each line commits the hourly level that makes its month least; "
                + "the use above it stays on demand.";
    }

    static String heading(PricingOption o) {
        if (o.onDemand()) {
            return "On demand";
        }
        return o.years() + "y " + switch (o.payment()) {
            case NO_UPFRONT -> "no upfront";
            case PARTIAL_UPFRONT -> "partial upfront";
            case ALL_UPFRONT -> "all upfront";
        };
    }

    private static String cell(OptionalDouble cost) {
        return cost.isPresent() ? Money.format(cost.getAsDouble()) : "—";
    }
}
