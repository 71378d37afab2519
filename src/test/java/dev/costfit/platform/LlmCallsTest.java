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
        List<LimitCheck> checks = LlmCalls.limits(llm("claude-sonnet-4", ", rate_limit_rpm: 100", "3x"), CATALOG);
        assertThat(checks).hasSize(1);
        LimitCheck check = checks.get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(check.required()).startsWith("180 calls a minute");
        assertThat(check.workaround()).contains("queue").contains("cap concurrency at 16 requests")
                .contains("Lambda reserved concurrency 16");
        assertThat(LlmCalls.limits(llm("claude-sonnet-4", ", rate_limit_rpm: 200", "3x"), CATALOG).get(0).ok())
                .isTrue();
        // A quota at the peak leaves every platform usable: a search must still assess them.
        assertThat(Platforms.sharedLimitsBlock(llm("claude-sonnet-4", ", rate_limit_rpm: 100", "3x"), CATALOG))
                .isFalse();
    }

    @Test
    void aMeanCallRateAboveTheLimitFitsNoPlatformForAQueueWouldGrowWithoutEnd() {
        // 1 request/s, one call each: 60 calls a minute on average against 30. No queue helps: every platform
        // breaks a hard limit, and the workaround is a higher limit or fewer calls, not smoothing.
        Profile p = llm("claude-sonnet-4", ", rate_limit_rpm: 30", "1x");
        LimitCheck check = LlmCalls.limits(p, CATALOG).get(0);
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(check.required()).startsWith("60 calls a minute on average");
        assertThat(check.workaround()).contains("at least 60 calls a minute").doesNotContain("smooth");
        for (Platform platform : Platforms.all()) {
            Assessment a = Platforms.assess(platform, p, LIST);
            assertThat(a.feasible()).as(platform.id()).isFalse();
            assertThat(a.lines()).as(platform.id()).isEmpty();
        }
        // What lets a search answer "none" here without assessing any platform; without a limit nothing blocks.
        assertThat(Platforms.sharedLimitsBlock(p, CATALOG)).isTrue();
        assertThat(Platforms.sharedLimitsBlock(llm("claude-sonnet-4", ""), CATALOG)).isFalse();
    }

    /**
     * Profile q-low (review F1): 500 queued messages a day, 3 attempts, 2% failing, claude-sonnet-4 3,000 in and 500
     * out. A month is 730 h, 15,208.33 messages. A call costs 3,000 × $3/M + 500 × $15/M = $0.0165. AWS delivers
     * 1 + 0.02 × 2 = 1.04 times a message: 15,816.67 calls, $260.975, the tokens every platform shares. Pub/Sub's
     * dead-letter policy makes at least 5 attempts: 1.08 deliveries, 0.04 × 15,208.33 = 608.33 calls more on Google,
     * $10.0375, a line of the platform's own that counts in its cost (and so its ranking), not shared.
     */
    @Test
    void googlesFurtherAttemptsAreItsOwnTokensNotShared() {
        Profile q = TestProfiles.parse("name: q-low\ntraffic: {rate: 500/day, pattern: flat}\nduration: 2s\n"
                + "cpu_time: 100ms\nmemory: 512MB\ntimeout: 60s\nruntime: python\ntrigger: queue\nfront_door: none\n"
                + "delivery: {batch_size: 1, attempts: 3, failing: 2%}\n"
                + "llm: {model: claude-sonnet-4, input_tokens: 3000, output_tokens: 500}\n");
        int google = 0;
        for (Platform platform : Platforms.all()) {
            Assessment a = Platforms.assess(platform, q, LIST);
            if (!a.usable()) {
                continue;
            }
            assertThat(a.sharedCost()).as(platform.id()).isCloseTo(260.975, within(1e-6));
            List<CostLine> more = a.lines().stream()
                    .filter(l -> l.key().equals(CostLine.LLM_MORE_ATTEMPTS)).toList();
            if (platform.info().cloud() == dev.costfit.profile.Cloud.GCP) {
                google++;
                assertThat(more).as(platform.id()).hasSize(1);
                CostLine line = more.get(0);
                assertThat(line.shared()).isFalse();
                assertThat(line.quantity()).isCloseTo(608.3333, within(1e-3));
                assertThat(line.monthlyCost()).isCloseTo(10.0375, within(1e-6));
                assertThat(line.component()).isEqualTo("LLM tokens of the 2 more attempts Pub/Sub's dead-letter "
                        + "policy makes (claude-sonnet-4)");
                assertThat(a.platformCost()).as(platform.id()).isGreaterThan(10.0375);
                assertThat(a.monthlyCost()).as(platform.id()).isCloseTo(a.platformCost() + 260.975, within(1e-6));
            } else {
                assertThat(more).as(platform.id()).isEmpty();
            }
        }
        assertThat(google).isEqualTo(2);
    }

    /**
     * An event on Google is tried once where Lambda retries it twice (DeliveryLimits.onCloud): the shared tokens are
     * the one attempt's, and AWS's platforms pay for their 2 more. 1/s, 2% failing, 1,500 in and 400 out of
     * claude-sonnet-4: a call is $0.0105; 2,628,000 calls shared, $27,594; 0.04 × 2,628,000 = 105,120 more on AWS,
     * $1,103.76.
     */
    @Test
    void anEventsRetriesOnAwsAreAwsOwnTokens() {
        Profile e = TestProfiles.parse("name: ev\ntraffic: {rate: 1/s, pattern: flat}\nduration: 10s\n"
                + "cpu_time: 100ms\nmemory: 512MB\ntimeout: 60s\ntrigger: event\nfront_door: none\n"
                + "delivery: {failing: 2%}\nllm: {model: claude-sonnet-4, input_tokens: 1500, output_tokens: 400}\n");
        for (Platform platform : Platforms.all()) {
            Assessment a = Platforms.assess(platform, e, LIST);
            if (!a.usable()) {
                continue;
            }
            assertThat(a.sharedCost()).as(platform.id()).isCloseTo(27_594, within(1e-6));
            double more = a.lines().stream().filter(l -> l.key().equals(CostLine.LLM_MORE_ATTEMPTS))
                    .mapToDouble(CostLine::monthlyCost).sum();
            assertThat(more).as(platform.id())
                    .isCloseTo(platform.info().cloud() == dev.costfit.profile.Cloud.AWS ? 1_103.76 : 0, within(1e-6));
        }
    }

    /** Half the day at 1.5 times the mean rate, half at 0.5: the peak hour is 1.5 × the mean. */
    private static final String HALF_DAY_PEAK = "{hourly: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1.5, 1.5, 1.5, "
            + "1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 0.5, 0.5, 0.5, 0.5]}";

    private static Profile tenASecond(String trigger, String pattern, String burst) {
        return TestProfiles.parse("name: l\ntraffic: {rate: 10/s, pattern: " + pattern + ", burst: " + burst + "}\n"
                + "duration: 10s\ncpu_time: 100ms\nmemory: 512MB\ntimeout: 60s\ntrigger: " + trigger + "\n"
                + "front_door: none\nllm: {model: claude-sonnet-4, input_tokens: 1500, output_tokens: 400, "
                + "rate_limit_rpm: 800}\n");
    }

    /**
     * Review F6. 10 requests a second, one call each: 600 calls a minute on average, within 800; the peak hour runs
     * at 1.5 × 600 = 900 a minute for 12 hours a day. No queue holds hours of excess for callers waiting on an HTTP
     * API: the workaround is a limit of at least 900 or fewer calls, and neither a queue nor a concurrency cap.
     */
    @Test
    void aPeakHourOverTheLimitOnAnHttpServiceNeedsAHigherLimitNotAQueue() {
        LimitCheck check = LlmCalls.limits(tenASecond("http", HALF_DAY_PEAK, "1x"), CATALOG).get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(check.required()).startsWith("900 calls a minute through the peak hour");
        assertThat(check.workaround()).contains("at least 900 calls a minute").contains("fewer calls per request")
                .doesNotContain("queue in front").doesNotContain("cap concurrency");
    }

    /**
     * The same peak hour on queued work: the month's mean (600 a minute) is within 800, so the backlog drains in the
     * quieter hours under a cap of 800 / 60 × 10 s = 133.3, so 133 requests in flight.
     */
    @Test
    void aPeakHourOverTheLimitOnQueuedWorkWaitsUnderACap() {
        LimitCheck check = LlmCalls.limits(tenASecond("queue", HALF_DAY_PEAK, "1x"), CATALOG).get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.workaround()).contains("drains in the quieter hours").contains("600 calls a minute")
                .contains("cap concurrency at 133 requests").contains("at least 900 calls a minute")
                .doesNotContain("queue in front");
    }

    /** A flat 600 a minute with a 1.5× burst: 900 within the hour, a burst a queue or a cap smooths. */
    @Test
    void aBurstOverTheLimitIsSmoothed() {
        LimitCheck check = LlmCalls.limits(tenASecond("http", "flat", "1.5x"), CATALOG).get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.required()).startsWith("900 calls a minute at peak (with burst)");
        assertThat(check.workaround()).contains("queue in front").contains("cap concurrency at 133 requests");
    }

    /** The mean's sentence says "a minute" of its requests and "call" of one (it said "600 requests × 1 calls"). */
    @Test
    void theMeansSentenceSaysAMinuteAndOneCall() {
        LimitCheck check = LlmCalls.limits(llm("claude-sonnet-4", ", rate_limit_rpm: 30", "1x"), CATALOG).get(0);
        assertThat(check.required()).isEqualTo("60 calls a minute on average (60 requests a minute × 1 call each)");
    }

    private static Profile summariser(String model, long input) {
        return TestProfiles.parse("name: s\ntraffic: {rate: 1/s}\nduration: 40s\ncpu_time: 100ms\nmemory: 1GB\n"
                + "timeout: 300s\nconcurrency_per_instance: 20\nllm: {model: " + model + ", input_tokens: " + input
                + ", output_tokens: 1000}\n");
    }

    /**
     * Review F2. Claude Sonnet 4 bills a whole request at $6.00 / $22.50 a million tokens once its input is over
     * 200K tokens (docs.anthropic.com pricing, pricing-reference.md §8). 2,628,000 calls a month × 250,000 in =
     * 657B tokens × $6/M = $3,942,000; × 1,000 out = 2.628B × $22.50/M = $59,130. At 200,000 in (not over) the
     * standard $3/M: 525.6B × $3/M = $1,576,800, and output at $15/M, $39,420.
     */
    @Test
    void sonnet4BillsAWholeCallAtTheLongContextRateAboveTwoHundredThousandInput() {
        List<CostLine> over = LlmCalls.lines(summariser("claude-sonnet-4", 250_000), CATALOG);
        assertThat(over.get(0).monthlyCost()).isCloseTo(3_942_000, within(1e-3));
        assertThat(over.get(1).monthlyCost()).isCloseTo(59_130, within(1e-6));
        assertThat(over.get(0).component()).contains("long-context rate: input over 200,000 tokens");
        List<CostLine> at = LlmCalls.lines(summariser("claude-sonnet-4", 200_000), CATALOG);
        assertThat(at.get(0).monthlyCost()).isCloseTo(1_576_800, within(1e-3));
        assertThat(at.get(1).monthlyCost()).isCloseTo(39_420, within(1e-6));
        assertThat(at.get(0).component()).isEqualTo("LLM input tokens (claude-sonnet-4)");
        // Within Sonnet 4's 1M window (with the 1M context beta): nothing refused.
        assertThat(LlmCalls.window(summariser("claude-sonnet-4", 250_000), CATALOG)).allMatch(LimitCheck::ok);
    }

    /**
     * Catalog review: Sonnet 4.5 bills a call with over 200K input at $6.00 / $22.50 as Sonnet 4 does, where Sonnet 4.6
     * (since 2026-03-13) and Opus 4.7 bill the whole 1M window at their base prices; Opus 4.5 takes 200K tokens
     * (platform.claude.com pricing, "Long context pricing", as pydantic/genai-prices gives it at 47df840a). At 1/s:
     * 2,628,000 calls × 300,000 in = 788.4B tokens; Sonnet 4.5 × $6/M = $4,730,400 and 2.628B out × $22.50/M =
     * $59,130; Sonnet 4.6 × $3/M = $2,365,200 and × $15/M = $39,420; Opus 4.7 × $5/M = $3,942,000 and × $25/M =
     * $65,700. Opus 4.5: 300,000 + 1,000 tokens do not fit its 200,000.
     */
    @Test
    void theClaudeFourPointFiveToFourPointEightModelsBillTheirOwnLongContextRules() {
        List<CostLine> sonnet45 = LlmCalls.lines(summariser("claude-sonnet-4-5", 300_000), CATALOG);
        assertThat(sonnet45.get(0).monthlyCost()).isCloseTo(4_730_400, within(1e-3));
        assertThat(sonnet45.get(1).monthlyCost()).isCloseTo(59_130, within(1e-6));
        List<CostLine> sonnet46 = LlmCalls.lines(summariser("claude-sonnet-4-6", 300_000), CATALOG);
        assertThat(sonnet46.get(0).monthlyCost()).isCloseTo(2_365_200, within(1e-3));
        assertThat(sonnet46.get(1).monthlyCost()).isCloseTo(39_420, within(1e-6));
        List<CostLine> opus47 = LlmCalls.lines(summariser("claude-opus-4-7", 300_000), CATALOG);
        assertThat(opus47.get(0).monthlyCost()).isCloseTo(3_942_000, within(1e-3));
        assertThat(opus47.get(1).monthlyCost()).isCloseTo(65_700, within(1e-6));
        assertThat(LlmCalls.window(summariser("claude-sonnet-4-6", 300_000), CATALOG)).allMatch(LimitCheck::ok);
        LimitCheck opus45 = LlmCalls.window(summariser("claude-opus-4-5", 300_000), CATALOG).get(0);
        assertThat(opus45.ok()).isFalse();
        assertThat(opus45.allowed()).isEqualTo("200,000 tokens (claude-opus-4-5)");
    }

    /**
     * GPT-4o's window is 128,000 tokens (platform.openai.com/docs/models/gpt-4o): 250,000 in and 1,000 out cannot be
     * sent, a hard limit at every rate that leaves no platform fitting; 120,000 + 1,000 fits. A model the catalog
     * gives no window (gpt-4.1) is checked against none.
     */
    @Test
    void aCallOverTheModelsContextWindowFitsNoPlatform() {
        Profile big = summariser("gpt-4o", 250_000);
        LimitCheck check = LlmCalls.window(big, CATALOG).get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(check.required()).isEqualTo("251,000 tokens a call (250,000 in, 1,000 out)");
        assertThat(check.allowed()).isEqualTo("128,000 tokens (gpt-4o)");
        for (Platform platform : Platforms.all()) {
            Assessment a = Platforms.assess(platform, big, LIST);
            assertThat(a.feasible()).as(platform.id()).isFalse();
            assertThat(a.lines()).as(platform.id()).isEmpty();
        }
        assertThat(LlmCalls.window(summariser("gpt-4o", 120_000), CATALOG).get(0).ok()).isTrue();
        assertThat(LlmCalls.window(summariser("gpt-4.1", 250_000), CATALOG)).isEmpty();
    }

    /**
     * Gemini 2.5 Flash, $0.30 in and $2.50 out a million tokens (ai.google.dev/gemini-api/docs/pricing, paid tier,
     * Standard). 5 requests a second is 5 × 2,628,000 = 13,140,000 calls a month: × 2,000 in = 26.28B tokens ×
     * $0.30/M = $7,884.00; × 500 out = 6.57B × $2.50/M = $16,425.00.
     */
    @Test
    void geminiFlashTokensArePricedAtGooglesPrices() {
        Profile p = TestProfiles.parse("name: g\ntraffic: {rate: 5/s}\nduration: 2s\ncpu_time: 100ms\n"
                + "memory: 512MB\ntimeout: 60s\nllm: {model: gemini-2.5-flash, input_tokens: 2000, "
                + "output_tokens: 500}\n");
        List<CostLine> lines = LlmCalls.lines(p, CATALOG);
        assertThat(lines).extracting(CostLine::key).containsExactly("llm.input-tokens", "llm.output-tokens");
        assertThat(lines.get(0).quantity()).isCloseTo(26.28e9, within(1e-2));
        assertThat(lines.get(0).monthlyCost()).isCloseTo(7_884.00, within(1e-6));
        assertThat(lines.get(1).quantity()).isCloseTo(6.57e9, within(1e-2));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(16_425.00, within(1e-6));
        assertThat(lines.get(1).component()).isEqualTo("LLM output tokens (gemini-2.5-flash)");
        assertThat(LlmCalls.window(p, CATALOG)).allMatch(LimitCheck::ok);
    }

    private static Profile fivePerSecond(String model) {
        return TestProfiles.parse("name: g\ntraffic: {rate: 5/s}\nduration: 2s\ncpu_time: 100ms\n"
                + "memory: 512MB\ntimeout: 60s\nllm: {model: " + model + ", input_tokens: 2000, "
                + "output_tokens: 500}\n");
    }

    /**
     * Gemini 3.5 Flash, GA since 2026-05-19: $1.50 in and $9.00 out a million tokens (ai.google.dev/gemini-api/docs/
     * pricing, paid tier, Standard, as pydantic/genai-prices, BerriAI/litellm and simstudioai/sim copy it). 5
     * requests a second is 5 × 2,628,000 = 13,140,000 calls a month: × 2,000 in = 26.28B tokens × $1.50/M =
     * $39,420.00; × 500 out = 6.57B × $9.00/M = $59,130.00.
     */
    @Test
    void geminiThreeFiveFlashTokensArePricedAtGooglesPrices() {
        Profile p = fivePerSecond("gemini-3.5-flash");
        List<CostLine> lines = LlmCalls.lines(p, CATALOG);
        assertThat(lines).extracting(CostLine::key).containsExactly("llm.input-tokens", "llm.output-tokens");
        assertThat(lines.get(0).quantity()).isCloseTo(26.28e9, within(1e-2));
        assertThat(lines.get(0).monthlyCost()).isCloseTo(39_420.00, within(1e-6));
        assertThat(lines.get(1).quantity()).isCloseTo(6.57e9, within(1e-2));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(59_130.00, within(1e-6));
        assertThat(lines.get(1).component()).isEqualTo("LLM output tokens (gemini-3.5-flash)");
        assertThat(LlmCalls.window(p, CATALOG)).singleElement().matches(LimitCheck::ok);
    }

    /**
     * Gemini 3.8 Flash is billed $0.75 in and $3.75 out a million through 2026-12-31 and "$1.50 starting January 1,
     * 2027", $7.50 out (Google's pricing page, as pydantic/genai-prices#678 and LiveBench/LiveBench#531 quote it):
     * the catalog carries the 2027 price, never less than the bill of the months after. The same 13,140,000 calls:
     * 26.28B in × $1.50/M = $39,420.00; 6.57B out × $7.50/M = $49,275.00 (at the introductory price, half that).
     */
    @Test
    void geminiThreeEightFlashIsPricedAtItsPriceFrom2027() {
        List<CostLine> lines = LlmCalls.lines(fivePerSecond("models/gemini-3.8-flash"), CATALOG);
        assertThat(lines.get(0).monthlyCost()).isCloseTo(39_420.00, within(1e-6));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(49_275.00, within(1e-6));
        assertThat(lines.get(0).component()).isEqualTo("LLM input tokens (gemini-3.8-flash)");
    }

    /**
     * Gemini 3.1 Pro Preview bills a whole request whose prompt is over 200K tokens at $4.00 in and $18.00 out a
     * million, within it $2.00 and $12.00; its customtools endpoint is priced alike (ai.google.dev/gemini-api/docs/
     * pricing; docs.cloud.google.com's 3.1 Pro page). 2,628,000 calls × 250,000 in = 657B × $4.00/M = $2,628,000;
     * × 1,000 out = 2.628B × $18/M = $47,304. At 200,000 in: 525.6B × $2.00/M = $1,051,200, and 2.628B × $12/M =
     * $31,536.
     */
    @Test
    void geminiThreeOneProBillsAWholeCallAtTheLongContextRateAboveTwoHundredThousandInput() {
        List<CostLine> over = LlmCalls.lines(summariser("gemini-3.1-pro-preview-customtools", 250_000), CATALOG);
        assertThat(over.get(0).monthlyCost()).isCloseTo(2_628_000, within(1e-3));
        assertThat(over.get(1).monthlyCost()).isCloseTo(47_304, within(1e-6));
        assertThat(over.get(1).component()).isEqualTo("LLM output tokens (gemini-3.1-pro-preview, long-context rate: "
                + "input over 200,000 tokens)");
        List<CostLine> at = LlmCalls.lines(summariser("gemini-3.1-pro-preview", 200_000), CATALOG);
        assertThat(at.get(0).monthlyCost()).isCloseTo(1_051_200, within(1e-3));
        assertThat(at.get(1).monthlyCost()).isCloseTo(31_536, within(1e-6));
    }

    /**
     * The Gemini API's resource name (models/…) and a versioned id name the same model: gemini-2.0-flash-001 is
     * gemini-2.0-flash, $0.10 in and $0.40 out a million; a preview id the GA model replaced at its price names it.
     */
    @Test
    void geminisResourceNameAndVersionedIdFindTheModel() {
        assertThat(LlmCalls.lines(llm("models/gemini-2.5-flash", ""), CATALOG).get(1).unitPrice())
                .isCloseTo(2.50e-6, within(1e-15));
        List<CostLine> lines = LlmCalls.lines(llm("gemini-2.0-flash-001", ""), CATALOG);
        assertThat(lines.get(0).unitPrice()).isCloseTo(0.10e-6, within(1e-15));
        assertThat(lines.get(1).unitPrice()).isCloseTo(0.40e-6, within(1e-15));
        assertThat(lines.get(0).component()).isEqualTo("LLM input tokens (gemini-2.0-flash)");
        // gemini-3.1-flash-lite-preview, shut down on 2026-05-25, was the GA gemini-3.1-flash-lite at $0.25 / $1.50.
        List<CostLine> lite = LlmCalls.lines(llm("gemini-3.1-flash-lite-preview", ""), CATALOG);
        assertThat(lite.get(0).unitPrice()).isCloseTo(0.25e-6, within(1e-15));
        assertThat(lite.get(1).unitPrice()).isCloseTo(1.50e-6, within(1e-15));
        assertThat(lite.get(1).component()).isEqualTo("LLM output tokens (gemini-3.1-flash-lite)");
    }

    /**
     * Gemini 2.5 Pro bills a whole request whose prompt is over 200K tokens at $2.50 in and $15.00 out a million,
     * within it $1.25 and $10.00 (ai.google.dev/gemini-api/docs/pricing). 2,628,000 calls × 250,000 in = 657B ×
     * $2.50/M = $1,642,500; × 1,000 out = 2.628B × $15/M = $39,420. At 200,000 in (not over): 525.6B × $1.25/M =
     * $657,000, and 2.628B × $10/M = $26,280.
     */
    @Test
    void geminiProBillsAWholeCallAtTheLongContextRateAboveTwoHundredThousandInput() {
        List<CostLine> over = LlmCalls.lines(summariser("gemini-2.5-pro", 250_000), CATALOG);
        assertThat(over.get(0).monthlyCost()).isCloseTo(1_642_500, within(1e-3));
        assertThat(over.get(1).monthlyCost()).isCloseTo(39_420, within(1e-6));
        assertThat(over.get(1).component()).isEqualTo("LLM output tokens (gemini-2.5-pro, long-context rate: input "
                + "over 200,000 tokens)");
        List<CostLine> at = LlmCalls.lines(summariser("gemini-2.5-pro", 200_000), CATALOG);
        assertThat(at.get(0).monthlyCost()).isCloseTo(657_000, within(1e-3));
        assertThat(at.get(1).monthlyCost()).isCloseTo(26_280, within(1e-6));
    }

    /**
     * Google limits a call's input alone: 1,048,576 tokens on Gemini 2.5 Flash ("Input token limit" on its model
     * page; the API's 400 says "The input token count (1200293) exceeds the maximum number of tokens allowed
     * (1048576)"). 1,100,000 in cannot be sent, a hard limit that leaves no platform fitting; 1,048,576 in and 1,000
     * out is sent, though the two together are over 1,048,576: the output is not counted against that limit.
     */
    @Test
    void aGeminiCallOverTheInputLimitFitsNoPlatform() {
        Profile big = summariser("gemini-2.5-flash", 1_100_000);
        List<LimitCheck> checks = LlmCalls.window(big, CATALOG);
        assertThat(checks).hasSize(1);
        LimitCheck check = checks.get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(check.limit()).isEqualTo("LLM context window");
        assertThat(check.required()).isEqualTo("1,100,000 input tokens a call");
        assertThat(check.allowed()).isEqualTo("1,048,576 input tokens (gemini-2.5-flash)");
        for (Platform platform : Platforms.all()) {
            Assessment a = Platforms.assess(platform, big, LIST);
            assertThat(a.feasible()).as(platform.id()).isFalse();
            assertThat(a.lines()).as(platform.id()).isEmpty();
        }
        assertThat(LlmCalls.window(summariser("gemini-2.5-flash", 1_048_576), CATALOG)).singleElement()
                .matches(LimitCheck::ok);
    }

    /**
     * Gemini 2.5 Flash's context-caching price is $0.03 a million, 0.1× its input price: 1/s, 3,000 in of which
     * 2,000 cached, is 2,628,000 × 2,000 = 5.256B cached tokens × $0.03/M = $157.68, and 2.628B uncached × $0.30/M =
     * $788.40.
     */
    @Test
    void geminiCachedInputIsAtItsContextCachingPrice() {
        List<CostLine> lines = LlmCalls.lines(cached("gemini-2.5-flash", "1/s", 3000, 2000), CATALOG);
        assertThat(lines.get(0).monthlyCost()).isCloseTo(788.40, within(1e-6));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(157.68, within(1e-6));
        assertThat(lines.get(1).component()).isEqualTo("LLM cached input tokens (gemini-2.5-flash)");
    }

    private static Profile tokens(String rate, String pattern, String burst, String limits) {
        return TestProfiles.parse("name: t\ntraffic: {rate: " + rate + ", pattern: " + pattern + ", burst: " + burst
                + "}\nduration: 10s\ncpu_time: 100ms\nmemory: 512MB\ntimeout: 60s\nfront_door: none\n"
                + "llm: {model: claude-sonnet-4, input_tokens: 1500, output_tokens: 400" + limits + "}\n");
    }

    /**
     * Review 2 F3. chat-api's rate: 20 requests a second, one call each, is 1,200 calls a minute, within 4,000 RPM;
     * × 400 output tokens = 480,000 output tokens a minute on average, over Anthropic Tier 4's 400,000 OTPM for
     * Sonnet: a hard limit no queue helps. Its input, 1,200 × 1,500 = 1,800,000 a minute, is within 2,000,000 ITPM.
     */
    @Test
    void outputTokensAMinuteOverTheOtpmFitNoPlatform() {
        Profile p = tokens("20/s", "flat", "1x", ", rate_limit_rpm: 4000, rate_limit_itpm: 2000000, "
                + "rate_limit_otpm: 400000");
        List<LimitCheck> checks = LlmCalls.limits(p, CATALOG);
        assertThat(checks).extracting(LimitCheck::limit).containsExactly("LLM rate limit",
                "LLM input-token rate limit", "LLM output-token rate limit");
        assertThat(checks.get(0).ok()).isTrue();
        assertThat(checks.get(1).ok()).isTrue();
        assertThat(checks.get(1).required()).isEqualTo("1,800,000 input tokens a minute at peak (with burst)");
        LimitCheck out = checks.get(2);
        assertThat(out.ok()).isFalse();
        assertThat(out.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(out.required()).isEqualTo("480,000 output tokens a minute on average (1,200 calls a minute × "
                + "400 output tokens each)");
        assertThat(out.allowed()).isEqualTo("400,000 a minute (rate_limit_otpm)");
        assertThat(out.workaround()).contains("at least 480,000 output tokens a minute").contains("shorter answer");
        assertThat(Platforms.sharedLimitsBlock(p, CATALOG)).isTrue();
        // An ITPM of 1,500,000 is under the 1,800,000 input tokens a minute: that too blocks.
        LimitCheck in = LlmCalls.limits(tokens("20/s", "flat", "1x", ", rate_limit_itpm: 1500000"), CATALOG).get(0);
        assertThat(in.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(in.required()).startsWith("1,800,000 input tokens a minute on average");
    }

    /**
     * 10 a second is 600 calls a minute, × 400 = 240,000 output tokens on average, within 300,000 OTPM; the half-day
     * peak runs at 1.5 × 240,000 = 360,000 a minute for hours: on an HTTP service, a higher limit or fewer tokens.
     */
    @Test
    void aPeakHourOfOutputTokensOverTheOtpmNeedsAHigherLimit() {
        LimitCheck check = LlmCalls.limits(tokens("10/s", HALF_DAY_PEAK, "1x", ", rate_limit_otpm: 300000"), CATALOG)
                .get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(check.required()).startsWith("360,000 output tokens a minute through the peak hour");
        assertThat(check.workaround()).contains("at least 360,000 output tokens a minute")
                .doesNotContain("queue in front");
    }

    /**
     * A flat 240,000 output tokens a minute with a 1.5× burst: 360,000 within the hour, over 300,000. The cap:
     * 300,000 / 60 = 5,000 tokens a second / 400 a call = 12.5 calls a second × 10 s = 125 requests in flight.
     */
    @Test
    void aBurstOfOutputTokensIsSmoothedUnderACap() {
        LimitCheck check = LlmCalls.limits(tokens("10/s", "flat", "1.5x", ", rate_limit_otpm: 300000"), CATALOG).get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.required()).isEqualTo("360,000 output tokens a minute at peak (with burst)");
        assertThat(check.workaround()).contains("queue in front")
                .contains("to stay under 300,000 LLM output tokens a minute, cap concurrency at 125 requests");
    }

    private static Profile cachedItpm(String model, String rate, String burst) {
        return TestProfiles.parse("name: i\ntraffic: {rate: " + rate + ", pattern: flat, burst: " + burst
                + "}\nduration: 10s\ncpu_time: 100ms\nmemory: 512MB\ntimeout: 60s\nfront_door: none\n"
                + "llm: {model: " + model + ", input_tokens: 10000, cached_input_tokens: 8000, output_tokens: 500, "
                + "rate_limit_itpm: 500000}\n");
    }

    /**
     * Review F3. Anthropic's ITPM counts only uncached input for most Claude models ("For most Claude models, only
     * uncached input tokens count towards your ITPM rate limits", docs.anthropic.com/en/api/rate-limits,
     * "Cache-aware ITPM"). claude-sonnet-4 at 2/s, 10,000 in of which 8,000 read from the cache: 120 calls a minute ×
     * 2,000 uncached = 240,000 a minute, within 500,000; counting the cache reads (120 × 10,000 = 1,200,000) said no
     * platform fits. At 5/s: 300 × 2,000 = 600,000 on average, over it.
     */
    @Test
    void cacheReadsDoNotCountTowardsAnthropicsItpmForMostModels() {
        Profile p = cachedItpm("claude-sonnet-4", "2/s", "1x");
        LimitCheck check = LlmCalls.limits(p, CATALOG).get(0);
        assertThat(check.limit()).isEqualTo("LLM input-token rate limit");
        assertThat(check.ok()).isTrue();
        assertThat(check.required()).isEqualTo("240,000 uncached input tokens a minute at peak (with burst)");
        assertThat(check.allowed()).isEqualTo("500,000 a minute (rate_limit_itpm; claude-sonnet-4's cache reads do "
                + "not count)");
        assertThat(Platforms.sharedLimitsBlock(p, CATALOG)).isFalse();
        for (Platform platform : Platforms.all()) {
            assertThat(Platforms.assess(platform, p, LIST).limits()).as(platform.id())
                    .filteredOn(l -> l.limit().equals("LLM input-token rate limit")).allMatch(LimitCheck::ok);
        }
        LimitCheck over = LlmCalls.limits(cachedItpm("claude-sonnet-4", "5/s", "1x"), CATALOG).get(0);
        assertThat(over.ok()).isFalse();
        assertThat(over.severity()).isEqualTo(LimitCheck.Severity.HARD);
        assertThat(over.required()).isEqualTo("600,000 uncached input tokens a minute on average (300 calls a "
                + "minute × 2,000 uncached input tokens each)");
        assertThat(over.workaround()).contains("at least 600,000 uncached input tokens a minute");
    }

    /**
     * A 3× burst on 2/s: 360 calls a minute × 2,000 uncached = 720,000, over 500,000: a queue or a cap smooths it.
     * The cap: 500,000 / 60 = 8,333.3 uncached tokens a second / 2,000 a call = 4.17 calls a second × 10 s = 41.7,
     * so 41 requests in flight.
     */
    @Test
    void theConcurrencyCapUnderTheItpmCountsTheUncachedTokens() {
        LimitCheck check = LlmCalls.limits(cachedItpm("claude-sonnet-4-6", "2/s", "3x"), CATALOG).get(0);
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(check.required()).isEqualTo("720,000 uncached input tokens a minute at peak (with burst)");
        assertThat(check.workaround()).contains("to stay under 500,000 LLM uncached input tokens a minute, cap "
                + "concurrency at 41 requests");
    }

    /**
     * The older models Anthropic's tables mark † count the cache reads ("Limit counts cache_read_input_tokens
     * towards ITPM usage": Claude Haiku 3.5 and 3), and a model with no published rule (OpenAI's GPT-4o: its TPM)
     * counts them too, never understating the rate: 120 calls a minute × 10,000 = 1,200,000, over 500,000 on
     * average, so no platform fits.
     */
    @Test
    void cacheReadsCountWhereTheLimitCountsThemOrNoRuleIsPublished() {
        for (String model : List.of("claude-3-5-haiku", "claude-3-haiku", "gpt-4o", "gemini-2.5-flash")) {
            Profile p = cachedItpm(model, "2/s", "1x");
            LimitCheck check = LlmCalls.limits(p, CATALOG).get(0);
            assertThat(check.ok()).as(model).isFalse();
            assertThat(check.severity()).as(model).isEqualTo(LimitCheck.Severity.HARD);
            assertThat(check.required()).as(model).isEqualTo("1,200,000 input tokens a minute on average (120 calls "
                    + "a minute × 10,000 input tokens each)");
            assertThat(check.allowed()).as(model).isEqualTo("500,000 a minute (rate_limit_itpm; cache reads counted)");
            assertThat(Platforms.sharedLimitsBlock(p, CATALOG)).as(model).isTrue();
        }
    }

    /** Which embedded models' ITPM leaves cache reads out (Anthropic's rate-limits page), and an overlay's default. */
    @Test
    void theCatalogSaysWhichModelsLimitsLeaveCacheReadsOut() throws Exception {
        for (String model : List.of("claude-opus-4", "claude-opus-4-1", "claude-sonnet-4", "claude-3-7-sonnet",
                "claude-sonnet-4-5", "claude-sonnet-4-6", "claude-opus-4-5", "claude-opus-4-6", "claude-haiku-4-5")) {
            assertThat(CATALOG.llmModel(model).orElseThrow().itpmCountsCacheReads()).as(model).isFalse();
        }
        for (String model : List.of("claude-3-5-haiku", "claude-3-haiku", "gpt-4o", "gpt-5", "gemini-2.5-pro")) {
            assertThat(CATALOG.llmModel(model).orElseThrow().itpmCountsCacheReads()).as(model).isTrue();
        }
        dev.costfit.pricing.Catalog overlaid = new dev.costfit.pricing.CatalogLoader().load(List.of(java.nio.file.Path
                .of(LlmCallsTest.class.getResource("/catalogs/llm-cache-rules.yaml").toURI())));
        assertThat(overlaid.llmModel("model-d").orElseThrow().itpmCountsCacheReads()).isTrue();
        assertThat(overlaid.llmModel("model-e").orElseThrow().itpmCountsCacheReads()).isFalse();
    }

    private static Profile cached(String model, String rate, long input, long cached) {
        return cachedOf(model, rate, input, cached, 400);
    }

    private static Profile cachedOf(String model, String rate, long input, long cached, long output) {
        return TestProfiles.parse("name: c\ntraffic: {rate: " + rate + "}\nduration: 10s\ncpu_time: 100ms\n"
                + "memory: 512MB\ntimeout: 60s\nllm: {model: " + model + ", input_tokens: " + input
                + ", cached_input_tokens: " + cached + ", output_tokens: " + output + "}\n");
    }

    /**
     * Review 2 F4, profile p1: 10/s, 3,000 tokens in of which 2,000 read from the cache, 400 out, Claude Sonnet 4.
     * A call: 1,000 × $3/M + 2,000 × $0.30/M (a cache read is 0.1× the input price, docs.anthropic.com pricing) =
     * $0.0036 in, 400 × $15/M = $0.006 out. A month is 26,280,000 calls: 26.28B uncached tokens, $78,840; 52.56B
     * cached, $15,768; 10.512B out, $157,680. Without the cache the input would be 78.84B × $3/M = $236,520.
     */
    @Test
    void cachedInputIsPricedAtTheModelsCachedPrice() {
        List<CostLine> lines = LlmCalls.lines(cached("claude-sonnet-4", "10/s", 3000, 2000), CATALOG);
        assertThat(lines).extracting(CostLine::key).containsExactly("llm.input-tokens", "llm.cached-input-tokens",
                "llm.output-tokens");
        assertThat(lines.get(0).quantity()).isCloseTo(26.28e9, within(1e-2));
        assertThat(lines.get(0).monthlyCost()).isCloseTo(78_840, within(1e-6));
        assertThat(lines.get(0).component()).isEqualTo("LLM input tokens (claude-sonnet-4, not cached)");
        assertThat(lines.get(1).quantity()).isCloseTo(52.56e9, within(1e-2));
        assertThat(lines.get(1).unitPrice()).isCloseTo(0.30e-6, within(1e-15));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(15_768, within(1e-6));
        assertThat(lines.get(1).component()).isEqualTo("LLM cached input tokens (claude-sonnet-4)");
        assertThat(lines.get(2).monthlyCost()).isCloseTo(157_680, within(1e-6));
        assertThat(lines).allMatch(CostLine::shared);
    }

    /**
     * A model the catalog gives no cached price (model-d of an overlay, $2.00 / $8.00: every embedded model now has
     * one) has its cached tokens billed at the full $2.00/M, never less than the bill. 1/s, 3,000 in, 2,000 cached:
     * 2,628,000 calls × 2,000 = 5.256B × $2/M = $10,512, and 2.628B uncached × $2/M = $5,256: $15,768, what 3,000
     * uncached would cost. GPT-4o's $1.25/M is the catalog's: 5.256B × $1.25/M = $6,570.
     */
    @Test
    void aModelWithoutACachedPriceBillsTheCachedTokensAtTheFullInputPrice() throws Exception {
        dev.costfit.pricing.Catalog overlaid = new dev.costfit.pricing.CatalogLoader().load(List.of(java.nio.file.Path
                .of(LlmCallsTest.class.getResource("/catalogs/llm-cache-rules.yaml").toURI())));
        List<CostLine> lines = LlmCalls.lines(cached("model-d", "1/s", 3000, 2000), overlaid);
        assertThat(lines.get(0).monthlyCost()).isCloseTo(5_256, within(1e-6));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(10_512, within(1e-6));
        assertThat(lines.get(1).component()).isEqualTo("LLM cached input tokens (model-d, at the full input price: "
                + "the catalog gives the model no cached price)");
        assertThat(LlmCalls.lines(cached("gpt-4o", "1/s", 3000, 2000), CATALOG).get(1).monthlyCost())
                .isCloseTo(6_570, within(1e-6));
    }

    /**
     * Review F2: the Claude 4.5 models had no cached price, so a cache read was billed at the full input price, ten
     * times Anthropic's bill ("Cache hits and refreshes", 0.1x the base input price: platform.claude.com/docs/en/
     * about-claude/pricing). claude-sonnet-4-5 at 2/s, 10,000 in of which 8,000 cached, 500 out: 5,256,000 calls a
     * month; 42.048B cached tokens × $0.30/M = $12,614.40 (it was × $3.00/M = $126,144.00); 10.512B uncached ×
     * $3.00/M = $31,536.00; 2.628B out × $15.00/M = $39,420.00.
     */
    @Test
    void claudeSonnet45CacheReadsAreATenthOfTheInputPrice() {
        List<CostLine> lines = LlmCalls.lines(cachedOf("claude-sonnet-4-5", "2/s", 10_000, 8_000, 500), CATALOG);
        assertThat(lines).extracting(CostLine::key).containsExactly("llm.input-tokens", "llm.cached-input-tokens",
                "llm.output-tokens");
        assertThat(lines.get(1).quantity()).isCloseTo(42.048e9, within(1e-2));
        assertThat(lines.get(1).unitPrice()).isCloseTo(0.30e-6, within(1e-15));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(12_614.40, within(1e-6));
        assertThat(lines.get(1).component()).isEqualTo("LLM cached input tokens (claude-sonnet-4-5)");
        assertThat(lines.get(0).monthlyCost()).isCloseTo(31_536, within(1e-6));
        assertThat(lines.get(2).monthlyCost()).isCloseTo(39_420, within(1e-6));
    }

    /**
     * Every Anthropic and OpenAI model of the catalog has its published cached-input price, the aliases with it:
     * Anthropic's page lists Sonnet 4.5 / 4.6 $0.30, Opus 4.5 / 4.6 $0.50, Haiku 4.5 $0.10 (with Opus 4 / 4.1 $1.50,
     * Sonnet 4 and 3.7 $0.30, Haiku 3.5 $0.08, Haiku 3 $0.03); OpenAI's GPT-4.1 $0.50, GPT-5 $0.125, GPT-5 mini
     * $0.025 (with GPT-4o $1.25, GPT-4o mini $0.075), as pydantic/genai-prices and simstudioai/sim copy them. At 1/s,
     * 2,000 of 3,000 tokens cached, the cached line is 5.256B tokens × that price.
     */
    @Test
    void everyAnthropicAndOpenAiModelHasItsPublishedCachedPrice() {
        java.util.Map<String, Double> published = new java.util.LinkedHashMap<>();
        published.put("claude-sonnet-4-5", 0.30);
        published.put("claude-sonnet-4-6", 0.30);
        published.put("claude-opus-4-5", 0.50);
        published.put("claude-opus-4-6", 0.50);
        published.put("claude-haiku-4-5", 0.10);
        published.put("claude-opus-4-1", 1.50);
        published.put("claude-sonnet-4", 0.30);
        published.put("claude-3-7-sonnet", 0.30);
        published.put("claude-3-5-haiku", 0.08);
        published.put("claude-3-haiku", 0.03);
        published.put("gpt-4.1", 0.50);
        published.put("gpt-5", 0.125);
        published.put("gpt-5-mini", 0.025);
        published.put("gpt-4o", 1.25);
        published.put("gpt-4o-mini", 0.075);
        published.forEach((model, price) -> {
            CostLine line = LlmCalls.lines(cached(model, "1/s", 3000, 2000), CATALOG).get(1);
            assertThat(line.monthlyCost()).as(model).isCloseTo(5.256e9 * price / 1e6, within(1e-6));
            assertThat(line.component()).as(model).doesNotContain("full input price");
        });
        assertThat(CATALOG.llmModels().values()).filteredOn(m -> m.id().startsWith("claude-")
                || m.id().startsWith("gpt-")).allMatch(m -> m.cachedInputPerMillion().isPresent());
    }

    /**
     * A Sonnet 4 call of 250,000 tokens in is billed at the long-context $6.00/M; the catalog gives that tier no
     * cached price, so 200,000 cached tokens are at $6.00/M too: 2,628,000 × 200,000 = 525.6B × $6/M = $3,153,600.
     */
    @Test
    void theLongContextTiersCachedTokensAreAtItsFullInputPrice() {
        CostLine line = LlmCalls.lines(cached("claude-sonnet-4", "1/s", 250_000, 200_000), CATALOG).get(1);
        assertThat(line.monthlyCost()).isCloseTo(3_153_600, within(1e-3));
        assertThat(line.component()).contains("at the full input price: the catalog gives this tier no cached price");
    }

    /** No cached tokens stated: the two lines as before, the input's label unchanged. */
    @Test
    void withoutCachedTokensTheLinesAreUnchanged() {
        List<CostLine> lines = LlmCalls.lines(cached("claude-sonnet-4", "1/s", 1500, 0), CATALOG);
        assertThat(lines).extracting(CostLine::key).containsExactly("llm.input-tokens", "llm.output-tokens");
        assertThat(lines.get(0).component()).isEqualTo("LLM input tokens (claude-sonnet-4)");
    }
}
