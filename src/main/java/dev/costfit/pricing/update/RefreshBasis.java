package dev.costfit.pricing.update;

import dev.costfit.pricing.Catalog;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * What a refresh checks its answers against: where the catalog in force prices each key (a key it priced and the
 * answer lacks is a gap; a whole service it priced and the answer lacks is a failure), the regions it knows, and
 * which keys may be $0. The embedded catalog prices no key at $0 anywhere: free allowances are its free_tier
 * entries (Lambda's million requests, the 100 GB of egress), not prices, so a $0 price of a billed key in an answer
 * is a source's mistake and is refused (a Fargate vCPU at $0 once switched a recommendation).
 */
public record RefreshBasis(BiPredicate<String, String> priced, Set<String> regions, Predicate<String> mayBeFree,
                           ToDoubleFunction<String> freeAllowance) {

    /** Nothing priced, no region known, no key free: a refresh that checks nothing against a catalog. */
    public static final RefreshBasis NONE = new RefreshBasis((key, region) -> false, Set.of(), key -> false,
            key -> 0);

    public RefreshBasis {
        regions = Set.copyOf(regions);
    }

    /**
     * {@code inForce} says where keys are priced; {@code embedded} which keys have a $0 price somewhere (none) and
     * the free allowance of each key (its free_tier entry, in the key's unit; 0 without one).
     */
    public static RefreshBasis of(Catalog inForce, Catalog embedded) {
        return new RefreshBasis(inForce::hasPrice, inForce.regions("aws"), key -> embedded.prices()
                .getOrDefault(key, Map.of()).values().stream().anyMatch(p -> p.tiers().stream()
                        .allMatch(t -> t.price() == 0)),
                key -> embedded.freeTier().containsKey(key) ? embedded.freeTier().get(key).value().magnitude() : 0);
    }

    /** The gap of a $0 price ({@code given}: "the Price List gives $0 (sku ...)"): kept out of the overlay. */
    public static Gap zero(String service, String region, String key, String given) {
        return new Gap(service, region, key, given + "; costfit takes no $0 price for a billed key (free allowances "
                + "are the catalog's free_tier)", true);
    }
}
