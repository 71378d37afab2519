package dev.costfit.profile;

/** Cloud Run functions billing mode: CPU only during requests, or CPU always allocated. */
public enum GcfBilling implements Choice {
    REQUEST("request"), INSTANCE("instance");

    private final String spelling;

    GcfBilling(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
