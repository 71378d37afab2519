package dev.costfit.yaml;

import java.util.Arrays;

/**
 * Line and column as an editor, {@code grep -n} and GitHub show them. The YAML parser counts NEL (U+0085), LINE
 * SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) as line breaks too (YAML 1.1), so its line numbers run past
 * the end of a file that holds them (text pasted from a web page); here only \n, \r\n and \r end a line. Positions
 * are counted in code points, as the parser counts them, and a byte-order mark at the start takes no column.
 */
final class EditorLines {

    /** The code-point index at which each line starts, the first at 0. */
    private final int[] starts;
    private final boolean bom;

    EditorLines(String text) {
        int[] found = new int[16];
        int count = 1;
        int index = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            index++;
            boolean crlf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
            if ((c == '\n' || c == '\r') && !crlf) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = index;
            }
        }
        starts = Arrays.copyOf(found, count);
        bom = text.startsWith("\uFEFF");
    }

    /** The location of the code point at {@code index} (0-based, as the parser's marks count). */
    Location at(String file, long index) {
        int at = (int) Math.max(0, Math.min(index, Integer.MAX_VALUE));
        int line = Arrays.binarySearch(starts, at);
        if (line < 0) {
            line = -line - 2;
        }
        int column = at - starts[line] + 1;
        if (line == 0 && bom && column > 1) {
            column--;
        }
        return new Location(file, line + 1, column);
    }
}
