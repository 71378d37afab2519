package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.cli.CliRun;
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
 * test. After a change to a report, regenerate
 * them with {@code mvn -q test -Dtest=ExampleReportsTest -Dcostfit.regenerate=true} and read the diff.
 * HTML is compared without its SVG charts, whose text positions follow the machine's font metrics.
 */
class ExampleReportsTest {

    private static final Path REPORTS = Path.of("examples/reports");
    private static final String BASE = "src/test/resources/diff/base";
    private static final String HEAD = "src/test/resources/diff/head";
    private static final String CHAT = "profiles/chat-api.yaml";

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
                new Example("breakeven.svg", List.of("breakeven", CHAT, "--vary", "rate", "--format", "svg")));
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
        String actual = Files.readString(out, StandardCharsets.UTF_8);
        Path golden = REPORTS.resolve(example.file());
        if (Boolean.getBoolean("costfit.regenerate")) {
            Files.createDirectories(REPORTS);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("run with -Dcostfit.regenerate=true to create it").exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertThat(withoutCharts(actual)).as("examples/reports/%s is stale: regenerate it with "
                + "mvn -q test -Dtest=ExampleReportsTest -Dcostfit.regenerate=true", example.file())
                .isEqualTo(withoutCharts(expected));
    }

    private static String withoutCharts(String text) {
        return text.replaceAll("(?s)<svg.*?</svg>", "<svg/>");
    }
}
