package dev.costfit.fuzz;

import java.util.Optional;

/**
 * A minimal reproducer as a regression file: a header of comments — {@code # args:} (with {@code {file}} for this
 * file, {@code {base}} for its companion NAME.base.yaml, {@code {empty}} for an empty folder, {@code {out}} for a
 * temp file), {@code # expect: exit N} (or {@code exit 0|2}), optionally {@code # encoding:}, then what was found
 * and where from — followed by the profile exactly as the case wrote it.
 */
final class Reproducer {

    private Reproducer() {
    }

    static String text(FuzzCase c, Verdict v, String expect) {
        StringBuilder out = new StringBuilder();
        out.append("# args: ").append(c.invocation()).append('\n');
        out.append("# expect: exit ").append(expect).append('\n');
        encoding(c).ifPresent(e -> out.append("# encoding: ").append(e).append('\n'));
        if (c.invocation().needsBase()) {
            out.append("# base: the companion file NAME.base.yaml (the sample, unmutated)\n");
        }
        out.append("# found: ").append(v.outcome().label).append(" — ").append(oneLine(v.detail())).append('\n');
        out.append("# from: seed ").append(c.seed()).append(" case ").append(c.index()).append(", sample ")
                .append(c.sample()).append("; ").append(oneLine(c.describeEdits())).append('\n');
        out.append(c.profileText());
        return out.toString();
    }

    static Optional<String> encoding(FuzzCase c) {
        return c.edits().stream().filter(e -> e instanceof Edit.Encode).map(e -> ((Edit.Encode) e).charset())
                .findFirst();
    }

    private static String oneLine(String text) {
        String visible = Visible.of(text);
        return visible.length() > 400 ? visible.substring(0, 400) + "…" : visible;
    }
}
