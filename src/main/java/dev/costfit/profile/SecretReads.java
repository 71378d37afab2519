package dev.costfit.profile;

/** When a workload reads its secrets: once per new instance (cached), or on every request. */
public enum SecretReads implements Choice {
    PER_COLD_START, PER_REQUEST
}
