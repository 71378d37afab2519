package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * A diff where a side has no cost: a profile that now fits nothing is not a saving, and a
 * platform with no price in the region is not one that does not fit, nor one that was removed.
 */
class DiffWithoutACostTest {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * A Lambda service whose cost is linear in its rate (no INIT, no front door, no egress): at 10/s, 5,256,000
     * GB-s × $0.0000166667 = $87.600175 and 26,280,000 requests × $0.20 per million = $5.256, $92.856175 a month;
     * at 20/s twice that, $185.71235. At 20 GB it breaks Lambda's 10,240 MB memory limit and fits nothing.
     */
    private static String linear(String name, String rate, String memory) {
        return "name: " + name + "\ntraffic: {rate: " + rate + "}\nduration: 200ms\nmemory: " + memory
                + "\ntimeout: 5s\nfront_door: none\nnetwork: {clients: vpc}\ncold_start: {init: 0ms}\n";
    }

    private static Path folder(Path dir, Map<String, String> files) throws Exception {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey() + ".yaml"), file.getValue());
        }
        return dir;
    }

    private static CliRun diff(Path base, Path head, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("diff", base.toString(), head.toString(),
                "--platforms", "lambda"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static JsonNode profile(JsonNode root, String name) {
        for (JsonNode p : root.get("profiles")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no profile " + name);
    }

    @Test
    void aProfileThatNowFitsNothingIsLeftOutOfTheTotalsNotCountedAsASaving(@TempDir Path dir) throws Exception {
        Path base = folder(dir.resolve("base"), Map.of("keep", linear("keep", "10/s", "1GB"),
                "grow", linear("grow", "20/s", "1GB")));
        Path head = folder(dir.resolve("head"), Map.of("keep", linear("keep", "10/s", "1GB"),
                "grow", linear("grow", "20/s", "20GB")));

        // Before the fix the total fell by grow's whole cost: $278.57 → $92.86 (-$185.71). Left out, it stays
        // at keep's $92.856175 on both sides.
        String table = diff(base, head).out();
        assertThat(table).containsPattern("grow +changed +AWS Lambda → none +\\$185\\.71 +fits nothing +—\n")
                .containsPattern("Total \\(excludes 1 profile\\) +\\$92\\.86 +\\$92\\.86 +\\$0\\.00\n")
                .doesNotContain("-$185.71");
        assertThat(table.replaceAll("\\s+", " ")).contains("Monthly cost of the recommended platforms: $92.86 → "
                + "$92.86 ($0.00). The totals leave out 1 profile with no cost before or after (it fits nothing, or "
                + "nothing that fits is priced here): grow.");
        assertThat(diff(base, head, "--format", "markdown").out())
                .contains("| grow | changed | AWS Lambda → **none** | $185.71 | fits nothing | — |")
                .contains("| **Total (excludes 1 profile)** |   |   | **$92.86** | **$92.86** | **$0.00** |");

        JsonNode root = json.readTree(diff(base, head, "--format", "json").out());
        assertThat(root.get("totals").get("before").asDouble()).isCloseTo(92.856175, within(1e-6));
        assertThat(root.get("totals").get("after").asDouble()).isCloseTo(92.856175, within(1e-6));
        assertThat(root.get("totals").get("leftOut").asInt()).isEqualTo(1);
        JsonNode grow = profile(root, "grow");
        assertThat(grow.get("monthlyCostBefore").asDouble()).isCloseTo(185.71235, within(1e-6));
        assertThat(grow.get("monthlyCostAfter").isNull()).isTrue();
        assertThat(grow.get("inTotals").asBoolean()).isFalse();
        assertThat(grow.get("recommendation").get("statusAfter").asText()).isEqualTo("unfit");
        assertThat(profile(root, "keep").get("inTotals").asBoolean()).isTrue();

        Document html = Jsoup.parse(diff(base, head, "--format", "html").out());
        assertThat(html.select("#summary tbody tr").stream().filter(r -> r.child(0).text().equals("grow"))
                .findFirst().orElseThrow().child(4).text()).isEqualTo("fits nothing");
        assertThat(html.select("#summary tbody tr").last().text()).isEqualTo("Total (excludes 1 profile) $92.86 "
                + "$92.86 $0.00");
    }

    @Test
    void noPriceHereDoesNotFitAndRemovedAreToldApartInEveryFormat(@TempDir Path dir) throws Exception {
        // In me-central-1 the catalog has no Lambda prices (no lambda.requests there): every Lambda that fits is
        // unpriced. grow then breaks the memory limit, and gone is removed.
        Path base = folder(dir.resolve("base"), Map.of("keep", linear("keep", "10/s", "1GB"),
                "grow", linear("grow", "10/s", "1GB"), "gone", linear("gone", "10/s", "1GB")));
        Path head = folder(dir.resolve("head"), Map.of("keep", linear("keep", "10/s", "1GB"),
                "grow", linear("grow", "10/s", "20GB")));
        String[] region = {"--region", "me-central-1"};

        String table = diff(base, head, region).out();
        assertThat(table).containsPattern("keep +unchanged +none +no price here +no price here +—\n")
                .containsPattern("grow +changed +none +no price here +fits nothing +—\n")
                .containsPattern("gone +removed +none +no price here +removed +—\n")
                .containsPattern("Total \\(excludes 3 profiles\\) +\\$0\\.00 +\\$0\\.00 +\\$0\\.00\n")
                .containsPattern("grow \\(changed\\)\n[\\s\\S]*AWS Lambda +no price here +does not fit +—\n")
                .containsPattern("gone \\(removed\\)\n[\\s\\S]*AWS Lambda +no price here +removed +—\n");
        assertThat(diff(base, head, "--format", "markdown", "--region", "me-central-1").out())
                .contains("| keep | unchanged | none | no price here | no price here | — |")
                .contains("| AWS Lambda | no price here | does not fit | — |")
                .contains("| AWS Lambda | no price here | removed | — |");

        Document html = Jsoup.parse(diff(base, head, "--format", "html", "--region", "me-central-1").out());
        Map<String, List<String>> cells = new HashMap<>();
        html.select("section.profile").forEach(s -> cells.put(s.selectFirst("h2").ownText().trim(),
                s.select("table").last().select("tbody td").eachText()));
        assertThat(cells.get("grow")).containsExactly("AWS Lambda", "no price here", "does not fit", "—");
        assertThat(cells.get("gone")).containsExactly("AWS Lambda", "no price here", "removed", "—");

        JsonNode root = json.readTree(diff(base, head, "--format", "json", "--region", "me-central-1").out());
        JsonNode grow = profile(root, "grow").get("platforms").get(0);
        assertThat(grow.get("statusBefore").asText()).isEqualTo("unpriced");
        assertThat(grow.get("statusAfter").asText()).isEqualTo("unfit");
        assertThat(grow.get("before").isNull()).isTrue();
        assertThat(profile(root, "gone").get("platforms").get(0).get("statusAfter").asText()).isEqualTo("absent");
        assertThat(profile(root, "keep").get("recommendation").get("statusAfter").asText()).isEqualTo("unpriced");
        assertThat(profile(root, "keep").get("monthlyCostAfter").isNull()).isTrue();
        assertThat(root.get("totals").get("leftOut").asInt()).isEqualTo(3);

        Table csv = Table.read().usingOptions(CsvReadOptions.builderFromString(diff(base, head, "--format", "csv",
                "--region", "me-central-1").out()).columnTypesToDetect(List.of(ColumnType.STRING)));
        Map<String, String> statuses = new HashMap<>();
        for (Row row : csv) {
            statuses.put(row.getString("profile"), row.getString("statusBefore") + "/" + row.getString("statusAfter"));
        }
        assertThat(statuses).containsEntry("keep", "unpriced/unpriced").containsEntry("grow", "unpriced/unfit")
                .containsEntry("gone", "unpriced/absent");
    }
}
