package dev.costfit.profile;

/** The named traffic shapes; their hourly weights live in {@code model.TrafficPattern}. */
public enum PatternPreset implements Choice {
    FLAT("flat"), BUSINESS_HOURS("business-hours"), DIURNAL("diurnal"), SPIKY("spiky");

    private final String spelling;

    PatternPreset(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
