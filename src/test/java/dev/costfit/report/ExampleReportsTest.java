package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.cli.CliRun;
import dev.costfit.golden.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample reports in examples/reports are golden files: produced by costfit from profiles/ (and, for diff, from
 * the two sets in src/test/resources/diff, and for breakeven from the chat API profile), and kept in sync by this
 * test ({@link Golden}: charts by structure, the rest byte for byte). After a deliberate change, regenerate them
 * with {@code mvn -q test -Dtest=ExampleReportsTest -Dcostfit.regenerate=true} (which then fails on purpose),
 * read the diff, and say in the commit why the figures moved.
 */
class ExampleReportsTest {

    private static final Path REPORTS = Path.of("examples/reports");
    private static final String BASE = "src/test/resources/diff/base";
    private static final String HEAD = "src/test/resources/diff/head";
    private static final String CHAT = "profiles/chat-api.yaml";
    private static final String STEADY = "examples/commitments/steady-lookup.yaml";
    private static final String COMMIT = "savings-plan-3y-all-upfront";
    private static final String THREE = "us-east-1,eu-west-1,ap-southeast-1";
    private static final String SCENARIOS = "200";

    record Example(String file, List<String> args) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Example> examples() {
        return List.of(
                new Example("recommend.txt", List.of("recommend", "profiles/")),
                new Example("recommend.json", List.of("recommend", "profiles/", "--format", "json")),
                new Example("recommend.md", List.of("recommend", "profiles/", "--format", "markdown")),
                new Example("recommend.csv", List.of("recommend", "profiles/", "--format", "csv")),
                new Example("recommend.html", List.of("recommend", "profiles/", "--format", "html")),
                new Example("check.txt", List.of("check", "profiles/")),
                new Example("check.md", List.of("check", "profiles/", "--format", "markdown")),
                new Example("check.csv", List.of("check", "profiles/", "--format", "csv")),
                new Example("check.html", List.of("check", "profiles/", "--format", "html")),
                new Example("diff.txt", List.of("diff", BASE, HEAD)),
                new Example("diff.json", List.of("diff", BASE, HEAD, "--format", "json")),
                new Example("diff.md", List.of("diff", BASE, HEAD, "--format", "markdown")),
                new Example("diff.csv", List.of("diff", BASE, HEAD, "--format", "csv")),
                new Example("diff.html", List.of("diff", BASE, HEAD, "--format", "html")),
                new Example("breakeven.txt", List.of("breakeven", CHAT, "--vary", "rate")),
                new Example("breakeven.json", List.of("breakeven", CHAT, "--vary", "rate", "--format", "json")),
                new Example("breakeven.csv", List.of("breakeven", CHAT, "--vary", "rate", "--format", "csv")),
                new Example("breakeven.html", List.of("breakeven", CHAT, "--vary", "rate", "--format", "html")),
                new Example("breakeven.svg", List.of("breakeven", CHAT, "--vary", "rate", "--format", "svg")),
                // A steady API whose recommendation changes under a 3-year all-upfront commitment (README).
                new Example("commitments.txt", List.of("recommend", STEADY, "--pricing", COMMIT)),
                new Example("commitments.json", List.of("recommend", STEADY, "--pricing", COMMIT, "--format", "json")),
                new Example("commitments.md", List.of("recommend", STEADY, "--pricing", COMMIT, "--format",
                        "markdown")),
                new Example("commitments.csv", List.of("recommend", STEADY, "--pricing", COMMIT, "--format", "csv")),
                new Example("commitments.html", List.of("recommend", STEADY, "--pricing", COMMIT, "--format",
                        "html")),
                // The chat API in three regions side by side (README, "Regions side by side").
                new Example("regions.txt", List.of("recommend", CHAT, "--region", THREE)),
                new Example("regions.json", List.of("recommend", CHAT, "--region", THREE, "--format", "json")),
                new Example("regions.md", List.of("recommend", CHAT, "--region", THREE, "--format", "markdown")),
                new Example("regions.csv", List.of("recommend", CHAT, "--region", THREE, "--format", "csv")),
                new Example("regions.html", List.of("recommend", CHAT, "--region", THREE, "--format", "html")),
                // The chat API's rate range (10/s to 40/s) and output-token range (250 to 1,000) through --ranges'
                // Monte Carlo, the default seed; 200 scenarios, not the default 1,000, so that five reports of a
                // 168-hour week keep the suite quick.
                new Example("ranges.txt", List.of("recommend", CHAT, "--ranges", "--scenarios", SCENARIOS)),
                new Example("ranges.json", List.of("recommend", CHAT, "--ranges", "--scenarios", SCENARIOS,
                        "--format", "json")),
                new Example("ranges.md", List.of("recommend", CHAT, "--ranges", "--scenarios", SCENARIOS,
                        "--format", "markdown")),
                new Example("ranges.csv", List.of("recommend", CHAT, "--ranges", "--scenarios", SCENARIOS,
                        "--format", "csv")),
                new Example("ranges.html", List.of("recommend", CHAT, "--ranges", "--scenarios", SCENARIOS,
                        "--format", "html")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleReportIsWhatCostfitWritesToday(Example example, @TempDir Path dir) throws IOException {
        Path out = dir.resolve(example.file());
        List<String> args = new java.util.ArrayList<>(example.args());
        args.add("--out");
        args.add(out.toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Golden.check(REPORTS.resolve(example.file()), Files.readString(out, StandardCharsets.UTF_8),
                "mvn -q test -Dtest=ExampleReportsTest");
    }
}
