package dev.costfit.pricing;

/**
 * A memory setting of Cloud Run functions and the CPU that comes with it: vCPU for 2nd gen, GHz for 1st gen (the
 * other is 0).
 */
public record FunctionSize(int generation, double memoryGb, double vcpu, double ghz) {}
