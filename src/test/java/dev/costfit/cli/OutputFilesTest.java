package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What costfit leaves in the file system and says about its output files: no temp file after Ctrl-C or SIGTERM, one
 * check of --out for every verb and before any work, damaged refreshed prices named as such, and no PNG on a
 * terminal through /dev/stdout.
 */
class OutputFilesTest {

    @TempDir
    Path dir;

    /** {@code n} copies of profiles/chat-api.yaml, each named apart (names are unique in a run). */
    private Path profiles(int n) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("profiles"));
        String chat = Files.readString(Path.of("profiles/chat-api.yaml"));
        for (int i = 1; i <= n; i++) {
            Files.writeString(folder.resolve("p" + i + ".yaml"), chat.replace("name: chat-api", "name: chat-" + i));
        }
        return folder;
    }

    private static List<Path> tempFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalMidReportLeavesNoTempFileAndTheTargetAsItWas(String signal) throws Exception {
        // Each profile's Monte Carlo of 10,000 scenarios takes seconds on one thread: the JSON report is still being
        // written (into its temp file) when the signal comes, as a portfolio's report was when Ctrl-C or a CI job's
        // cancel (SIGTERM) left an 11.7 MB .r.json...tmp behind.
        Path folder = profiles(20);
        Path out = Files.createDirectory(dir.resolve("out"));
        Path report = out.resolve("r.json");
        Files.writeString(report, "the previous report\n");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "recommend", folder.toString(),
                "--format", "json", "--out", report.toString(), "--jobs", "1", "--ranges", "--scenarios", "10000"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile()).start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (tempFiles(out).isEmpty() && process.isAlive() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(tempFiles(out)).as("the report's temp file, while it is written").hasSize(1);
            assertThat(process.isAlive()).as("still writing when signalled").isTrue();
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
            assertThat(kill.waitFor()).isZero();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended by SIG" + signal).isTrue();
        } finally {
            process.destroyForcibly();
        }
        // 128 + the signal's number: the JVM ends as the signal would have ended it, after its shutdown hooks.
        assertThat(process.exitValue()).isEqualTo(signal.equals("INT") ? 130 : 143);
        assertThat(tempFiles(out)).isEmpty();
        assertThat(Files.readString(report)).isEqualTo("the previous report\n");
    }

    @Test
    void aTempFileIsDeletedByTheShutdownHookUnlessCommittedOrClosed() throws IOException {
        Path kept = dir.resolve("kept.txt");
        AtomicFile.Stream open = AtomicFile.open(dir.resolve("cut.txt"));
        open.write("half of it");
        Path temp = open.staged().orElseThrow();
        AtomicFile.write(kept, "whole");
        assertThat(AtomicFile.openTempFiles()).contains(temp);
        AtomicFile.deleteLeftovers();
        assertThat(temp).doesNotExist();
        assertThat(dir.resolve("cut.txt")).doesNotExist();
        assertThat(kept).hasContent("whole");
        assertThat(AtomicFile.openTempFiles()).doesNotContain(temp);
        open.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema|the schema|profile-v1.schema.json",
        "completion bash|the script|costfit-completion.bash", "recommend profiles/chat-api.yaml|the report|report.md",
        "pricing show|the report|report.md"})
    void anEmptyOutIsOneMessageForEveryVerb(String row) {
        String[] cells = row.split("\\|");
        List<String> args = new ArrayList<>(List.of(cells[0].split(" ")));
        args.addAll(List.of("--out", ""));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("--out: found an empty file name; give the file to write " + cells[1]
                + " to, such as --out " + cells[2] + System.lineSeparator());
        // A verb that prices no profile (schema, completion, pricing show) says what it did not write instead.
        assertThat(run.err()).endsWith("costfit: 1 problem; nothing was "
                + (cells[0].startsWith("recommend") ? "priced." : "written.") + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingOrFileFolderIsFoundBeforeAnyProfileIsPriced() throws IOException {
        // 20 profiles of 10,000 scenarios each would take a minute on one job: the refusal comes before any.
        Path folder = profiles(20);
        String[] ranged = {"--jobs", "1", "--ranges", "--scenarios", "10000"};
        long started = System.nanoTime();
        CliRun missing = CliRun.of(join(List.of("recommend", folder.toString(), "--out", "nonexist/r.txt"), ranged));
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("--out: cannot write nonexist/r.txt: the folder nonexist does not exist; "
                + "create it first (mkdir -p nonexist), or name a file in a folder that exists" + System.lineSeparator()
                + "costfit: 1 problem; nothing was priced." + System.lineSeparator());
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        CliRun underAFile = CliRun.of(join(List.of("recommend", folder.toString(), "--out",
                file.resolve("r.txt").toString()), ranged));
        assertThat(underAFile.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(underAFile.err()).contains(file + " is a file, not a folder");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(20);
        // The other verbs that write a file check it as early.
        for (String[] args : List.of(new String[] {"schema", "--out", "nonexist/s.json"},
                new String[] {"completion", "bash", "--out", "nonexist/c.bash"},
                new String[] {"pricing", "show", "--out", "nonexist/p.txt"},
                new String[] {"pricing", "diff", "--out", "nonexist/d.txt"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(String.join(" ", args)).contains("the folder nonexist does not exist");
        }
    }

    private static String[] join(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.yaml", "report.YML"})
    void aReportIsNeverNamedAsAProfile(String name) throws IOException {
        // Written there, the next `costfit recommend` of the folder read the report as a profile and failed on it.
        Path folder = Files.createDirectory(dir.resolve("p"));
        Files.copy(Path.of("profiles/chat-api.yaml"), folder.resolve("chat-api.yaml"));
        Path out = folder.resolve(name);
        CliRun run = CliRun.of("recommend", folder.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        String extension = name.substring(name.indexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        assertThat(run.err()).startsWith("--out: " + out + " is named as a profile is (." + extension + "), but a "
                + "report is not a profile: costfit would read it as one the next time it reads that folder. Name a "
                + "file for the report's format, such as report.txt, report.md or report.json");
        assertThat(out).doesNotExist();
        assertThat(CliRun.of("check", folder.toString(), "--format", "json", "--out", out.toString()).exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void pricingDiffWritesOutAsItsHelpSays() throws Exception {
        Path overlay = Path.of("examples/catalog-overlay.yaml");
        String help = CliRun.of("pricing", "diff", "--help").out();
        assertThat(help).contains("--out=FILE").contains("the extension of --out FILE names");
        CliRun stdout = CliRun.of("pricing", "diff", "embedded", overlay.toString(), "--format", "json");
        Path json = dir.resolve("diff.json");
        CliRun toFile = CliRun.of("pricing", "diff", "embedded", overlay.toString(), "--out", json.toString());
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(toFile.out()).isEmpty();
        // The extension chose json, and the file holds what standard output shows.
        assertThat(json).hasContent(stdout.out());
        assertThat(tempFiles(dir)).isEmpty();
        Path table = dir.resolve("diff.txt");
        assertThat(CliRun.of("pricing", "diff", "embedded", overlay.toString(), "--out", table.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(table)).doesNotStartWith("{");
        // Never onto a catalog it compares.
        Path copy = Files.copy(overlay, dir.resolve("overlay.yaml"));
        CliRun onto = CliRun.of("pricing", "diff", "embedded", copy.toString(), "--out", copy.toString());
        assertThat(onto.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(onto.err()).contains("--out: " + copy + " is one of the catalogs being compared; costfit never "
                + "overwrites an input: write the comparison to another file");
        assertThat(copy).hasSameTextualContentAs(overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommend profiles/chat-api.yaml", "map profiles/chat-api.yaml", "pricing show",
        "pricing diff", "pricing diff refresh embedded"})
    void damagedRefreshedPricesAreNamedWithHowToRecover(String command) throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache").resolve("costfit")).resolve("catalog.yaml");
        // An unclosed flow sequence: the parser finds the end of the file at line 2, column 1.
        Files.writeString(cache, "garbage: [\n");
        CliRun run = CliRun.inOwnJvm(Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()), command.split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith(cache + ":2:1: the refreshed prices that costfit pricing update wrote here "
                + "are damaged: invalid YAML: ").contains(". Delete " + cache + " to price with the embedded catalog, "
                + "or run costfit pricing update again to write them anew" + System.lineSeparator()
                // pricing's verbs price no profile: what they did not do is write.
                + "costfit: 1 problem; nothing was " + (command.startsWith("pricing") ? "written." : "priced."));
    }

    @Test
    void anEmptyRefreshedPricesFileSaysSo() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache").resolve("costfit")).resolve("catalog.yaml");
        Files.writeString(cache, "");
        CliRun run = CliRun.inOwnJvm(Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()), "pricing", "show");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith(cache + ": the refreshed prices that costfit pricing update wrote here are "
                + "damaged: the file is empty;").contains("Delete " + cache);
    }

    @Test
    void pngToTheTerminalThroughDevStdoutIsRefused() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/stdout")) && Files.isExecutable(Path.of("/usr/bin/script")));
        // `script` runs the command on a pseudo-terminal, as a person at a shell would.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName()
                + " map profiles/chat-api.yaml --format png --out /dev/stdout; echo exit=$?";
        Process process = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null")
                .redirectErrorStream(true).start();
        String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(screen).contains("--out: /dev/stdout is the terminal, and png is binary: give --out a file "
                + "(--out chart.png), or send standard output to a file (--format png > chart.png)")
                .contains("exit=2").doesNotContain("PNG");
    }

    @Test
    void pngThroughDevStdoutToAFileIsWritten() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/stdout")));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path png = dir.resolve("map.png");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "map", "profiles/chat-api.yaml", "--format", "png", "--out", "/dev/stdout")
                .redirectOutput(png.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        // The PNG signature: 0x89 P N G CR LF 0x1A LF.
        assertThat(Arrays.copyOf(Files.readAllBytes(png), 8))
                .containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
    }
}
