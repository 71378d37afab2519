package dev.costfit.platform;

import dev.costfit.model.BilledDuration;
import dev.costfit.pricing.PricingContext;
import java.util.List;

/**
 * The mean seconds a request of {@code seconds} on average bills where each bills its own time rounded up to an
 * increment ({@link BilledDuration}: Lambda's 1 ms, Cloud Functions 1st gen's 100 ms), worked out once a search, whose
 * floors and assessments ask for it at every rate; with no spread stated, the mean rounded up, computed at once.
 */
final class BilledMean {

    private BilledMean() {
    }

    static double of(PricingContext context, BilledDuration spread, double seconds, double increment) {
        return spread.spread() ? context.reused().get(List.of("billed.mean", spread, seconds, increment),
                () -> spread.billed(seconds, increment)) : spread.billed(seconds, increment);
    }
}
