package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LLM token costs (pricing-reference.md §8) and the rate limit, alike on every platform. */
class LlmCallsTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    private static Profile llm(String model, String rpm) {
        return llm(model, rpm, "1x");
    }

    private static Profile llm(String model, String rpm, String burst) {
        return TestProfiles.parse("name: l\ntraffic: {rate: 1/s, burst: " + burst + "}\nduration: 10s\ncpu_time: 100ms\nmemory: 512MB\n"
                + "timeout: 60s\nconcurrency_per_instance: 20\nllm: {model: " + model + ", input_tokens: 1500, "
                + "output_tokens: 400" + rpm + "}\n");
    }

    @Test
    void tokensArePricedPerMillionFromTheCatalog() {
        // 2,628,000 requests x 1,500 input tokens = 3.942B tokens x $3.00/M = $11,826;
        // x 400 output tokens = 1.0512B x $15.00/M = $15,768 (claude-sonnet-4).
        List<CostLine> lines = LlmCalls.lines(llm("claude-sonnet-4", ""), CATALOG);
        assertThat(lines).hasSize(2).allMatch(CostLine::shared);
        assertThat(lines.get(0).quantity()).isCloseTo(3.942e9, within(1e-3));
        assertThat(lines.get(0).monthlyCost()).isCloseTo(11_826, within(1e-6));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(15_768, within(1e-6));
    }

    @Test
    void aliasesFindTheModelIncludingTheSeedsMisspelling() {
        // claude-haiku-3-5-20241022 is the seed's spelling of claude-3-5-haiku-20241022: $0.80 / $4.00 per M.
        List<CostLine> lines = LlmCalls.lines(llm("claude-haiku-3-5-20241022", ""), CATALOG);
        assertThat(lines.get(0).unitPrice()).isCloseTo(0.80e-6, within(1e-15));
        assertThat(lines.get(1).unitPrice()).isCloseTo(4.00e-6, within(1e-15));
    }

    @Test
    void theTokensAreTheSameOnEveryPlatformAndLeftOutOfTheComparison() {
        Profile p = llm("claude-sonnet-4", "");
        for (Platform platform : Platforms.all()) {
            Assessment a = Platforms.assess(platform, p, LIST);
            if (a.usable()) {
                assertThat(a.monthlyCost() - a.platformCost()).as(platform.id()).isCloseTo(11_826 + 15_768,
                        within(1e-6));
            }
        }
    }

    @Test
    void peakCallsAboveTheRateLimitAreAQuotaWithTheConcurrencyCap() {
        // 1 request/s with a 3x burst, one call each: 60 calls a minute on average, 180 at the burst, against a
        // limit of 100. A queue smooths the peak; the cap: 100/60 x 10 s = 16.7 in flight, so 16.
        List<LimitCheck> checks = LlmCalls.limits(llm("claude-sonnet-4", ", rate_limit_rpm: 100", "3x"));
        assertThat(checks).hasSize(1);
        LimitCheck check = checks.get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(check.required()).startsWith("180 calls a minute");
        assertThat(check.workaround()).contains("queue").contains("cap concurrency at 16 requests")
                .contains("Lambda reserved concurrency 16");
        assertThat(LlmCalls.limits(llm("claude-sonnet-4", ", rate_limit_rpm: 200", "3x")).get(0).ok()).isTrue();
        // A quota at the peak leaves every platform usable: a search must still assess them.
        assertThat(Platforms.sharedLimitsBlock(llm("claude-sonnet-4", ", rate_limit_rpm: 100", "3x"))).isFalse();
    }

    @Test
    void aMeanCallRateAboveTheLimitFitsNoPlatformForAQueueWouldGrowWithoutEnd() {
        // 1 request/s, one call each: 60 calls a minute on average against 30. No queue helps: every platform
        // breaks a hard limit, and the workaround is a higher limit or fewer calls, not smoothing.
        Profile p = llm("claude-sonnet-4", ", rate_limit_rpm: 30", "1x");
        LimitCheck check = LlmCalls.limits(p).get(0);
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(check.required()).startsWith("60 calls a minute on average");
        assertThat(check.workaround()).contains("at least 60 calls a minute").doesNotContain("smooth");
        for (Platform platform : Platforms.all()) {
            Assessment a = Platforms.assess(platform, p, LIST);
            assertThat(a.feasible()).as(platform.id()).isFalse();
            assertThat(a.lines()).as(platform.id()).isEmpty();
        }
        // What lets a search answer "none" here without assessing any platform; without a limit nothing blocks.
        assertThat(Platforms.sharedLimitsBlock(p)).isTrue();
        assertThat(Platforms.sharedLimitsBlock(llm("claude-sonnet-4", ""))).isFalse();
    }
}
