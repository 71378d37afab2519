package dev.costfit.assessment;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A text with figures in it that only a report reads, written when first read: the assessments of a break-even
 * search or a map are never rendered, so they need not format numbers nobody sees (issue 13). Two threads may both
 * write it (the supplier is pure), and a reader that sees it sees it whole: strings are immutable.
 */
final class DeferredText {

    /** What writes the text; null for a text given written. */
    private final Supplier<String> write;
    /** A text given written (final: seen whole by any thread), else null. */
    private final String given;
    private String written;

    DeferredText(Supplier<String> write) {
        this(Objects.requireNonNull(write), null);
    }

    private DeferredText(Supplier<String> write, String given) {
        this.write = write;
        this.given = given;
    }

    /** A text already written: no supplier to keep for it. */
    static DeferredText written(String text) {
        return new DeferredText(null, Objects.requireNonNull(text));
    }

    String read() {
        if (given != null) {
            return given;
        }
        String text = written;
        if (text == null) {
            text = Objects.requireNonNull(write.get());
            written = text;
        }
        return text;
    }
}
