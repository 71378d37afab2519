package dev.costfit.pricing;

import java.util.Set;

/**
 * The regions where AWS offers an EC2 instance family, as a source lists them: a type of a family the catalog
 * records is offered only there (a missing price elsewhere means "not offered", not "not priced here"); a family it
 * does not record is taken as offered wherever it has a price.
 */
public record FamilyRegions(String family, Set<String> regions, String source) {

    public FamilyRegions {
        regions = Set.copyOf(regions);
    }
}
