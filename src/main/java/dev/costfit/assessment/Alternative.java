package dev.costfit.assessment;

/**
 * What stating one setting the profile left to its default would save on a platform, as the report's note on it
 * says (arm64, provisioned concurrency or instance-based billing bought for their price, Lambda SnapStart, 2nd gen's
 * concurrency): the recommendation's reasons say where that would take the platform below the platform recommended.
 *
 * @param setting    the YAML that states it ("architecture: any")
 * @param saving     the month's saving, USD, at least 0 (about, where the note says "about")
 * @param unpricedOn the platforms whose month stating it may lower too but which do not price it (their notes say
 *                   nothing of it), so that they cannot be compared under it
 */
public record Alternative(String setting, double saving, java.util.List<String> unpricedOn) {

    public Alternative {
        unpricedOn = java.util.List.copyOf(unpricedOn);
    }

    /** A setting every platform whose month it may lower prices where it saves. */
    public Alternative(String setting, double saving) {
        this(setting, saving, java.util.List.of());
    }

    /**
     * Whether a setting saving {@code saving} of a {@code month} is worth a note: a cent at least, and a tenth of a
     * per cent; below that the two months cost the same.
     */
    public static boolean worthSaying(double saving, double month) {
        return saving >= 0.01 && saving >= 0.001 * month;
    }
}
