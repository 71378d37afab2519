package dev.costfit.pricing;

import dev.costfit.units.Quantity;
import dev.costfit.yaml.Location;

/** A limit, free-tier allowance or estimate from the catalog, with its source. */
public record CatalogValue(String key, Quantity value, String unit, String description, String source,
                           boolean estimate, Location origin) {}
