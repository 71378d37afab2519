package dev.costfit.fuzz;

import dev.costfit.cli.CostfitCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        long[] runCpu = {0};
        Runnable measured = () -> {
            try {
                task.run();
            } finally {
                runCpu[0] = THREADS.getCurrentThreadCpuTime();
            }
        };
        Thread thread = new Thread(measured, "costfit-fuzz-run");
        thread.setDaemon(true);
        long start = System.nanoTime();
        Map<Long, Long> before = threadCpuNanos();
        thread.start();
        boolean finished = join(thread);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = ((finished ? runCpu[0] : 0) + otherThreadsCpuNanos(before, thread.getId())) / 1_000_000;
        if (!finished) {
            stop(thread);
        }
        return new CliResult(finished ? exit[0] : -1, out.toString(), err.toString(), thrown.get(), millis,
                finished, "", cpuMillis);
    }

    /** The process's CPU time (a campaign's overall budget). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The CPU time of every application thread now (the run's parallel streams included). The process's CPU time
     * would also count the JIT compiling costfit's code, which in a test JVM depends on which tests ran before:
     * the limit is about costfit's work, not the JVM's warm-up.
     */
    private static Map<Long, Long> threadCpuNanos() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    /** CPU time the application threads other than the run's own spent since {@code before}. */
    private static long otherThreadsCpuNanos(Map<Long, Long> before, long runThread) {
        long total = 0;
        for (Map.Entry<Long, Long> now : threadCpuNanos().entrySet()) {
            if (now.getKey() != runThread) {
                total += Math.max(0, now.getValue() - before.getOrDefault(now.getKey(), 0L));
            }
        }
        return total;
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
