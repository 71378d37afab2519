package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.profile.PricingOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** How one profile changed between two sets: its fields, each platform's cost, and the recommendation. */
public record ProfileDiff(String name, Status status, Optional<ProfileResult> base, Optional<ProfileResult> head,
                          List<FieldChange> fields, List<PlatformChange> platforms) {

    public enum Status { ADDED, REMOVED, CHANGED, UNCHANGED }

    /**
     * Where a platform (or a profile's recommendation) stands on one side of the diff. Only {@link #FITS} has a
     * figure; the others say why there is none, and "not priced here" is never "does not fit" (a reader would look
     * for a limit that is not broken).
     */
    public enum Standing {
        /** Fits and is priced; for a profile: a platform is recommended. */
        FITS,
        /** Breaks a hard limit; for a profile: it fits no platform. */
        UNFIT,
        /** Fits, but the catalog has no price in the region; for a profile: nothing that fits is priced. */
        UNPRICED,
        /** The platform was not assessed for this profile (outside its `clouds`). */
        NOT_ASSESSED,
        /** The profile does not exist on this side (added, or removed). */
        ABSENT;

        /** The word JSON and CSV carry: "fits", "unfit", "unpriced", "not-assessed", "absent". */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Standing of(Assessment a) {
            return !a.feasible() ? UNFIT : !a.priced() ? UNPRICED : FITS;
        }
    }

    /** One side of a comparison: where it stands, and its monthly cost where it has one ({@link Standing#FITS}). */
    public record Side(Standing standing, OptionalDouble cost) {

        public Side {
            if (cost.isPresent() != (standing == Standing.FITS)) {
                throw new IllegalArgumentException(standing + " with cost " + cost);
            }
        }

        static Side of(Assessment a) {
            Standing standing = Standing.of(a);
            return new Side(standing, standing == Standing.FITS ? OptionalDouble.of(a.platformCost())
                    : OptionalDouble.empty());
        }

        static Side without(Standing standing) {
            return new Side(standing, OptionalDouble.empty());
        }

        /** What this side adds to a total: its cost, nothing where the profile is absent. */
        double inTotal() {
            return cost.orElse(0);
        }
    }

    public record FieldChange(String path, String before, String after) {}

    /** A platform's monthly cost (without shared lines) before and after, and where it stands on each side. */
    public record PlatformChange(String platform, String name, Side sideBefore, Side sideAfter) {

        /** The cost before; empty where it did not fit, had no price, or the profile was absent. */
        public OptionalDouble before() {
            return sideBefore.cost();
        }

        public OptionalDouble after() {
            return sideAfter.cost();
        }

        public OptionalDouble delta() {
            return before().isPresent() && after().isPresent() ? OptionalDouble.of(after().getAsDouble()
                    - before().getAsDouble()) : OptionalDouble.empty();
        }
    }

    public ProfileDiff {
        fields = List.copyOf(fields);
        platforms = List.copyOf(platforms);
    }

    public Optional<Assessment> recommendedBefore() {
        return base.flatMap(r -> r.recommendation().chosen());
    }

    public Optional<Assessment> recommendedAfter() {
        return head.flatMap(r -> r.recommendation().chosen());
    }

    /** The recommended platform's standing and monthly cost in the base set. */
    public Side before() {
        return side(base);
    }

    public Side after() {
        return side(head);
    }

    private static Side side(Optional<ProfileResult> result) {
        if (result.isEmpty()) {
            return Side.without(Standing.ABSENT);
        }
        Optional<Assessment> chosen = result.get().recommendation().chosen();
        if (chosen.isPresent()) {
            return new Side(Standing.FITS, OptionalDouble.of(chosen.get().platformCost()));
        }
        return Side.without(result.get().assessments().stream().anyMatch(Assessment::feasible) ? Standing.UNPRICED
                : Standing.UNFIT);
    }

    /**
     * Whether the totals count this profile: only where each side has a cost or no profile. A side without a cost
     * (it fits nothing, or nothing that fits has a price) counted as $0 read as a saving of the whole cost before
     *, so such a profile is left out of both totals, and the reports say so.
     */
    public boolean inTotals() {
        return counts(before()) && counts(after());
    }

    private static boolean counts(Side side) {
        return side.standing() == Standing.FITS || side.standing() == Standing.ABSENT;
    }

    /** What the profile adds to the total before: its recommended cost, 0 where absent or left out. */
    public double totalBefore() {
        return inTotals() ? before().inTotal() : 0;
    }

    public double totalAfter() {
        return inTotals() ? after().inTotal() : 0;
    }

    /** The region the profile is priced in on each side (empty where absent). */
    public Optional<String> regionBefore() {
        return base.map(r -> r.profile().region());
    }

    public Optional<String> regionAfter() {
        return head.map(r -> r.profile().region());
    }

    /** How compute is bought on each side: the option the figures use (empty where absent). */
    public Optional<PricingOption> pricingBefore() {
        return base.map(ProfileDiff::pricing);
    }

    public Optional<PricingOption> pricingAfter() {
        return head.map(ProfileDiff::pricing);
    }

    /** The option in force: a comparison is made only under a commitment, so none means on demand. */
    static PricingOption pricing(ProfileResult result) {
        return result.pricing().map(PricingComparison::inForce).orElse(PricingOption.ON_DEMAND);
    }

    public boolean recommendationChanged() {
        return status == Status.CHANGED && !recommendedBefore().map(Assessment::platform).orElse("none")
                .equals(recommendedAfter().map(Assessment::platform).orElse("none"));
    }

    /**
     * The recommended cost before and after, where the profile has one on both sides (it fits and is priced); a
     * profile added or removed, or without a cost on a side, has none.
     */
    public Optional<CostChange> costChange() {
        OptionalDouble before = before().cost();
        OptionalDouble after = after().cost();
        return before.isPresent() && after.isPresent()
                ? Optional.of(new CostChange(before.getAsDouble(), after.getAsDouble())) : Optional.empty();
    }
}
