package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `costfit breakeven` from the command line: every format, its options, and errors that name what was wrong. */
class BreakevenCommandTest {

    private static final String CHAT = "profiles/chat-api.yaml";

    @Test
    void rateSweepPrintsTheChartTheCrossoversAndThePoints() {
        CliRun run = CliRun.of("breakeven", CHAT, "--vary", "rate");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("chat-api: monthly cost by rate,").contains("60 points")
                .contains("v this profile").contains("* AWS Lambda").contains("+----");
        // Piped output is plain ASCII at the default width.
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length())
                .isLessThanOrEqualTo(Terminal.DEFAULT_WIDTH));
        assertThat(run.out().chars()).allMatch(c -> c < 0x80 || c == '—' || c == '→');
    }

    @Test
    void jsonAndCsvCarryEveryPoint(@TempDir Path dir) throws IOException {
        CliRun json = CliRun.of("breakeven", CHAT, "--vary", "memory", "--points", "9", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("points").size()).isEqualTo(9);
        assertThat(root.get("points").get(0).get("value").asDouble()).isEqualTo(128);
        Path csv = dir.resolve("sweep.csv");
        CliRun written = CliRun.of("breakeven", CHAT, "--vary", "concurrency", "--from", "1", "--to", "20",
                "--points", "20", "--format", "csv", "--out", csv.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(1 + 20 * 6).first().asString()
                .isEqualTo("concurrency,platform,monthlyCost,feasible,cheapest,recommended");
    }

    @Test
    void unitsOfTheRangeAreParsedLikeProfileFields() throws IOException {
        CliRun run = CliRun.of("breakeven", CHAT, "--vary", "rate", "--from", "60/min", "--to", "7.2k/h",
                "--points", "2", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode points = new ObjectMapper().readTree(run.out()).get("points");
        assertThat(points.get(0).get("value").asDouble()).isEqualTo(1.0);
        assertThat(points.get(1).get("value").asDouble()).isEqualTo(2.0); // 7.2k/h is 2/s
    }

    @Test
    void svgHtmlAndPngAreWrittenAsCharts(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("sweep.svg");
        Path html = dir.resolve("sweep.html");
        Path png = dir.resolve("sweep.png");
        for (String[] args : new String[][] {{"--format", "svg", "--out", svg.toString()},
            {"--format", "html", "--out", html.toString()}, {"--format", "png", "--out", png.toString()}}) {
            String[] full = new String[4 + args.length];
            System.arraycopy(new String[] {"breakeven", CHAT, "--vary", "duration"}, 0, full, 0, 4);
            System.arraycopy(args, 0, full, 4, args.length);
            CliRun run = CliRun.of(full);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(Files.readString(svg)).startsWith("<svg");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--vary speed|--vary: found 'speed', expected rate, duration, memory, concurrency or cpu_time",
        "--vary cpu_time --to 7s|--to: found 7 s, longer than the duration 6 s",
        "--vary rate --from 5/s --to 1/s|--to: the sweep must end above where it starts (5/s)",
        // One end typed: that option is named, with the defaulted end and its rule (the chat API: 20/s, 6 s), in
        // the unit typed: 20 × 100 = 2,000/s; 6 s ÷ 10 = 600 ms; 20 ÷ 100 = 0.2/s (not 12/min).
        "--vary rate --from 5000/s|--from: found '5000/s', not below the sweep's default end, 2,000/s (the "
                + "profile's 20/s ×100); give --to above it as well",
        "--vary duration --to 100ms|--to: found '100ms', not above the sweep's default start, 600ms (the "
                + "profile's 6 s ÷10); give --from below it as well",
        "--vary rate --to 0.01/s|--to: found '0.01/s', not above the sweep's default start, 0.2/s (the profile's "
                + "20/s ÷100); give --from below it as well",
        // 7 s is beyond the 6 s duration: that is the problem, not the defaulted end (6 s) it passes.
        "--vary cpu_time --from 7s|--from: found 7 s, longer than the duration 6 s: cpu_time is part of a "
                + "request's wall time",
        "--vary rate --region us-east-1,eu-west-1|--region: found 'us-east-1,eu-west-1', but breakeven sweeps one "
                + "profile in one region; give one (--region us-east-1), or compare regions side by side with "
                + "costfit recommend --region us-east-1,eu-west-1 profiles/chat-api.yaml",
        "--vary rate --from 5|--from: ",
        "--vary memory --from 10s|--from: ",
        "--vary rate --points 1|--points: found 1, expected 2 to 2000",
        "--vary rate --format png|--format: png is binary: give --out FILE, or send standard output to a file",
        "--vary rate --format markdown|is not a format this command writes; expected table, json, csv, html, svg "
                + "or png. markdown is a report: costfit recommend, check and diff write it."})
    void badOptionsAreExplainedWithExitCode2(String options, String message) {
        String[] args = ("breakeven " + CHAT + " " + options).split(" ");
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /**
     * A profile at the field's bound is swept the other way only: 10M/s from 10,000,000 ÷ 100 = 100,000/s to
     * 10,000,000/s, where ×100 went to 1,000,000,000/s, which --to refuses.
     */
    @Test
    void theDefaultSweepStaysWithinWhatAProfileMayState(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("fast.yaml");
        Files.writeString(profile, "name: fast\ntraffic: {rate: 10M/s}\nduration: 1ms\nmemory: 128MB\n"
                + "timeout: 10ms\n");
        CliRun run = CliRun.of("breakeven", profile.toString(), "--vary", "rate", "--points", "2", "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode points = new ObjectMapper().readTree(run.out()).get("points");
        assertThat(points.get(0).get("value").asDouble()).isEqualTo(100_000);
        assertThat(points.get(points.size() - 1).get("value").asDouble()).isEqualTo(10_000_000);
        String help = CliRun.of("breakeven", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("--region=REGION Price the profile in this AWS region")
                .doesNotContain("region × platform table");
    }

    /**
     * The chat API along its concurrency: whole numbers only (the format refuses 1.5 requests), and Amazon EKS
     * cheapest at 2 alone, Fargate from 3 (priced alone at 3: Fargate $1,781.79, EKS $1,799.57).
     */
    @Test
    void concurrencyIsSweptAndCrossedOnWholeNumbers() throws IOException {
        CliRun run = CliRun.of("breakeven", CHAT, "--vary", "concurrency");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Below 2 AWS Lambda is cheapest; at 2 Amazon EKS; above that AWS Fargate.")
                .contains("at 3, Amazon EKS → AWS Fargate").doesNotContain("3.69").doesNotContain("1.61");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("breakeven", CHAT, "--vary", "concurrency",
                "--from", "1", "--to", "5", "--format", "json").out());
        assertThat(json.get("points")).extracting(p -> p.get("value").asDouble()).containsExactly(1.0, 2.0, 3.0,
                4.0, 5.0);
    }

    /** A job's concurrency sweep where no platform priced reads it is a flat line: refused, naming the input. */
    @Test
    void aJobsFlatConcurrencySweepIsBadInput() {
        CliRun run = CliRun.of("breakeven", "profiles/", "--profile", "nightly-reindex", "--vary", "concurrency");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--vary: found 'concurrency', but nightly-reindex is a job: its tasks take "
                + "concurrency_per_instance only on Lambda Managed Instances").contains("vary rate (its runs)")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        CliRun map = CliRun.of("map", "profiles/nightly-batch.yaml", "--y", "concurrency", "--format", "csv");
        assertThat(map.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(map.err()).contains("--y: found 'concurrency', but nightly-reindex is a job");
    }

    @Test
    void cpuTimeIsSweptWithinTheDuration() throws IOException {
        CliRun run = CliRun.of("breakeven", CHAT, "--vary", "cpu_time", "--points", "4", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        // The chat API states 150 ms: ÷10 to ×10.
        assertThat(root.get("points").get(0).get("value").asDouble()).isEqualTo(0.015);
        assertThat(root.get("points").get(3).get("value").asDouble()).isEqualTo(1.5);
    }

    @Test
    void aFileOfSeveralProfilesNeedsTheNameOfOne() {
        CliRun run = CliRun.of("breakeven", "src/test/resources/diff/head", "--vary", "rate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("choose one with --profile NAME");
        CliRun named = CliRun.of("breakeven", "src/test/resources/diff/head", "--profile", "growing", "--vary",
                "rate", "--points", "5");
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(named.out()).startsWith("growing: monthly cost by rate");
    }

    @Test
    void recommendAndCheckRefuseChartFormats() {
        CliRun run = CliRun.of("recommend", CHAT, "--format", "svg");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("svg is a chart: costfit breakeven and costfit map draw it.");
    }
}
