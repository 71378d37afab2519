package dev.costfit.platform;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Catalog keys that name an enum constant (an architecture, a runtime), built once per constant: a search looks
 * prices and estimates up for every setting at every rate, and a key built by concatenation on each look-up is
 * hashed and then compared with the catalog's character by character. Built once and interned, as the catalog's
 * own keys are, it is hashed once and matches by reference.
 */
final class CatalogKeys {

    private CatalogKeys() {
    }

    static <E extends Enum<E>> Map<E, String> of(Class<E> type, Function<E, String> key) {
        Map<E, String> keys = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            keys.put(constant, key.apply(constant).intern());
        }
        return Collections.unmodifiableMap(keys);
    }
}
