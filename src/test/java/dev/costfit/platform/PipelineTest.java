package dev.costfit.platform;

import static dev.costfit.TestProfiles.problems;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * Pipelines of steps (issue 16, item 1): functions run each step as a function chained by Step Functions, so each
 * step meets the function's limits; containers run the whole pipeline as one service.
 */
class PipelineTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    private static Profile pipeline(String rate, String steps, String... extra) {
        return TestProfiles.parse("name: p\ntraffic: {rate: " + rate + "}\nmemory: 1GB\ntimeout: 50min\n"
                + "front_door: none\nnetwork: {clients: vpc}\nsteps: " + steps + "\n" + String.join("\n", extra)
                + "\n");
    }

    private static Assessment on(String id, Profile p) {
        return Platforms.assess(Platforms.byId(id).orElseThrow(), p, LIST);
    }

    private static double sum(Assessment a, String keyPrefix) {
        return a.lines().stream().filter(l -> l.key().startsWith(keyPrefix)).mapToDouble(CostLine::quantity).sum();
    }

    private static final String FORTY_MINUTES = "[{name: extract, duration: 10min}, {name: transform, duration: "
            + "10min}, {name: enrich, duration: 10min}, {name: load, duration: 10min}]";

    @Test
    void aFortyMinutePipelineOfTenMinuteStepsFitsLambdaThroughStepFunctionsButNotAsOneFunction() {
        Profile steps = pipeline("100/day", FORTY_MINUTES);
        assertThat(steps.meanDuration().seconds()).isEqualTo(2400);
        Assessment lambda = on("lambda", steps);
        assertThat(lambda.usable()).as(lambda.violations().toString()).isTrue();
        assertThat(lambda.limits()).anyMatch(l -> l.limit().equals("step extract: timeout") && l.ok());
        // 100 a day is 3,041.67 executions a month; 4 transitions each (no Parallel state, no retries).
        assertThat(sum(lambda, "stepfunctions.transitions")).isCloseTo(100 * 730 / 24.0 * 4, within(1e-6));
        // The same 40 minutes as one function breaks Lambda's 15.
        Profile whole = TestProfiles.parse("name: w\ntraffic: {rate: 100/day}\nduration: 40min\nmemory: 1GB\n"
                + "timeout: 50min\nfront_door: none\n");
        Assessment single = on("lambda", whole);
        assertThat(single.feasible()).isFalse();
        assertThat(single.violations()).extracting(LimitCheck::limit).contains("timeout");
    }

    @Test
    void containersRunTheWholePipelineAsOneServiceOnItsCriticalPath() {
        // parse 0.3 s, then docs 1 s and web 2 s at once, then answer 8 s: critical path 0.3 + 2 + 8 = 10.3 s;
        // CPU 0.1 + 0.2 + 0.3 + 0.4 = 1 s, the sum of the steps'.
        Profile p = pipeline("5/s", "[{name: parse, duration: 300ms, cpu_time: 100ms}, {parallel: [{name: docs, "
                + "duration: 1s, cpu_time: 200ms}, {name: web, duration: 2s, cpu_time: 300ms}]}, {name: answer, "
                + "duration: 8s, cpu_time: 400ms}]");
        assertThat(p.meanDuration().seconds()).isCloseTo(10.3, within(1e-9));
        assertThat(p.cpuTime().seconds()).isCloseTo(1.0, within(1e-9));
        assertThat(p.cpuModel()).isTrue();
        Assessment fargate = on("fargate", p);
        assertThat(fargate.usable()).isTrue();
        assertThat(fargate.lines()).noneMatch(l -> l.key().startsWith("stepfunctions"));
        assertThat(fargate.notes()).anyMatch(n -> n.contains("critical path") && n.contains("10.3"));
        // On Lambda each step is a function: 4 of them, each invoked at the request rate.
        Assessment lambda = on("lambda", p);
        assertThat(lambda.lines()).filteredOn(l -> l.key().startsWith("lambda.requests@")).hasSize(4);
        assertThat(sum(lambda, "lambda.requests@docs")).isCloseTo(5 * 2_628_000.0, within(1e-3));
        // 4 steps and a Parallel state: 5 transitions an execution.
        assertThat(sum(lambda, "stepfunctions.transitions")).isCloseTo(5 * 5 * 2_628_000.0, within(1e-3));
    }

    @Test
    void standardTransitionsReproduceTheStepFunctionsWorkshop() {
        // aws-samples/the-aws-step-functions-workshop, module 13 "Review the Cost Impact": 3 transitions × 1,000
        // executions × $0.000025 = $0.075 (free tier not counted).
        Profile p = pipeline("1000/month", "[{name: a, duration: 1s}, {name: b, duration: 1s}, {name: c, "
                + "duration: 1s}]");
        CostLine transitions = on("lambda", p).lines().stream()
                .filter(l -> l.key().equals("stepfunctions.transitions")).findFirst().orElseThrow();
        assertThat(transitions.quantity()).isCloseTo(3000, within(1e-9));
        assertThat(transitions.monthlyCost()).isCloseTo(0.075, within(1e-12));
        // With --free-tier the first 4,000 transitions a month are free.
        Assessment free = Platforms.assess(Platforms.byId("lambda").orElseThrow(), p, new PricingContext(CATALOG,
                true));
        assertThat(sum(free, "stepfunctions.transitions")).isZero();
    }

    @Test
    void expressDurationReproducesTheStepFunctionsWorkshop() {
        // The same workshop: an Express execution of 11,300 ms in at most 64 MB costs 113 × $0.0000001042 =
        // $0.0000117746 of duration plus $0.000001 a request. The page's per-100 ms price is rounded; at the
        // Price List's $0.00001667 per GB-s it is 11.3 × 0.0625 × 0.00001667 = $0.00001177306.
        Profile p = pipeline("1000/month", "[{name: a, duration: 11300ms}]",
                "orchestrator: step-functions-express");
        Assessment lambda = on("lambda", p);
        double duration = lambda.lines().stream().filter(l -> l.key().startsWith("stepfunctions.express.duration"))
                .mapToDouble(CostLine::monthlyCost).sum();
        assertThat(duration / 1000).isCloseTo(0.0000117746, within(2e-9));
        assertThat(sum(lambda, "stepfunctions.express.requests")).isCloseTo(1000, within(1e-9));
        assertThat(lambda.lines()).noneMatch(l -> l.key().startsWith("stepfunctions.transitions"));
    }

    @Test
    void expressDurationOfThePricingPagesExampleAtThePriceListsUnits() {
        // The Step Functions pricing page's Express example: 100 million executions a month of 10 s in 64 MB, 62.5M
        // GB-s (17,361.11 GB-h): 3.6M GB-s in the first tier, 14.4M in the second, 44.5M beyond. The page prices them
        // at $0.06, $0.03 and $0.01642 per GB-hour ($60 + $120 + $202.97 = $382.97); the Price List bills per
        // GB-second, 3.6M × $0.00001667 + 14.4M × $0.00000833 + 44.5M × $0.00000456 = $60.012 + $119.952 + $202.92
        // = $382.884 (infracost's golden: 1,000 GB-h at $60.01). Plus 100M × $0.000001 = $100 of requests.
        Profile p = pipeline("100M/month", "[{name: a, duration: 5s}, {name: b, duration: 5s}]",
                "orchestrator: step-functions-express");
        Assessment lambda = on("lambda", p);
        double gbSeconds = sum(lambda, "stepfunctions.express.duration");
        assertThat(gbSeconds).isCloseTo(62_500_000, within(1e-3));
        double duration = lambda.lines().stream().filter(l -> l.key().startsWith("stepfunctions.express.duration"))
                .mapToDouble(CostLine::monthlyCost).sum();
        assertThat(duration).isCloseTo(60.012 + 119.952 + 202.92, within(1e-6));
        assertThat(lambda.lines().stream().filter(l -> l.key().equals("stepfunctions.express.requests"))
                .mapToDouble(CostLine::monthlyCost).sum()).isCloseTo(100, within(1e-9));
    }

    @Test
    void anExpressExecutionIsRoundedAtTheMeanWhereTheStepsStateNoSpread() {
        // Each execution bills its own time rounded up to 100 ms; steps state a mean and a max, no spread, so
        // every execution is taken to last the critical path's mean: 11,250 ms bills 11.3 s, and the report says so.
        Profile p = pipeline("1000/month", "[{name: a, duration: 11250ms, max: 30s}]",
                "orchestrator: step-functions-express");
        Assessment lambda = on("lambda", p);
        double duration = lambda.lines().stream().filter(l -> l.key().startsWith("stepfunctions.express.duration"))
                .mapToDouble(CostLine::monthlyCost).sum();
        assertThat(duration / 1000).isCloseTo(11.3 * 0.0625 * 0.00001667, within(1e-12));
        assertThat(lambda.assumptions()).anyMatch(a -> a.contains("taken at the mean of the critical path, 11.25 s: "
                + "11.3 s per execution") && a.contains("no spread"));
    }

    @Test
    void anExpressWorkflowEndsAtFiveMinutes() {
        Profile p = pipeline("100/day", FORTY_MINUTES, "orchestrator: step-functions-express");
        Assessment lambda = on("lambda", p);
        assertThat(lambda.feasible()).isFalse();
        assertThat(lambda.violations()).extracting(LimitCheck::limit).containsExactly("Express workflow duration");
    }

    @Test
    void theStatePassedBetweenStepsIsLimitedTo256Kb() {
        Profile p = pipeline("1/s", "[{name: a, duration: 1s, output: 300KB}, {name: b, duration: 1s}]");
        Assessment lambda = on("lambda", p);
        assertThat(lambda.feasible()).isFalse();
        assertThat(lambda.violations()).anyMatch(v -> v.limit().equals("state passed between steps")
                && v.required().contains("step a"));
        // Containers pass it in memory: no such limit.
        assertThat(on("fargate", p).feasible()).isTrue();
        // A Parallel state passes on the array of its branches' outputs: two of 200 KB are 400 KB (States'
        // 256 KB quota), though each alone is within it.
        Profile parallel = pipeline("1/s", "[{name: a, duration: 1s}, {parallel: [{name: b, duration: 1s, output: "
                + "200KB}, {name: c, duration: 1s, output: 200KB}]}, {name: d, duration: 1s}]");
        assertThat(on("lambda", parallel).violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("state passed between steps");
            assertThat(v.required()).isEqualTo("400 KB (the outputs of b and c together)");
        });
    }

    @Test
    void anExpressExecutionReturnsAResponseOfAt256KbAsItsOutput() {
        // The RAG example fitted Lambda and LMI with a 10 MB response, while a 300 KB request was refused: the caller
        // of a synchronous Express execution gets its output, held to 262,144 bytes (Step Functions quotas, "Maximum
        // input or output size for a task, state, or execution").
        String rag = rag();
        for (String id : java.util.List.of("lambda", "lambda-managed-instances")) {
            Assessment big = on(id, TestProfiles.parse(rag.replace("response: 16KB", "response: 10MB")));
            assertThat(big.feasible()).isFalse();
            // (The REST API's 29 s integration timeout is a quota, raised on request: it does not block.)
            assertThat(big.violations()).filteredOn(LimitCheck::blocks).singleElement().satisfies(v -> {
                assertThat(v.limit()).isEqualTo("response returned by the Express execution");
                assertThat(v.required()).startsWith("10 MB");
                assertThat(v.allowed()).isEqualTo("256 KB");
                assertThat(v.workaround()).contains("write the result to S3 and return its key");
            });
            // 256 KB is the quota itself (262,144 bytes): it fits; 257 KB does not.
            assertThat(on(id, TestProfiles.parse(rag.replace("response: 16KB", "response: 256KB"))).feasible())
                    .isTrue();
            assertThat(on(id, TestProfiles.parse(rag.replace("response: 16KB", "response: 257KB"))).violations())
                    .filteredOn(LimitCheck::blocks).extracting(LimitCheck::limit)
                    .containsExactly("response returned by the Express execution");
        }
    }

    @Test
    void aStandardWorkflowsDoorAnswersAtOnceSoItsResponseIsNotTheState() {
        // StartExecution returns no output: a 10 MB response is delivered some other way, not through the state.
        Profile standard = TestProfiles.parse(rag().replace("orchestrator: step-functions-express",
                "orchestrator: step-functions-standard").replace("response: 16KB", "response: 10MB"));
        Assessment lambda = on("lambda", standard);
        assertThat(lambda.feasible()).as(lambda.violations().toString()).isTrue();
        assertThat(lambda.limits()).noneMatch(l -> l.limit().startsWith("response returned"));
        // Nor is a queue's: no caller waits for the execution's result.
        Profile queued = TestProfiles.parse(rag().replace("response: 16KB", "response: 10MB")
                .replace("traffic:", "trigger: queue\ntraffic:"));
        assertThat(on("lambda", queued).limits()).noneMatch(l -> l.limit().startsWith("response returned"));
    }

    /** The RAG example: an Express workflow behind an HTTP door, its response 16 KB. */
    private static String rag() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("profiles/rag-pipeline.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void retriesAreMoreInvocationsAndMoreTransitions() {
        // attempts 1.5: half the executions run the step twice: 1.5 × the invocations and 1.5 transitions.
        Profile p = pipeline("1/s", "[{name: a, duration: 1s, attempts: 1.5}]");
        Assessment lambda = on("lambda", p);
        assertThat(sum(lambda, "lambda.requests@a")).isCloseTo(1.5 * 2_628_000, within(1e-3));
        assertThat(sum(lambda, "stepfunctions.transitions")).isCloseTo(1.5 * 2_628_000, within(1e-3));
        // The critical path counts the retries: 1.5 s on average, 2 s at the longest.
        assertThat(p.meanDuration().seconds()).isCloseTo(1.5, within(1e-12));
        assertThat(p.longestDuration().seconds()).isCloseTo(2, within(1e-12));
    }

    @Test
    void onGoogleTheStepsAreFunctionsAndWorkflowsIsSaidNotToBePriced() {
        Profile p = pipeline("1/s", "[{name: a, duration: 1s}, {name: b, duration: 2s}]");
        Assessment gen2 = on("cloud-functions-gen2", p);
        assertThat(gen2.usable()).isTrue();
        assertThat(gen2.notes()).anyMatch(n -> n.contains("Workflows") && n.contains("not priced"));
        assertThat(gen2.lines()).anyMatch(l -> l.key().endsWith("@a")).anyMatch(l -> l.key().endsWith("@b"));
    }

    @Test
    void theFrontDoorIsPricedOncePerRequestNotPerStep() {
        // A 20 s timeout keeps the HTTP API (within its 30 s integration timeout): 2,628,000 requests a month.
        Profile p = TestProfiles.parse("name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 20s\nsteps: "
                + "[{name: a, duration: 1s}, {name: b, duration: 1s}, {name: c, duration: 1s}]\n");
        Assessment lambda = on("lambda", p);
        assertThat(sum(lambda, "apigw.http.requests")).isCloseTo(2_628_000, within(1e-3));
    }

    @Test
    void aPipelineStatesNeitherDurationNorCpuTime() {
        String base = "name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 60s\nsteps: [{name: a, duration: 1s}]\n";
        assertThat(problems(base + "duration: 2s\n")).contains("critical path");
        assertThat(problems(base + "cpu_time: 1s\n")).contains("sum of the steps");
        assertThat(problems(base.replace("[{name: a, duration: 1s}]",
                "[{name: a, duration: 1s}, {name: a, duration: 2s}]"))).contains("two steps are named 'a'");
        assertThat(problems(base.replace("duration: 1s}", "duration: 1s, cpus: 2}"))).contains("no key 'cpus'");
        assertThat(problems(base.replace("duration: 1s}", "duration: 1}"))).contains("step 'a'")
                .contains("line 5");
    }
}
