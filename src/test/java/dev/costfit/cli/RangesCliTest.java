package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** recommend --ranges end to end: every format, the same bytes for a seed, and bad ranges as bad input. */
class RangesCliTest {

    /** Flat traffic: one hour's model per scenario keeps the test quick. */
    private static final String PROFILE = "name: ranged\ntraffic: {rate: {low: 5/s, expected: 20/s, high: 60/s}}\n"
            + "duration: {mean: {low: 3s, expected: 6s, high: 9s}, p95: 20s}\n"
            + "cpu_time: {low: 50ms, expected: 150ms, high: 300ms}\nmemory: 512MB\ntimeout: 120s\n"
            + "concurrency_per_instance: 40\n";

    private static String file(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    @Test
    void theJsonCarriesEachPlatformsPercentilesAndSharesAndASeedGivesTheSameBytes(@TempDir Path dir)
            throws Exception {
        String profile = file(dir, PROFILE);
        CliRun run = CliRun.of("recommend", profile, "--ranges", "--scenarios", "80", "--seed", "5",
                "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode ranges = new ObjectMapper().readTree(run.out()).path("profiles").get(0).path("ranges");
        assertThat(ranges.path("distribution").asText()).isEqualTo("triangular");
        assertThat(ranges.path("seed").asLong()).isEqualTo(5);
        assertThat(ranges.path("scenarios").asInt()).isEqualTo(80);
        assertThat(ranges.path("varied")).extracting(JsonNode::asText)
                .containsExactly("traffic.rate", "duration.mean", "cpu_time");
        int cheapest = 0;
        int recommended = ranges.path("nothingFits").asInt();
        int compared = 0;
        for (JsonNode p : ranges.path("platforms")) {
            cheapest += p.path("cheapest").asInt();
            recommended += p.path("recommended").asInt();
            if (p.path("fits").asInt() > 0) {
                assertThat(p.path("p10").asDouble()).isLessThanOrEqualTo(p.path("p50").asDouble());
                assertThat(p.path("p50").asDouble()).isLessThanOrEqualTo(p.path("p90").asDouble());
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(5);
        assertThat(recommended).isEqualTo(80);
        assertThat(cheapest).isLessThanOrEqualTo(80);
        CliRun again = CliRun.of("recommend", profile, "--ranges", "--scenarios", "80", "--seed", "5",
                "--format", "json", "--jobs", "1");
        assertThat(again.out()).isEqualTo(run.out());
    }

    @Test
    void everyFormatShowsTheTable(@TempDir Path dir) throws Exception {
        String profile = file(dir, PROFILE);
        for (String format : new String[] {"table", "markdown", "html", "csv"}) {
            CliRun run = CliRun.of("recommend", profile, "--ranges", "--scenarios", "20", "--format", format);
            assertThat(run.exitCode()).as(format).isZero();
            if (format.equals("csv")) {
                assertThat(run.out()).contains("ranges:p10").contains("ranges:recommended");
            } else {
                assertThat(run.out()).as(format).contains("Across the ranges: 20 scenarios").contains("P90")
                        .contains("Recommended: ");
            }
        }
        // The terminal's cost bands: one line per platform that fits, the P50 marked inside its P10-P90 run.
        String table = CliRun.of("recommend", profile, "--ranges", "--scenarios", "20").out();
        String bands = table.substring(table.indexOf("Cost bands, $0 to "));
        assertThat(bands.lines().skip(1).limit(2).toList()).allSatisfy(line -> assertThat(line).matches(".*=*\\|=*$"));
        assertThat(CliRun.of("recommend", profile, "--format", "markdown").out()).doesNotContain("Across the ranges");
    }

    @Test
    void aRangeOutOfOrderIsBadInputNamingTheField(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("recommend", file(dir, PROFILE.replace("{low: 5/s, expected: 20/s, high: 60/s}",
                "{low: 40/s, expected: 20/s, high: 60/s}")), "--ranges");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("p.yaml:2:").contains("traffic.rate")
                .contains("low 40/s is above expected 20/s").doesNotContain("Exception");
    }

    @Test
    void aCpuTimeRangeBeyondTheShortestDurationIsBadInput(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("recommend", file(dir, PROFILE.replace("high: 300ms", "high: 4s")), "--ranges");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("cpu_time").contains("shortest mean duration 3 s")
                .doesNotContain("Exception");
    }

    /**
     * A million scenarios ran over 11 minutes and took 1 GB; 10,000 take a few seconds. The refusal names the option,
     * the value and the range allowed, and the help states the range.
     */
    @Test
    void moreThanTenThousandScenariosIsBadInputNamingTheRange(@TempDir Path dir) throws Exception {
        String profile = file(dir, PROFILE);
        for (String scenarios : new String[] {"10001", "1000000", "99999999999"}) {
            CliRun run = CliRun.of("recommend", profile, "--ranges", "--scenarios", scenarios);
            assertThat(run.exitCode()).as(scenarios).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(scenarios).contains("'--scenarios'").contains("found '" + scenarios + "'")
                    .contains("from 1 to 10,000");
            assertThat(run.out()).isEmpty();
        }
        assertThat(CliRun.of("recommend", "--help").out().replaceAll("\\s+", " "))
                .contains("per profile, 1 to 10,000");
    }

    @Test
    void tenThousandScenariosAreAllowed(@TempDir Path dir) throws Exception {
        // Flat traffic keeps this quick even at the ceiling.
        CliRun run = CliRun.of("recommend", file(dir, PROFILE), "--ranges", "--scenarios", "10000",
                "--platforms", "fargate", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"scenarios\" : 10000");
    }

    @Test
    void zeroScenariosIsBadInput(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("recommend", file(dir, PROFILE), "--ranges", "--scenarios", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("scenarios");
    }
}
