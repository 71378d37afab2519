package dev.costfit.recommend;

import static dev.costfit.TestProfiles.CATALOG;

import dev.costfit.platform.Platform;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import java.util.List;

/** Evaluators at list prices (no free tier) with the default 10% simplicity margin, for the recommend tests. */
final class Evaluators {

    private Evaluators() {
    }

    /** Every platform, or only those named by id. */
    static Evaluator listPrices(String... ids) {
        List<Platform> platforms = ids.length == 0 ? Platforms.all()
                : List.of(ids).stream().map(id -> Platforms.byId(id).orElseThrow()).toList();
        return new Evaluator(platforms, new PricingContext(CATALOG, false), new Recommender(0.1));
    }
}
