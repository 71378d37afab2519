package dev.costfit.yaml;

/**
 * Text from an input (a profile's value or key, a file name, a command-line argument) made safe to print: every
 * control character written out as {@code \}{@code uXXXX}, the escape a YAML double-quoted string reads back. Raw,
 * an escape sequence in a description (ESC [2J clears the screen, ESC ] 0; retitles the window) would act on the
 * terminal or CI log viewer that shows the report, and a newline in a value would split a one-paragraph error.
 * Escaped: C0 (tab and newline too: a value is one line), DEL and C1 (Character.isISOControl), the line and
 * paragraph separators U+2028 and U+2029, and the bidirectional marks, embeddings, overrides and isolates
 * (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which reorder what follows them on screen (CVE-2021-42574).
 */
public final class Printable {

    private Printable() {
    }

    /** The text with every such character escaped; the same string where there is none. */
    public static String of(String text) {
        if (text == null || text.chars().noneMatch(Printable::hidden)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (hidden(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    /** Whether the character would act on a terminal or on the layout of a line rather than show as itself. */
    static boolean hidden(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
