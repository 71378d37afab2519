package dev.costfit.cli;

import java.io.PrintWriter;

/** Entry point: runs the command line and exits with its code (0 done, 1 bug, 2 bad input, 3 policy tripped). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }

    /** Runs costfit in-process (tests use this with their own writers). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return CostfitCommand.commandLine(out, err).execute(args);
    }
}
