package dev.costfit.report;

import dev.costfit.recommend.RegionComparison;
import dev.costfit.recommend.RegionComparison.Cell;
import dev.costfit.recommend.RegionComparison.Row;
import dev.costfit.units.EnglishList;
import dev.costfit.units.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The region table every renderer lays out: platforms × AWS regions, who is recommended in each, the cheapest
 * (platform, region) pair, and the differences in words. Each cell is the figure `recommend --region R` prints.
 */
final class RegionTable {

    static final String NO_PRICE = "no price";
    static final String DOES_NOT_FIT = "does not fit";
    /** How a CSV row words a month priced on demand for want of the commitment's rate in its region. */
    static final String NO_COMMITMENT_RATE = "on demand: no commitment rate here";
    /** Marks a region outside the profile's data residency in headers. */
    static final String OUTSIDE = " (outside regions)";

    private RegionTable() {
    }

    static String title(RegionComparison c, String pricedIn) {
        return "In each region (monthly, LLM tokens left out; figures above: " + pricedIn + ")";
    }

    /** Column headers: the platform, then one per region ('>' marks right alignment). */
    static List<String> header(RegionComparison c) {
        List<String> out = new ArrayList<>();
        out.add("Platform");
        for (int r = 0; r < c.regions().size(); r++) {
            out.add(">" + c.regions().get(r) + (c.allowed().get(r) ? "" : OUTSIDE));
        }
        return out;
    }

    /** A row per platform, then the recommended platform in each region. Cells are plain text. */
    static List<List<String>> rows(RegionComparison c) {
        return SideBySide.body(c.rows().stream().map(Row::name).toList(),
                c.rows().stream().map(row -> row.cells().stream().map(RegionTable::cell).toList()).toList(),
                c.chosen().stream().map(c::nameOf).toList());
    }

    static String cell(Cell cell) {
        return switch (cell.standing()) {
            case PRICED -> Money.format(cell.monthly());
            case PARTIAL -> "≥ " + Money.format(cell.monthly());
            case NO_COMMITMENT_RATE -> "≤ " + Money.format(cell.monthly());
            case NO_PRICE -> NO_PRICE;
            case DOES_NOT_FIT -> DOES_NOT_FIT;
        };
    }

    /** The cheapest pair, each platform's spread across regions, where Google is priced, and the residency. */
    static List<String> sentences(RegionComparison c, List<String> residency) {
        List<String> out = new ArrayList<>();
        String within = c.restricted() ? " within regions [" + String.join(", ", residency) + "]" : "";
        out.add(c.cheapest().map(p -> "Cheapest" + within + ": " + p.name() + " in " + p.region() + ", "
                + Money.format(p.monthly()) + " a month" + recommendedThere(c, p) + ".")
                .orElse("No platform is priced" + within + "."));
        c.rows().forEach(row -> difference(c, row).ifPresent(out::add));
        List<String> partial = c.partialRegions();
        if (!partial.isEmpty()) {
            out.add("≥: in " + EnglishList.of(partial) + " a service around the compute (a queue, logs, ...) has no "
                    + "price in the catalog and is left out of the month (the platform's notes name it): a lower "
                    + "bound, neither ranked nor compared.");
        }
        var uncommitted = c.uncommittedRegions();
        if (!uncommitted.isEmpty()) {
            List<String> where = new ArrayList<>();
            uncommitted.forEach((name, regions) -> where.add(name + " in " + EnglishList.of(regions)));
            out.add("≤: the catalog has no rate for the commitment there (" + EnglishList.of(where) + "; the "
                    + "platform's notes name the lines), so the month is on demand, at most what the plan would cost "
                    + "there: neither ranked nor compared.");
        }
        if (c.restricted()) {
            List<String> outside = new ArrayList<>();
            for (int r = 0; r < c.regions().size(); r++) {
                if (!c.allowed().get(r)) {
                    outside.add(c.regions().get(r));
                }
            }
            out.add(EnglishList.of(outside) + (outside.size() == 1 ? " is" : " are") + " outside this profile's "
                    + "regions (data residency): shown for comparison, never chosen.");
        }
        if (c.rows().stream().anyMatch(Row::google)) {
            out.add(c.googlePinned() ? "Google platforms are priced in " + c.googleRegions().get(0)
                    + " in every column: the profile's gcp_region pins them."
                    : "Google platforms follow each AWS region's nearest Google region: " + google(c) + ".");
        }
        out.add("Egress is each region's own internet egress; no traffic between regions is assumed.");
        return out;
    }

    /** Where the recommendation in the cheapest pair's region is another platform (a simpler one, say), which. */
    private static String recommendedThere(RegionComparison c, RegionComparison.Pair p) {
        String chosen = c.chosen().get(c.regions().indexOf(p.region()));
        return chosen.equals(p.platform()) ? "" : " (recommended there: " + c.nameOf(chosen) + ", see the Recommended "
                + "row)";
    }

    /** "AWS Fargate is 11% dearer in ap-southeast-1 than in us-east-1", over the regions it is priced in. */
    static java.util.Optional<String> difference(RegionComparison c, Row row) {
        int cheap = -1;
        int dear = -1;
        int priced = 0;
        for (int r = 0; r < row.cells().size(); r++) {
            Cell cell = row.cells().get(r);
            if (!cell.priced()) {
                continue;
            }
            priced++;
            if (cheap < 0 || cell.monthly() < row.cells().get(cheap).monthly()) {
                cheap = r;
            }
            if (dear < 0 || cell.monthly() > row.cells().get(dear).monthly()) {
                dear = r;
            }
        }
        if (priced < 2) {
            return java.util.Optional.empty();
        }
        double low = row.cells().get(cheap).monthly();
        double high = row.cells().get(dear).monthly();
        if (high == low) {
            return java.util.Optional.of(row.name() + " costs the same in the " + priced + " regions it is priced "
                    + "in.");
        }
        long percent = Math.round(100 * (high / low - 1));
        String by = percent < 1 ? "under 1%" : percent + "%";
        return java.util.Optional.of(row.name() + " is " + by + " dearer in " + c.regions().get(dear) + " than in "
                + c.regions().get(cheap) + ".");
    }

    private static String google(RegionComparison c) {
        List<String> pairs = new ArrayList<>();
        for (int r = 0; r < c.regions().size(); r++) {
            pairs.add(c.regions().get(r) + " → " + c.googleRegions().get(r));
        }
        return String.join(", ", pairs);
    }
}
