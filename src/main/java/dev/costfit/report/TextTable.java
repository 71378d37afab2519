package dev.costfit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A plain-text table fitted to a width: columns marked flexible shrink and wrap their text onto more lines when the
 * table would be wider than the terminal, breaking a long word only where the table cannot fit otherwise; nothing is
 * cut off.
 */
public final class TextTable {

    private static final String GAP = "  ";
    private static final int MIN_FLEXIBLE = 10;
    private static final int MAX_WORD = 24;

    private final List<String> headers;
    private final boolean[] flexible;
    /** Flexible columns that give width only once the other flexible columns are down to their floors. */
    private final boolean[] lastToGive;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Column specs: a header, optionally prefixed by '~' (flexible), '~~' (flexible, but the last to give: a name
     * that reads best on one line), '>' (right-aligned) or both ("~>").
     */
    public TextTable(String... specs) {
        headers = new ArrayList<>();
        flexible = new boolean[specs.length];
        lastToGive = new boolean[specs.length];
        rightAligned = new boolean[specs.length];
        for (int i = 0; i < specs.length; i++) {
            String spec = specs[i];
            if (spec.startsWith("~~")) {
                lastToGive[i] = true;
                spec = spec.substring(1);
            }
            if (spec.startsWith("~")) {
                flexible[i] = true;
                spec = spec.substring(1);
            }
            if (spec.startsWith(">")) {
                rightAligned[i] = true;
                spec = spec.substring(1);
            }
            headers.add(spec);
        }
    }

    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table as lines no wider than {@code width} (unless even the fixed columns are wider), each prefixed. */
    public String render(int width, String indent) {
        return drawn(widths(width, indent), indent);
    }

    /** The table drawn with these column widths. */
    private String drawn(int[] widths, String indent) {
        int n = widths.length;
        StringBuilder out = new StringBuilder();
        appendRow(out, headers, widths, indent);
        StringBuilder rule = new StringBuilder(indent);
        for (int i = 0; i < n; i++) {
            rule.append("-".repeat(widths[i])).append(i < n - 1 ? GAP : "");
        }
        out.append(rule.toString().stripTrailing()).append('\n');
        for (List<String> row : rows) {
            appendRow(out, row, widths, indent);
        }
        return out.toString();
    }

    /**
     * The table as {@link #render} lays it out where it fits the width; where it cannot (its columns at their
     * narrowest are still too wide), one record a row instead: the first column's value, then each other column's
     * header and value, wrapped under it.
     */
    public String renderFitting(int width, String indent) {
        int[] widths = widths(width, indent);
        int used = indent.length() + GAP.length() * (widths.length - 1) + java.util.Arrays.stream(widths).sum();
        if (used <= width) {
            return drawn(widths, indent);
        }
        StringBuilder out = new StringBuilder();
        // A value's lines hang under its header: the first at one gap in, the rest at two.
        int room = Math.max(MIN_FLEXIBLE, width - indent.length() - 2 * GAP.length());
        for (List<String> row : rows) {
            wrap(row.get(0), Math.max(MIN_FLEXIBLE, width - indent.length()))
                    .forEach(line -> out.append(indent).append(line).append('\n'));
            for (int i = 1; i < row.size(); i++) {
                String value = row.get(i);
                if (value.isEmpty()) {
                    continue;
                }
                List<String> lines = wrap(headers.get(i).isEmpty() ? value : headers.get(i) + ": " + value, room);
                for (int k = 0; k < lines.size(); k++) {
                    out.append(indent).append(k == 0 ? GAP : GAP + GAP).append(lines.get(k)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Each column's width, fitted to {@code width} as far as the columns can give. */
    private int[] widths(int width, String indent) {
        int n = headers.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        fit(widths, width - indent.length() - GAP.length() * (n - 1));
        return widths;
    }

    private void fit(int[] widths, int available) {
        int total = 0;
        int flexibleTotal = 0;
        for (int i = 0; i < widths.length; i++) {
            total += widths[i];
            if (flexible[i]) {
                flexibleTotal += widths[i];
            }
        }
        int excess = total - available;
        if (excess <= 0 || flexibleTotal == 0) {
            return;
        }
        // A flexible column wraps at spaces but does not break a word of its body (an amount, an id) unless it
        // must: the longest such word, up to 24 characters, is its floor.
        int[] floor = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            floor[i] = MIN_FLEXIBLE;
            for (List<String> row : rows) {
                for (String word : row.get(i).split(" ")) {
                    floor[i] = Math.max(floor[i], Math.min(MAX_WORD, word.length()));
                }
            }
        }
        // Take the excess from the widest flexible columns first, one character at a time; from those last to give
        // only once the others are down to their floors. Where all are at their floors and the table is still too
        // wide, long words of text break rather than every line of the table wrapping in the terminal: the floors of
        // left-aligned columns fall to the least a flexible column gives. An amount (right-aligned) never breaks.
        int[] least = new int[floor.length];
        for (int i = 0; i < least.length; i++) {
            least[i] = rightAligned[i] ? floor[i] : MIN_FLEXIBLE;
        }
        while (excess > 0) {
            int widest = widestAboveFloor(widths, floor, false);
            if (widest < 0) {
                widest = widestAboveFloor(widths, floor, true);
            }
            if (widest < 0) {
                widest = widestAboveFloor(widths, least, false);
            }
            if (widest < 0) {
                widest = widestAboveFloor(widths, least, true);
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            excess--;
        }
    }

    private int widestAboveFloor(int[] widths, int[] floor, boolean last) {
        int widest = -1;
        for (int i = 0; i < widths.length; i++) {
            if (flexible[i] && lastToGive[i] == last && widths[i] > floor[i]
                    && (widest < 0 || widths[i] > widths[widest])) {
                widest = i;
            }
        }
        return widest;
    }

    private void appendRow(StringBuilder out, List<String> cells, int[] widths, String indent) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = wrap(cells.get(i), widths[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder text = new StringBuilder(indent);
            for (int i = 0; i < cells.size(); i++) {
                String part = line < wrapped.get(i).size() ? wrapped.get(i).get(line) : "";
                String padded = rightAligned[i] ? " ".repeat(widths[i] - part.length()) + part
                        : part + " ".repeat(Math.max(0, widths[i] - part.length()));
                text.append(padded).append(i < cells.size() - 1 ? GAP : "");
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
    }

    /**
     * Text word-wrapped into {@code out} in lines of at most {@code width} characters (at least 20 for the text),
     * each after a lead: {@code lead} on the first line and as many spaces on the others (an indent, or a bullet's
     * hanging indent), every line ended.
     */
    static void wrapped(StringBuilder out, String text, int width, String lead) {
        wrapped(out, text, width, lead, UnaryOperator.identity());
    }

    /** As above, each line's text through {@code look} (a style; the lead stays plain). */
    static void wrapped(StringBuilder out, String text, int width, String lead, UnaryOperator<String> look) {
        List<String> lines = wrap(text, Math.max(20, width - lead.length()));
        String under = " ".repeat(lead.length());
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? lead : under).append(look.apply(lines.get(i))).append('\n');
        }
    }

    /** Word-wraps text to a width, breaking words longer than the width. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (text.length() <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
