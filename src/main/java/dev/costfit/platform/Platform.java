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
    default Profile asInvoked(Profile profile, dev.costfit.pricing.Catalog catalog) {
        return profile;
    }

    /**
     * Costs within this share of each other tie when a platform chooses its setting (memory, task size), and the
     * faster setting is taken: a month may then look up to this much cheaper at a higher rate.
     */
    double SETTING_TIE = 0.001;

    /**
     * Whether this platform's monthly cost for a profile, wherever it is usable, is at least what it is at any lower
     * rate of the same profile, less the setting tie ({@link #SETTING_TIE}): true where capacity is sized to the
     * load and nothing billed falls as the load rises. Not for functions: the cold starts a function bills (INIT)
     * fall as traffic keeps it warm, and the provisioned concurrency or minimum instances an SLO needs can fall too.
     * MonotonicityTest checks every platform that says so; a search relies on it to leave a platform out
     * ({@code RateSearch}).
     */
    default boolean costRisesWithLoad() {
        return false;
    }

    /**
     * The least this platform's own monthly cost ({@link Assessment#platformCost()}) can be for a profile as it is
     * invoked ({@link #asInvoked}), on demand, wherever it is usable: what the requests and the compute time they
     * bill cost on the cheapest setting, with no cold start, nothing kept warm and every volume at its cheapest
     * rate — a few multiplications, where an assessment models cold starts and occupancy. A search leaves the
     * platform out where even this is beyond the simplicity margin of the cheapest found ({@code RateSearch}).
     * 0, the default, bounds nothing; infinite where no setting is priced ({@link Platforms#costFloor} then bounds
     * nothing either). CostFloorTest checks it against full assessments.
     *
     * @throws dev.costfit.pricing.MissingPriceException where the catalog lacks a price it needs
     */
    default double costFloor(Profile invoked, PricingContext context) {
        return 0;
    }

    /**
     * Whether {@link #costFloor} never falls as the rate rises, other inputs the same: true where every quantity the
     * floor bills (requests, billed seconds, instance time, bytes) grows with the rate and each is priced by a
     * schedule whose total grows with its quantity (tiers, free allowances), on settings no rate adds to. A search
     * then bounds the floor at a rate by the floor it worked out at a lower one, and works the floor out only where
     * that bound does not already leave the platform out ({@code RateSearch}). CostFloorTest checks every platform
     * that says so.
     */
    default boolean floorRisesWithLoad() {
        return false;
    }

    /**
     * The most the instances this platform keeps warm in the mean hour of the month
     * ({@link dev.costfit.assessment.ColdStarts#keptWarm}) can move at once as the rate moves: one instance in every
     * hour, where a count is kept all month (Cloud Run's minimum instances). A search looks closer only at changes
     * of the count that can move the bill by 5% ({@code WarmChanges}), so a smaller step spares it counting where no
     * single one can.
     */
    default double keptWarmStep(Profile profile) {
        return 1;
    }

    /**
     * For a search, which asks only which platform is recommended: where the costly part of this platform's
     * assessment (the cold-start model) can only add to its bill and changes neither its fit nor what it buys, an
     * assessment without that part and how much it can add ({@link CostBracket}); empty, the default, elsewhere.
     * Where the recommendation is the same with the platform at either end, it is the same at its true cost, which
     * {@code RateSearch} then never works out. BracketTest checks brackets against full assessments.
     *
     * @throws dev.costfit.pricing.MissingPriceException where the catalog lacks a price it needs
     */
    default java.util.Optional<CostBracket> bracket(Profile invoked, PricingContext context) {
        return java.util.Optional.empty();
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
