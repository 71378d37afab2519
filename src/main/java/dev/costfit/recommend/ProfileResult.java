package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.profile.Profile;
import java.util.List;

/** Everything costfit concluded about one profile. */
public record ProfileResult(Profile profile, List<Assessment> assessments, Recommendation recommendation,
                            java.util.Optional<PricingComparison> pricing) {

    public ProfileResult {
        assessments = List.copyOf(assessments);
    }
}
