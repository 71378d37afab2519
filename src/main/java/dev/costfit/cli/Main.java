package dev.costfit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: runs the command line and exits with its code (0 done, 1 bug, 2 bad input, 3 policy tripped). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Reports are UTF-8 whatever the platform's default charset (JDK 17 follows the locale, often ASCII).
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs costfit in-process (tests use this with their own writers). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return CostfitCommand.commandLine(out, err).execute(args);
    }

    /** Runs costfit in-process in a given environment (tests use this to give `pricing update` an API key). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
        return CostfitCommand.commandLine(out, err, environment).execute(args);
    }
}
