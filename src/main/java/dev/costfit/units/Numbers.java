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

    /**
     * With thousands separators and at most {@code decimals} decimals, trailing zeros dropped: 1,234.5. The value's
     * exact binary value is rounded half up, as {@code DecimalFormat} with {@code RoundingMode.HALF_UP} rounds it:
     * in long arithmetic where the scaled value is small enough that its fraction is known to within 1e-3 and is
     * not that close to a half; through {@code DecimalFormat} otherwise (NumbersTest compares both paths).
     */
    public static String grouped(double value, int decimals) {
        finite(value);
        int d = Math.max(0, Math.min(GROUPED.length - 1, decimals));
        if (d <= MAX_FAST_DECIMALS) {
            double scaled = Math.abs(value) * POWERS[d];
            if (scaled < FAST_LIMIT) {
                double whole = Math.floor(scaled);
                double fraction = scaled - whole;
                if (Math.abs(fraction - 0.5) > FAST_MARGIN) {
                    long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
                    return fixed(value < 0, rounded, d);
                }
            }
        }
        return slowGrouped(value, d);
    }

    /** The decimals the long arithmetic of {@link #grouped} handles. */
    private static final int MAX_FAST_DECIMALS = 9;
    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final long[] LONG_POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};
    /**
     * Below 2^40 a double's spacing is at most 2^-12 and multiplying by a power of ten (exact up to 1e22) errs by
     * half of that: the fraction is then known to within 2.5e-4, well inside the margin below.
     */
    private static final double FAST_LIMIT = 0x1p40;
    private static final double FAST_MARGIN = 1e-3;

    static String slowGrouped(double value, int decimals) {
        String text = ((DecimalFormat) GROUPED[decimals].clone()).format(value);
        return text.equals("-0") ? "0" : text;
    }

    /** {@code rounded} / 10^decimals with separators, trailing zeros of the fraction dropped; "-" unless zero. */
    private static String fixed(boolean negative, long rounded, int decimals) {
        if (rounded == 0) {
            return "0";
        }
        long whole = rounded / LONG_POWERS[decimals];
        long fraction = rounded % LONG_POWERS[decimals];
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        }
        group(out, Long.toString(whole));
        if (fraction != 0) {
            int places = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                places--;
            }
            String digits = Long.toString(fraction);
            out.append('.');
            for (int i = digits.length(); i < places; i++) {
                out.append('0');
            }
            out.append(digits);
        }
        return out.toString();
    }

    /** Appends a run of digits with a comma before every group of three from the right: 1,234,567. */
    static void group(StringBuilder out, String digits) {
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
    }

    /**
     * A compact decimal without exponent and without trailing zeros, to the 12 significant digits prices are
     * published with: 0.0000166667, and 0.0000008 for $0.80 per million (not 0.0000008000000000000001).
     */
    public static String plain(double value) {
        return significantPlain(value, 12);
    }

    /** At most {@code significant} significant digits, ungrouped, trailing zeros dropped: 0.00000003083333. */
    public static String significantPlain(double value, int significant) {
        return BigDecimal.valueOf(finite(value)).round(new java.math.MathContext(significant, RoundingMode.HALF_EVEN))
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
