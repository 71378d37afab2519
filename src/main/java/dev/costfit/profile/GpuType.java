package dev.costfit.profile;

/** GPU models the catalog knows (pricing-reference.md §3.2); ANY takes the cheapest that fits. */
public enum GpuType implements Choice {
    ANY("any"), T4("T4"), A10G("A10G"), L4("L4"), V100("V100");

    private final String spelling;

    GpuType(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
