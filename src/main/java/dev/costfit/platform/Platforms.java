package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import java.util.List;
import java.util.Optional;

/** The platforms costfit knows, in the order reports show them. Adding a platform is one line here. */
public final class Platforms {

    private static final List<Platform> ALL = List.of(
            new LambdaPlatform(),
            new CloudFunctionsGen2Platform(),
            new CloudFunctionsGen1Platform(),
            new LambdaManagedInstancesPlatform(),
            new FargatePlatform(),
            new EksPlatform());

    private Platforms() {
    }

    public static List<Platform> all() {
        return ALL;
    }

    public static Optional<Platform> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * A platform's assessment with what every platform shares added: the LLM API's tokens and its rate limit,
     * and the pricing option in force (a commitment's discount on the lines the catalog says it covers).
     * Kept here, outside the platform classes, so a new platform gets them without writing them again.
     */
    public static Assessment assess(Platform platform, dev.costfit.profile.Profile profile, PricingContext context) {
        Assessment own = platform.assess(profile, context);
        try {
            Assessment priced = own.withShared(LlmCalls.lines(profile, context.catalog()), LlmCalls.limits(profile));
            return FiniteFigures.check(Commitments.apply(priced, profile, context.catalog(),
                    context.optionFor(profile)));
        } catch (dev.costfit.pricing.MissingPriceException e) {
            return FiniteFigures.check(Assessment.unpriced(platform.info(), own.variant(), own.limits(),
                    own.capacity(), own.notes(), own.assumptions(), e.getMessage()));
        }
    }

    public static List<String> ids() {
        return ALL.stream().map(Platform::id).toList();
    }
}
