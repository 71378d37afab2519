package dev.costfit.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Locale-independent number text, so that output and golden files are the same on every machine. */
public final class Numbers {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    /**
     * "#,##0", "#,##0.#", … by decimals. Never used directly (a DecimalFormat changes while it formats): each call
     * formats with a clone, which costs far less than parsing the pattern again.
     */
    private static final DecimalFormat[] GROUPED = new DecimalFormat[20];

    static {
        for (int decimals = 0; decimals < GROUPED.length; decimals++) {
            DecimalFormat format = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "#".repeat(decimals) : ""),
                    SYMBOLS);
            format.setRoundingMode(RoundingMode.HALF_UP);
            GROUPED[decimals] = format;
        }
    }

    private Numbers() {
    }

    /**
     * Every number a report prints passes here: a non-finite one is a bug upstream (the engine turns overflowing
     * arithmetic into "does not fit"), so it fails loudly instead of printing "∞" or "NaN".
     */
    public static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("a non-finite number (" + value + ") reached a report");
        }
        return value;
    }

    /** With thousands separators and at most {@code decimals} decimals, trailing zeros dropped: 1,234.5. */
    public static String grouped(double value, int decimals) {
        finite(value);
        String text = ((DecimalFormat) GROUPED[Math.max(0, Math.min(GROUPED.length - 1, decimals))].clone())
                .format(value);
        return text.equals("-0") ? "0" : text;
    }

    /**
     * A compact decimal without exponent and without trailing zeros, to the 12 significant digits prices are
     * published with: 0.0000166667, and 0.0000008 for $0.80 per million (not 0.0000008000000000000001).
     */
    public static String plain(double value) {
        return BigDecimal.valueOf(finite(value)).round(new java.math.MathContext(12, RoundingMode.HALF_EVEN))
                .stripTrailingZeros().toPlainString();
    }

    /** At most {@code significant} significant digits, grouped: 1,234,568 or 0.0123. */
    public static String significant(double value, int significant) {
        if (finite(value) == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new java.math.MathContext(significant, RoundingMode.HALF_UP));
        int decimals = Math.max(0, rounded.scale());
        return grouped(rounded.doubleValue(), decimals);
    }

    /** Millions and billions the way price pages write them: 6B, 300M, 1.5M; smaller numbers grouped. */
    public static String compact(double value) {
        if (finite(value) >= 1e9) {
            return grouped(value / 1e9, 2) + "B";
        }
        if (value >= 1e6) {
            return grouped(value / 1e6, 2) + "M";
        }
        return grouped(value, 2);
    }

    /** "3" when both ends are equal, "2–5" otherwise. */
    public static String range(int min, int max) {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }

    /** "1 task", "3 tasks", "2–5 tasks". */
    public static String rangeCount(int min, int max, String noun) {
        return range(min, max) + " " + noun + (min == max && max == 1 ? "" : "s");
    }

    /** A mean to three significant figures and its noun: "1 instance", "0.5 instances", "5.58 instances". */
    public static String significantCount(double value, String noun) {
        String shown = significant(value, 3);
        return shown + " " + noun + (shown.equals("1") ? "" : "s");
    }

    /** "1 pod", "2 pods". */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
