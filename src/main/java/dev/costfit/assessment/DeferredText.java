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

    private DeferredText(Supplier<String> write) {
        this.write = Objects.requireNonNull(write);
    }

    /**
     * A text already written: the string itself, with nothing around it (a check's workaround, most components),
     * where a search makes thousands of them. Fields that hold either kind are read with {@link #read(Object)}.
     */
    static Object written(String text) {
        return Objects.requireNonNull(text);
    }

    /** A text written by {@code write} when first read. */
    static Object deferred(Supplier<String> write) {
        return new DeferredText(write);
    }

    /** The text of {@link #written} or {@link #deferred}. */
    static String read(Object text) {
        return text instanceof DeferredText deferred ? deferred.text() : (String) text;
    }

    private String text() {
        String text = written;
        if (text == null) {
            text = Objects.requireNonNull(write.get());
            written = text;
        }
        return text;
    }
}
