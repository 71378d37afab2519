package dev.costfit.platform;

/**
 * One line of a bill, the shape Infracost uses so a reader can redo it by hand: quantity × unit price = monthly
 * cost, unrounded.
 */
public record CostLine(String component, double quantity, String unit, double unitPrice, double monthlyCost) {

    public static CostLine of(String component, double quantity, String unit, double unitPrice) {
        return new CostLine(component, quantity, unit, unitPrice, quantity * unitPrice);
    }
}
