package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's own refusals and small rules (authoring audit, section C): hints that name commands that exist,
 * "did you mean", the formats each verb writes, --out's extension, png to a redirected standard output, the units of
 * --simplicity-margin, --seed's range, NO_COLOR, an empty profile argument, a file given twice, costfit alone.
 */
class CommandLineMessagesTest {

    private static final String CHAT = "profiles/chat-api.yaml";

    @Test
    void costfitAloneAndPricingAlonePrintTheirUsageOnStderrAndExit2() {
        CliRun alone = CliRun.of();
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.out()).isEmpty();
        assertThat(alone.err()).startsWith("costfit: 'costfit' needs a command (recommend, check, diff, breakeven, "
                + "map, pricing, schema, completion, init); its usage:\nUsage: costfit [-hV] [COMMAND]");
        CliRun pricing = CliRun.of("pricing");
        assertThat(pricing.exitCode()).isEqualTo(2);
        assertThat(pricing.err()).startsWith("costfit: 'costfit pricing' needs a command (show, update, diff); its "
                + "usage:\nUsage: costfit pricing [-hV] [COMMAND]");
    }

    @Test
    void hintsNameCommandsThatExist() {
        CliRun bogus = CliRun.of("bogus");
        assertThat(bogus.exitCode()).isEqualTo(2);
        assertThat(bogus.err()).isEqualTo("costfit: Unmatched argument at index 0: 'bogus'\n"
                + "costfit: see 'costfit --help'.\n");
        CliRun show = CliRun.of("pricing", "show", "--bogus");
        assertThat(show.err()).isEqualTo("costfit: Unknown option: '--bogus'\n"
                + "costfit: see 'costfit pricing show --help'.\n");
        // Each hint runs.
        assertThat(CliRun.of("--help").exitCode()).isZero();
        assertThat(CliRun.of("pricing", "show", "--help").exitCode()).isZero();
    }

    @Test
    void aTypoGetsDidYouMean() {
        assertThat(CliRun.of("recomend").err()).isEqualTo("costfit: Unmatched argument at index 0: 'recomend'\n"
                + "costfit: did you mean recommend?\ncostfit: see 'costfit --help'.\n");
        assertThat(CliRun.of("recommend", "--frmat", "json", CHAT).err()).isEqualTo(
                "costfit: Unknown option: '--frmat'\ncostfit: did you mean --format?\n"
                        + "costfit: see 'costfit recommend --help'.\n");
    }

    @Test
    void aRefusedFormatListsTheFormatsOfTheVerb() {
        assertThat(CliRun.of("recommend", "--format", "jsn", CHAT).err()).startsWith("costfit: Invalid value for "
                + "option '--format': 'jsn' is not a format this command writes; expected table, json, jsonl, "
                + "markdown, csv or html. Did you mean 'json'?\n");
        assertThat(CliRun.of("recommend", "--format", "svg", CHAT).err()).startsWith("costfit: Invalid value for "
                + "option '--format': 'svg' is not a format this command writes; expected table, json, jsonl, "
                + "markdown, csv or html. svg is a chart: costfit breakeven and costfit map draw it.\n");
        assertThat(CliRun.of("pricing", "show", "--format", "xml").err()).startsWith("costfit: Invalid value for "
                + "option '--format': 'xml' is not a format this command writes; expected table or json.\n");
        assertThat(CliRun.of("breakeven", CHAT, "--vary", "rate", "--format", "markdown").err()).startsWith(
                "costfit: Invalid value for option '--format': 'markdown' is not a format this command writes; "
                        + "expected table, json, csv, html, svg or png. markdown is a report: costfit recommend, "
                        + "check and diff write it.\n");
        // Case does not matter, as for the other choices.
        assertThat(CliRun.of("pricing", "show", "--format", "JSON", "--key", "lambda.requests").exitCode()).isZero();
    }

    @Test
    void theExtensionOfOutNamesTheFormatAndAContradictionIsRefused(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("r.html");
        assertThat(CliRun.of("check", CHAT, "--out", html.toString()).exitCode()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
        Path json = dir.resolve("r.json");
        assertThat(CliRun.of("check", CHAT, "--out", json.toString()).exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).path("schemaVersion").asInt()).isEqualTo(1);

        CliRun contradiction = CliRun.of("check", CHAT, "--format", "json", "--out", html.toString());
        assertThat(contradiction.exitCode()).isEqualTo(2);
        assertThat(contradiction.err()).startsWith("--out: " + html + " names html by its extension, but --format "
                + "says json; make them agree (or leave --format out: the extension decides)\n");
        CliRun svg = CliRun.of("check", CHAT, "--out", dir.resolve("r.svg").toString());
        assertThat(svg.err()).startsWith("--out: " + dir.resolve("r.svg") + " names svg by its extension, which "
                + "check does not write; it writes table, json, jsonl, markdown, csv or html: give --format, or a "
                + "file named for one\n");
        CliRun png = CliRun.of("breakeven", CHAT, "--vary", "rate", "--format", "png", "--out",
                dir.resolve("m.svg").toString());
        assertThat(png.err()).startsWith("--out: " + dir.resolve("m.svg") + " names svg by its extension, but "
                + "--format says png;");
        assertThat(dir.resolve("m.svg")).doesNotExist();
        // An extension that names no format: table, as before.
        Path text = dir.resolve("report.out");
        assertThat(CliRun.of("check", CHAT, "--out", text.toString()).exitCode()).isZero();
        assertThat(Files.readString(text)).doesNotStartWith("<").doesNotStartWith("{");
    }

    @Test
    void pngGoesToAStandardOutputRedirectedToAFileAndNotToAWriterOfText(@TempDir Path dir) throws Exception {
        CliRun inProcess = CliRun.of("breakeven", CHAT, "--vary", "rate", "--points", "3", "--format", "png");
        assertThat(inProcess.exitCode()).isEqualTo(2);
        assertThat(inProcess.err()).startsWith("--format: png is binary: give --out FILE, or send standard output "
                + "to a file (--format png > chart.png)\n");

        Path png = dir.resolve("chart.png");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of("breakeven", CHAT, "--vary", "rate", "--points", "3", "--format", "png"));
        Process process = new ProcessBuilder(command).redirectOutput(png.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        // The PNG signature (RFC 2083, 3.1): 137 80 78 71 13 10 26 10.
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(137 - 256, 80, 78, 71, 13, 10, 26, 10);
    }

    @Test
    void theSimplicityMarginIsWrittenWithItsUnitAndRecordedInTheJson() throws Exception {
        CliRun bare = CliRun.of("recommend", CHAT, "--simplicity-margin", "0.5");
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).startsWith("costfit: Invalid value for option '--simplicity-margin': found '0.5' "
                + "without a unit, expected a percentage such as 10% (write 0.5% for 0.5 percent)\n");
        JsonNode options = new ObjectMapper().readTree(CliRun.of("recommend", CHAT, "--simplicity-margin", "25%",
                "--format", "json").out()).path("options");
        assertThat(options.path("simplicityMarginPercent").asDouble()).isEqualTo(25.0);
        JsonNode byDefault = new ObjectMapper().readTree(CliRun.of("check", CHAT, "--format", "json").out())
                .path("options");
        assertThat(byDefault.path("simplicityMarginPercent").asDouble()).isEqualTo(10.0);
    }

    @Test
    void aSeedBeyondALongSaysTheRange() {
        CliRun run = CliRun.of("recommend", CHAT, "--ranges", "--seed", "99999999999999999999");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("costfit: Invalid value for option '--seed': found '99999999999999999999', "
                + "expected a whole number from -9223372036854775808 to 9223372036854775807\n");
        assertThat(CliRun.of("recommend", CHAT, "--ranges", "--seed", "seven").err()).startsWith("costfit: Invalid "
                + "value for option '--seed': found 'seven', expected a whole number, such as 7\n");
    }

    @Test
    void noColorTurnsColourOffOnlyWithAValue() {
        // https://no-color.org: "when present and not an empty string".
        assertThat(Terminal.colour(true, null, "xterm-256color")).isTrue();
        assertThat(Terminal.colour(true, "", "xterm-256color")).isTrue();
        assertThat(Terminal.colour(true, "1", "xterm-256color")).isFalse();
        assertThat(Terminal.colour(true, null, "dumb")).isFalse();
        assertThat(Terminal.colour(false, null, "xterm-256color")).isFalse();
    }

    @Test
    void anEmptyProfileArgumentIsRefusedAndAFileGivenTwiceIsReadOnce() throws Exception {
        CliRun empty = CliRun.of("check", "");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("'': an empty argument names no profile; give a file or a folder (. for "
                + "the current one)\ncostfit: 1 problem; nothing was priced.\n");

        CliRun twice = CliRun.of("check", "profiles/", CHAT, "--format", "json");
        assertThat(twice.exitCode()).as(twice.err()).isZero();
        // profiles/ holds six profiles, chat-api among them: six, not seven, and no "already the name" refusal.
        assertThat(new ObjectMapper().readTree(twice.out()).path("profiles").size()).isEqualTo(6);
    }
}
