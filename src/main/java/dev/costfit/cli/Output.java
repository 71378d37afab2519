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

    /** One line per tripped policy on stderr; exit code 3 if any tripped. */
    static int policies(List<String> tripped, PrintWriter stderr) {
        tripped.forEach(stderr::println);
        stderr.flush();
        return tripped.isEmpty() ? ExitCodes.OK : ExitCodes.POLICY;
    }
}
