package dev.costfit.profile;

/** GPU models the catalog knows (pricing-reference.md §3.2); ANY takes the cheapest that fits. */
public enum GpuType implements Choice {
    ANY, T4, A10G, L4, V100;

    /** NVIDIA's model names are written as NVIDIA writes them (T4, A10G); "any" in lower case. */
    @Override
    public String spelling() {
        return this == ANY ? "any" : name();
    }
}
