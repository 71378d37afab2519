package dev.costfit.profile;

/** Cloud Run functions billing mode: CPU only during requests, or CPU always allocated. */
public enum GcfBilling implements Choice {
    REQUEST, INSTANCE
}
