package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
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

    /** How a platform stands in one region: priced, or why there is no figure ("no price" is not "does not fit"). */
    public enum Standing { PRICED, NO_PRICE, DOES_NOT_FIT }

    /** One platform in one region; {@code monthly} is meaningful only where priced. */
    public record Cell(Standing standing, double monthly) {
        static Cell of(Assessment a) {
            if (!a.feasible()) {
                return new Cell(Standing.DOES_NOT_FIT, Double.NaN);
            }
            return a.priced() ? new Cell(Standing.PRICED, a.platformCost()) : new Cell(Standing.NO_PRICE, Double.NaN);
        }

        public boolean priced() {
            return standing == Standing.PRICED;
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

    /** Whether some compared region lies outside the profile's data residency. */
    public boolean restricted() {
        return allowed.contains(false);
    }

    /** The name of a platform id in this comparison. */
    public String nameOf(String id) {
        return rows.stream().filter(r -> r.platform().equals(id)).map(Row::name).findFirst().orElse("no platform");
    }
}
