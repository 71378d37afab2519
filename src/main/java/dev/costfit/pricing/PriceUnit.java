package dev.costfit.pricing;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The unit a price is quoted per, as the catalog writes it: a quantity, optionally per a span of time
 * ("vCPU-hour", "GB-second", "request", "GB"). Two units are the same quantity when their quantities match ignoring
 * case, with GB and GiB the same (costfit reads every size in powers of 1024, DESIGN §2); a price per second,
 * minute or hour of one quantity converts exactly into a price per another of those spans. Anything else does not
 * convert, and costfit will not guess.
 */
record PriceUnit(String quantity, long seconds) {

    /** Reads "GB-hour" as (GB, 3600), "request" as (request, 0). */
    static PriceUnit of(String text) {
        String t = text.trim();
        int dash = t.lastIndexOf('-');
        if (dash > 0) {
            long span = switch (t.substring(dash + 1).toLowerCase(Locale.ROOT)) {
                case "second" -> 1;
                case "minute" -> 60;
                case "hour" -> 3600;
                default -> 0;
            };
            if (span > 0) {
                return new PriceUnit(normal(t.substring(0, dash)), span);
            }
        }
        return new PriceUnit(normal(t), 0);
    }

    private static String normal(String quantity) {
        String q = quantity.trim().toLowerCase(Locale.ROOT);
        return q.equals("gib") ? "gb" : q;
    }

    /**
     * How many of {@code other}'s units one of this unit is, when the conversion is exact: one GB-hour is 3600
     * GB-seconds. Empty when the two are different quantities, or one is per a span of time and the other is not.
     */
    OptionalDouble in(PriceUnit other) {
        if (!quantity.equals(other.quantity) || (seconds == 0) != (other.seconds == 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(seconds == 0 ? 1 : (double) seconds / other.seconds);
    }
}
