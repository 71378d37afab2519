package dev.costfit.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;

/** The Monte Carlo over a profile's ranges, against hand computations and the single-value run. */
class RangeAnalysisTest {

    private static Evaluator evaluator(String... ids) {
        return Evaluators.listPrices(ids);
    }

    /**
     * A chat API (an LLM call, mostly waiting) with the given rate, mean duration and cpu_time; flat traffic, so
     * that a scenario is one hour's model (a business-hours week is 168 of them, too slow for a unit test).
     */
    private static Profile chat(String rate, String mean, String cpu) {
        return TestProfiles.parse("name: chat\ntraffic: {rate: " + rate + ", burst: 3x}\n"
                + "duration: {mean: " + mean + ", p50: 4s, p95: 30s}\ncpu_time: " + cpu + "\nmemory: 512MB\n"
                + "timeout: 120s\nconcurrency_per_instance: 40\nruntime: python\n");
    }

    @Test
    void theSameSeedGivesTheSameAnalysisAndAnotherSeedOtherDraws() {
        Profile profile = chat("{low: 5/s, expected: 20/s, high: 60/s}", "6s", "150ms");
        Evaluator evaluator = evaluator();
        RangeAnalysis first = RangeAnalysis.run(evaluator, profile, 42, 60);
        RangeAnalysis again = RangeAnalysis.run(evaluator, profile, 42, 60);
        RangeAnalysis other = RangeAnalysis.run(evaluator, profile, 43, 60);
        assertThat(again).isEqualTo(first);
        assertThat(other.spreads()).isNotEqualTo(first.spreads());
        assertThat(first.cheapest().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
        assertThat(first.recommended().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
    }

    /**
     * A range of one point (low = expected = high) in all three fields: every scenario is the profile itself, so
     * each platform's P10, P50 and P90 are exactly the figure the single-value run prints, and the recommendation
     * wins every scenario.
     */
    @Test
    void aDegenerateRangeReproducesTheSingleValueRunExactly() {
        Profile ranged = chat("{low: 20/s, expected: 20/s, high: 20/s}", "{low: 6s, expected: 6s, high: 6s}",
                "{low: 150ms, expected: 150ms, high: 150ms}");
        assertThat(ranged.ranges().any()).isTrue();
        Profile single = chat("20/s", "6s", "150ms");
        Evaluator evaluator = evaluator();
        ProfileResult result = evaluator.evaluate(single, false);
        RangeAnalysis analysis = RangeAnalysis.run(evaluator, ranged, 7, 50);
        int compared = 0;
        for (Assessment a : result.assessments().stream().filter(Assessment::usable).toList()) {
            RangeAnalysis.Spread s = analysis.spreads().stream().filter(x -> x.platform().equals(a.platform()))
                    .findFirst().orElseThrow();
            assertThat(s.fits()).isEqualTo(50);
            assertThat(s.p10().getAsDouble()).isEqualTo(a.platformCost());
            assertThat(s.p50().getAsDouble()).isEqualTo(a.platformCost());
            assertThat(s.p90().getAsDouble()).isEqualTo(a.platformCost());
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(5);
        String chosen = result.recommendation().chosen().orElseThrow().platform();
        assertThat(analysis.recommended()).containsExactly(java.util.Map.entry(chosen, 50));
    }

    /**
     * SweepTest's hand-computed crossing: Lambda and one always-on Fargate task cost the same at r* = 0.40177/s
     * (pricing-reference.md §1.1, §2); Lambda is cheaper below, Fargate above. With the rate triangular over
     * (0.2/s, 0.4/s, 0.8/s), Lambda is cheapest with probability F(r*) = 1 − (0.8 − r*)² / ((0.8 − 0.2)(0.8 − 0.4))
     * = 0.33923. Over n = 2,000 scenarios the share is binomial: it must lie within 4 standard deviations,
     * 4·√(p(1 − p)/n) = 0.0423, of F(r*) (a false alarm about 1 in 16,000 seeds; this seed is fixed).
     */
    @Test
    void theShareOfScenariosOnEachSideOfTheBreakEvenRateIsTheDistributionsCdfThere() {
        Profile profile = TestProfiles.service("{low: 0.2/s, expected: 0.4/s, high: 0.8/s}", "1s", "512MB",
                "cpu_time: 0ms", "concurrency_per_instance: 10", "cold_start: {init: 0ms}", "architecture: x86_64");
        double perRequest = 0.2e-6 + 0.5 * 0.0000166667;
        double task = 730 * (0.25 * 0.04048 + 0.5 * 0.004445);
        double crossing = task / (2_628_000 * perRequest);
        double cdf = 1 - Math.pow(0.8 - crossing, 2) / ((0.8 - 0.2) * (0.8 - 0.4));
        assertThat(cdf).isCloseTo(0.33923, within(0.00001));
        int n = 2000;
        RangeAnalysis analysis = RangeAnalysis.run(evaluator("lambda", "fargate"), profile, 1, n);
        double lambdaShare = analysis.share(analysis.cheapest().getOrDefault("lambda", 0));
        double fargateShare = analysis.share(analysis.cheapest().getOrDefault("fargate", 0));
        double tolerance = 4 * Math.sqrt(cdf * (1 - cdf) / n);
        assertThat(lambdaShare).isCloseTo(cdf, within(tolerance));
        assertThat(lambdaShare + fargateShare).isEqualTo(1.0);
    }

    /**
     * Cost is non-decreasing in load: the same seed draws the same quantiles, so a range 1.5 times higher gives a
     * higher rate in every scenario, and no percentile of a platform that fits throughout may fall.
     */
    @Test
    void aHigherRangeNeverLowersAPercentile() {
        Evaluator evaluator = evaluator();
        RangeAnalysis low = RangeAnalysis.run(evaluator,
                chat("{low: 5/s, expected: 10/s, high: 30/s}", "{low: 3s, expected: 6s, high: 9s}", "150ms"), 3,
                100);
        RangeAnalysis high = RangeAnalysis.run(evaluator,
                chat("{low: 7.5/s, expected: 15/s, high: 45/s}", "{low: 4.5s, expected: 9s, high: 13.5s}", "150ms"),
                3, 100);
        int compared = 0;
        for (RangeAnalysis.Spread below : low.spreads()) {
            RangeAnalysis.Spread above = high.spreads().stream().filter(s -> s.platform().equals(below.platform()))
                    .findFirst().orElseThrow();
            if (below.fits() < 100 || above.fits() < 100) {
                continue;
            }
            assertThat(above.p10().getAsDouble()).as(below.platform()).isGreaterThanOrEqualTo(below.p10().getAsDouble());
            assertThat(above.p50().getAsDouble()).as(below.platform()).isGreaterThanOrEqualTo(below.p50().getAsDouble());
            assertThat(above.p90().getAsDouble()).as(below.platform()).isGreaterThanOrEqualTo(below.p90().getAsDouble());
            compared += 3;
        }
        assertThat(compared).isGreaterThanOrEqualTo(12);
    }

    /** The triangular quantile by hand: over (0, 1, 2), F(x) = x²/2 below the mode, 1 − (2 − x)²/2 above. */
    @Test
    void theTriangularQuantileInvertsItsCdf() {
        Triangular t = new Triangular(0, 1, 2);
        assertThat(t.quantile(0.125)).isCloseTo(0.5, within(1e-12));
        assertThat(t.quantile(0.5)).isCloseTo(1.0, within(1e-12));
        assertThat(t.quantile(0.875)).isCloseTo(1.5, within(1e-12));
        assertThat(new Triangular(3, 3, 3).quantile(0.7)).isEqualTo(3.0);
    }

    /** Nearest rank: of 1..10, P10 is the 1st value, P50 the 5th, P90 the 9th. */
    @Test
    void percentilesAreByNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(RangeAnalysis.percentile(sorted, 0.10).getAsDouble()).isEqualTo(1);
        assertThat(RangeAnalysis.percentile(sorted, 0.50).getAsDouble()).isEqualTo(5);
        assertThat(RangeAnalysis.percentile(sorted, 0.90).getAsDouble()).isEqualTo(9);
        assertThat(RangeAnalysis.percentile(new double[0], 0.5)).isEmpty();
    }

    /**
     * A chat API at a flat 1/s (2,628,000 requests a month: 730 h × 3,600 s) that calls claude-sonnet-4, $3.00 per
     * million input tokens and $15.00 per million output tokens (catalog.yaml llm_models, from
     * https://docs.anthropic.com/en/docs/about-claude/pricing; pricing-reference.md §8). Public subnets: no NAT
     * gateway, so output tokens move no byte any platform bills (only prompts leave as egress).
     */
    private static Profile llmChat(String rate, String inputTokens, String outputTokens) {
        return TestProfiles.parse("name: chat\ntraffic: {rate: " + rate + "}\nduration: 2s\ncpu_time: 50ms\n"
                + "memory: 512MB\ntimeout: 30s\nconcurrency_per_instance: 20\nnetwork: {private: false}\n"
                + "llm: {model: claude-sonnet-4, input_tokens: " + inputTokens + ", output_tokens: " + outputTokens
                + "}\n");
    }

    /** 2,628,000 requests × $15.00 per million output tokens: what one more output token a call costs a month. */
    private static final double PER_OUTPUT_TOKEN = 2_628_000 * 15.00e-6;

    /**
     * Only output tokens ranged, triangular over (200, 400, 1,000). No platform's own bill depends on them, so every
     * platform's P10 = P50 = P90 = its single-value cost and the recommendation wins every scenario; the LLM tokens'
     * band carries the range. At the expected 400 tokens the tokens cost 2,628,000 × (1,500 × $3 + 400 × $15) / 1M
     * = $11,826 + $15,768 = $27,594. The triangular median is 1,000 − √(0.5 × 800 × 600) = 510.10 tokens, so the P50
     * is $27,594 + 110.10 × $39.42 = $31,934.2. Over n = 400 draws the sample median's standard error is
     * 1 / (2 f(m) √n) with f(m) = 2 (1,000 − 510.10) / (800 × 600) = 0.0020412: 12.25 tokens; the P50 must lie within
     * 4 of them. Drawn counts are rounded to whole tokens, so P50 − $27,594 is a whole number of $39.42.
     */
    @Test
    void anOutputTokenRangeWidensTheLlmTokensBandAndMovesNoPlatformsOwnCost() {
        Profile profile = llmChat("1/s", "1500", "{low: 200, expected: 400, high: 1000}");
        assertThat(profile.llm().orElseThrow().outputTokens()).isEqualTo(400);
        Evaluator evaluator = evaluator();
        ProfileResult single = evaluator.evaluate(profile, false);
        int n = 400;
        RangeAnalysis analysis = RangeAnalysis.run(evaluator, profile, 11, n);
        assertThat(analysis.varied()).containsExactly("llm.output_tokens");
        int compared = 0;
        for (Assessment a : single.assessments().stream().filter(Assessment::usable).toList()) {
            assertThat(a.sharedCost()).as(a.platform()).isCloseTo(27_594, within(1e-6));
            RangeAnalysis.Spread s = analysis.spreads().stream().filter(x -> x.platform().equals(a.platform()))
                    .findFirst().orElseThrow();
            assertThat(s.fits()).isEqualTo(n);
            assertThat(s.p10().getAsDouble()).as(a.platform()).isEqualTo(a.platformCost());
            assertThat(s.p50().getAsDouble()).as(a.platform()).isEqualTo(a.platformCost());
            assertThat(s.p90().getAsDouble()).as(a.platform()).isEqualTo(a.platformCost());
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(5);
        String chosen = single.recommendation().chosen().orElseThrow().platform();
        assertThat(analysis.recommended()).containsExactly(java.util.Map.entry(chosen, n));

        RangeAnalysis.Band tokens = analysis.llmTokens().orElseThrow();
        assertThat(tokens.priced()).isEqualTo(n);
        double median = 1000 - Math.sqrt(0.5 * 800 * 600);
        assertThat(median).isCloseTo(510.10, within(0.005));
        double standardError = 1 / (2 * (2 * (1000 - median) / (800.0 * 600)) * Math.sqrt(n));
        assertThat(standardError).isCloseTo(12.25, within(0.005));
        assertThat(tokens.p50()).isCloseTo(27_594 + (median - 400) * PER_OUTPUT_TOKEN,
                within(4 * standardError * PER_OUTPUT_TOKEN));
        double tokensAboveExpected = (tokens.p50() - 27_594) / PER_OUTPUT_TOKEN;
        assertThat(tokensAboveExpected).isCloseTo(Math.rint(tokensAboveExpected), within(1e-6));
        // Every band lies between the tokens' cost at low (200) and at high (1,000).
        assertThat(tokens.p10()).isGreaterThanOrEqualTo(27_594 - 200 * PER_OUTPUT_TOKEN - 1e-6)
                .isLessThanOrEqualTo(tokens.p50());
        assertThat(tokens.p90()).isGreaterThanOrEqualTo(tokens.p50())
                .isLessThanOrEqualTo(27_594 + 600 * PER_OUTPUT_TOKEN + 1e-6);
    }

    /**
     * A scenario prices its drawn tokens, rounded to whole tokens: an input draw of 2,499.6 is 2,500 tokens,
     * 2,628,000 × 2,500 × $3.00 / 1M = $19,710 a month; the output line keeps its stated 400 tokens, $15,768.
     */
    @Test
    void aScenarioPricesItsDrawnTokensRoundedToWholeTokens() {
        Profile profile = llmChat("1/s", "{low: 1000, expected: 1500, high: 4000}", "400");
        double[] draw = new double[RangeAnalysis.Varied.values().length];
        draw[RangeAnalysis.Varied.INPUT_TOKENS.ordinal()] = 2499.6;
        Profile scenario = RangeAnalysis.scenario(profile, draw);
        assertThat(scenario.llm().orElseThrow().inputTokens()).isEqualTo(2500);
        assertThat(scenario.llm().orElseThrow().outputTokens()).isEqualTo(400);
        assertThat(scenario.meanDuration()).isEqualTo(profile.meanDuration());
        Assessment lambda = evaluator("lambda").evaluate(scenario, false).assessments().get(0);
        var lines = lambda.lines().stream().filter(dev.costfit.assessment.CostLine::shared).toList();
        assertThat(lines).extracting(dev.costfit.assessment.CostLine::key)
                .containsExactly("llm.input-tokens", "llm.output-tokens");
        assertThat(lines.get(0).monthlyCost()).isCloseTo(19_710, within(1e-6));
        assertThat(lines.get(1).monthlyCost()).isCloseTo(15_768, within(1e-6));
    }

    /**
     * Draws are made field by field: adding an output-token range to a profile with a rate range leaves the rate's
     * draws as they were. Output tokens move no platform's own bill here (no NAT), so the platforms' percentiles
     * and the shares of scenarios are exactly the rate-only run's, scenario for scenario; and the same seed gives
     * the same analysis, LLM tokens' band included.
     */
    @Test
    void aTokenRangeLeavesTheOtherFieldsDrawsAloneAndASeedIsReproducible() {
        Evaluator evaluator = evaluator();
        String rate = "{low: 0.5/s, expected: 1/s, high: 3/s}";
        RangeAnalysis rateOnly = RangeAnalysis.run(evaluator, llmChat(rate, "1500", "400"), 5, 60);
        Profile both = llmChat(rate, "1500", "{low: 200, expected: 400, high: 1000}");
        RangeAnalysis withTokens = RangeAnalysis.run(evaluator, both, 5, 60);
        assertThat(withTokens.varied()).containsExactly("traffic.rate", "llm.output_tokens");
        assertThat(withTokens.spreads()).isEqualTo(rateOnly.spreads());
        assertThat(withTokens.cheapest()).isEqualTo(rateOnly.cheapest());
        assertThat(withTokens.recommended()).isEqualTo(rateOnly.recommended());
        assertThat(withTokens.llmTokens()).isNotEqualTo(rateOnly.llmTokens());
        assertThat(RangeAnalysis.run(evaluator, both, 5, 60)).isEqualTo(withTokens);
        assertThat(RangeAnalysis.run(evaluator, both, 6, 60).llmTokens()).isNotEqualTo(withTokens.llmTokens());
    }
}
