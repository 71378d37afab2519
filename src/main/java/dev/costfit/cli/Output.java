package dev.costfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Where a report goes (a file, atomically, or stdout) and how tripped policies end the run. */
final class Output {

    private Output() {
    }

    static void write(Path file, String text, PrintWriter stdout) {
        if (file != null) {
            AtomicFile.write(file, text);
        } else {
            stdout.print(text);
            stdout.flush();
        }
    }

    /**
     * A binary report (png): to the file, or to standard output where that is not a terminal (redirected to a file
     * or a pipe: `costfit map p.yaml --format png > map.png`), else refused before any work is done
     * ({@link #refuseBinaryHere}).
     */
    static void writeBinary(Path file, byte[] bytes, PrintWriter stdout) {
        if (file != null) {
            AtomicFile.write(file, bytes);
        } else {
            refuseBinaryHere(null, stdout);
            ((StandardOutput) stdout).writeBytes(bytes);
        }
    }

    /**
     * Refuses png where it would reach a terminal, or a writer of text (an in-process run): bytes of an image would
     * garble the one and cannot pass through the other. Java 17 has no console when standard output (or input) is
     * redirected. An --out that names the terminal standard output is on (/dev/stdout, /dev/fd/1, /dev/tty,
     * /dev/pts/N) is that terminal too: the same file, by device and inode, as /dev/stdout.
     */
    static void refuseBinaryHere(Path file, PrintWriter stdout) {
        boolean console = stdout instanceof StandardOutput && System.console() != null;
        if (file == null && (!(stdout instanceof StandardOutput) || console)) {
            throw new dev.costfit.yaml.InputException(dev.costfit.yaml.Location.ofFile("--format"), "", "png is "
                    + "binary: give --out FILE, or send standard output to a file (--format png > chart.png)");
        }
        if (file != null && console && isStandardOutput(file)) {
            throw new dev.costfit.yaml.InputException(dev.costfit.yaml.Location.ofFile("--out"), "", file + " is "
                    + "the terminal, and png is binary: give --out a file (--out chart.png), or send standard output "
                    + "to a file (--format png > chart.png)");
        }
    }

    /** Whether {@code file} is what standard output is open on; false where the system has no /dev/stdout. */
    private static boolean isStandardOutput(Path file) {
        Path stdout = Path.of("/dev/stdout");
        try {
            return java.nio.file.Files.exists(stdout) && java.nio.file.Files.exists(file)
                    && java.nio.file.Files.isSameFile(file, stdout);
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /** One line per tripped policy on stderr; exit code 3 if any tripped. */
    static int policies(List<String> tripped, PrintWriter stderr) {
        tripped.forEach(stderr::println);
        stderr.flush();
        return tripped.isEmpty() ? ExitCodes.OK : ExitCodes.POLICY;
    }
}
