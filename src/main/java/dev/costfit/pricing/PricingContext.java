package dev.costfit.pricing;

/**
 * What every platform prices against: the catalog in use, whether free tiers count, and whether the settings that
 * cannot be chosen are priced too ({@code tradeOffs}: for the trade-off table of a report; searches that only need
 * the answer — break-even, sweeps — leave them out).
 */
public record PricingContext(Catalog catalog, boolean freeTier, boolean tradeOffs) {

    public PricingContext(Catalog catalog, boolean freeTier) {
        this(catalog, freeTier, true);
    }

    /** The same context for a search: no settings priced only to be shown. */
    public PricingContext searching() {
        return new PricingContext(catalog, freeTier, false);
    }
}
