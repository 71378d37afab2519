package dev.costfit.assessment;

/**
 * One line of a bill, the shape Infracost uses so a reader can redo it by hand: quantity × unit price = monthly
 * cost, unrounded. {@code shared} marks lines that are the same on every platform (LLM tokens).
 *
 * <p>{@code key} names the line for machines and never changes with the figures: the catalog key of its price
 * ({@code lambda.duration.x86_64}), a volume tier after the first as {@code /tier-2}, and where one price bills two
 * things, what this line is after a colon ({@code lambda.duration.x86_64:init}, {@code vpc.public-ipv4:nodes}).
 * The component is the human name, which may carry the figures it was worked out from.
 */
public record CostLine(String key, String component, double quantity, String unit, double unitPrice,
                       double monthlyCost, boolean shared) {

    /** Keys are lower case, with dots, dashes, underscores (x86_64), a tier after a slash and a qualifier after a colon. */
    public static final java.util.regex.Pattern KEY =
            java.util.regex.Pattern.compile("[a-z0-9_]+([.-][a-z0-9_]+)*(/tier-[0-9]+)?(:[a-z0-9]+(-[a-z0-9]+)*)?");

    /** Keys are written in the platform classes, not read from input: checked where assertions run (the tests). */
    public CostLine {
        assert KEY.matcher(key).matches() : "not a cost-line key: '" + key + "'";
    }

    public static CostLine of(String key, String component, double quantity, String unit, double unitPrice) {
        return new CostLine(key, component, quantity, unit, unitPrice, quantity * unitPrice, false);
    }

    public static CostLine shared(String key, String component, double quantity, String unit, double unitPrice) {
        return new CostLine(key, component, quantity, unit, unitPrice, quantity * unitPrice, true);
    }
}
