package dev.costfit.profile;

import java.util.OptionalLong;

/** The external LLM API a request calls: tokens per call, calls per request, and the provider's rate limit. */
public record Llm(String model, long inputTokens, long outputTokens, double callsPerRequest,
                  OptionalLong rateLimitRpm) {}
