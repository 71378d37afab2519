package dev.costfit.pricing.update;

import java.time.LocalDate;
import java.util.List;

/**
 * One price read from a provider's price list for a catalog key and region, in the unit the provider publishes it in
 * (Fargate storage per GB-hour): the catalog converts it into the unit its key is billed in when it reads the
 * overlay, as it does the embedded entries, so the overlay holds what was published.
 */
public record RefreshedPrice(String key, String region, String description, String unit, List<RefreshedTier> tiers,
                             LocalDate effective, String source) {

    public RefreshedPrice {
        tiers = List.copyOf(tiers);
    }

    /** Whether every tier is $0: no price a billed key can have (free allowances are the catalog's free_tier). */
    public boolean free() {
        return tiers.stream().allMatch(t -> t.price().signum() == 0);
    }
}
