package dev.costfit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Writes a case's files into a folder of its own, runs costfit on them in-process, judges the run, cleans up. */
final class CaseRunner {

    private final Path workDir;
    private final InProcessCli cli;
    private final Judge judge;

    CaseRunner(Path workDir, long limitMillis, long hardCapMillis) {
        this.workDir = workDir;
        this.cli = new InProcessCli(hardCapMillis);
        this.judge = new Judge(limitMillis);
    }

    Verdict run(FuzzCase fuzzCase) {
        Path dir = workDir.resolve("case-" + fuzzCase.index() + "-" + Thread.currentThread().getId());
        try {
            return run(fuzzCase.written(dir));
        } finally {
            delete(dir);
        }
    }

    Verdict run(RunInput input) {
        CliResult result = withOutFile(cli.run(input.args()), input);
        return judge.judge(input, result);
    }

    /** The run with the text of its --out file, if it wrote one (a png is binary and left out). */
    private static CliResult withOutFile(CliResult r, RunInput input) {
        Path out = input.out();
        if (out == null || !Files.isRegularFile(out) || out.toString().endsWith(".png")) {
            return r;
        }
        try {
            String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
            return new CliResult(r.exitCode(), r.out(), r.err(), r.thrown(), r.millis(), r.finished(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp file is harmless
        }
    }
}
