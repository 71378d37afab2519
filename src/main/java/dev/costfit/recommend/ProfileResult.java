package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.profile.Profile;
import java.util.List;

/**
 * Everything costfit concluded about one profile.
 *
 * @param pricing every commitment option side by side, under a commitment
 * @param regions every compared AWS region side by side, where two or more are compared
 */
public record ProfileResult(Profile profile, List<Assessment> assessments, Recommendation recommendation,
                            java.util.Optional<PricingComparison> pricing,
                            java.util.Optional<RegionComparison> regions) {

    public ProfileResult {
        assessments = List.copyOf(assessments);
    }
}
