package dev.costfit.recommend;

import java.util.OptionalDouble;

/**
 * A monthly cost before and after a change, and how it compares with a percentage. From $0 there is no relative
 * change (x / 0), yet a rise from $0 is larger than every percentage: a gate on "more than N%" that skipped it
 * passed a service going from the free tier to a bill.
 */
public record CostChange(double before, double after) {

    /** after / before - 1 (0.1 for 10% more); empty from $0, where no percentage exists. */
    public OptionalDouble relative() {
        return before > 0 ? OptionalDouble.of(after / before - 1) : OptionalDouble.empty();
    }

    /**
     * Whether the cost rose from $0 to a figure a bill shows: at least one cent, as costs are compared in cents
     * elsewhere (over-budget). A change from $0 to $0 is no rise.
     */
    public boolean risesFromZero() {
        return before <= 0 && Math.round(after * 100) > 0;
    }

    /**
     * Whether the cost grew by more than {@code limit} (0.1 for 10%); a rise from $0 always does.
     *
     * @param tolerance what the last bits of the doubles may add: a rise of exactly N% does not exceed N%
     */
    public boolean exceeds(double limit, double tolerance) {
        OptionalDouble relative = relative();
        return relative.isPresent() ? relative.getAsDouble() > limit + tolerance : risesFromZero();
    }
}
