package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Simplicity;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;

/** One place a workload can run. Implementations are pure: no I/O, no state, prices only from the catalog. */
public interface Platform {

    /** Stable id used in JSON, options and the catalog ("lambda"). */
    String id();

    String displayName();

    Simplicity simplicity();

    Assessment assess(Profile profile, PricingContext context);
}
