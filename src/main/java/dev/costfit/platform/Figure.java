package dev.costfit.platform;

/** One number of a platform's capacity (instances, concurrency, memory), with its unit. */
public record Figure(String key, String label, double value, String unit) {}
