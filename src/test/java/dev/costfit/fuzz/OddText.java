package dev.costfit.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** Characters that trip up parsers, terminals and renderers: line separators, BOM, bidi marks, emoji, NUL… */
final class OddText {

    static final List<String> CHARS = List.of(
            "\u2028",            // LINE SEPARATOR (a line break to YAML 1.1, not to editors)
            "\u2029",            // PARAGRAPH SEPARATOR
            "\u0085",            // NEXT LINE (NEL)
            "\uFEFF",            // BOM / zero-width no-break space
            "\u200F",            // RIGHT-TO-LEFT MARK
            "\u202E",            // RIGHT-TO-LEFT OVERRIDE
            "\u200B",            // ZERO WIDTH SPACE
            "\u00A0",            // NO-BREAK SPACE
            "\u0000",            // NUL
            "\u0007",            // BEL
            "\u001B[31m",        // an ANSI escape
            "\t",
            "\r",
            "\uD83D\uDE00",      // emoji outside the BMP
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // ZWJ family
            "e\u0301\u0301\u0301", // combining accents
            "\uFFFD",
            "\uFFFF",            // a noncharacter
            "\u0663\u0660",      // Arabic-Indic digits 30
            "\uFF12\uFF10",      // fullwidth digits 20
            "<script>", "&amp;", "\"", "'", "|", ",", "\\", "${x}", "%s");

    private OddText() {
    }

    static String draw(SplittableRandom rnd) {
        return switch (rnd.nextInt(8)) {
            case 0 -> "";
            case 1 -> "x".repeat(101);
            case 2 -> "a-" + "é".repeat(60);
            case 3 -> Extremes.pick(rnd, CHARS).repeat(1 + rnd.nextInt(3));
            default -> "chat" + Extremes.pick(rnd, CHARS) + "api" + (rnd.nextBoolean() ? Extremes.pick(rnd, CHARS) : "");
        };
    }

    static String oneChar(SplittableRandom rnd) {
        return Extremes.pick(rnd, CHARS);
    }
}
