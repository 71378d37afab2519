package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costfit.testing.PortfolioGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many profiles at once (issue 13, item 4): the same bytes whatever --jobs, in input order; jsonl is the JSON
 * report's profiles one per line; csv, jsonl and json streamed in parts concatenate to one report of every profile.
 */
class PortfolioRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** More than one part (Portfolio.PART), so that streaming and ordering across parts are exercised. */
    private static final int PROFILES = Portfolio.PART + 11;

    @TempDir
    static Path dir;
    static Path profiles;

    @BeforeAll
    static void generate() throws IOException {
        profiles = dir.resolve("portfolio");
        PortfolioGenerator.write(PROFILES, 20261202, profiles);
    }

    @Test
    void checkIsTheSameBytesWhateverTheJobs() {
        for (String format : List.of("table", "csv", "jsonl", "json")) {
            CliRun one = CliRun.of("check", profiles.toString(), "--format", format, "--jobs", "1");
            CliRun three = CliRun.of("check", profiles.toString(), "--format", format, "--jobs", "3");
            assertThat(one.exitCode()).as(one.err()).isZero();
            assertThat(three.out()).as(format).isEqualTo(one.out());
            assertThat(one.out()).contains("p000001").contains("p0000" + PROFILES);
        }
    }

    @Test
    void jsonLinesAreTheJsonReportsProfilesInInputOrder() throws IOException {
        // check, not recommend: the same document per profile without the break-even search, which would make
        // this test slow without testing anything more of the streaming.
        CliRun json = CliRun.of("check", profiles.toString(), "--format", "json", "--jobs", "1");
        CliRun lines = CliRun.of("check", profiles.toString(), "--format", "jsonl", "--jobs", "2");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(lines.exitCode()).as(lines.err()).isZero();
        JsonNode expected = JSON.readTree(json.out()).get("profiles");
        List<String> got = lines.out().lines().toList();
        assertThat(got).hasSize(PROFILES);
        for (int i = 0; i < PROFILES; i++) {
            assertThat(got.get(i)).doesNotContain("\n");
            JsonNode line = JSON.readTree(got.get(i));
            assertThat(line.get("name").asText()).isEqualTo(String.format("p%06d", i + 1));
            assertThat(line).isEqualTo(expected.get(i));
        }
    }

    @Test
    void streamedCsvHasOneHeaderAndEveryProfile() {
        CliRun csv = CliRun.of("check", profiles.toString(), "--format", "csv", "--jobs", "2");
        List<String> rows = csv.out().lines().toList();
        assertThat(rows.get(0)).startsWith("profile,");
        assertThat(rows.stream().filter(r -> r.startsWith("profile,"))).hasSize(1);
        List<String> names = new ArrayList<>();
        rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(','))).distinct().forEach(names::add);
        assertThat(names).hasSize(PROFILES);
        for (int i = 0; i < PROFILES; i++) {
            assertThat(names.get(i)).isEqualTo(String.format("p%06d", i + 1));
        }
    }

    /**
     * A reader that stops reading (`costfit recommend big/ --format jsonl | head`): the first write fails, as on a
     * closed pipe, and the run must stop there. The stream then takes whatever is still offered to it, so that it
     * shows what a run that went on would have written: nothing of the second part (the last profiles), and the run
     * ends as it would with nothing to say.
     */
    @Test
    void aReportNoOneReadsStopsBeingEvaluated() {
        java.io.ByteArrayOutputStream offered = new java.io.ByteArrayOutputStream();
        java.io.OutputStream closed = new java.io.OutputStream() {
            private boolean failed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int from, int length) throws IOException {
                if (!failed) {
                    failed = true;
                    throw new IOException("Broken pipe");
                }
                offered.write(bytes, from, length);
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new String[] {"check", profiles.toString(), "--format", "jsonl", "--jobs", "1"},
                new java.io.PrintWriter(new java.io.OutputStreamWriter(closed, java.nio.charset.StandardCharsets.UTF_8),
                        true), new java.io.PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(offered.toString(java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(String.format("\"p%06d\"", PROFILES));
    }

    @Test
    void aStreamedReportAppearsWholeOrNotAtAll() throws IOException {
        Path out = dir.resolve("reports");
        Files.createDirectories(out);
        Path file = out.resolve("portfolio.jsonl");
        CliRun run = CliRun.of("check", profiles.toString(), "--format", "jsonl", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(PROFILES);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(file); // no temp file left beside it
        }
    }

    @Test
    void jobsMustBeAWholeNumberOfThreads() {
        for (String bad : List.of("0", "-1", "two", "1.5", "5000")) {
            CliRun run = CliRun.of("check", profiles.toString(), "--jobs", bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).contains("--jobs").contains("expected a whole number of threads");
        }
    }

    @Test
    void breakevenRefusesJsonLines() {
        CliRun run = CliRun.of("breakeven", "profiles/chat-api.yaml", "--vary", "rate", "--format", "jsonl");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'jsonl' is not a format this command writes; expected table, json, csv, "
                + "html, svg or png. jsonl is a report");
    }
}
