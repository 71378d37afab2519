package dev.costfit.yaml;

/** A field a profile left out, the value costfit assumed, and why. */
public record DefaultUsed(String path, String value, String why) {}
