package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** costfit run in-process as a user runs it: files in, stdout/stderr and exit codes out. */
class CliTest {

    /**
     * The Lambda pricing page's example 1, behind a (free) function URL so that only Lambda itself is priced, and
     * without the INIT time billed since August 2025, which the example leaves out.
     */
    private static final String MOBILE = "name: mobile-backend\ntraffic: {rate: 3M/month}\nduration: 120ms\n"
            + "memory: 1536MB\ntimeout: 3s\narchitecture: x86_64\nfront_door: function-url\n"
            + "cold_start: {init: 0ms}\n";
    private final ObjectMapper json = new ObjectMapper();

    private static Path write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void mobileBackendJsonWithFreeTierSays273(@TempDir Path dir) throws Exception {
        // The Lambda pricing page's example 1: $2.73 a month with the free tier.
        CliRun run = CliRun.of("recommend", "--free-tier", "--format", "json", write(dir, "m.yaml", MOBILE).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = json.readTree(run.out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("catalog").get("date").asText()).isEqualTo("2026-12-02");
        assertThat(root.get("options").get("freeTier").asBoolean()).isTrue();
        JsonNode profile = root.get("profiles").get(0);
        assertThat(profile.get("recommendation").get("platform").asText()).isEqualTo("lambda");
        JsonNode lambda = profile.get("assessments").get(0);
        assertThat(lambda.get("platform").asText()).isEqualTo("lambda");
        assertThat(lambda.get("variant").asText()).isEqualTo("x86_64");
        assertThat(lambda.get("feasible").asBoolean()).isTrue();
        double cost = lambda.get("monthlyCost").asDouble();
        assertThat(Math.round(cost * 100) / 100.0).isEqualTo(2.73);
        // Unrounded, and every line redoable by hand: quantity x unit price = monthly cost.
        assertThat(cost).isNotEqualTo(2.73);
        double sum = 0;
        for (JsonNode line : lambda.get("lines")) {
            assertThat(line.get("quantity").asDouble() * line.get("unitPrice").asDouble())
                    .isCloseTo(line.get("monthlyCost").asDouble(), within(1e-9));
            assertThat(line.get("unit").asText()).isNotBlank();
            sum += line.get("monthlyCost").asDouble();
        }
        assertThat(sum).isCloseTo(cost, within(1e-9));
    }

    @Test
    void recommendOnTheSampleProfilesPrintsEveryProfileAndWhyTheLongOnesDoNotFit() {
        CliRun run = CliRun.of("recommend", "profiles/");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("chat-api", "rag-pipeline", "doc-summarizer", "gpu-inference",
                "nightly-reindex", "steady-api");
        assertThat(run.out()).contains("Recommendation: AWS Fargate").contains("Recommendation: Amazon EKS");
        // The nightly job states no timeout: its 20-min task is over Lambda's 15 minutes at any memory.
        assertThat(run.out()).contains("AWS Lambda does not fit: run time needs 20 min (a task at a whole vCPU; no "
                + "timeout stated), allowed 15 min");
        assertThat(run.out()).contains("AWS Lambda does not fit: GPU needs 1 × any, allowed none");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void tableFitsTheWidth() {
        CliRun run = CliRun.of("recommend", "profiles/");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    }

    @Test
    void checkListsEveryLimitAndItsStatus() {
        CliRun run = CliRun.of("check", "profiles/nightly-batch.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("fits AWS Fargate, Amazon EKS");
        assertThat(run.out()).containsPattern("AWS Lambda\\s+run time\\s+20 min \\(a task\\s+15 min"
                + "\\s+VIOLATED\\s+split the work");
        assertThat(run.out()).containsPattern("AWS Lambda\\s+memory\\s+4,096 MB\\s+10,240 MB\\s+ok");
    }

    @Test
    void checkJsonCarriesEveryLimit() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "profiles/nightly-batch.yaml");
        JsonNode lambda = json.readTree(run.out()).get("profiles").get(0).get("assessments").get(0);
        assertThat(lambda.get("feasible").asBoolean()).isFalse();
        assertThat(lambda.get("monthlyCost").isNull()).isTrue();
        assertThat(lambda.get("violations")).anySatisfy(v -> {
            assertThat(v.get("limit").asText()).isEqualTo("run time");
            assertThat(v.get("severity").asText()).isEqualTo("hard");
            assertThat(v.get("workaround").asText()).contains("Step Functions");
        });
        assertThat(lambda.get("limits").size()).isGreaterThan(lambda.get("violations").size());
    }

    @Test
    void outWritesTheFileAtomicallyAndNothingToStdout(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.json");
        CliRun run = CliRun.of("recommend", "profiles/", "--format", "json", "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(json.readTree(out.toFile()).get("profiles").size()).isEqualTo(6);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void outIntoAMissingFolderIsBadInput(@TempDir Path dir) {
        // Found with the rest of --out, before any profile is priced (it was found at the end, after the work).
        CliRun run = CliRun.of("recommend", "profiles/", "--out", dir.resolve("no/such/report.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out: cannot write ").contains("the folder " + dir.resolve("no/such")
                + " does not exist; create it first").contains("nothing was priced");
    }

    @Test
    void outNeverOverwritesAnInputProfileAndNamesTheReasonWhenItCannotWrite(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("p.yaml");
        Files.writeString(profile, "name: p\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 512MB\ntimeout: 5s\n");
        CliRun onto = CliRun.of("recommend", profile.toString(), "--out", profile.toString());
        assertThat(onto.exitCode()).isEqualTo(2);
        assertThat(onto.err()).contains("--out").contains("is one of the profiles being read");
        assertThat(Files.readString(profile)).startsWith("name: p");
        CliRun empty = CliRun.of("recommend", profile.toString(), "--out", "");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("--out").contains("empty file name");
        CliRun folder = CliRun.of("recommend", profile.toString(), "--out", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        locked.toFile().setWritable(false);
        CliRun denied = CliRun.of("recommend", profile.toString(), "--out", locked.resolve("r.txt").toString());
        if (!locked.toFile().canWrite()) { // root ignores the permission
            assertThat(denied.exitCode()).isEqualTo(2);
            assertThat(denied.err()).contains("the folder " + locked + " is not writable");
        }
        locked.toFile().setWritable(true);
    }

    @Test
    void optionValuesAreWrittenAsInProfilesAndABadOneGetsOneLine() {
        CliRun ok = CliRun.of("recommend", "profiles/steady-api.yaml", "--budget", "$500/month",
                "--simplicity-margin", "10%", "--fail-on", "over-budget");
        assertThat(ok.exitCode()).as(ok.err()).isEqualTo(3);
        assertThat(ok.err()).contains("over its budget of $500.00");
        CliRun bad = CliRun.of("recommend", "profiles/steady-api.yaml", "--budget", "lots");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines().count()).isEqualTo(2);
        assertThat(bad.err()).contains("--budget").contains("500/month").doesNotContain("Usage:");
    }

    @Test
    void unknownPlatformGetsASuggestion() {
        CliRun run = CliRun.of("recommend", "profiles/", "--platforms", "lamda");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--platforms: unknown platform 'lamda'. Did you mean 'lambda'?");
    }

    @Test
    void unknownRegionListsTheKnownOnes() {
        CliRun run = CliRun.of("recommend", "profiles/", "--region", "eu-west-9");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown AWS region 'eu-west-9'. Did you mean 'eu-west-1'?")
                .contains("us-east-1");
    }

    @Test
    void regionOptionRepricesEveryProfile() throws Exception {
        CliRun run = CliRun.of("recommend", "profiles/steady-api.yaml", "--region", "eu-west-1", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(json.readTree(run.out()).get("profiles").get(0).get("region").asText()).isEqualTo("eu-west-1");
    }

    @Test
    void catalogOverlayChangesThePrice(@TempDir Path dir) throws Exception {
        Path profile = write(dir, "m.yaml", MOBILE);
        String overlay = Path.of(CliTest.class.getResource("/catalogs/discount.yaml").toURI()).toString();
        JsonNode base = json.readTree(CliRun.of("recommend", "--format", "json", profile.toString()).out());
        JsonNode cheaper = json.readTree(CliRun.of("recommend", "--format", "json", "--catalog", overlay,
                profile.toString()).out());
        double before = base.get("profiles").get(0).get("recommendation").get("monthlyCost").asDouble();
        double after = cheaper.get("profiles").get(0).get("recommendation").get("monthlyCost").asDouble();
        // 540,000 GB-s at $0.0000166667 = $9.000018, at $0.000015 = $8.10; requests and egress are unchanged.
        assertThat(before - after).isCloseTo(0.900018, within(1e-9));
    }

    @Test
    void anOverlayPriceInAUnitThatDoesNotConvertIsExit2AtItsUnit(@TempDir Path dir) throws Exception {
        Path profile = write(dir, "m.yaml", MOBILE);
        String overlay = Path.of(CliTest.class.getResource("/catalogs/wrong-unit.yaml").toURI()).toString();
        CliRun run = CliRun.of("recommend", "--catalog", overlay, profile.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(overlay + ":4:11: prices[line 3].unit: ec2.m5.large is priced per "
                + "instance-hour in the catalog; found 'instance-month'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void explainListsTheDefaultsAndAssumptions(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("recommend", "--explain", write(dir, "m.yaml", MOBILE).toString());
        assertThat(run.out()).contains("Defaults this profile relied on:")
                .contains("traffic.pattern = flat").contains("cpu_time = 120 ms")
                .contains("Assumptions for AWS Lambda:").contains("rounded up to 1 ms")
                .contains("free tier not applied");
    }

    @Test
    void versionNamesTheCatalogDate() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("costfit").contains("price catalog of 2026-12-02");
    }

    @Test
    void helpShowsExamples() {
        CliRun run = CliRun.of("recommend", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Examples:").contains("--free-tier").contains("--catalog");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("recommend", "--frobnicate", "profiles/");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void missingProfileArgumentIsAUsageError() {
        CliRun run = CliRun.of("recommend");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("PROFILE");
    }

    @Test
    void checkExitsZeroEvenWhenNothingFitsUnlessAskedToFail(@TempDir Path dir) throws Exception {
        Path huge = write(dir, "huge.yaml", "name: huge\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 2TB\n"
                + "timeout: 10s\n");
        CliRun plain = CliRun.of("check", huge.toString());
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("fits no platform");
        CliRun failing = CliRun.of("check", huge.toString(), "--fail-on", "infeasible");
        assertThat(failing.exitCode()).isEqualTo(3);
        assertThat(failing.out()).contains("fits no platform"); // the report is still written in full
        assertThat(failing.err()).contains("costfit: policy infeasible: huge fits no platform");
    }

    @Test
    void overBudgetComparesThePlatformCostWithTheBudget(@TempDir Path dir) throws Exception {
        Path profile = write(dir, "m.yaml", MOBILE);
        assertThat(CliRun.of("recommend", profile.toString(), "--fail-on", "over-budget", "--budget", "100")
                .exitCode()).isZero();
        CliRun over = CliRun.of("recommend", profile.toString(), "--fail-on", "over-budget", "--budget", "1");
        assertThat(over.exitCode()).isEqualTo(3);
        assertThat(over.err()).contains("policy over-budget: mobile-backend costs").contains("over its budget of $1.00");
    }

    @Test
    void anIncreaseThresholdWithTooManyDigitsIsRefusedNotReadAsInfinity() {
        // Fuzz seed 6464: increase>1 followed by 400 zeros was read as Infinity and crashed the report (exit 1).
        String huge = "1" + "0".repeat(400);
        CliRun run = CliRun.of("diff", "profiles/chat-api.yaml", "profiles/chat-api.yaml", "--fail-on",
                "increase>" + huge + "%");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--fail-on: policy 'increase>1").contains("a run of 401 digits")
                .doesNotContain("internal error");
    }

    @Test
    void diffOnlyPoliciesAreRefusedElsewhere() {
        CliRun run = CliRun.of("recommend", "profiles/", "--fail-on", "increase>10%");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("use them with costfit diff");
        assertThat(CliRun.of("recommend", "profiles/", "--fail-on", "expensive").err())
                .contains("unknown policy 'expensive'");
    }

    @Test
    void anUnknownLlmModelIsAnErrorAtItsLocation(@TempDir Path dir) throws Exception {
        Path file = write(dir, "l.yaml", "name: l\ntraffic: {rate: 1/s}\nduration: 5s\nmemory: 512MB\ntimeout: 60s\n"
                + "llm: {model: claude-sonet-4, input_tokens: 100, output_tokens: 10}\n");
        CliRun run = CliRun.of("recommend", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":6:14: llm.model: unknown model 'claude-sonet-4'. Did you mean "
                + "'claude-sonnet-4'?");
    }

    @Test
    void jsonCarriesColdStartsReasonsAndTheBreakEven() throws Exception {
        JsonNode profile = json.readTree(CliRun.of("recommend", "--format", "json", "profiles/chat-api.yaml").out())
                .get("profiles").get(0);
        assertThat(profile.get("recommendation").get("reasons").size()).isGreaterThan(2);
        assertThat(profile.get("recommendation").get("reasons").toString()).contains("break-even");
        JsonNode lambda = profile.get("assessments").get(0);
        assertThat(lambda.get("coldStarts").get("share").asDouble()).isBetween(0.0, 0.01);
        assertThat(lambda.get("coldStarts").get("latencySeconds").asDouble()).isEqualTo(0.3);
        assertThat(lambda.get("platformCost").asDouble()).isLessThan(lambda.get("monthlyCost").asDouble());
    }

    @Test
    void csvIsPlainDecimalAndSafeToOpenInASpreadsheet(@TempDir Path dir) throws Exception {
        // A profile named like a formula must not run as one; 52,560,000 requests are not 5.256E7.
        Path profile = dir.resolve("p.yaml");
        Files.writeString(profile, "name: \"=1+2\"\ntraffic: {rate: 20/s}\nduration: 1s\nmemory: 512MB\n"
                + "timeout: 5s\n");
        CliRun run = CliRun.of("recommend", profile.toString(), "--format", "csv", "--platforms", "lambda");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("'=1+2,lambda").doesNotContain("\n=1+2").doesNotContain("E7")
                .doesNotContain("E-7").contains(",52560000,request,0.0000002,10.512,");
    }
}
