package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.profile.Profile;
import java.util.List;

/**
 * Everything costfit concluded about one profile.
 *
 * @param pricing every commitment option side by side, under a commitment
 * @param regions every compared AWS region side by side, where two or more are compared
 * @param ranges  the Monte Carlo over the profile's ranges, with `recommend --ranges`
 */
public record ProfileResult(Profile profile, List<Assessment> assessments, Recommendation recommendation,
                            java.util.Optional<PricingComparison> pricing,
                            java.util.Optional<RegionComparison> regions,
                            java.util.Optional<RangeAnalysis> ranges) {

    public ProfileResult {
        assessments = List.copyOf(assessments);
    }

    /** The same result with the Monte Carlo over the profile's ranges (`recommend --ranges`). */
    public ProfileResult withRanges(RangeAnalysis analysis) {
        return new ProfileResult(profile, assessments, recommendation, pricing, regions,
                java.util.Optional.of(analysis));
    }
}
