package dev.costfit.pricing;

import dev.costfit.units.Quantity;
import java.util.Optional;
import java.util.Set;

/**
 * Which catalog limits and estimates may be 0. Most bound or divide what costfit prices (a maximum, a quota, a
 * billing granularity, the memory that comes with a vCPU, a connection count an LCU covers): at 0 they fit nothing
 * at best, and at worst divide by zero. An overlay's 0 for Lambda's largest memory, LCU sizes, a billing
 * granularity or Lambda's environment lifetime reached the engine as Infinity or NaN (exit 1), and with LMI's least
 * memory per vCPU at 0 a run went on for more than a minute (review of 2026-12: every key of the catalog tried at 0
 * with the example profiles). So a value is more than 0 unless its key says "none" meaningfully at 0: a minimum, an
 * included allowance, a fee, a discount, an instant start. Negative values never parse (Units reads no
 * sign). Free-tier allowances may all be 0 (no free tier).
 */
final class ValuesAtZero {

    /**
     * Limits that mean something at 0, each read only as a floor (max), an allowance subtracted, a base added or a
     * fee multiplied: minimums, allowances included in a price, a base size, a fee, and a quota granted only on
     * request (Cloud Run's L4 GPUs), which a quota check compares and nothing divides by. Not LMI's least instances or
     * environments: LMI always keeps 3 of each (its resiliency minimum), and a job's growth divides by the
     * instances (EnvironmentDemand.growth: 0 reached a report as Infinity).
     */
    private static final Set<String> LIMITS = Set.of(
            "lambda.memory.min", "lambda.tmp.included", "lambda.streaming.uncapped", "lambda.streaming.unbilled",
            "fargate.billing.minimum", "fargate.storage.included", "gcf2.billing.instance-minimum",
            "gcf2.gpu.vcpu.min", "gcf2.gpu.memory.min", "gcf2.gpu.quota", "pubsub.request.min",
            "stepfunctions.express.memory.base", "lmi.management-fee", "lmi.memory.min", "lmi.vcpu.min");

    /**
     * Estimates that mean something at 0: an instant start (as a profile's cold_start.init of 0 ms), nothing stored,
     * no discount, no Fargate image download billed (as AWS's own pricing examples leave it out). Not a keep-alive:
     * a profile's cold_start.keep_alive is at least 1 s (Bounds.KEEP_ALIVE).
     */
    private static final Set<String> ESTIMATES = Set.of(
            "cloudwatch.logs.stored-share", "fargate.spot.discount", "ec2.spot.saving",
            "fargate.image-download-share");
    private static final java.util.List<String> ESTIMATE_PREFIXES = java.util.List.of("coldstart.", "startup.");

    private ValuesAtZero() {
    }

    /**
     * Why {@code value} of {@code key} in the catalog {@code section}, {@code written} so, cannot be 0; empty when
     * it may be.
     */
    static Optional<String> refusal(String section, String key, Quantity value, String written) {
        if (value.magnitude() > 0 || allowed(section, key)) {
            return Optional.empty();
        }
        return Optional.of("found " + written + ", expected more than 0: " + key + " bounds or "
                + "divides what costfit prices (0 may be written only for a minimum, an included allowance, a fee, "
                + "a discount or a start-up time)");
    }

    private static boolean allowed(String section, String key) {
        return switch (section) {
            case "limits" -> LIMITS.contains(key);
            case "estimates" -> ESTIMATES.contains(key) || ESTIMATE_PREFIXES.stream().anyMatch(key::startsWith);
            default -> true;
        };
    }
}
