package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costfit.recommend.CostChange;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `costfit diff` and the --fail-on policies: each trips past its boundary, not at it, after the full report. */
class DiffAndPoliciesTest {

    private static final String BASE = "src/test/resources/diff/base";
    private static final String HEAD = "src/test/resources/diff/head";
    private final ObjectMapper json = new ObjectMapper();

    /** A Lambda-only service whose cost is exactly linear in its rate: no INIT, no front door, no egress. */
    private static String linear(String name, String rate) {
        return "name: " + name + "\ntraffic: {rate: " + rate + "}\nduration: 200ms\nmemory: 1GB\ntimeout: 5s\n"
                + "front_door: none\nnetwork: {clients: vpc}\ncold_start: {init: 0ms}\n";
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void diffFindsAddedRemovedAndChangedProfilesWithTheirFields() throws Exception {
        CliRun run = CliRun.of("diff", BASE, HEAD, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = json.readTree(run.out());
        assertThat(root.get("report").asText()).isEqualTo("diff");
        assertThat(root.get("totals").get("added").asInt()).isEqualTo(1);
        assertThat(root.get("totals").get("removed").asInt()).isEqualTo(1);
        assertThat(root.get("totals").get("changed").asInt()).isEqualTo(1);
        assertThat(root.get("totals").get("unchanged").asInt()).isEqualTo(1);
        JsonNode growing = null;
        for (JsonNode p : root.get("profiles")) {
            if (p.get("name").asText().equals("growing")) {
                growing = p;
            }
            if (p.get("name").asText().equals("retired")) {
                assertThat(p.get("status").asText()).isEqualTo("removed");
                assertThat(p.get("monthlyCostAfter").asDouble()).isZero();
            }
            if (p.get("name").asText().equals("new-worker")) {
                assertThat(p.get("status").asText()).isEqualTo("added");
                assertThat(p.get("monthlyCostBefore").asDouble()).isZero();
            }
        }
        assertThat(growing.get("fields").findValuesAsText("path")).containsExactly("traffic.rate", "memory");
        assertThat(growing.get("platforms").size()).isEqualTo(6);
        double total = 0;
        for (JsonNode p : root.get("profiles")) {
            total += p.get("monthlyCostAfter").asDouble();
        }
        assertThat(root.get("totals").get("after").asDouble()).isCloseTo(total, within(1e-9));
    }

    @Test
    void increaseTripsAboveItsPercentageAndNotAtIt(@TempDir Path dir) throws Exception {
        // Doubling the rate of a linear profile doubles its cost: +100% exactly.
        Path base = write(dir.resolve("base"), "p.yaml", linear("svc", "10/s"));
        Path head = write(dir.resolve("head"), "p.yaml", linear("svc", "20/s"));
        CliRun atBoundary = CliRun.of("diff", base.getParent().toString(), head.getParent().toString(),
                "--platforms", "lambda", "--fail-on", "increase>100%");
        assertThat(atBoundary.exitCode()).as(atBoundary.err()).isZero();
        CliRun past = CliRun.of("diff", base.getParent().toString(), head.getParent().toString(),
                "--platforms", "lambda", "--fail-on", "increase>99.9%");
        assertThat(past.exitCode()).isEqualTo(3);
        assertThat(past.out()).contains("Cost change").contains("Prices: catalog"); // the report is complete
        assertThat(past.err()).contains("costfit: policy increase>99.9%: svc costs 100% more");
    }

    @Test
    void aRiseFromZeroTripsEveryPercentageAndSaysSoWithoutOne(@TempDir Path dir) throws Exception {
        // 1,000/day on the free tier: 30,417 requests and 6,083 GB-s a month, under 1M and 400,000: $0.00. At 20/s:
        // 52,560,000 requests, 10,512,000 GB-s: (10,512,000 - 400,000) x $0.0000166667 = $168.5337, plus
        // (52,560,000 - 1M) x $0.20/M = $10.312: $178.85. No percentage exists from $0, yet it exceeds 1,000%.
        Path base = write(dir.resolve("base"), "p.yaml", linear("svc", "1000/day"));
        Path head = write(dir.resolve("head"), "p.yaml", linear("svc", "20/s"));
        CliRun run = CliRun.of("diff", base.getParent().toString(), head.getParent().toString(), "--free-tier",
                "--platforms", "lambda", "--fail-on", "increase>1000%");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("costfit: policy increase>1,000%: svc grows from $0.00 to $178.85\n"
                + "costfit: policy increase>1,000%: the total grows from $0.00 to $178.85\n");
        JsonNode root = json.readTree(CliRun.of("diff", base.getParent().toString(), head.getParent().toString(),
                "--free-tier", "--platforms", "lambda", "--format", "json").out());
        JsonNode svc = root.get("profiles").get(0);
        assertThat(svc.get("monthlyCostBefore").asDouble()).isZero();
        assertThat(svc.get("monthlyCostAfter").asDouble()).isCloseTo(178.8457, within(1e-3));
        assertThat(svc.get("increasePercent").isNull()).isTrue();
        assertThat(root.get("totals").get("increasePercent").isNull()).isTrue();
    }

    @Test
    void fromZeroToZeroIsNoRise(@TempDir Path dir) throws Exception {
        // 2,000/day: 60,833 requests and 12,167 GB-s, still inside the free tier: $0.00 on both sides.
        Path base = write(dir.resolve("base"), "p.yaml", linear("svc", "1000/day"));
        Path head = write(dir.resolve("head"), "p.yaml", linear("svc", "2000/day"));
        CliRun run = CliRun.of("diff", base.getParent().toString(), head.getParent().toString(), "--free-tier",
                "--platforms", "lambda", "--fail-on", "increase>0%");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        // Half a cent is no rise a bill shows (costs are compared in cents); one cent is.
        assertThat(new CostChange(0, 0.004).exceeds(0, 1e-9)).isFalse();
        assertThat(new CostChange(0, 0.005).exceeds(0, 1e-9)).isTrue();
    }

    @Test
    void anEmptyBaseTripsOnTheTotalFromZero(@TempDir Path dir) throws Exception {
        // Everything is added: no profile had a cost to rise from, the total rose from $0 to $92.86 (10/s above).
        Files.createDirectories(dir.resolve("empty"));
        Path head = write(dir.resolve("head"), "p.yaml", linear("svc", "10/s"));
        CliRun run = CliRun.of("diff", dir.resolve("empty").toString(), head.getParent().toString(),
                "--platforms", "lambda", "--fail-on", "increase>10%");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("costfit: policy increase>10%: the total grows from $0.00 to $92.86\n");
    }

    @Test
    void jsonCarriesTheIncreaseInPercent(@TempDir Path dir) throws Exception {
        Path base = write(dir.resolve("base"), "p.yaml", linear("svc", "10/s"));
        Path head = write(dir.resolve("head"), "p.yaml", linear("svc", "20/s"));
        JsonNode root = json.readTree(CliRun.of("diff", base.getParent().toString(), head.getParent().toString(),
                "--platforms", "lambda", "--format", "json").out());
        assertThat(root.get("profiles").get(0).get("increasePercent").asDouble()).isCloseTo(100, within(1e-9));
        assertThat(root.get("totals").get("increasePercent").asDouble()).isCloseTo(100, within(1e-9));
    }

    @Test
    void recommendationChangeTripsOnlyWhenThePlatformChanges() {
        CliRun changed = CliRun.of("diff", BASE, HEAD, "--fail-on", "recommendation-change");
        assertThat(changed.exitCode()).isEqualTo(3);
        assertThat(changed.err()).contains("policy recommendation-change: growing moves from");
        assertThat(changed.err().lines().count()).isEqualTo(1);
        CliRun same = CliRun.of("diff", HEAD, HEAD, "--fail-on", "recommendation-change");
        assertThat(same.exitCode()).isZero();
        assertThat(same.err()).isEmpty();
    }

    @Test
    void overBudgetTripsAboveTheBudgetInCentsAndNotAtIt(@TempDir Path dir) throws Exception {
        // 10/s x 0.2 s x 1 GB = 5,256,000 GB-s = $87.600175; 26,280,000 requests = $5.256: $92.856175 -> $92.86.
        Path file = write(dir, "p.yaml", linear("svc", "10/s"));
        CliRun at = CliRun.of("recommend", file.toString(), "--platforms", "lambda", "--fail-on", "over-budget",
                "--budget", "92.86");
        assertThat(at.exitCode()).as(at.err()).isZero();
        CliRun over = CliRun.of("recommend", file.toString(), "--platforms", "lambda", "--fail-on", "over-budget",
                "--budget", "92.85");
        assertThat(over.exitCode()).isEqualTo(3);
        assertThat(over.out()).contains("Recommendation: AWS Lambda");
        assertThat(over.err()).contains("costs $92.86 a month on AWS Lambda, over its budget of $92.85");
    }

    @Test
    void aProfileBudgetWinsOverTheCommandLine(@TempDir Path dir) throws Exception {
        Path file = write(dir, "p.yaml", linear("svc", "10/s") + "budget: 1000/month\n");
        assertThat(CliRun.of("recommend", file.toString(), "--platforms", "lambda", "--fail-on", "over-budget",
                "--budget", "1").exitCode()).isZero();
    }

    @Test
    void infeasibleTripsOnTheNewProfilesOfADiff(@TempDir Path dir) throws Exception {
        Path base = write(dir.resolve("base"), "p.yaml", linear("svc", "10/s"));
        Path head = write(dir.resolve("head"), "p.yaml", linear("svc", "10/s").replace("memory: 1GB",
                "memory: 2TB"));
        CliRun run = CliRun.of("diff", base.getParent().toString(), head.getParent().toString(), "--fail-on",
                "infeasible");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("policy infeasible: svc fits no platform");
    }

    @Test
    void anEmptyBaseFolderMeansEverythingIsAdded(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("diff", dir.resolve("empty").toString(), HEAD, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(json.readTree(run.out()).get("totals").get("added").asInt()).isEqualTo(3);
    }

    /** A change that deletes every profile leaves HEAD empty: each BASE profile is removed, as an empty BASE adds. */
    @Test
    void anEmptyHeadFolderMeansEverythingIsRemoved(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("diff", BASE, dir.resolve("empty").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode totals = json.readTree(run.out()).get("totals");
        assertThat(totals.get("removed").asInt()).isEqualTo(3);
        assertThat(totals.get("added").asInt()).isZero();
    }

    /**
     * costfit reads a folder's own *.yaml, not its subfolders': a BASE whose profiles all sit one level down had
     * been read as empty, every HEAD profile "added". It is refused, naming a profile it would have missed.
     */
    @Test
    void aFolderWhoseProfilesAreAllInSubfoldersIsRefusedNotReadAsEmpty(@TempDir Path dir) throws Exception {
        Path nested = dir.resolve("base");
        Files.createDirectories(nested.resolve("team"));
        Files.copy(Path.of(BASE).resolve("profiles.yaml"), nested.resolve("team/profiles.yaml"));
        CliRun run = CliRun.of("diff", nested.toString(), HEAD);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(nested + ": the folder holds no *.yaml or *.yml file of its own, but its "
                + "subfolders do (" + nested.resolve("team/profiles.yaml") + "): costfit reads the profiles in a "
                + "folder itself, not in its subfolders; name each folder that holds them");
    }

    @Test
    void diffWritesEveryFormat(@TempDir Path dir) throws Exception {
        for (String format : new String[] {"table", "json", "markdown", "csv", "html"}) {
            Path out = dir.resolve("diff." + format);
            CliRun run = CliRun.of("diff", BASE, HEAD, "--format", format, "--out", out.toString());
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(Files.readString(out)).contains("growing");
        }
    }

    @Test
    void trippedPoliciesAreStatedAtTheTopOfTheMarkdownAndHtmlReports() {
        CliRun md = CliRun.of("diff", BASE, HEAD, "--format", "markdown", "--fail-on", "recommendation-change");
        assertThat(md.exitCode()).isEqualTo(3);
        String head = md.out().substring(0, md.out().indexOf("| Profile"));
        assertThat(head).contains("Policies tripped (--fail-on)").contains("policy recommendation-change: growing "
                + "moves from");
        CliRun html = CliRun.of("recommend", "profiles/chat-api.yaml", "--format", "html", "--budget", "1",
                "--fail-on", "over-budget");
        assertThat(html.out()).doesNotContain("Policies tripped"); // chat-api states its own budget, $2,000
        CliRun over = CliRun.of("recommend", "profiles/steady-api.yaml", "--format", "html", "--budget", "1",
                "--fail-on", "over-budget");
        assertThat(over.exitCode()).isEqualTo(3);
        assertThat(org.jsoup.Jsoup.parse(over.out()).select("header section.policies li").text())
                .contains("policy over-budget: steady-api costs");
    }

    @Test
    void overBudgetWithNoBudgetAnywhereIsANoteNotAFailure() {
        CliRun run = CliRun.of("recommend", "profiles/steady-api.yaml", "--fail-on", "over-budget");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("--fail-on over-budget checked nothing");
    }
}
