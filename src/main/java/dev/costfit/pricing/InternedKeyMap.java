package dev.costfit.pricing;

import java.util.AbstractMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A read-only map whose keys are interned strings, looked up by identity first: the engine names catalog keys by
 * literals and regions by strings interned when a profile is read, which are the very instances the catalog holds,
 * and an identity table is one flat array probed without {@code equals} — where a search's thousands of look-ups a
 * profile (5,500 on generated profiles) each chased a hash table, its node and its key through memory. A key built
 * at run time ("lmi.concurrency." + a runtime) misses there and is looked up by value, as before. Iteration, size
 * and equality are the by-value map's.
 */
final class InternedKeyMap<V> extends AbstractMap<String, V> {

    private final Map<String, V> byValue;
    private final IdentityHashMap<String, V> byIdentity;

    /** @param byValue an unmodifiable map with interned keys and no null values */
    InternedKeyMap(Map<String, V> byValue) {
        this.byValue = byValue;
        this.byIdentity = new IdentityHashMap<>(byValue);
    }

    @Override
    public V get(Object key) {
        V value = byIdentity.get(key);
        return value != null ? value : byValue.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return byIdentity.containsKey(key) || byValue.containsKey(key);
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return byValue.entrySet();
    }

    @Override
    public int size() {
        return byValue.size();
    }
}
