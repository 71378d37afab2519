package dev.costfit.model;

/** Billing increments: durations are rounded up to the provider's increment (1 ms on Lambda, 100 ms on GCF). */
public final class Granularity {

    /** Unit parsing leaves values like 120.00000000000001 ms; they must not round up to the next increment. */
    private static final double SLACK = 1e-9;

    private Granularity() {
    }

    public static double roundUp(double value, double increment) {
        return Math.max(0, Math.ceil(value / increment - SLACK)) * increment;
    }
}
