package dev.costfit.fuzz;

import dev.costfit.cli.CostfitCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;

/**
 * Runs costfit in-process as {@code Main.run} does ({@code CostfitCommand.commandLine(out, err).execute(args)}), with
 * two additions: the exception behind an "internal error" is kept, and the run happens on its own thread so that
 * one that hangs is stopped at a hard cap instead of hanging the fuzzer.
 */
final class InProcessCli {

    private final long hardCapMillis;

    InProcessCli(long hardCapMillis) {
        this.hardCapMillis = hardCapMillis;
    }

    CliResult run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        int[] exit = {-1};
        Runnable task = () -> {
            try {
                CommandLine cli = CostfitCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
                CommandLine.IExecutionExceptionHandler original = cli.getExecutionExceptionHandler();
                cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                    thrown.set(ex);
                    return original.handleExecutionException(ex, commandLine, parseResult);
                });
                exit[0] = cli.execute(args.toArray(String[]::new));
            } catch (Throwable t) {
                thrown.compareAndSet(null, t);
            }
        };
        Thread thread = new Thread(task, "costfit-fuzz-run");
        thread.setDaemon(true);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        thread.start();
        boolean finished = join(thread);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
        if (!finished) {
            stop(thread);
        }
        return new CliResult(finished ? exit[0] : -1, out.toString(), err.toString(), thrown.get(), millis,
                finished, "", cpuMillis);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private boolean join(Thread thread) {
        try {
            thread.join(hardCapMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    /** A run past the hard cap is abandoned; on Java 17 Thread.stop still ends it, so it stops burning a core. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        thread.interrupt();
        try {
            thread.join(1000);
            if (thread.isAlive()) {
                thread.stop();
            }
        } catch (InterruptedException | UnsupportedOperationException e) {
            // left running as a daemon thread
        }
    }
}
