package dev.costfit.profile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each equal value the profiles of one load are read with: a portfolio's profiles are all kept
 * until the run ends, and most repeat the same field paths and leave out the same fields (some 30 defaults a
 * generated profile, each with a path, value and reason built as it was read), which would otherwise be kept once
 * a profile. Safe across the threads files are read on.
 */
final class SharedValues {

    private final Map<Object, Object> seen;

    SharedValues() {
        this(new ConcurrentHashMap<>());
    }

    private SharedValues(Map<Object, Object> seen) {
        this.seen = seen;
    }

    /**
     * Shares nothing: for profiles not kept (ProfileLoader#readAgainWhenAsked), where looking each value up would
     * only cost time.
     */
    static SharedValues none() {
        return new SharedValues(null);
    }

    /** The first value read equal to {@code value}: values must be immutable, with equality by value. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        return seen == null ? value : (T) seen.computeIfAbsent(value, same -> same);
    }
}
