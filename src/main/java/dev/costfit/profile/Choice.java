package dev.costfit.profile;

/** An enum whose constants are written in profiles under a fixed spelling ("x86_64", "business-hours"). */
public interface Choice {

    /** The spelling in YAML. */
    String spelling();
}
