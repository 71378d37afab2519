package dev.costfit.profile;

/** CPU architecture the code can run on; ANY lets costfit take the cheaper one. */
public enum Architecture implements Choice {
    X86_64("x86_64"), ARM64("arm64"), ANY("any");

    private final String spelling;

    Architecture(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    public boolean allows(Architecture concrete) {
        return this == ANY || this == concrete;
    }
}
