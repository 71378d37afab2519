package dev.costfit.assessment;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A text with figures in it that only a report reads, written when first read: the assessments of a break-even
 * search or a map are never rendered, so they need not format numbers nobody sees (issue 13). Two threads may both
 * write it (the supplier is pure), and a reader that sees it sees it whole: strings are immutable.
 */
final class DeferredText {

    private final Supplier<String> write;
    private String written;

    DeferredText(Supplier<String> write) {
        this.write = Objects.requireNonNull(write);
    }

    /** A text already written. */
    static DeferredText written(String text) {
        Objects.requireNonNull(text);
        DeferredText t = new DeferredText(() -> text);
        t.written = text;
        return t;
    }

    String read() {
        String text = written;
        if (text == null) {
            text = Objects.requireNonNull(write.get());
            written = text;
        }
        return text;
    }
}
