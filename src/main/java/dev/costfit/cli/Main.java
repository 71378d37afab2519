package dev.costfit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: runs the command line and exits with its code (0 done, 1 bug, 2 bad input, 3 policy tripped). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Reports are UTF-8 whatever the platform's default charset (JDK 17 follows the locale, often ASCII). Written
        // to the descriptor itself, not through System.out, whose PrintStream hides a write's failure: a report
        // streamed to a reader that stops reading (`| head`) stops being evaluated (ReportCommand), and a write
        // that fails otherwise (a full disk) is reported (StandardOutput).
        PrintWriter out = StandardOutput.of(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        PrintWriter err = stderr();
        // The embedded catalog is parsed on another core while picocli and the profiles are read.
        if (CostfitCommand.readsCatalog(args)) {
            dev.costfit.pricing.CatalogLoader.preload();
        }
        System.exit(run(args, out, err));
    }

    /** Standard error as costfit writes it: UTF-8 whatever the platform's default charset, flushed by line. */
    static PrintWriter stderr() {
        return new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /** Runs costfit in-process (tests use this with their own writers). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs costfit in-process in a given environment (tests use this to give `pricing update` an API key). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
        int code = CostfitCommand.forArguments(args, out, err, environment).execute(args);
        return StandardOutput.exitCode(code, out, err);
    }
}
