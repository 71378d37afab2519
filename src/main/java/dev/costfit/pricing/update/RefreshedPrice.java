package dev.costfit.pricing.update;

import dev.costfit.pricing.Tier;
import java.time.LocalDate;
import java.util.List;

/** One price read from a provider's price list, already in the catalog's key, region and unit. */
public record RefreshedPrice(String key, String region, String description, String unit, List<Tier> tiers,
                             LocalDate effective, String source) {

    public RefreshedPrice {
        tiers = List.copyOf(tiers);
    }
}
