package dev.costfit.fuzz;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs cases 0…N-1 of a seed on a few threads (or as many as its time budget allows, always a prefix of that
 * sequence) and tallies the outcomes; re-times the slow ones alone, since on a shared machine a run over the limit
 * may be the load; when asked, shrinks the failures to reproducers ({@link ReproducerWriter}) and writes the report
 * ({@link ReportFiles}). With {@code fuzz.case} it runs that one case and shows it in full ({@link CaseDump}).
 */
final class Campaign {

    private final FuzzConfig config;
    private final Path workDir;
    private final PrintStream log;
    private final long cpuStart = InProcessCli.processCpuNanos();

    Campaign(FuzzConfig config, Path workDir, PrintStream log) {
        this.config = config;
        this.workDir = workDir;
        this.log = log;
    }

    /**
     * The outcome of a campaign.
     *
     * @param strayStderrLines lines libraries printed on the process's stderr, past costfit's writers
     */
    record Result(Tally tally, long millis, List<String> reproducers, long strayStderrLines, String strayStderr) {
    }

    Result run() {
        if (config.onlyCase() >= 0) {
            Tally tally = new CaseDump(config, workDir, log).run(config.onlyCase());
            return new Result(tally, 0, reproducers(tally), 0, "");
        }
        Result result;
        try (StrayStderr stray = new StrayStderr()) {
            long start = System.nanoTime();
            Tally tally = runAll(start);
            retimeSlowCases(tally);
            long millis = (System.nanoTime() - start) / 1_000_000;
            result = new Result(tally, millis, reproducers(tally), stray.lines(), stray.first());
        }
        if (config.report()) {
            new ReportFiles(config, log).write(result, summary(result));
        }
        return result;
    }

    private Tally runAll(long start) {
        Tally tally = new Tally();
        CaseGenerator generator = new CaseGenerator(config.seed());
        // One thread: the process's CPU time is the case's, so a run is held to the limit by CPU time (the machine's
        // load cannot make it slow); several: by wall time, and the slow ones are re-timed alone afterwards.
        CaseRunner runner = config.threads() == 1 ? CaseRunner.alone(workDir, config.limitMillis())
                : new CaseRunner(workDir, config.limitMillis(), config.hardCapMillis());
        AtomicLong next = new AtomicLong(0);
        AtomicReference<RuntimeException> harnessError = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < Math.max(1, config.threads()); t++) {
            Thread worker = new Thread(() -> {
                long i;
                while (!pastBudget(start) && (i = next.getAndIncrement()) < config.cases()
                        && harnessError.get() == null) {
                    try {
                        FuzzCase c = generator.generate(i);
                        Verdict verdict = runner.run(c);
                        if (tally.add(c, verdict) && config.report()) {
                            log.printf("fuzz seed %d: case %d: new failure %s: %s%n    args: %s%n", config.seed(), i,
                                    verdict.signature(), Visible.of(verdict.detail()), c.invocation());
                        }
                    } catch (RuntimeException | Error e) {
                        harnessError.compareAndSet(null, new IllegalStateException("the fuzzer itself failed on "
                                + "case " + i + " of seed " + config.seed(), e));
                    }
                    if (config.report() && (i + 1) % 1000 == 0) {
                        log.printf("fuzz seed %d: %d/%d cases, %d s, %s%n", config.seed(), i + 1, config.cases(),
                                (System.nanoTime() - start) / 1_000_000_000, tally.countsLine());
                    }
                }
            }, "costfit-fuzz-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (harnessError.get() != null) {
            throw harnessError.get();
        }
        return tally;
    }

    private boolean pastBudget(long start) {
        return config.budgetMs() > 0 && (System.nanoTime() - start) / 1_000_000 > config.budgetMs()
                || config.cpuBudgetMs() > 0 && (InProcessCli.processCpuNanos() - cpuStart) / 1_000_000
                > config.cpuBudgetMs();
    }

    /** At most this many slow cases are re-timed: each can take up to the hard cap. */
    private static final int MOST_RETIMED = 20;

    /**
     * Each run that finished over the time limit again, alone, its CPU time held to the limit: a failure only if it
     * is slow again.
     */
    private void retimeSlowCases(Tally tally) {
        CaseRunner runner = CaseRunner.alone(workDir, config.limitMillis());
        List<FuzzCase> slow = tally.slowCases();
        for (int k = 0; k < slow.size(); k++) {
            FuzzCase c = slow.get(k);
            Verdict again = k < MOST_RETIMED ? runner.run(c) : null;
            if (again == null || again.failure()) {
                tally.confirmSlow(c, again == null ? new Verdict(Outcome.SLOW, "not re-timed (too many slow cases)",
                        "slow", "slow", 0, -1) : again);
            }
            if (config.report()) {
                log.printf("fuzz: re-timed slow case %d alone: %s%n", c.index(),
                        again == null ? "not re-timed" : again.outcome().label + " " + again.millis() + " ms");
            }
        }
    }

    private List<String> reproducers(Tally tally) {
        return config.minimise() ? new ReproducerWriter(config, workDir, log).writeAll(tally) : List.of();
    }

    /** The counts in one line, and a second line if libraries printed past costfit's writers. */
    String summary(Result result) {
        return String.format("costfit fuzz: seed %d, %d cases, %d threads, %.1f s: %s; slowest %s; %d failure "
                        + "signatures", config.seed(), result.tally().total(), config.threads(),
                result.millis() / 1000.0, result.tally().countsLine(), result.tally().slowest(),
                result.tally().groups().size())
                + (result.strayStderrLines() == 0 ? "" : String.format("%n  and %d lines on the process's stderr, "
                + "past costfit's writers, such as: %s", result.strayStderrLines(), Visible.of(result.strayStderr())));
    }
}
