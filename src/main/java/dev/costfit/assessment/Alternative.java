package dev.costfit.assessment;

/**
 * What stating one setting the profile left to its default would save on a platform, as the report's note on it
 * says (arm64, provisioned concurrency or instance-based billing bought for their price): the recommendation's
 * reasons say where that would take the platform below the platform recommended.
 *
 * @param setting the YAML that states it ("architecture: any")
 * @param saving  the month's saving, USD, at least 0 (about, where the note says "about")
 */
public record Alternative(String setting, double saving) {}
