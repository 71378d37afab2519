package dev.costfit.pricing;

import dev.costfit.units.DataSize;
import dev.costfit.units.Quantity;
import dev.costfit.units.TimeSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The price catalog in use: the embedded one with any overlays applied. Immutable; lookups of prices that are not
 * there throw {@link MissingPriceException}, which a platform turns into "cannot be priced here".
 */
public record Catalog(LocalDate date, List<String> layers, Map<String, Set<String>> regions,
                      Map<String, Map<String, Price>> prices, Map<String, CatalogValue> limits,
                      Map<String, CatalogValue> freeTier, Map<String, CatalogValue> estimates,
                      List<FargateSize> fargateSizes, Map<String, InstanceType> instanceTypes,
                      Map<String, String> gcpNearest, Map<String, String> gcpNearestGen1,
                      Map<String, GoogleAlternatives> gcpTier1Nearby, List<FunctionSize> functionSizes,
                      List<CpuRange> cloudRunCpu, Map<String, LlmModel> llmModels, List<Discount> discounts,
                      List<SpotSaving> spotSavings, Map<String, FamilyRegions> familyRegions) {

    public Catalog {
        layers = List.copyOf(layers);
        // Sorted once here: every profile a run reads asks for a provider's regions (an unknown gcp_region's check,
        // a comparison's list), and a sorted copy a call was 1-2% of a portfolio's samples.
        regions = regions.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> java.util.Collections.unmodifiableSortedSet(new TreeSet<>(e.getValue()))));
        // Keys interned: look-ups name them by literals ("lambda.memory.max") and regions read from profiles
        // (interned there too), which then match by identity instead of character by character.
        prices = new PriceTable(interned(prices, Catalog::interned));
        limits = interned(limits);
        freeTier = interned(freeTier);
        estimates = interned(estimates);
        fargateSizes = List.copyOf(fargateSizes);
        // In name order (a copy's order would change from run to run): the order searches and messages list them in.
        instanceTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                new java.util.TreeMap<>(instanceTypes)));
        // Values interned too: they are the regions Google prices are looked up in, by identity first.
        gcpNearest = internedValues(gcpNearest);
        gcpNearestGen1 = internedValues(gcpNearestGen1);
        gcpTier1Nearby = Map.copyOf(gcpTier1Nearby);
        // Smallest first (a stable sort: equal sizes keep the catalog's order), as functionSizes(generation) lists
        // them.
        functionSizes = functionSizes.stream().sorted(java.util.Comparator.comparingDouble(FunctionSize::memoryGb))
                .toList();
        cloudRunCpu = List.copyOf(cloudRunCpu);
        llmModels = Map.copyOf(llmModels);
        discounts = Discounts.of(discounts);
        spotSavings = List.copyOf(spotSavings);
        familyRegions = Map.copyOf(familyRegions);
    }

    /**
     * Whether AWS offers {@code type} in {@code region}: where the catalog records its family's regions
     * ({@link FamilyRegions}), only in those; elsewhere taken as offered (a missing price is then "not priced").
     */
    public boolean offered(InstanceType type, String region) {
        FamilyRegions recorded = familyRegions.get(type.family());
        return recorded == null || recorded.regions().contains(region);
    }

    /**
     * A HashMap, not Map.copyOf: searches look prices and limits up millions of times, and an immutable map's probe
     * starts with a division (floorMod) where a HashMap masks; its order is no concern (Map.copyOf's is random).
     */
    private static <V> Map<String, V> interned(Map<String, V> map) {
        return interned(map, value -> value);
    }

    /** The same, each value mapped (prices: each key's regions interned too). */
    private static <V, W> Map<String, W> interned(Map<String, V> map, java.util.function.Function<V, W> value) {
        Map<String, W> copy = new java.util.HashMap<>();
        map.forEach((key, v) -> copy.put(key.intern(), java.util.Objects.requireNonNull(value.apply(v))));
        return new InternedKeyMap<>(java.util.Collections.unmodifiableMap(copy));
    }

    private static Map<String, String> internedValues(Map<String, String> map) {
        Map<String, String> copy = new java.util.HashMap<>();
        map.forEach((key, value) -> copy.put(key, value.intern()));
        return Map.copyOf(copy);
    }

    /** The discount a pricing option gives a cost line in a region, if the catalog has one (an overlay's first). */
    public java.util.Optional<Discount> discount(dev.costfit.profile.PricingOption option, String lineKey,
                                                 String region) {
        return ((Discounts) discounts).covering(option, lineKey, region, false);
    }

    /** The same among the discounts published as rates, not as "up to" ceilings. */
    public java.util.Optional<Discount> publishedDiscount(dev.costfit.profile.PricingOption option, String lineKey,
                                                          String region) {
        return ((Discounts) discounts).covering(option, lineKey, region, true);
    }

    /** The average Spot saving of an instance type's family in a region, if the catalog has one (an overlay's first). */
    public java.util.Optional<SpotSaving> spotSaving(String instanceType, String region) {
        String family = instanceType.substring(0, Math.max(0, instanceType.indexOf('.')));
        for (int i = spotSavings.size() - 1; i >= 0; i--) {
            SpotSaving s = spotSavings.get(i);
            if (s.family().equals(family) && s.regions().contains(region)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** The LLM model with this id or alias (case-insensitive). */
    public java.util.Optional<LlmModel> llmModel(String name) {
        // Most profiles name a model by its id as the catalog spells it: one look-up, where a search asks at every
        // rate it probes; an alias or another case is looked for among them all.
        LlmModel byId = llmModels.get(name);
        if (byId != null) {
            return java.util.Optional.of(byId);
        }
        return llmModels.values().stream().filter(m -> m.answersTo(name)).findFirst();
    }

    /** Memory settings of one Cloud Run functions generation, smallest first. */
    public List<FunctionSize> functionSizes(int generation) {
        List<FunctionSize> sizes = new java.util.ArrayList<>(functionSizes.size());
        for (FunctionSize s : functionSizes) {
            if (s.generation() == generation) {
                sizes.add(s);
            }
        }
        return java.util.Collections.unmodifiableList(sizes);
    }

    /**
     * The price of {@code key} in {@code region}, per the unit the caller bills in ({@link PriceKey#unit}): the
     * catalog holds every entry of a key in that unit ({@link PriceKeys}), so this is the one look-up a price by
     * name is, with no conversion at the call.
     *
     * @throws MissingPriceException where the catalog has no price of the key in the region
     */
    public Price price(PriceKey key, String region) {
        Price found = ((PriceTable) prices).price(key.name(), region);
        if (found != null) {
            assert found.unit().equals(key.unit()) : key + " is held per " + found.unit();
            return found;
        }
        return price(key.name(), region);
    }

    /** The same price if the catalog has one (one look-up where a search asks of many keys). */
    public java.util.Optional<Price> knownPrice(PriceKey key, String region) {
        Price found = ((PriceTable) prices).price(key.name(), region);
        assert found == null || found.unit().equals(key.unit()) : key + " is held per " + found.unit();
        return java.util.Optional.ofNullable(found);
    }

    public boolean hasPrice(PriceKey key, String region) {
        return ((PriceTable) prices).price(key.name(), region) != null;
    }

    /**
     * The price of a key by name, in the unit costfit bills it in ({@link PriceKeys}): for code that lists or
     * compares prices; code that bills a line asks with its {@link PriceKey}, which names the unit it counts.
     */
    public Price price(String key, String region) {
        Price found = ((PriceTable) prices).price(key, region);
        if (found != null) {
            return found;
        }
        Map<String, Price> byRegion = prices.get(key);
        if (byRegion == null) {
            throw new IllegalStateException("the catalog has no price key " + key);
        }
        Price price = byRegion.get(region);
        if (price == null) {
            throw new MissingPriceException("the catalog has no " + key + " price for " + region
                    + " (known for " + String.join(", ", new TreeSet<>(byRegion.keySet())) + "); "
                    + howToAdd(region));
        }
        return price;
    }

    /**
     * How a user gets a price the catalog lacks in {@code region}: AWS prices come from the Price List API
     * (`costfit pricing update`); every price can come from an overlay.
     */
    public String howToAdd(String region) {
        return regions("aws").contains(region)
                ? "fetch it with `costfit pricing update --region " + region + "` or add it with --catalog"
                : "add it with --catalog";
    }

    public boolean hasPrice(String key, String region) {
        return knownPrice(key, region).isPresent();
    }

    /** The price of a key in a region if the catalog has one (one look-up where a search asks of many keys). */
    public java.util.Optional<Price> knownPrice(String key, String region) {
        return java.util.Optional.ofNullable(((PriceTable) prices).price(key, region));
    }

    /** Regions of one provider ("aws", "gcp"), sorted (unmodifiable). */
    public Set<String> regions(String provider) {
        return regions.getOrDefault(provider, java.util.Collections.emptySortedSet());
    }

    public CatalogValue limit(String key) {
        return lookup(limits, key, "limit");
    }

    public TimeSpan durationLimit(String key) {
        return as(limit(key), TimeSpan.class);
    }

    public DataSize sizeLimit(String key) {
        return as(limit(key), DataSize.class);
    }

    public double countLimit(String key) {
        return limit(key).value().magnitude();
    }

    public CatalogValue freeTier(String key) {
        return lookup(freeTier, key, "free-tier allowance");
    }

    public CatalogValue estimate(String key) {
        return lookup(estimates, key, "estimate");
    }

    /** Every source URL the catalog cites, sorted. */
    public Set<String> sources() {
        Set<String> out = new TreeSet<>();
        prices.values().forEach(m -> m.values().forEach(p -> out.add(p.source())));
        limits.values().forEach(v -> out.add(v.source()));
        freeTier.values().forEach(v -> out.add(v.source()));
        estimates.values().forEach(v -> out.add(v.source()));
        llmModels.values().forEach(m -> out.add(m.source()));
        return out;
    }

    private static CatalogValue lookup(Map<String, CatalogValue> values, String key, String what) {
        CatalogValue value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("the catalog has no " + what + " " + key);
        }
        return value;
    }

    private static <Q extends Quantity> Q as(CatalogValue value, Class<Q> type) {
        if (!type.isInstance(value.value())) {
            throw new IllegalStateException("catalog " + value.key() + " at " + value.origin() + " is "
                    + value.value().display() + ", expected a " + type.getSimpleName());
        }
        return type.cast(value.value());
    }
}
