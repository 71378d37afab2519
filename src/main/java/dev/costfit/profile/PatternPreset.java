package dev.costfit.profile;

/** The named traffic shapes; their hourly weights live in {@code model.TrafficPattern}. */
public enum PatternPreset implements Choice {
    FLAT, BUSINESS_HOURS, DIURNAL, SPIKY
}
