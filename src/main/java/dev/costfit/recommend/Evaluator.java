package dev.costfit.recommend;

import dev.costfit.platform.Assessment;
import dev.costfit.platform.Platform;
import dev.costfit.platform.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;

/** Runs every selected platform on a profile and ranks the results. Pure: the same inputs give the same result. */
public final class Evaluator {

    private final List<Platform> platforms;
    private final PricingContext context;
    private final Recommender recommender;

    public Evaluator(List<Platform> platforms, PricingContext context, Recommender recommender) {
        this.platforms = List.copyOf(platforms);
        this.context = context;
        this.recommender = recommender;
    }

    public ProfileResult evaluate(Profile profile) {
        List<Assessment> assessments = platforms.stream().map(p -> p.assess(profile, context)).toList();
        return new ProfileResult(profile, assessments, recommender.recommend(assessments));
    }

    public List<ProfileResult> evaluateAll(List<Profile> profiles) {
        return profiles.stream().map(this::evaluate).toList();
    }

    public PricingContext context() {
        return context;
    }
}
