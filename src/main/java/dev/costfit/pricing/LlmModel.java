package dev.costfit.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * An LLM API model's token prices per million tokens, with the ids it is also known by; where a cited source gives
 * them, its context window (the input and output of one call together, as Anthropic and OpenAI count it), or the
 * limit on a call's input alone (as Google counts it), a long-context tier that bills a whole call at other prices
 * when its input is over a threshold, the price of an input token read from the provider's prompt cache, and
 * whether the provider's input-tokens-a-minute limit counts such tokens ({@code itpmCountsCacheReads}: Anthropic's
 * ITPM leaves them out for most models, docs.anthropic.com/en/api/rate-limits, "Cache-aware ITPM"; true, the count
 * that never understates the rate, where no cited source says otherwise).
 */
public record LlmModel(String id, List<String> aliases, double inputPerMillion, double outputPerMillion,
                       LocalDate effective, String source, OptionalLong contextWindow, OptionalLong inputLimit,
                       Optional<LongContext> longContext, OptionalDouble cachedInputPerMillion,
                       boolean itpmCountsCacheReads) {

    /**
     * The prices of a whole call whose input is over {@code aboveInput} tokens: Claude Sonnet 4 bills such a request
     * at $6.00 in and $22.50 out a million tokens (docs.anthropic.com/en/docs/about-claude/pricing;
     * pricing-reference.md §8).
     */
    public record LongContext(long aboveInput, double inputPerMillion, double outputPerMillion) {}

    public LlmModel {
        aliases = List.copyOf(aliases);
    }

    public LlmModel(String id, List<String> aliases, double inputPerMillion, double outputPerMillion,
                    LocalDate effective, String source) {
        this(id, aliases, inputPerMillion, outputPerMillion, effective, source, OptionalLong.empty(),
                OptionalLong.empty(), Optional.empty(), OptionalDouble.empty(), true);
    }

    /**
     * USD a million input tokens read from the cache, of a call of {@code input} tokens, where the catalog gives that
     * price; empty where it does not, or where the long-context tier bills the call (the catalog gives no cached price
     * of the tier). A caller prices such tokens at the full input price: never less than the bill.
     */
    public OptionalDouble cachedInputPerMillion(long input) {
        return longContext.filter(t -> input > t.aboveInput()).isPresent() ? OptionalDouble.empty()
                : cachedInputPerMillion;
    }

    /** USD a million input tokens of a call of {@code input} tokens (the long-context tier's above its threshold). */
    public double inputPerMillion(long input) {
        return longContext.filter(t -> input > t.aboveInput()).map(LongContext::inputPerMillion)
                .orElse(inputPerMillion);
    }

    /** USD a million output tokens of a call of {@code input} tokens in. */
    public double outputPerMillion(long input) {
        return longContext.filter(t -> input > t.aboveInput()).map(LongContext::outputPerMillion)
                .orElse(outputPerMillion);
    }

    public boolean answersTo(String name) {
        if (id.equalsIgnoreCase(name)) {
            return true;
        }
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
