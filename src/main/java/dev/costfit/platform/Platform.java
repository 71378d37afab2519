package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.Simplicity;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;

/** One place a workload can run. Implementations are pure: no I/O, no state, prices only from the catalog. */
public interface Platform {

    /** Everything about the platform that does not depend on a profile. */
    PlatformInfo info();

    Assessment assess(Profile profile, PricingContext context);

    /**
     * The profile as this platform is invoked with it: by default one request per message. A platform that takes
     * queued messages in batches (Lambda) returns fewer, longer invocations.
     */
    default Profile asInvoked(Profile profile) {
        return profile;
    }

    /** Stable id used in JSON, options and the catalog ("lambda"). */
    default String id() {
        return info().id();
    }

    default String displayName() {
        return info().name();
    }

    default Simplicity simplicity() {
        return info().simplicity();
    }
}
