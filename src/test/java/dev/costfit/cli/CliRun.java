package dev.costfit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs costfit in-process and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs costfit with {@code environment} instead of the process's (for an API key, say). */
    public static CliRun withEnvironment(java.util.Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new CliRun(code, out.toString(), err.toString());
    }

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
