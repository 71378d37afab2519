package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.glue.GlueBill;
import dev.costfit.platform.Commitments;
import java.util.List;
import java.util.Optional;

/**
 * The same profile priced in each of several AWS regions: every platform's monthly cost (LLM tokens left out, as in
 * the ranking) per region, the platform recommended in each, and the cheapest (platform, region) pair among the
 * regions the profile's data residency (`regions`) allows. Each region is a full evaluation of the profile with
 * that `region`, exactly what `recommend --region R` prices; egress stays each region's own internet egress (no
 * cross-region traffic is invented).
 *
 * @param regions       the compared AWS regions, in order (the columns)
 * @param allowed       for each region, whether the profile's `regions` allows it (the choice is made among these)
 * @param googleRegions for each region, the Google region its Google platforms are priced in
 * @param googlePinned  the profile's gcp_region pins Google platforms to one region in every column
 * @param chosen        the platform id recommended in each region ("none")
 */
public record RegionComparison(List<String> regions, List<Boolean> allowed, List<String> googleRegions,
                               boolean googlePinned, List<Row> rows, List<String> chosen) {

    /**
     * How a platform stands in one region: priced; priced but for a service around it whose price the region lacks
     * (its queue, logs, ...: the month a lower bound, never ranked against whole months, where a Cape Town month
     * without its $1,088 of glue read as the cheapest of five regions); priced on demand where the pricing option's
     * commitment has no rate in the catalog for the region (AWS Compute Savings Plans apply in every region, the
     * catalog's Lambda and Fargate rates are us-east-1's: an on-demand month, at most the committed one, never
     * compared with committed months, where eu-west-1's on-demand Lambda read as 10% dearer than us-east-1's committed
     * one at equal on-demand prices); or why there is no figure ("no price" is not "does not fit").
     */
    public enum Standing { PRICED, PARTIAL, NO_COMMITMENT_RATE, NO_PRICE, DOES_NOT_FIT }

    /** One platform in one region; {@code monthly} is meaningful only where priced, in part or whole. */
    public record Cell(Standing standing, double monthly) {
        static Cell of(Assessment a) {
            if (!a.feasible()) {
                return new Cell(Standing.DOES_NOT_FIT, Double.NaN);
            }
            if (!a.priced()) {
                return new Cell(Standing.NO_PRICE, Double.NaN);
            }
            Standing standing = GlueBill.leavesOut(a.notes()) ? Standing.PARTIAL
                    : Commitments.lacksRegionalRate(a.notes()) ? Standing.NO_COMMITMENT_RATE : Standing.PRICED;
            return new Cell(standing, a.platformCost());
        }

        /** A whole month: ranked and compared. */
        public boolean priced() {
            return standing == Standing.PRICED;
        }

        /** A figure to show: whole, a lower bound, or on demand where the commitment has no rate here. */
        public boolean hasFigure() {
            return standing == Standing.PRICED || standing == Standing.PARTIAL
                    || standing == Standing.NO_COMMITMENT_RATE;
        }
    }

    /** One platform across the regions. */
    public record Row(String platform, String name, boolean google, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The cheapest priced (platform, region) pair among the allowed regions. */
    public record Pair(String platform, String name, String region, double monthly) {
    }

    public RegionComparison {
        regions = List.copyOf(regions);
        allowed = List.copyOf(allowed);
        googleRegions = List.copyOf(googleRegions);
        rows = List.copyOf(rows);
        chosen = List.copyOf(chosen);
    }

    /** Built from each region's assessments, in the order of {@code regions}. */
    static RegionComparison of(List<String> regions, List<Boolean> allowed, List<String> googleRegions,
                               boolean googlePinned, List<List<Assessment>> byRegion, Recommender recommender,
                               java.util.function.Predicate<String> isGoogle) {
        List<Row> rows = SideBySideAssessments.byPlatform(byRegion).stream()
                .map(across -> new Row(across.get(0).platform(), across.get(0).platformName(),
                        isGoogle.test(across.get(0).platform()), across.stream().map(Cell::of).toList()))
                .toList();
        return new RegionComparison(regions, allowed, googleRegions, googlePinned, rows,
                SideBySideAssessments.chosen(byRegion, recommender));
    }

    /** The cheapest priced platform in an allowed region; ties go to the earlier region, then the earlier row. */
    public Optional<Pair> cheapest() {
        Pair best = null;
        for (int r = 0; r < regions.size(); r++) {
            if (!allowed.get(r)) {
                continue;
            }
            for (Row row : rows) {
                Cell cell = row.cells().get(r);
                if (cell.priced() && (best == null || cell.monthly() < best.monthly())) {
                    best = new Pair(row.platform(), row.name(), regions.get(r), cell.monthly());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The regions where some platform's month leaves a service out for want of a price there. */
    public List<String> partialRegions() {
        List<String> out = new java.util.ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            int at = r;
            if (rows.stream().anyMatch(row -> row.cells().get(at).standing() == Standing.PARTIAL)) {
                out.add(regions.get(r));
            }
        }
        return out;
    }

    /** Each platform priced on demand in some region for want of its commitment's rate there, with those regions. */
    public java.util.Map<String, List<String>> uncommittedRegions() {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
            List<String> where = new java.util.ArrayList<>();
            for (int r = 0; r < regions.size(); r++) {
                if (row.cells().get(r).standing() == Standing.NO_COMMITMENT_RATE) {
                    where.add(regions.get(r));
                }
            }
            if (!where.isEmpty()) {
                out.put(row.name(), where);
            }
        }
        return out;
    }

    /** Whether some compared region lies outside the profile's data residency. */
    public boolean restricted() {
        return allowed.contains(false);
    }

    /** The name of a platform id in this comparison. */
    public String nameOf(String id) {
        return rows.stream().filter(r -> r.platform().equals(id)).map(Row::name).findFirst().orElse("no platform");
    }
}
