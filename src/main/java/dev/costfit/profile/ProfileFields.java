package dev.costfit.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/** A profile as dotted field paths and the values they resolved to (defaults included), for diffs. */
public final class ProfileFields {

    private ProfileFields() {
    }

    /** Every key of {@link ProfileFormat} a profile shows, in the format's order. */
    public static Map<String, String> flatten(Profile p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry entry : ProfileFormat.entries()) {
            entry.shown().apply(p).ifPresent(value -> out.put(entry.path(), value));
        }
        return out;
    }
}
