package dev.costfit.platform;

import dev.costfit.pricing.InstanceType;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Gpu;
import dev.costfit.profile.GpuType;
import dev.costfit.profile.Profile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the platforms that run on EC2 instances of the catalog (EKS nodes, Lambda Managed Instances) share about
 * choosing them: the types a profile may use and their prices ({@link PriceGroups} finds the type that makes the
 * month cheapest). Kept in one place so that the instance data are read the same way by each.
 */
final class InstanceFleet {

    private InstanceFleet() {
    }

    /**
     * The catalog's types a profile may run on, in name order: the {@code named} ones when any are named, of an
     * architecture the profile allows, GPU types only for a GPU profile (of its model and memory), none for others.
     * Worked out once a run for every profile with the same names, architecture and GPU
     * ({@link PricingContext#reusedAcrossProfiles}).
     */
    static List<InstanceType> candidates(Profile profile, PricingContext context, List<String> named) {
        return context.reusedAcrossProfiles(List.of("instance-candidates", named, profile.architecture(),
                        profile.gpu()),
                () -> context.catalog().instanceTypes().values().stream()
                        .filter(t -> named.isEmpty() || named.contains(t.name()))
                        .filter(t -> profile.architecture().allows(t.arch()))
                        .filter(t -> profile.gpu().map(g -> gpuMatches(g, t)).orElse(t.gpu().isEmpty()))
                        .toList()); // the catalog keeps its types in name order
    }

    /**
     * The prices in the profile's region of the types it may run on ({@link #candidates}) that have one, by type
     * name: looked up once a run for every profile with the same names, architecture, GPU and region, so that
     * ranking every type for every pod or environment size is a map look-up by a name whose hash is kept.
     */
    static Map<String, Price> prices(Profile profile, PricingContext context, List<String> named) {
        return context.reusedAcrossProfiles(List.of("instance-prices", named, profile.architecture(), profile.gpu(),
                profile.region()), () -> {
                    Map<String, Price> prices = new HashMap<>();
                    for (InstanceType type : candidates(profile, context, named)) {
                        context.catalog().knownPrice(type.priceKey(), profile.region())
                                .ifPresent(price -> prices.put(type.name(), price));
                    }
                    // A HashMap, looked up by name and never iterated (Map.copyOf's probe divides; see Catalog).
                    return java.util.Collections.unmodifiableMap(prices);
                });
    }

    private static boolean gpuMatches(Gpu gpu, InstanceType type) {
        if (type.gpu().isEmpty()) {
            return false;
        }
        InstanceType.Gpus has = type.gpu().get();
        return (gpu.type() == GpuType.ANY || gpu.type().spelling().equals(has.type()))
                && gpu.memory().map(m -> m.gib() <= has.memoryGb() + 1e-9).orElse(true);
    }
}
