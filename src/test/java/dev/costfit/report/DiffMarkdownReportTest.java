package dev.costfit.report;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The diff's pull-request comment under GitHub's 65,536-character limit: the marker, the
 * title, the summary and the Total row always stay; a long list of tripped policies and the table's rows are cut
 * with a count of what was left out, the unchanged profiles first.
 */
class DiffMarkdownReportTest {

    /** Lambda alone: each profile is a few lines of arithmetic, so a thousand of them price in a moment. */
    private static final Evaluator LAMBDA = new Evaluator(List.of(Platforms.byId("lambda").orElseThrow()),
            new PricingContext(CATALOG, false), new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
    private static final RunInfo RUN = new RunInfo("test", CATALOG, false, List.of("lambda"), false);

    /**
     * A Lambda service whose cost is linear in its rate (no INIT, no front door, no egress): at 10/s, 5,256,000
     * GB-s × $0.0000166667 = $87.600175 and 26,280,000 requests × $0.20 per million = $5.256, $92.856175 a month;
     * at 20/s twice that, $185.71235.
     */
    private static String linear(String name, String rate) {
        return "---\nname: " + name + "\ntraffic: {rate: " + rate + "}\nduration: 200ms\nmemory: 1GB\ntimeout: 5s\n"
                + "front_door: none\nnetwork: {clients: vpc}\ncold_start: {init: 0ms}\n";
    }

    private static List<ProfileResult> evaluate(String yaml) {
        return LAMBDA.evaluateAll(new ProfileLoader().parse("set.yaml", yaml), false);
    }

    /** Profiles {@code from} to {@code to} (excluded), at this rate: a file holds at most 1,000 documents. */
    private static List<ProfileResult> evaluate(int from, int to, String rate) {
        List<ProfileResult> results = new ArrayList<>();
        for (int start = from; start < to; start += 500) {
            StringBuilder yaml = new StringBuilder();
            for (int i = start; i < Math.min(to, start + 500); i++) {
                yaml.append(linear(name(i), rate));
            }
            results.addAll(evaluate(yaml.toString()));
        }
        return results;
    }

    private static String name(int i) {
        return String.format("service-with-a-rather-long-descriptive-name-%04d", i);
    }

    @Test
    void policiesPastTheLimitKeepTheMarkerTitleSummaryAndTotals() {
        // 642 lines of exactly 100 characters (none that Markdown escapes): 64,200, past the whole comment's room
        // on their own. Each is "> - " + line + newline, 105 characters; under the heading's 36 the policies may
        // take 8,192 (an eighth of the limit), so 77 are listed (36 + 77 × 105 = 8,121; a 78th would make 8,226)
        // and 565 counted.
        List<String> tripped = new ArrayList<>();
        for (int i = 0; i < 642; i++) {
            String line = "policy recommendation-change: " + name(i) + " moves to ";
            tripped.add(line + "x".repeat(100 - line.length()));
        }
        String md = new MarkdownReport().diff(RUN.withTripped(tripped),
                Diff.of(evaluate(0, 3, "10/s"), evaluate(0, 3, "20/s")));

        assertThat(md).startsWith(MarkdownReport.MARKER + "\n## costfit: cost change\n\n> **Policies tripped");
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.COMMENT_LIMIT);
        assertThat(md.lines().filter(l -> l.startsWith("> - policy "))).hasSize(77);
        assertThat(md).contains("> - … and 565 more (642 in all), left out to fit GitHub's 65,536-character "
                + "comment limit; costfit printed each on standard error.");
        // Three profiles, each $92.856175 → $185.71235: $278.57 → $557.14 (+$278.57).
        assertThat(md).contains("0 added, 0 removed, 3 changed, 0 unchanged. Monthly cost of the recommended "
                + "platforms: $278.57 → $557.14 (+$278.57).");
        assertThat(md).contains("| **Total** |   |   | **$278.57** | **$557.14** | **+$278.57** |");
        assertThat(md).contains("| " + name(2) + " | changed | AWS Lambda | $92.86 | $185.71 | +$92.86 |");
    }

    @Test
    void theOnlyChangedProfileAndTheTotalSurviveAThousandUnchangedOnes() {
        List<ProfileResult> base = evaluate(0, 1100, "10/s");
        // The head is the base with one profile, the 684th (past where the old cut fell), at twice the rate.
        List<ProfileResult> head = new ArrayList<>(base);
        head.set(683, evaluate(683, 684, "20/s").get(0));
        String md = new MarkdownReport().diff(RUN, Diff.of(base, head));

        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.COMMENT_LIMIT);
        assertThat(md).startsWith(MarkdownReport.MARKER);
        // The changed profile's row first, the 1,099 unchanged counted in one line (1,099 × $92.856175 =
        // $102,048.936325), then the Total: 1,100 × $92.856175 = $102,141.7925 before, $92.856175 more after.
        String table = "| Profile | Change | Recommended | Before | After | Δ |\n|---|---|---|---:|---:|---:|\n"
                + "| " + name(683) + " | changed | AWS Lambda | $92.86 | $185.71 | +$92.86 |\n"
                + "| _1,099 unchanged profiles_ | unchanged |   | $102,048.94 | $102,048.94 | $0.00 |\n"
                + "| **Total** |   |   | **$102,141.79** | **$102,234.65** | **+$92.86** |\n";
        assertThat(md).contains(table);
        assertThat(md).contains("_To fit GitHub's 65,536-character comment limit, 1,099 profiles are counted in a "
                + "line rather than listed; use --format html or json for every row._");
        // With the table this short, the changed profile's details fit too.
        assertThat(md).contains("<details><summary><b>" + name(683) + "</b>: changed</summary>")
                .doesNotContain("left out to fit");
    }

    @Test
    void aTableOfChangesTooLongKeepsItsFirstRowsCountsTheRestAndKeepsTheTotal() {
        String md = new MarkdownReport().diff(RUN, Diff.of(evaluate(0, 1000, "10/s"), evaluate(0, 1000, "20/s")));

        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.COMMENT_LIMIT);
        List<String> rows = md.lines().filter(l -> l.startsWith("| service-")).toList();
        int shown = rows.size();
        assertThat(shown).isBetween(500, 999);
        assertThat(rows.get(0)).startsWith("| " + name(0) + " |");
        // The rest counted with their sums, so that the table still adds up to its Total: each row is $92.856175 →
        // $185.71235; 1,000 of them $92,856.175 → $185,712.35.
        int left = 1000 - shown;
        assertThat(md).contains(String.format("| _… %,d more profiles changed, added or removed_ |   |   | $%,.2f | "
                + "$%,.2f | +$%,.2f |", left, left * 92.856175, left * 185.71235, left * 92.856175));
        assertThat(md).contains("| **Total** |   |   | **$92,856.18** | **$185,712.35** | **+$92,856.18** |");
    }
}
