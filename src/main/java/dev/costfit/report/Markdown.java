package dev.costfit.report;

import java.util.List;

/** Markdown as GitHub renders it: escaping user text, and pipe tables. */
final class Markdown {

    private Markdown() {
    }

    /**
     * Text that renders as itself: the punctuation that starts emphasis, code, links, strikethrough or a table cell
     * backslash-escaped, and HTML-significant characters as entities (GitHub renders inline HTML).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '~' ->
                        out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A pipe table; {@code specs} are headers, '>' first for right alignment. Cells must be escaped already. */
    static String table(List<String> specs, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append('|');
        specs.forEach(s -> out.append(' ').append(s.startsWith(">") ? s.substring(1) : s).append(" |"));
        out.append("\n|");
        specs.forEach(s -> out.append(s.startsWith(">") ? "---:|" : "---|"));
        out.append('\n');
        rows.forEach(row -> out.append(row(row)));
        return out.toString();
    }

    /** One row of a pipe table, with its newline. Cells must be escaped already. */
    static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        cells.forEach(cell -> out.append(' ').append(cell.isEmpty() ? " " : cell).append(" |"));
        return out.append('\n').toString();
    }
}
