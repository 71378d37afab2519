package dev.costfit.profile;

/** CPU architecture the code can run on; ANY lets costfit take the cheaper one. */
public enum Architecture implements Choice {
    X86_64, ARM64, ANY;

    /** x86_64 keeps its underscore: it is the name every provider uses. */
    @Override
    public String spelling() {
        return this == X86_64 ? "x86_64" : Choice.super.spelling();
    }

    public boolean allows(Architecture concrete) {
        return this == ANY || this == concrete;
    }
}
