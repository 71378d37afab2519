package dev.costfit.assessment;

/**
 * What stating one setting the profile left to its default would save on a platform, as the report's note on it
 * says (arm64, provisioned concurrency or instance-based billing bought for their price): the recommendation's
 * reasons say where that would take the platform below the platform recommended.
 *
 * @param setting the YAML that states it ("architecture: any")
 * @param saving  the month's saving, USD, at least 0 (about, where the note says "about")
 */
public record Alternative(String setting, double saving) {

    /**
     * Whether a setting saving {@code saving} of a {@code month} is worth a note: a cent at least, and a tenth of a
     * per cent; below that the two months cost the same.
     */
    public static boolean worthSaying(double saving, double month) {
        return saving >= 0.01 && saving >= 0.001 * month;
    }
}
