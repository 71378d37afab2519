package dev.costfit.profile;

/** The secrets a workload keeps in a secrets store, and when it reads them. */
public record Secrets(int count, SecretReads reads) {}
