package dev.costfit.profile.schema;

import dev.costfit.units.Units;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Regular expressions of the unit spellings the parsers of {@link Units} accept, built from the parsers' own tables
 * (units, periods, multipliers, the digit cap), in the syntax JSON Schema (ECMA 262) and Java share. They say how a
 * value is spelt, not its range: "2GB" matches whatever the field's bounds.
 */
public final class UnitPatterns {

    /** Any run of the blanks the parsers read as spaces, in the syntax Java and ECMA 262 share. */
    private static final String BLANKS = Units.BLANK + "*";

    private UnitPatterns() {
    }

    /** A number as the parsers read it, with at most {@link Units#MAX_DIGITS} digits in a run. */
    static String number() {
        return Units.NUMBER.replace("[0-9]+", "[0-9]{1," + Units.MAX_DIGITS + "}");
    }

    /** 512MB, 2 GiB, 1.5tb: B, KB, MB, GB, TB, KiB, … in any case. */
    public static String size() {
        return whole(number() + BLANKS + alternatives(Units.sizeUnits(), true));
    }

    /** 250ms, 6s, 15min, 2h. */
    public static String duration() {
        return whole(number() + BLANKS + alternatives(Units.timeUnits(), false));
    }

    /** 20/s, 50k/day, 1.2M/month. */
    public static String rate() {
        return whole(number() + BLANKS + alternatives(Units.rateMultipliers(), false) + BLANKS + "/" + BLANKS
                + alternatives(Units.ratePeriods(), false));
    }

    /** 70%. */
    public static String percent() {
        return whole(number() + BLANKS + "%");
    }

    /** 3x. */
    public static String multiplier() {
        return whole(number() + BLANKS + "[xX]");
    }

    /**
     * A parser's own expression, anchors dropped, with the blanks a parser trims allowed around it, and its \\s
     * written as the blanks the parsers read ({@link Units#BLANK}), which Java and ECMA 262 agree on.
     */
    public static String trimmed(String regex, boolean caseless) {
        String body = regex.replaceFirst("^\\^", "").replaceFirst("\\$$", "").replace("\\s", Units.BLANK);
        return whole("(?:" + (caseless ? caseless(body) : body) + ")");
    }

    private static String whole(String body) {
        return "^" + BLANKS + body + BLANKS + "$";
    }

    /** "(?:kb|kib|…)", longest first so that no alternative hides a longer one; "" becomes an optional group. */
    private static String alternatives(Set<String> words, boolean caseless) {
        boolean optional = words.contains("");
        String joined = words.stream().filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> caseless ? caseless(w) : w)
                .collect(Collectors.joining("|"));
        return "(?:" + joined + ")" + (optional ? "?" : "");
    }

    /**
     * The same expression matching letters in either case ("kb" is "[kK][bB]"): JSON Schema has no flags. Escapes,
     * character classes and group names are kept as they are.
     */
    static String caseless(String regex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                int end = regex.indexOf(']', i + 1);
                out.append(regex, i, end + 1);
                i = end + 1;
            } else if (regex.startsWith("(?<", i) && i + 3 < regex.length()
                    && Character.isLetter(regex.charAt(i + 3))) {
                int end = regex.indexOf('>', i);
                out.append(regex, i, end + 1);
                i = end + 1;
            } else if (Character.isLetter(c) && Character.toUpperCase(c) != Character.toLowerCase(c)) {
                out.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
