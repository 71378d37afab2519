package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * `costfit pricing show --key llm` lists the catalog's LLM models, as docs/profile.md (llm.model) tells users it
 * does: it listed "0 prices" (review F5), the models not being regional prices. The embedded catalog's llm_models
 * hold 30 models (17 of Anthropic and OpenAI, 13 of Google's Gemini); claude-sonnet-4 is $3.00 in ($0.30 a cache
 * read, 0.1x) and $15.00 out a million tokens from 2025-05-14
 * (https://docs.anthropic.com/en/docs/about-claude/pricing).
 */
class PricingShowLlmModelsTest {

    @Test
    void theTableListsEveryModelWithItsAliasesPricesDateAndSource() {
        CliRun run = CliRun.of("pricing", "show", "--key", "llm");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("LLM models, USD per million tokens").doesNotContain("no prices match")
                .contains("0 prices and 30 LLM models");
        String sonnet = run.out().lines().filter(l -> l.startsWith("claude-sonnet-4 ")).findFirst().orElseThrow();
        assertThat(sonnet).contains("claude-sonnet-4-20250514").containsPattern(" 3 +0.3 +15 +2025-05-14 ")
                .contains("https://docs.anthropic.com");
    }

    @Test
    void aLongerPrefixPicksSomeModelsAndTheJsonHasThem() {
        CliRun run = CliRun.of("pricing", "show", "--key", "llm.gpt-4o", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // gpt-4o ($2.50 / $10.00) and gpt-4o-mini ($0.15 / $0.60), https://platform.openai.com/docs/pricing.
        assertThat(run.out()).contains("\"llmModels\"").contains("\"id\" : \"gpt-4o\"")
                .contains("\"id\" : \"gpt-4o-mini\"").doesNotContain("claude")
                .contains("\"inputPerMillion\" : 2.5").contains("\"outputPerMillion\" : 10.0")
                .contains("\"inputPerMillion\" : 0.15").contains("\"outputPerMillion\" : 0.6")
                .contains("\"cachedInputPerMillion\" : 1.25").contains("\"cachedInputPerMillion\" : 0.075");
    }

    /**
     * Google's Gemini models (ai.google.dev/gemini-api/docs/pricing, paid tier, Standard): gemini-2.5-flash $0.30 in,
     * $0.03 cached, $2.50 out; gemini-2.5-pro $1.25 / $0.125 / $10.00, over 200K input tokens $2.50 / $15.00; each
     * limits a call's input to 1,048,576 tokens.
     */
    @Test
    void theGeminiModelsAreListedWithTheirPricesTierAndInputLimit() {
        CliRun run = CliRun.of("pricing", "show", "--key", "llm");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String flash = run.out().lines().filter(l -> l.startsWith("gemini-2.5-flash ")).findFirst().orElseThrow();
        assertThat(flash).contains("models/gemini-2.5-flash").containsPattern(" 0\\.3 +0\\.03 +2\\.5 +2025-10-31 ");
        assertThat(run.out()).contains("gemini-2.5-pro ").contains("gemini-2.5-flash-lite ")
                .contains("gemini-2.0-flash ").contains("gemini-3-pro-preview ");
        CliRun json = CliRun.of("pricing", "show", "--key", "llm.gemini-2.5-pro", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"id\" : \"gemini-2.5-pro\"").doesNotContain("claude")
                .contains("\"inputPerMillion\" : 1.25").contains("\"outputPerMillion\" : 10.0")
                .contains("\"cachedInputPerMillion\" : 0.125").contains("\"inputLimit\" : 1048576")
                .contains("\"aboveInput\" : 200000").contains("\"inputPerMillion\" : 2.5")
                .contains("\"outputPerMillion\" : 15.0").doesNotContain("contextWindow");
    }

    /**
     * The Gemini models of December 2026 (ai.google.dev/gemini-api/docs/pricing, paid tier, Standard, as
     * pydantic/genai-prices and BerriAI/litellm copy it): gemini-3.1-flash-lite $0.25 in, $0.025 cached, $1.50 out
     * since 2026-05-12; gemini-3.1-pro-preview $2.00 / $0.20 / $12.00, over 200K input tokens $4.00 / $18.00;
     * gemini-3.7-flash $1.50 / $0.15 / $7.50 from 2027-01-01, when its introductory price ends; each limits a call's
     * input to 1,048,576 tokens.
     */
    @Test
    void theCurrentGeminiModelsAreListedWithTheirPricesTierAndInputLimit() {
        CliRun run = CliRun.of("pricing", "show", "--key", "llm.gemini-3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String lite = run.out().lines().filter(l -> l.startsWith("gemini-3.1-flash-lite ")).findFirst().orElseThrow();
        assertThat(lite).containsPattern(" 0\\.25 +0\\.025 +1\\.5 +2026-05-12 ");
        String flash = run.out().lines().filter(l -> l.startsWith("gemini-3.7-flash ")).findFirst().orElseThrow();
        assertThat(flash).containsPattern(" 1\\.5 +0\\.15 +7\\.5 +2027-01-01 ");
        assertThat(run.out()).contains("gemini-3-flash-preview ").contains("gemini-3.5-flash ")
                .contains("gemini-3.5-flash-lite ").contains("gemini-3.6-flash ").contains("gemini-3.8-flash ")
                .doesNotContain("gemini-2.5");
        CliRun json = CliRun.of("pricing", "show", "--key", "llm.gemini-3.1-pro", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"id\" : \"gemini-3.1-pro-preview\"").doesNotContain("flash")
                .contains("\"inputPerMillion\" : 2.0").contains("\"outputPerMillion\" : 12.0")
                .contains("\"cachedInputPerMillion\" : 0.2").contains("\"inputLimit\" : 1048576")
                .contains("\"aboveInput\" : 200000").contains("\"inputPerMillion\" : 4.0")
                .contains("\"outputPerMillion\" : 18.0").doesNotContain("contextWindow");
    }

    /**
     * Review F2 and F3: claude-sonnet-4-5 is $3.00 in, $0.30 a cache read (0.1x, Anthropic's "Cache hits and
     * refreshes") and $15.00 out; its ITPM leaves cache reads out, Claude Haiku 3.5's counts them
     * (docs.anthropic.com/en/api/rate-limits, "Cache-aware ITPM").
     */
    @Test
    void theClaude45ModelsHaveACachedPriceAndTheJsonSaysWhetherTheItpmCountsCacheReads() {
        CliRun run = CliRun.of("pricing", "show", "--key", "llm.claude");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String sonnet = run.out().lines().filter(l -> l.startsWith("claude-sonnet-4-5 ")).findFirst().orElseThrow();
        assertThat(sonnet).containsPattern(" 3 +0\\.3 +15 +2026-03-21 ");
        CliRun json = CliRun.of("pricing", "show", "--key", "llm.claude-sonnet-4-5", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"cachedInputPerMillion\" : 0.3")
                .contains("\"itpmCountsCacheReads\" : false");
        CliRun haiku = CliRun.of("pricing", "show", "--key", "llm.claude-3-5-haiku", "--format", "json");
        assertThat(haiku.out()).contains("\"itpmCountsCacheReads\" : true");
    }

    @Test
    void aKeyOfOtherPricesListsNoModel() {
        CliRun run = CliRun.of("pricing", "show", "--key", "lambda.requests");
        assertThat(run.out()).doesNotContain("LLM models").doesNotContain("claude");
    }
}
