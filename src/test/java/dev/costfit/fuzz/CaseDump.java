package dev.costfit.fuzz;

import java.io.PrintStream;
import java.nio.file.Path;

/** One case shown in full ({@code -Dfuzz.case=N}): its edits, command line, verdict, stack trace, output, profile. */
final class CaseDump {

    private static final int LINES = 20;

    private final FuzzConfig config;
    private final Path workDir;
    private final PrintStream log;

    CaseDump(FuzzConfig config, Path workDir, PrintStream log) {
        this.config = config;
        this.workDir = workDir;
        this.log = log;
    }

    Tally run(long index) {
        FuzzCase c = new CaseGenerator(config.seed()).generate(index);
        RunInput input = c.written(workDir.resolve("case-" + index));
        CliResult result = new InProcessCli(config.hardCapMillis()).run(input.args());
        Verdict verdict = new Judge(config.limitMillis(), false).judge(input, result);
        log.println("case " + index + " of seed " + config.seed() + ": sample " + c.sample() + "; "
                + c.describeEdits());
        log.println("args: " + c.invocation());
        log.println("verdict: " + verdict.outcome().label + " " + Visible.of(verdict.detail()) + " ("
                + verdict.millis() + " ms, exit " + result.exitCode() + ")");
        if (result.thrown() != null) {
            result.thrown().printStackTrace(log);
        }
        log.println("--- stderr:");
        result.err().lines().limit(LINES).forEach(l -> log.println(Visible.of(l)));
        log.println("--- stdout:");
        result.out().lines().limit(LINES).forEach(l -> log.println(Visible.of(l)));
        log.println("--- profile:");
        log.print(c.profileText());
        Tally tally = new Tally();
        tally.add(c, verdict);
        return tally;
    }
}
