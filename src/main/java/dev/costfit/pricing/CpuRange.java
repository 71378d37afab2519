package dev.costfit.pricing;

/** A Cloud Run vCPU count and the memory it may be paired with. */
public record CpuRange(double vcpu, double fromGb, double toGb) {

    public boolean allows(double memoryGb) {
        return memoryGb >= fromGb - 1e-9 && memoryGb <= toGb + 1e-9;
    }
}
