package dev.costfit.pricing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a search would otherwise work out again at every rate it asks about, though it depends on nothing the
 * search varies — the node types a profile may use and their prices, a runtime's check — kept for one search (one
 * profile's break-even, on one thread; `recommend` shares it with the profile's own assessments) so that it is worked
 * out once. A key names every input of its value (a list of the value's name and of records, strings and enums), so
 * a value is never handed out for other inputs; no value depends on whether a report or a search asks.
 * {@link #NONE} keeps nothing. A store {@link #acrossProfiles} keeps values for every profile of a run: there a key
 * names every input but the catalog, including the profile's own fields that one search does not vary.
 */
public final class Reused {

    /** Keeps nothing: each value is worked out when asked for. */
    public static final Reused NONE = new Reused(null, 0);

    /**
     * The most values a store across profiles keeps: a portfolio's profiles share some hundreds of them (100,000
     * generated profiles asked for 1,355: 222 EKS pod fits, some 10 KB each, the catalog's node types packed; 519
     * Lambda Managed Instances environment sizes, fitted and priced; 82 Fargate task-size lists), and a portfolio of
     * ever new inputs must not grow the store without end.
     */
    static final int ACROSS_PROFILES_LIMIT = 2_048;

    private final Map<Key, Object> values;
    private final int limit;

    private Reused(Map<Key, Object> values, int limit) {
        this.values = values;
        this.limit = limit;
    }

    /** A store for one search, used by one thread. */
    public static Reused forOneSearch() {
        return new Reused(new HashMap<>(), Integer.MAX_VALUE);
    }

    /**
     * A store for every profile of a run, used by any number of threads, for values worked out from the catalog and
     * a few of a profile's fields that a portfolio's profiles share (the node types a pod size fits): each is then
     * worked out once a run rather than once a profile. Once it holds its most, a value not in it is worked out as
     * asked, and not kept.
     */
    public static Reused acrossProfiles() {
        return new Reused(new java.util.concurrent.ConcurrentHashMap<>(), ACROSS_PROFILES_LIMIT);
    }

    /** The value for {@code key}, worked out by {@code value} the first time it is asked for. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> value) {
        if (values == null) {
            return value.get();
        }
        Key k = new Key(key);
        Object kept = values.get(k);
        if (kept == null) {
            kept = value.get();
            if (values.size() < limit) {
                // Another thread may have kept the same value meanwhile: one is handed out from then on.
                Object before = values.putIfAbsent(k, kept);
                kept = before != null ? before : kept;
            }
        }
        return (T) kept;
    }

    /** How many values the store keeps (0 for {@link #NONE}). */
    public int size() {
        return values == null ? 0 : values.size();
    }

    /**
     * A key with its hash mixed: a list's hash is a polynomial in its elements', and round doubles (a pod's 0.25, 0.5,
     * 1, 2 vCPU) hash to multiples of 2^20, so keys that differ only in them (speed checks, setting by setting)
     * differed only in bits a hash table never reads and shared one bin, which then became a tree searched by
     * equals (a generated profile's store had 7 to 9 in one). Murmur3's finaliser spreads every bit to the low ones.
     */
    private record Key(Object key, int hash) {

        Key(Object key) {
            this(key, HashSpread.of(key.hashCode()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.hash == hash && same(k.key, key);
        }

        /**
         * {@link List#equals}, element by element by index for the lists keys are: an immutable list's own equals
         * walks both with iterators, two objects a look-up (41% of what a search's key look-ups allocated).
         */
        private static boolean same(Object a, Object b) {
            if (a instanceof java.util.List<?> x && b instanceof java.util.List<?> y
                    && x instanceof java.util.RandomAccess && y instanceof java.util.RandomAccess) {
                int n = x.size();
                if (n != y.size()) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    if (!java.util.Objects.equals(x.get(i), y.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return a.equals(b);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
