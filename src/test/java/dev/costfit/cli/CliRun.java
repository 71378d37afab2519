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

    /**
     * Runs costfit in a JVM of its own, on this test's class path, with {@code environment} added to this process's:
     * for what costfit reads from the real environment (COLUMNS, NO_COLOR), which an in-process run cannot set.
     */
    public static CliRun inOwnJvm(java.util.Map<String, String> environment, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                ProcessHandle.current().info().command().orElseThrow(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        java.nio.file.Path err = java.nio.file.Files.createTempFile("costfit-err", ".txt");
        try {
            Process process = builder.redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("costfit " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new CliRun(process.exitValue(), out, java.nio.file.Files.readString(err));
        } finally {
            java.nio.file.Files.deleteIfExists(err);
        }
    }

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
