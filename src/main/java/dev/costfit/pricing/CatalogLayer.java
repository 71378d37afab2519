package dev.costfit.pricing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one catalog file declares; the loader stacks layers into a {@link Catalog}. {@code title} is how reports name
 * the layer when the file names itself (a refresh: "prices of 2026-12-05, refreshed from the AWS Price List API").
 */
record CatalogLayer(String name, Optional<String> title, Optional<LocalDate> date, Map<String, Set<String>> regions, List<Price> prices,
                    Map<String, CatalogValue> limits, Map<String, CatalogValue> freeTier,
                    Map<String, CatalogValue> estimates, Optional<List<FargateSize>> fargateSizes,
                    List<InstanceType> instanceTypes, Map<String, String> gcpNearest,
                    Map<String, String> gcpNearestGen1, Map<String, GoogleAlternatives> gcpTier1Nearby,
                    Optional<List<FunctionSize>> functionSizes, Optional<List<CpuRange>> cloudRunCpu,
                    List<LlmModel> llmModels, List<Discount> discounts, List<SpotSaving> spotSavings,
                    List<FamilyRegions> familyRegions) {

    /** Read-only views in the reader's order: the embedded layer is read once and shared by every load. */
    CatalogLayer {
        regions = Collections.unmodifiableMap(regions);
        prices = Collections.unmodifiableList(prices);
        limits = Collections.unmodifiableMap(limits);
        freeTier = Collections.unmodifiableMap(freeTier);
        estimates = Collections.unmodifiableMap(estimates);
        instanceTypes = Collections.unmodifiableList(instanceTypes);
        gcpNearest = Collections.unmodifiableMap(gcpNearest);
        gcpNearestGen1 = Collections.unmodifiableMap(gcpNearestGen1);
        gcpTier1Nearby = Collections.unmodifiableMap(gcpTier1Nearby);
        llmModels = Collections.unmodifiableList(llmModels);
        discounts = Collections.unmodifiableList(discounts);
        spotSavings = Collections.unmodifiableList(spotSavings);
        familyRegions = Collections.unmodifiableList(familyRegions);
    }
}
