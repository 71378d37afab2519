package dev.costfit.recommend;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.platform.Platform;
import dev.costfit.platform.Platforms;
import dev.costfit.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A service that calls an LLM API but leaves cpu_time to its default is priced as if each request kept a vCPU busy
 * for all of its duration (DESIGN §3); the reasons say where stating cpu_time would change the answer.
 */
class CpuTimeLadderTest {

    private static Evaluator evaluator(String... ids) {
        return Evaluators.listPrices(ids);
    }

    /** 1 request a second, 10 s each, one LLM call: public subnets, no front door, no INIT billed. */
    private static Profile llmService(String rate, String extra) {
        return TestProfiles.parse("name: lad\ntraffic: {rate: " + rate + ", pattern: flat}\nduration: 10s\n"
                + "memory: 512MB\ntimeout: 60s\nfront_door: none\narchitecture: x86_64\ncold_start: {init: 0ms}\n"
                + "network: {clients: vpc, private: false}\n"
                + "llm: {model: claude-sonnet-4, input_tokens: 1000, output_tokens: 300}\n" + extra);
    }

    private static List<String> ladderReasons(ProfileResult result) {
        return result.recommendation().reasons().stream().filter(r -> r.contains("leaves cpu_time to its default"))
                .toList();
    }

    private static double cost(ProfileResult result, String id) {
        return result.assessments().stream().filter(a -> a.platform().equals(id)).findFirst()
                .map(Assessment::platformCost).orElseThrow();
    }

    /**
     * Unstated, Lambda bills 2,628,000 × 10 s × 0.5 GB × $0.0000166667 = $219.00 and Fargate needs a vCPU a request
     * in flight (10 of them, 14.3 at its 70% target): Lambda. With cpu_time: 5 s, Lambda must run the 5 s of CPU at
     * 1,180 MB (5 s ÷ (12.5 s − 5 s) = 0.667 vCPU, within the 25% slowdown; 1,180 ÷ 1,769 of a vCPU): 5 s + 7.496 s,
     * 14.40 GB-s a request, $630.71 a month; Fargate needs 7.14 vCPU, one 8-vCPU / 16 GB task: 730 h × (8 ×
     * $0.04048 + 16 × $0.004445) + its public IPv4's $3.65 = $291.97. Fargate, and the more so below.
     */
    @Test
    void anLlmServiceThatLeavesCpuTimeOutIsToldWhereStatingItChangesTheAnswer() {
        Evaluator both = evaluator("lambda", "fargate");
        ProfileResult unstated = both.evaluate(llmService("1/s", ""));
        assertThat(unstated.recommendation().chosen().orElseThrow().platform()).isEqualTo("lambda");
        assertThat(cost(unstated, "lambda")).isCloseTo(2_628_000 * 10 * 0.5 * 0.0000166667, within(2.0));
        assertThat(ladderReasons(unstated)).singleElement().asString()
                .contains("for all of its 10 s")
                // The most at the top rung, 5 s: $291.97 above and the LLM calls' 9.79 GB out at $0.09.
                .containsPattern("with cpu_time of 5 s or less, AWS Fargate \\(\\$[0-9.,]+ to \\$292\\.85 a month\\) "
                        + "would be recommended \\(state cpu_time");
        ProfileResult five = both.evaluate(llmService("1/s", "cpu_time: 5s\n"));
        double lambdaGbSeconds = 1180 / 1024.0 * Math.ceil((5 + 5 * 1769 / 1180.0) * 1000) / 1000;
        assertThat(cost(five, "lambda")).isCloseTo(2_628_000 * lambdaGbSeconds * 0.0000166667 + 0.5256,
                within(1.0)); // and its data transfer, under a dollar
        assertThat(cost(five, "fargate")).isCloseTo(730 * (8 * 0.04048 + 16 * 0.004445) + 3.65, within(1.0));
        assertThat(five.recommendation().chosen().orElseThrow().platform()).isEqualTo("fargate");
        assertThat(ladderReasons(five)).as("cpu_time stated").isEmpty();
    }

    /**
     * A server said to hold 40 requests at once says its requests wait, LLM or not (an expert review's case: 80 at
     * once, no cpu_time, recommended at $7,341 a month where 200 ms of CPU made it $92, and no reason said so).
     * The same service as above without its llm block: at cpu_time 5 s the one 8-vCPU task of the hand computation
     * above, $291.97, with no LLM calls' bytes out.
     */
    @Test
    void aServerOfManyRequestsAtOnceThatLeavesCpuTimeOutIsToldToo() {
        String service = "name: many\ntraffic: {rate: 1/s, pattern: flat}\nduration: 10s\nmemory: 512MB\n"
                + "timeout: 60s\nfront_door: none\narchitecture: x86_64\ncold_start: {init: 0ms}\n"
                + "network: {clients: vpc, private: false}\n";
        Evaluator both = evaluator("lambda", "fargate");
        ProfileResult many = both.evaluate(TestProfiles.parse(service + "concurrency_per_instance: 40\n"));
        assertThat(many.recommendation().chosen().orElseThrow().platform()).isEqualTo("lambda");
        assertThat(ladderReasons(many)).singleElement().asString()
                .startsWith("the profile has an instance serve 40 requests at once but leaves cpu_time to its "
                        + "default: every platform is priced as if a request kept a vCPU busy for all of its 10 s")
                .containsPattern("with cpu_time of 5 s or less, AWS Fargate \\(\\$[0-9.,]+ to \\$291\\.97 a month\\) "
                        + "would be recommended \\(state cpu_time: a server that holds many requests at once");
        // One at a time, stated or left to the default, says nothing of waiting.
        assertThat(ladderReasons(both.evaluate(TestProfiles.parse(service + "concurrency_per_instance: 1\n"))))
                .isEmpty();
        assertThat(ladderReasons(both.evaluate(TestProfiles.parse(service)))).isEmpty();
    }

    /** JSON carries the ladder the reason words, for machines: each rung's cpu_time and platform. */
    @Test
    void jsonCarriesEveryRung() throws Exception {
        Evaluator both = evaluator("lambda", "fargate");
        dev.costfit.report.RunInfo run = new dev.costfit.report.RunInfo("test", CATALOG, false, List.of("lambda",
                "fargate"), false);
        com.fasterxml.jackson.databind.JsonNode rec = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new dev.costfit.report.JsonReport().recommend(run, List.of(both.evaluate(llmService("1/s", "")))))
                .get("profiles").get(0).get("recommendation");
        com.fasterxml.jackson.databind.JsonNode ladder = rec.get("cpuTimeLadder");
        assertThat(ladder.get("durationSeconds").asDouble()).isEqualTo(10.0);
        List<Double> values = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode rung : ladder.get("rungs")) {
            values.add(rung.get("cpuTimeSeconds").asDouble());
            assertThat(rung.get("platform").asText()).isEqualTo("fargate");
            assertThat(rung.get("platformCost").asDouble()).isPositive();
        }
        assertThat(values).containsExactly(5.0, 2.0, 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01);
        // At 5 s, the one 8-vCPU task of the hand computation above.
        assertThat(ladder.get("rungs").get(0).get("platformCost").asDouble())
                .isCloseTo(730 * (8 * 0.04048 + 16 * 0.004445) + 3.65, within(1.0));
        com.fasterxml.jackson.databind.JsonNode stated = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new dev.costfit.report.JsonReport().recommend(run, List.of(both.evaluate(llmService("1/s",
                        "cpu_time: 5s\n"))))).get("profiles").get(0).get("recommendation");
        assertThat(stated.has("cpuTimeLadder")).isFalse();
    }

    /** A request an hour: Lambda's pennies against a task's $9 a month at any cpu_time. */
    @Test
    void whereNoRoundCpuTimeChangesTheAnswerTheReasonSaysSo() {
        ProfileResult rare = evaluator("lambda", "fargate").evaluate(llmService("1/h", ""));
        assertThat(ladderReasons(rare)).singleElement().asString()
                .endsWith("stating it would not change the answer (any cpu_time from 10 ms to 5 s asked)");
    }

    @Test
    void noLadderWithoutAnLlmCallOrForAJob() {
        Profile noLlm = TestProfiles.parse("name: x\ntraffic: {rate: 1/s}\nduration: 10s\nmemory: 512MB\n"
                + "timeout: 60s\n");
        assertThat(ladderReasons(evaluator().evaluate(noLlm))).isEmpty();
        Profile job = TestProfiles.parse("name: j\nkind: job\nschedule: {runs: 30/month, tasks: 2, duration: 10min}\n"
                + "memory: 1GB\ntimeout: 1h\nllm: {model: claude-sonnet-4, input_tokens: 1000, output_tokens: 300}\n");
        assertThat(ladderReasons(evaluator().evaluate(job))).isEmpty();
    }

    /**
     * Each rung's answer is found as a map's cell is, assessing only the platforms that can be recommended there, in
     * the store the profile's own assessments keep: over generated LLM services that leave cpu_time out, the reason
     * a report gives is the one every platform assessed afresh at every rung gives.
     */
    @Test
    void everyRungIsTheAnswerOfAssessingEveryPlatform() {
        Evaluator all = evaluator();
        Reasons.PlatformNames names = id -> Platforms.byId(id).map(Platform::displayName).orElse("no platform");
        int rungs = 0;
        int ladders = 0;
        for (String yaml : TestProfiles.portfolioYaml(36, 600, "lad", "cpu_time:", "steps:", "kind: job")) {
            if (!yaml.contains("llm:")) {
                continue;
            }
            Profile profile = TestProfiles.parse(yaml);
            ProfileResult result = all.evaluate(profile);
            java.util.Optional<CpuTimeLadder> ladder = CpuTimeLadder.of(profile, p -> {
                Recommender.Choice choice = all.choose(all.assessForSearch(p));
                return new CpuTimeLadder.Rung(choice.id(), choice.chosen().map(Assessment::platformCost)
                        .orElse(Double.NaN));
            });
            String chosen = result.recommendation().chosen().map(Assessment::platform).orElse("none");
            assertThat(ladderReasons(result)).as(yaml)
                    .isEqualTo(ladder.map(l -> List.of(l.reason(chosen, names))).orElse(List.of()));
            if (ladder.isPresent()) {
                ladders++;
                rungs += ladder.get().values().size();
            }
        }
        System.out.printf("cpu_time ladders: %d, %d rungs compared%n", ladders, rungs);
        assertThat(ladders).isGreaterThan(40);
        assertThat(rungs).isGreaterThan(300);
    }
}
