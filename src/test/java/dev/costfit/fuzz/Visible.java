package dev.costfit.fuzz;

/** Text made readable in one line: invisible and non-ASCII characters as \\uXXXX, long runs as {c*n}. */
final class Visible {

    private static final int RUN = 12;
    private static final int MAX = 160;

    private Visible() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; ) {
            int j = i;
            while (j < cps.length && cps[j] == cps[i]) {
                j++;
            }
            String one = one(cps[i]);
            if (j - i >= RUN) {
                out.append('{').append(one).append('*').append(j - i).append('}');
            } else {
                out.append(one.repeat(j - i));
            }
            i = j;
        }
        return out.length() > MAX ? out.substring(0, MAX) + "…(" + text.length() + " chars)" : out.toString();
    }

    private static String one(int c) {
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c == '\t') {
            return "\\t";
        }
        if (c >= 0x20 && c < 0x7f) {
            return new String(Character.toChars(c));
        }
        return c <= 0xffff ? String.format("\\u%04X", c) : String.format("\\U%08X", c);
    }
}
