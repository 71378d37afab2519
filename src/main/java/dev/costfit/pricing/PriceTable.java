package dev.costfit.pricing;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's prices by key, then by region, that also finds a (key, region) pair in one probe: a search asks for
 * some 7,700 prices a generated profile, each by a key named by a literal and a region interned when the profile was
 * read — the very instances the catalog holds — and two identity tables (the key's, then its regions') made two
 * dependent trips through memory per price. Pairs are kept flat, key, region and price side by side, hashed by both
 * identities; a pair not found by identity (a key built at run time, a region not interned) is looked up by value,
 * as before. Read-only; iteration, size and equality are the by-key map's.
 */
final class PriceTable extends AbstractMap<String, Map<String, Price>> {

    private final Map<String, Map<String, Price>> byKey;
    /** Key, region and price of each pair, three slots a pair; at most half the pairs' places are taken. */
    private final Object[] pairs;
    private final int mask;

    /** @param byKey read-only, with interned keys and, in each key's map, interned regions and no null values */
    PriceTable(Map<String, Map<String, Price>> byKey) {
        this.byKey = byKey;
        int count = 0;
        for (Map<String, Price> regions : byKey.values()) {
            count += regions.size();
        }
        int places = Integer.highestOneBit(Math.max(1, count) * 2 - 1) * 2;
        this.mask = places - 1;
        this.pairs = new Object[places * 3];
        byKey.forEach((key, regions) -> regions.forEach((region, price) -> {
            int i = place(key, region);
            while (pairs[i * 3] != null) {
                i = (i + 1) & mask;
            }
            pairs[i * 3] = key;
            pairs[i * 3 + 1] = region;
            pairs[i * 3 + 2] = price;
        }));
    }

    /** The price of {@code key} in {@code region}, or null where the catalog has none. */
    Price price(String key, String region) {
        for (int i = place(key, region); ; i = (i + 1) & mask) {
            Object k = pairs[i * 3];
            if (k == null) {
                break;
            }
            if (k == key && pairs[i * 3 + 1] == region) {
                return (Price) pairs[i * 3 + 2];
            }
        }
        Map<String, Price> regions = byKey.get(key);
        return regions == null ? null : regions.get(region);
    }

    /** Both identities, spread: identity hashes are random, but their sum is not spread enough. */
    private int place(String key, String region) {
        return HashSpread.of(System.identityHashCode(key) * 31 + System.identityHashCode(region)) & mask;
    }

    @Override
    public Map<String, Price> get(Object key) {
        return byKey.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return byKey.containsKey(key);
    }

    @Override
    public Set<Entry<String, Map<String, Price>>> entrySet() {
        return byKey.entrySet();
    }

    @Override
    public int size() {
        return byKey.size();
    }
}
