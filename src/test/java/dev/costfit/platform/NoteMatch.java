package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report's note found by its pattern, and the grouped figures notes word ("1,630.67"): for the notes' tests. */
final class NoteMatch {

    private NoteMatch() {
    }

    /** The first of the assessment's notes in which {@code pattern} is found, matched. */
    static Optional<Matcher> in(Assessment a, Pattern pattern) {
        return a.notes().stream().map(pattern::matcher).filter(Matcher::find).findFirst();
    }

    /** A figure as a note groups it, read back. */
    static double grouped(String figure) {
        return Double.parseDouble(figure.replace(",", ""));
    }
}
