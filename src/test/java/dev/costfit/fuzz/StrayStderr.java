package dev.costfit.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What costfit's libraries print on the process's own stderr, past the writers costfit is given (picocli's
 * "[picocli WARN]" lines): kept off the console during a campaign and counted, so the report can say so.
 */
final class StrayStderr implements AutoCloseable {

    private final PrintStream original = System.err;
    private final AtomicLong lines = new AtomicLong();
    private volatile String first = "";

    StrayStderr() {
        System.setErr(new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    if (first.isEmpty()) {
                        first = line.toString(StandardCharsets.UTF_8);
                    }
                    lines.incrementAndGet();
                    line.reset();
                } else if (line.size() < 1000) {
                    line.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8));
    }

    long lines() {
        return lines.get();
    }

    String first() {
        return first;
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
