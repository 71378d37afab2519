package dev.costfit.profile;

/**
 * GPU models the catalog's node types carry: T4 (g4dn), A10G (g5), L4 (g6), L40S (g6e), V100 (p3), A100 (p4d with
 * 40 GB, p4de with 80 GB: `memory` tells them apart), H100 (p5) and H200 (p5en). ANY takes the cheapest that fits.
 */
public enum GpuType implements Choice {
    ANY, T4, A10G, L4, L40S, V100, A100, H100, H200;

    /** NVIDIA's model names are written as NVIDIA writes them (T4, A10G); "any" in lower case. */
    @Override
    public String spelling() {
        return this == ANY ? "any" : name();
    }
}
