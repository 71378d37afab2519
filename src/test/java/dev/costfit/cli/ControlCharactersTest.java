package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control characters from a profile never reach a report for people or an error raw: a description's escape
 * sequence (ESC [31m turns the text red, ESC ] 0;TITLE BEL retitles a CI log viewer's window) is shown written out,
 * and a value echoed by an error stays on its one line.
 */
class ControlCharactersTest {

    private static final char ESC = 0x1B;
    private static final String ESCAPED = "\\" + "u001B";

    private static final String PROFILE = "version: 1\nname: ad\n"
            + "description: \"evil\\e[31mRED\\e]0;TITLE\\a\\e[0m\"\n"
            + "traffic: {rate: 5/s}\nduration: 2s\nmemory: 512MB\ntimeout: 30s\n";

    private static String file(Path dir, String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file.toString();
    }

    private static boolean control(int c) {
        return c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"table", "markdown", "csv", "json", "html"})
    void aDescriptionsEscapeSequencesAreShownWrittenOut(String format, @TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("recommend", file(dir, "p.yaml", PROFILE), "--format", format);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().chars().filter(ControlCharactersTest::control)).as(format).isEmpty();
        // The markdown comment and the CSV leave the description out.
        if (format.equals("json") || format.equals("html")) {
            assertThat(run.out()).as(format).contains("evil").contains("RED").contains("TITLE");
        }
        if (format.equals("table")) {
            assertThat(run.out()).contains("evil" + ESCAPED + "[31mRED" + ESCAPED + "]0;TITLE\\u0007" + ESCAPED
                    + "[0m");
        }
    }

    /** The three values the review found echoed raw: name, region, traffic.rate; and a key; each on its line. */
    @Test
    void errorsEchoValuesAndKeysEscapedEachOnItsOwnLine(@TempDir Path dir) throws IOException {
        String yaml = "version: 1\nname: \"a\\nb\\e[2J\"\nregion: \"us\\e[2Jx\"\ntraffic: {rate: \"5\\e[31m/s\"}\n"
                + "duration: 2s\nmemory: 512MB\ntimeout: 30s\n\"k\\e[31m\": 1\n";
        CliRun run = CliRun.of("check", file(dir, "bad.yaml", yaml));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().chars().filter(ControlCharactersTest::control)).isEmpty();
        assertThat(run.err()).contains("bad.yaml:2:7: name: found 'a\\u000Ab" + ESCAPED + "[2J', expected a name")
                .contains("traffic.rate: found '5" + ESCAPED + "[31m/s'")
                .contains("k" + ESCAPED + "[31m: unknown field");
        // Every line is a problem of its own (file:line:column) or the count that ends them.
        assertThat(run.err().lines()).allMatch(l -> l.contains("bad.yaml:") || l.startsWith("costfit: "));
        CliRun region = CliRun.of("check", file(dir, "region.yaml", yaml.replace("name: \"a\\nb\\e[2J\"", "name: r")
                .replace("\"5\\e[31m/s\"", "5/s").replace("\"k\\e[31m\": 1\n", "")));
        assertThat(region.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(region.err()).contains("region: unknown AWS region 'us" + ESCAPED + "[2Jx'")
                .doesNotContain(String.valueOf(ESC));
    }

    @Test
    void aFileNameAndAnArgumentAreShownEscaped(@TempDir Path dir) throws IOException {
        String name = "p" + ESC + "[31m.yaml";
        CliRun run = CliRun.of("recommend", file(dir, name, PROFILE));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("p" + ESCAPED + "[31m.yaml:1:1").doesNotContain(String.valueOf(ESC));
        CliRun argument = CliRun.of("recommend", file(dir, "p.yaml", PROFILE), "--platforms", "x" + ESC + "[2J");
        assertThat(argument.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(argument.err()).contains("x" + ESCAPED + "[2J").doesNotContain(String.valueOf(ESC));
    }
}
