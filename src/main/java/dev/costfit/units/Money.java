package dev.costfit.units;

/** USD amounts as people read them; costs stay unrounded doubles until this point. */
public final class Money {

    private Money() {
    }

    /** $1,234.56; amounts under a cent show as "<$0.01" rather than a misleading $0.00. */
    public static String format(double usd) {
        if (usd > 0 && usd < 0.005) {
            return "<$0.01";
        }
        if (usd < 0) {
            return "-$" + cents(-usd);
        }
        return "$" + cents(usd);
    }

    /** Two decimals, grouped: 1,234.50. */
    public static String cents(double usd) {
        String text = Numbers.grouped(usd, 2);
        if (!text.contains(".")) {
            return text + ".00";
        }
        return text.length() - text.indexOf('.') == 2 ? text + "0" : text;
    }

    /** A unit price with all its digits: $0.0000166667. */
    public static String unitPrice(double usd) {
        return "$" + Numbers.plain(usd);
    }
}
