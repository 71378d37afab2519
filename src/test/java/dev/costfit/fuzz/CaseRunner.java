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
        this(workDir, new InProcessCli(hardCapMillis), new Judge(limitMillis, false));
    }

    private CaseRunner(Path workDir, InProcessCli cli, Judge judge) {
        this.workDir = workDir;
        this.cli = cli;
        this.judge = judge;
    }

    /**
     * A runner for one run at a time, nothing else in the process busy: it holds the run's CPU time (the process's,
     * the engine's parallel streams included) to the limit rather than its wall time, which on a shared machine
     * measures the other users' load; and it waits up to a minute before it calls a run hung.
     */
    static CaseRunner alone(Path workDir, long limitMillis) {
        return new CaseRunner(workDir, new InProcessCli(ALONE_HARD_CAP_MS), new Judge(limitMillis, true));
    }

    static final long ALONE_HARD_CAP_MS = 60_000;

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
            return new CliResult(r.exitCode(), r.out(), r.err(), r.thrown(), r.millis(), r.finished(), text,
                    r.cpuMillis());
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
