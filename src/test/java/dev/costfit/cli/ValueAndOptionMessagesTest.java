package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages that say what the input may be, and inputs that were accepted or refused wrongly. */
class ValueAndOptionMessagesTest {

    private static final String BASE = "version: 1\nname: x\ntraffic: {rate: 5/s}\nduration: 2s\nmemory: 512MB\n";

    private static String file(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    /** A check that fails never shows a need equal to what is allowed: 15.0001 min is 900.006 s, over 900. */
    @Test
    void aTimeoutJustOverLambdasShowsTheDigitsThatMakeItOver(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("check", file(dir, BASE + "timeout: 15.0001min\n"), "--platforms", "lambda");
        assertThat(run.out()).containsPattern("timeout +900\\.01 s +15 min +VIOLATED")
                .doesNotContainPattern("timeout +900 s \\(15 min\\) +15 min +VIOLATED");
    }

    /** 0 is refused as well as -1: the message gives the field's range, not "at least 0". */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-1", "0", "-40"})
    void aCountBelowItsRangeIsRefusedWithThatRange(String value, @TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("check", file(dir, BASE + "timeout: 30s\nconcurrency_per_instance: " + value + "\n"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("concurrency_per_instance: found " + value + ", expected 1 to 10000")
                .doesNotContain("at least 0");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {",", "us-east-1,", ",eu-west-1", "us-east-1,,eu-west-1", " "})
    void aRegionListWithAnEmptyRegionIsBadInput(String regions) {
        CliRun run = CliRun.of("recommend", "profiles/gpu-inference.yaml", "--region", regions);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'--region'").contains("found '" + regions + "'")
                .contains("none empty, such as us-east-1 or us-east-1,eu-west-1");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void pricingShowRefusesARegionNoPriceIsFor() {
        CliRun mars = CliRun.of("pricing", "show", "--region", "mars-1");
        assertThat(mars.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(mars.err()).contains("--region: no price of the catalog is for 'mars-1'.")
                .contains("us-east-1").doesNotContain("Did you mean");
        assertThat(mars.out()).isEmpty();
        assertThat(CliRun.of("pricing", "show", "--region", "us-east-9").err()).contains("Did you mean 'us-east-1'?");
        CliRun known = CliRun.of("pricing", "show", "--region", "eu-west-1", "--key", "lambda.requests");
        assertThat(known.exitCode()).as(known.err()).isZero();
        assertThat(known.out()).contains("lambda.requests  eu-west-1");
    }
}
