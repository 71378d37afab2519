package dev.costfit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control characters from input, written out as the escapes a YAML double-quoted string reads back. */
class PrintableTest {

    private static final String ESC = String.valueOf((char) 0x1B);
    private static final String BACKSLASH = "\\";

    @Test
    void plainTextIsTheSameString() {
        String text = "Chat endpoint · 20/s, 512 MB — é, 日本, emoji \uD83D\uDE00, a tab-free line";
        assertThat(Printable.of(text)).isSameAs(text);
        assertThat(Printable.of(null)).isNull();
    }

    /** ESC [31m (red), ESC ] 0;TITLE BEL (retitle the window): each control character is six visible ones. */
    @Test
    void escapeSequencesAreWrittenOut() {
        String evil = "evil" + ESC + "[31mRED" + ESC + "]0;TITLE" + (char) 7;
        assertThat(Printable.of(evil)).isEqualTo("evil" + BACKSLASH + "u001B[31mRED" + BACKSLASH + "u001B]0;TITLE"
                + BACKSLASH + "u0007");
    }

    @Test
    void everyC0DelAndC1CharacterIsEscapedAndNothingElse() {
        for (int c = 0; c < 0x30000; c++) {
            if (Character.isSurrogate((char) Math.min(c, 0xFFFF)) && c <= 0xFFFF) {
                continue;
            }
            String one = new String(Character.toChars(c));
            boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F;
            boolean layout = c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069;
            if (control || layout) {
                assertThat(Printable.of(one)).as("U+%04X", c).isEqualTo(BACKSLASH + "u" + String.format("%04X", c));
            } else {
                assertThat(Printable.of(one)).as("U+%04X", c).isEqualTo(one);
            }
        }
        // A newline and a tab too: a value is one line, and a problem one paragraph.
        assertThat(Printable.of("a\nb\tc")).isEqualTo("a" + BACKSLASH + "u000Ab" + BACKSLASH + "u0009c");
    }

    @Test
    void aProblemKeepsItsFieldItsSentenceAndItsFileNamePrintable() {
        Problem problem = new Problem(new Location("dir/a" + ESC + "[2J.yaml", 3, 7), "ev" + ESC + "il",
                "found 'x\ny'");
        assertThat(problem.render()).isEqualTo("dir/a" + BACKSLASH + "u001B[2J.yaml:3:7: ev" + BACKSLASH
                + "u001Bil: found 'x" + BACKSLASH + "u000Ay'");
    }
}
