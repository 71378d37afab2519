package dev.costfit.fuzz;

/**
 * What one in-process run of costfit did: its exit code and output, the exception that ended it (caught where the
 * CLI turns it into "internal error", so the stack is at hand without COSTFIT_DEBUG), and how long it took.
 *
 * @param exitCode -1 if the run did not return (it threw past picocli, or was stopped at the hard cap)
 * @param finished false if it was stopped at the hard cap
 * @param outFile  the text of the --out file, if one was written (empty otherwise; png is left out)
 * @param cpuMillis the CPU time the whole process spent meanwhile: the run's own work when nothing else runs (the
 *                  engine's parallel streams included), whatever else the machine is busy with
 */
record CliResult(int exitCode, String out, String err, Throwable thrown, long millis, boolean finished,
                 String outFile, long cpuMillis) {
}
