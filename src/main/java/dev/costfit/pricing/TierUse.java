package dev.costfit.pricing;

/** The part of a month's quantity that falls into one tier. */
public record TierUse(int tier, double from, double quantity, double price, boolean onlyTierUsed) {

    public double cost() {
        return quantity * price;
    }
}
