package dev.costfit.profile;

import dev.costfit.units.Numbers;

/**
 * Where a profile's durations were measured, when not with a full vCPU per request: on Lambda at some memory (which
 * gives memory / 1,769 MB of a vCPU), or with a stated vCPU share. costfit converts the durations to its reference
 * (DESIGN §3: at least one full vCPU per thread) before any platform sees them.
 *
 * @param vcpu    the vCPU the request's CPU part had where it was measured
 * @param display how the profile said it ("lambda 512MB", "0.25 vCPU")
 */
public record MeasuredOn(double vcpu, String display) {

    /**
     * Memory that comes with one vCPU on Lambda: "At 1,769 MB, a function has the equivalent of one vCPU"
     * (docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html; pricing-reference.md §1.2). The catalog's
     * lambda.memory.per-vcpu holds the same figure for pricing; a profile is read without a catalog.
     */
    public static final double LAMBDA_MB_PER_VCPU = 1769;

    public static MeasuredOn lambda(double memoryMb) {
        return new MeasuredOn(memoryMb / LAMBDA_MB_PER_VCPU, "Lambda at " + Numbers.grouped(memoryMb, 0) + " MB");
    }

    public static MeasuredOn vcpu(double vcpu) {
        return new MeasuredOn(vcpu, Numbers.grouped(vcpu, 3) + " vCPU");
    }
}
