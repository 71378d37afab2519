package dev.costfit.assessment;

/**
 * One line of a bill, the shape Infracost uses so a reader can redo it by hand: quantity × unit price = monthly
 * cost, unrounded. {@code shared} marks lines that are the same on every platform (LLM tokens).
 */
public record CostLine(String component, double quantity, String unit, double unitPrice, double monthlyCost,
                       boolean shared) {

    public static CostLine of(String component, double quantity, String unit, double unitPrice) {
        return new CostLine(component, quantity, unit, unitPrice, quantity * unitPrice, false);
    }

    public static CostLine shared(String component, double quantity, String unit, double unitPrice) {
        return new CostLine(component, quantity, unit, unitPrice, quantity * unitPrice, true);
    }
}
