package dev.costfit.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for tests, made with mkfifo(1) in a folder of the test's own (a JUnit @TempDir). */
public final class NamedPipes {

    private NamedPipes() {
    }

    /** Makes a named pipe at {@code path}; false where mkfifo is not available (Windows) or fails: skip the test. */
    public static boolean make(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
