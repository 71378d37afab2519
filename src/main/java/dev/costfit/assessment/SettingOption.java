package dev.costfit.assessment;

import java.util.OptionalDouble;

/**
 * One setting a platform was priced at (a memory size, a tier, a vCPU count, a task size) and what it gives: how
 * long a request takes on it, how much slower that is than measured, its monthly platform cost if it is usable,
 * and why it was or was not chosen — the Lambda Power Tuning view of a platform.
 *
 * @param slowdown fraction slower than the measured duration (0.25 = 25% slower)
 * @param verdict  "chosen", or why not: "slower than latency.max_slowdown", "does not fit: …", "costs more"
 */
public record SettingOption(String setting, double seconds, double slowdown, OptionalDouble monthlyCost,
                            boolean chosen, String verdict) {}
