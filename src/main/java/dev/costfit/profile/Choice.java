package dev.costfit.profile;

import java.util.Locale;

/** An enum whose constants are written in profiles under a fixed spelling ("x86_64", "business-hours"). */
public interface Choice {

    /** The spelling in YAML: by default the constant's name in lower case with '-' for '_' (BUSINESS_HOURS is
     * business-hours). */
    default String spelling() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
