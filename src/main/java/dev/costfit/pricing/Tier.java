package dev.costfit.pricing;

/** One monthly volume tier: {@code price} per unit for cumulative quantities up to {@code upTo}. */
public record Tier(double upTo, double price) {

    public boolean isOpenEnded() {
        return Double.isInfinite(upTo);
    }
}
