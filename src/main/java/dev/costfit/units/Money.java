package dev.costfit.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** USD amounts as people read them; costs stay unrounded doubles until this point. */
public final class Money {

    private Money() {
    }

    /** $1,234.56; amounts under a cent show as "<$0.01" rather than a misleading $0.00. */
    public static String format(double usd) {
        if (Numbers.finite(usd) > 0 && usd <= 0.005) {
            return "<$0.01";
        }
        if (usd < 0) {
            return "-$" + cents(-usd);
        }
        return "$" + cents(usd);
    }

    /**
     * Two decimals, grouped: 1,234.50. The amount is read as the shortest decimal that is the double (730 × $0.0225
     * is 16.425, not 16.42500000000000071) and rounded half to even, the way billing systems round: $16.42.
     */
    public static String cents(double usd) {
        Numbers.finite(usd);
        BigDecimal rounded = BigDecimal.valueOf(usd).setScale(2, RoundingMode.HALF_EVEN);
        // "#,##0.00" by hand: the digits are already exact, only the separators go in (a DecimalFormat built per
        // call cost more than the rest of a report line).
        String plain = rounded.abs().toPlainString();
        int point = plain.indexOf('.');
        StringBuilder out = new StringBuilder(plain.length() + 8);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        Numbers.group(out, plain.substring(0, point));
        return out.append(plain, point, plain.length()).toString();
    }

    /**
     * A unit price to seven significant digits, trailing zeros dropped: $0.0000166667 as the provider writes it, and a
     * price the catalog converted into the billed unit (Fargate storage's $0.000111 a GB-hour is $0.00000003083333 a
     * GB-second) or a commitment discounted without a run of repeating digits. No published price here has more.
     */
    public static String unitPrice(double usd) {
        return "$" + Numbers.significantPlain(usd, 7);
    }
}
