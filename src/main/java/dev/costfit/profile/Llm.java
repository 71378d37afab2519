package dev.costfit.profile;

import java.util.OptionalLong;

/**
 * The external LLM API a request calls: tokens per call (of the input, the part served from the provider's prompt
 * cache), calls per request, and the provider's rate limits: calls, input tokens and output tokens a minute.
 */
public record Llm(String model, long inputTokens, long outputTokens, double callsPerRequest, RateLimits limits,
                  long cachedInputTokens) {

    /** The provider's limits a minute, each absent where not stated (Anthropic: RPM, ITPM, OTPM; OpenAI: RPM, TPM). */
    public record RateLimits(OptionalLong rpm, OptionalLong itpm, OptionalLong otpm) {
        public static final RateLimits NONE = new RateLimits(OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty());
    }

    public OptionalLong rateLimitRpm() {
        return limits.rpm();
    }

    /**
     * This call at other figures (a batch's calls, a scenario's draws), its limits kept. A drawn input below the
     * cached part keeps at most the whole input cached: a cache cannot serve more than the prompt.
     */
    public Llm with(long input, long output, double calls) {
        return new Llm(model, input, output, calls, limits, Math.min(cachedInputTokens, input));
    }

    /** The input tokens billed at the full input price: those not served from the cache. */
    public long uncachedInputTokens() {
        return inputTokens - cachedInputTokens;
    }
}
