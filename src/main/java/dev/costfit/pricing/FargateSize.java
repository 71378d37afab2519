package dev.costfit.pricing;

/** One valid Fargate task size; {@code recent} marks sizes only 2026 copies of the docs list. */
public record FargateSize(double vcpu, double memoryGb, boolean recent) {}
