package dev.costfit.pricing;

import dev.costfit.pricing.Catalog;

/** What every platform prices against: the catalog in use and whether free tiers count. */
public record PricingContext(Catalog catalog, boolean freeTier) {}
