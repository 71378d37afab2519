package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** `costfit map` from the command line: its outputs, its options, and errors that name what was wrong. */
class MapCommandTest {

    /** The sample whose cells cost least to assess (a GPU service: few platforms fit), for full-size maps. */
    private static final String GPU = "profiles/gpu-inference.yaml";
    private static final String CHAT = "profiles/chat-api.yaml";

    private static Table csv(String text) {
        return Table.read().usingOptions(CsvReadOptions.builder(new StringReader(text))
                .columnTypesToDetect(List.of(ColumnType.DOUBLE, ColumnType.STRING)));
    }

    /**
     * The default axes stay within what a profile may state: 10M/s runs from 10,000,000 ÷ 100 = 100,000/s to
     * 10M/s (×100 went to 1,000,000,000/s), and a year-long duration from a tenth of it, 52,560 min, to a year,
     * 525,600 min (×3 went to three years).
     */
    @Test
    void defaultAxesStayWithinWhatAProfileMayState(@TempDir Path dir) throws IOException {
        Path fast = dir.resolve("fast.yaml");
        Files.writeString(fast, "name: fast\ntraffic: {rate: 10M/s}\nduration: 1ms\nmemory: 128MB\ntimeout: 10ms\n");
        Path year = dir.resolve("year.yaml");
        Files.writeString(year, "name: year\ntraffic: {rate: 0.000001/s}\nduration: 8760h\nmemory: 128MB\n"
                + "timeout: 8760h\n");
        for (Path profile : List.of(fast, year)) {
            CliRun run = CliRun.of("map", profile.toString(), "--grid", "2x2", "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode root = new ObjectMapper().readTree(run.out());
            if (profile == fast) {
                assertThat(root.get("x").get("from").asDouble()).isEqualTo(100_000);
                assertThat(root.get("x").get("to").asDouble()).isEqualTo(10_000_000);
            } else {
                // Axes are in the unit the profile's value reads best in. One a year is 1/12 a month: the rate's
                // ÷100 (1e-6/s × 2,628,000 s ÷ 100 = 0.02628 a month) is below it.
                assertThat(root.get("x").get("unit").asText()).isEqualTo("/month");
                assertThat(root.get("x").get("from").asDouble()).isCloseTo(1 / 12.0, org.assertj.core.api
                        .Assertions.within(1e-12));
                // 8,760 h = 525,600 min; ÷10 = 52,560 min.
                assertThat(root.get("y").get("unit").asText()).isEqualTo("min");
                assertThat(root.get("y").get("from").asDouble()).isEqualTo(52_560);
                assertThat(root.get("y").get("to").asDouble()).isEqualTo(525_600);
            }
        }
    }

    @Test
    void theDefaultMapIsSixtyBySixtyFortyCellsAndPipedItIsPlainAscii() {
        CliRun csv = CliRun.of("map", GPU, "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        Table table = csv(csv.out());
        assertThat(table.rowCount()).isEqualTo(60 * 40);
        // The GPU service's 120 ms reads best in milliseconds: the axis is in them.
        assertThat(table.columnNames()).startsWith("rate (/s)", "duration (ms)", "cheapest", "state");

        CliRun text = CliRun.of("map", GPU);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).doesNotContain("\u001b").startsWith("gpu-inference: the cheapest platform that fits");
        assertThat(text.out().chars()).allMatch(c -> c < 0x80 || c == '×' || c == '—' || c == '→');
        assertThat(text.out().lines().filter(l -> l.matches(".*[|+>][A-Z12/?.@]{60}"))).hasSize(40);
    }

    /**
     * A terminal 50 characters wide (COLUMNS, as a shell sets it) is too narrow for 60 cells beside the chat API's
     * duration axis, whose widest tick label is "10 s" (4 characters, then the marker's column and the axis line: 6):
     * the default map draws 44 cells across, and no line is wider than the terminal. A grid asked for is kept.
     * Run as a separate JVM, which is how the environment reaches costfit.
     */
    @Test
    void theDefaultMapNarrowsToFitATerminalNarrowerThanIt() throws Exception {
        String narrow = costfitWithColumns(50, "map", CHAT);
        assertThat(narrow).contains("(44 × 40 cells;", "Across: rate from 0.2/s to 2,000/s, 44 cells");
        assertThat(narrow.lines().filter(l -> l.matches(".*[|+>][A-Z12/?.@]{44}"))).hasSize(40);
        int widest = narrow.lines().mapToInt(l -> l.codePointCount(0, l.length())).max().getAsInt();
        assertThat(widest).isLessThanOrEqualTo(50);
        assertThat(costfitWithColumns(50, "map", CHAT, "--grid", "60x40")).contains("(60 × 40 cells;");
        assertThat(costfitWithColumns(80, "map", CHAT)).contains("(60 × 40 cells;");
    }

    /** costfit's output in a JVM of its own, with COLUMNS set and colour off. */
    private static String costfitWithColumns(int columns, String... args) throws Exception {
        CliRun run = CliRun.inOwnJvm(java.util.Map.of("COLUMNS", String.valueOf(columns), "NO_COLOR", "1"), args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void everyCellsCheapestIsTheLeastOfItsCostsAndEmptyWhereNoneIsPriced() {
        CliRun run = CliRun.of("map", CHAT, "--grid", "12x8", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Table table = csv(run.out());
        List<String> platforms = List.of("lambda", "cloud-functions-gen2", "cloud-functions-gen1",
                "lambda-managed-instances", "fargate", "eks");
        assertThat(table.columnNames()).containsAll(platforms);
        int priced = 0;
        for (int k = 0; k < table.rowCount(); k++) {
            String least = "";
            double min = Double.POSITIVE_INFINITY;
            for (String p : platforms) {
                if (!table.numberColumn(p).isMissing(k) && table.numberColumn(p).getDouble(k) < min) {
                    min = table.numberColumn(p).getDouble(k);
                    least = p;
                }
            }
            String cheapest = table.column("cheapest").getString(k);
            assertThat(cheapest).isEqualTo(least);
            priced += least.isEmpty() ? 0 : 1;
        }
        // At ten times its rate and beyond, the chat API's LLM rate limit (4,000 calls a minute) stops everything.
        assertThat(priced).isBetween(1, 95);
    }

    @Test
    void lambdaStopsFittingWhereRequestsOutlastFifteenMinutes(@TempDir Path dir) throws IOException {
        Path slow = dir.resolve("slow.yaml");
        Files.writeString(slow, "name: slow\ntraffic: {rate: 1/min}\nduration: 60s\nmemory: 1GB\ntimeout: 60s\n");
        CliRun run = CliRun.of("map", slow.toString(), "--y-range", "60s..30min", "--grid", "4x12",
                "--platforms", "lambda,fargate", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Table table = csv(run.out());
        assertThat(table.rowCount()).isEqualTo(48);
        for (int k = 0; k < table.rowCount(); k++) {
            double seconds = table.numberColumn("duration (s)").getDouble(k);
            assertThat(table.numberColumn("lambda").isMissing(k)).as("%s s", seconds).isEqualTo(seconds > 900);
            assertThat(table.numberColumn("fargate").isMissing(k)).isFalse();
        }
    }

    @Test
    void aPlatformWithoutPricesInTheRegionIsNotPricedNotInfeasible() throws IOException {
        CliRun run = CliRun.of("map", GPU, "--region", "af-south-1", "--platforms", "fargate", "--grid", "3x2",
                "--x-range", "0.1/s..1/s", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode cells = new ObjectMapper().readTree(run.out()).get("cells");
        assertThat(cells.size()).isEqualTo(6);
        for (JsonNode cell : cells) {
            // A GPU does not fit Fargate anywhere; the region's missing prices do not turn that into "not priced".
            assertThat(cell.get("state").asText()).isEqualTo("infeasible");
        }
        CliRun cpu = CliRun.of("map", CHAT, "--region", "af-south-1", "--platforms", "fargate", "--grid", "3x2",
                "--x-range", "0.1/s..1/s", "--format", "json");
        assertThat(cpu.exitCode()).as(cpu.err()).isZero();
        for (JsonNode cell : new ObjectMapper().readTree(cpu.out()).get("cells")) {
            assertThat(cell.get("state").asText()).isEqualTo("not-priced");
            assertThat(cell.get("cheapest").isNull()).isTrue();
            assertThat(cell.get("notPriced").get(0).asText()).isEqualTo("fargate");
        }
    }

    @Test
    void chartsAndPagesAreWrittenWithOut(@TempDir Path dir) throws IOException {
        for (String format : new String[] {"svg", "png", "html", "json"}) {
            Path out = dir.resolve("map." + format);
            CliRun run = CliRun.of("map", GPU, "--x", "memory", "--y", "rate", "--grid", "8x6", "--format", format,
                    "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEmpty();
        }
        assertThat(Files.readString(dir.resolve("map.svg"))).startsWith("<svg").contains("this profile");
        assertThat(Files.readString(dir.resolve("map.html"))).startsWith("<!DOCTYPE html>").contains("<svg");
        byte[] png = Files.readAllBytes(dir.resolve("map.png"));
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("map.json").toFile());
        assertThat(json.get("x").get("variable").asText()).isEqualTo("memory");
        assertThat(json.get("y").get("scale").asText()).isEqualTo("log");
    }

    @Test
    void timingIsReportedOnStderrWhenAsked() {
        CliRun run = CliRun.of("map", GPU, "--grid", "4x3", "--format", "csv", "--timing");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).matches("map: 12 cells, 13 evaluated \\(each distinct cell, and the profile\\), "
                + "engine \\d+ ms on \\d+ cores\\R");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--x speed|--x: found 'speed', expected rate, duration, memory, concurrency or cpu_time",
        "--x rate --y rate|--y: found 'rate', which --x maps already; a map needs two different inputs",
        "--y duration --x duration|--y: found 'duration', which --x maps already",
        "--x-range 1/s|--x-range: found '1/s', expected FROM..TO such as 0.1/s..500/s",
        "--x-range 5/s..1/s|--x-range: the range must end above where it starts",
        "--region us-east-1,eu-west-1|--region: found 'us-east-1,eu-west-1', but map draws one profile in one "
                + "region; give one (--region us-east-1), or compare regions side by side with costfit recommend "
                + "--region us-east-1,eu-west-1 profiles/gpu-inference.yaml",
        // A pattern is read as a profile's regions reads it; here it names three.
        "--region eu-west-*|--region: found 'eu-west-*' (eu-west-1, eu-west-2, eu-west-3), but map draws one",
        "--x-range 1..5/s|--x-range: found the bare number 1 without a unit; expected a rate such as 20/s",
        "--y-range 1s..2GB|--y-range: found '2GB'",
        "--x-range 0/s..5/s|--x-range: found '0/s', expected at least one a year and at most 10M/s",
        "--y cpu_time --y-range 1s..10s|--y-range: starts at 1 s, longer than the duration 120 ms",
        "--grid 60|--grid: found '60', expected COLUMNSxROWS such as 60x40, each 2 to 100",
        "--grid 1x40|--grid: found '1x40'",
        // 400 × 400 took 11 s drawn and 37 s, 61 MB and 1 GB of memory as JSON: a side is at most 100 cells.
        "--grid 400x400|--grid: found '400x400', expected COLUMNSxROWS such as 60x40, each 2 to 100",
        "--grid 101x2|--grid: found '101x2', expected COLUMNSxROWS such as 60x40, each 2 to 100",
        "--grid 2x101|--grid: found '2x101'",
        "--format markdown|expected table, json, csv, html, svg or png. markdown is a report",
        "--format png|--format: png is binary: give --out FILE",
        "--out profiles/gpu-inference.yaml|--out: profiles/gpu-inference.yaml is one of the profiles being read"})
    void badOptionsAreOneClearLineAndExitCode2(String options, String message) {
        String[] args = ("map " + GPU + " " + options).split(" ");
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theLargestGridIsAHundredByAHundredAndTheHelpSaysSo() {
        CliRun run = CliRun.of("map", GPU, "--grid", "100x100", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(csv(run.out()).rowCount()).isEqualTo(100 * 100);
        assertThat(CliRun.of("map", "--help").out().replaceAll("\\s+", " ")).contains("each 2 to 100");
    }

    @Test
    void recommendsHtmlReportDrawsEachProfilesRateByDurationMap() {
        CliRun run = CliRun.of("recommend", GPU, "--format", "html");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document html = Jsoup.parse(run.out());
        assertThat(html.select("h3").eachText()).contains("Where each platform is cheapest");
        assertThat(html.select("svg[id^=map-]")).hasSize(1);
        assertThat(html.select("figcaption").eachText()).anyMatch(t -> t.contains("20 × 12 cells; costfit map "
                + "draws 60 × 40"));
    }
}
