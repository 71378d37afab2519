package dev.costfit.platform;

import static dev.costfit.TestProfiles.problems;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Pipeline;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * A pipeline's steps are checked one by one on functions, but the request is still one whole (a review's findings):
 * a container running every step holds the largest step's memory, no step's timeout outlasts the request's, the
 * steps on their settings end the request within its timeout, and the front door waits for the whole path.
 */
class PipelineWholeRequestTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    private static Assessment on(String id, Profile p) {
        return Platforms.assess(Platforms.byId(id).orElseThrow(), p, LIST);
    }

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static Profile pipeline(String memory, String timeout, String steps, String... extra) {
        return TestProfiles.parse("name: p\ntraffic: {rate: 1/s}\nmemory: " + memory + "\ntimeout: " + timeout
                + "\nsteps: " + steps + "\n" + String.join("\n", extra) + "\n");
    }

    // --- one service runs every step: it holds the largest step's memory ---

    @Test
    void aContainerRunningEveryStepHoldsTheLargestStepsMemory() {
        // ocr needs 8 GB, the profile (every other step) 1 GB: one task, pod or environment runs both steps.
        Profile p = pipeline("1GB", "300s", "[{name: ocr, duration: 4s, cpu_time: 3s, memory: 8GB}, "
                + "{name: store, duration: 200ms, cpu_time: 20ms}]");
        Assessment fargate = on("fargate", p);
        assertThat(fargate.usable()).isTrue();
        assertThat(figure(fargate, "taskMemoryGb")).isGreaterThanOrEqualTo(8);
        assertThat(figure(on("eks", p), "podMemoryGb")).isGreaterThanOrEqualTo(8);
        assertThat(figure(on("lambda-managed-instances", p), "environmentMemoryGb")).isGreaterThanOrEqualTo(8);
        assertThat(fargate.assumptions()).anyMatch(a -> a.contains("sized for the largest step")
                && a.contains("8 GB") && a.contains("step ocr"));
        // Lambda runs ocr as its own function at 8,192 MB at least.
        assertThat(on("lambda", p).limits()).anyMatch(l -> l.limit().equals("step ocr: memory")
                && l.required().equals("8,192 MB"));
    }

    @Test
    void aStepThatFitsNoContainerMakesThemUnfitWithTheirOwnLimit() {
        // 300 GB: beyond Fargate's largest task, 32 vCPU / 244 GB (pricing-reference §2.3, 2026 ECS docs), and an
        // LMI execution environment's 32 GB; the profile's own 1 GB fits both.
        Profile p = pipeline("1GB", "3h", "[{name: a, duration: 1s}, {name: big, duration: 2h, memory: 300GB}]");
        Assessment fargate = on("fargate", p);
        assertThat(fargate.feasible()).isFalse();
        assertThat(fargate.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("task size");
            assertThat(v.required()).contains("300 GB");
            assertThat(v.allowed()).isEqualTo("at most 32 vCPU, 244 GB");
            assertThat(v.workaround()).isNotBlank();
        });
        assertThat(fargate.assumptions()).anyMatch(a -> a.contains("300 GB") && a.contains("step big"));
        assertThat(on("lambda-managed-instances", p).violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("execution environment memory");
            assertThat(v.required()).isEqualTo("300 GB");
        });
    }

    // --- no step's timeout outlasts the request's ---

    @Test
    void aStepTimeoutLongerThanTheProfilesIsRefusedWhereTheStepStatesIt() {
        String yaml = "name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 100s\nsteps:\n"
                + "  - {name: a, duration: 1s}\n"
                + "  - {name: slow, duration: 30s, max: 50s, timeout: 900s}\n";
        String message = problems(yaml);
        // The step's timeout value: line 7, column 52.
        assertThat(message).contains("test.yaml:7:52: steps: step 'slow': timeout 15 min is longer than the "
                + "profile's timeout on line 4, 100 s");
        // Within a parallel group too; a step timeout equal to the profile's is accepted.
        assertThat(problems(yaml.replace("  - {name: slow, duration: 30s, max: 50s, timeout: 900s}",
                "  - parallel: [{name: b, duration: 2s}, {name: c, duration: 2s, timeout: 2min}]")))
                .contains("test.yaml:7:74: steps: step 'c': timeout 2 min");
        assertThat(TestProfiles.parse(yaml.replace("900s", "100s")).glue().pipeline()).isPresent();
    }

    // --- the steps on their settings end the request within its timeout ---

    @Test
    void aStepsDefaultTimeoutIsItsShareOfTheRequestsWhereThatIsTighterThanItsSlowdown() {
        // Two steps of 40 s (45 s at the longest) under 95 s: each may take 45 × 95 / 90 = 47.5 s, less than the
        // 45 × 1.25 = 56.25 s latency.max_slowdown's 25% would allow; 40 s steps of 5 s alone keep the 25%.
        Profile p = pipeline("1GB", "95s", "[{name: x, duration: 40s, max: 45s, cpu_time: 8s}, "
                + "{name: y, duration: 40s, max: 45s, cpu_time: 8s}]");
        Pipeline steps = p.glue().pipeline().orElseThrow();
        assertThat(steps.timeoutOf(steps.steps().get(0), p.serviceTimeout(), 0.25).seconds())
                .isCloseTo(47.5, within(1e-9));
        Profile roomy = pipeline("1GB", "95s", "[{name: x, duration: 5s}, {name: y, duration: 40s, max: 45s}]");
        Pipeline two = roomy.glue().pipeline().orElseThrow();
        assertThat(two.timeoutOf(two.steps().get(0), roomy.serviceTimeout(), 0.25).seconds())
                .isCloseTo(6.25, within(1e-9));
    }

    @Test
    void lambdaGivesEachStepTheMemoryThatEndsThePathWithinTheTimeout() {
        // At 1,024 MB (0.579 vCPU) a step's longest is 45 × (32 + 8 / 0.579) / 40 = 51.55 s: two make 103.1 s, past
        // 95 s. Within its 47.5 s share a step needs 8 / (47.5 × 40 / 45 − 32) = 0.7826 vCPU, × 1,769 MB =
        // 1,384.4 MB: 1,385 MB, whose longest is 45 × (32 + 8 × 1,769 / 1,385) / 40 = 47.495 s.
        Profile p = pipeline("1GB", "95s", "[{name: x, duration: 40s, max: 45s, cpu_time: 8s}, "
                + "{name: y, duration: 40s, max: 45s, cpu_time: 8s}]");
        Assessment lambda = on("lambda", p);
        assertThat(lambda.usable()).as(lambda.violations().toString()).isTrue();
        assertThat(lambda.limits()).anyMatch(l -> l.limit().equals("step x: memory")
                && l.required().equals("1,385 MB"));
        LimitCheck path = lambda.limits().stream().filter(l -> l.limit().equals("timeout at the steps' settings"))
                .findFirst().orElseThrow();
        assertThat(path.ok()).isTrue();
        // 94.99 s, shown to three figures.
        assertThat(path.required()).startsWith("95 s").contains("x 47.5 s + y 47.5 s");
    }

    @Test
    void stepTimeoutsThatAddUpPastTheRequestsLeaveTheLambdaPipelineUnfit() {
        // Each step may run to its stated 50 s: 8 / (50 × 40 / 45 − 32) = 0.6429 vCPU, 1,138 MB, whose longest is
        // 45 × (32 + 8 × 1,769 / 1,138) / 40 = 49.99 s; the two take 99.98 s (100 s to three figures), past the
        // 95 s timeout. A container
        // checks the same path at its own size ("timeout at this setting").
        Profile p = pipeline("1GB", "95s", "[{name: x, duration: 40s, max: 45s, cpu_time: 8s, timeout: 50s}, "
                + "{name: y, duration: 40s, max: 45s, cpu_time: 8s, timeout: 50s}]");
        Assessment lambda = on("lambda", p);
        assertThat(lambda.feasible()).isFalse();
        assertThat(lambda.violations()).singleElement().satisfies(v -> {
            assertThat(v.limit()).isEqualTo("timeout at the steps' settings");
            assertThat(v.required()).startsWith("100 s").contains("x 49.99 s + y 49.99 s");
            assertThat(v.allowed()).isEqualTo("95 s (1.6 min) (timeout)");
            assertThat(v.severity()).isEqualTo(LimitCheck.Severity.HARD);
        });
        // The bracket a search uses leaves the pipeline to the full assessment: only the settings tell.
        assertThat(Platforms.bracket(Platforms.byId("lambda").orElseThrow(), p, LIST)).isEmpty();
    }

    @Test
    void retriedStepsCountEveryAttemptOnThePath() {
        // attempts 1.5 may run the step twice: 2 × 20 s at the longest, 40 s, so an attempt's share of 48 s is
        // 20 × 48 / 40 = 24 s (within 25%'s 25 s). 8 s waiting and 2 s of CPU: 20 × (8 + 2 / v) / 10 ≤ 24 needs
        // v = 0.5 vCPU, 884.5 MB: 885 MB, whose longest is 20 × (8 + 2 × 1,769 / 885) / 10 = 23.995 s; twice,
        // 47.99 s (memory: 512MB, so the profile sets no floor above it).
        Profile p = pipeline("512MB", "48s", "[{name: a, duration: 10s, max: 20s, cpu_time: 2s, attempts: 1.5}]");
        Assessment lambda = on("lambda", p);
        assertThat(lambda.limits()).anyMatch(l -> l.limit().equals("step a: memory") && l.required().equals("885 MB"));
        LimitCheck path = lambda.limits().stream()
                .filter(l -> l.limit().equals("timeout at the steps' settings")).findFirst().orElseThrow();
        assertThat(path.ok()).isTrue();
        assertThat(path.required()).startsWith("47.99 s").contains("a 2 × 24 s");
    }

    // --- the front door waits for the whole path ---

    @Test
    void anExpressPipelineOutlastingTheHttpApisThirtySecondsGetsARestApiThatStartsIt() {
        // 15 s then 25 s: 40 s, past the HTTP API's fixed 30 s integration timeout (pricing-reference §6.1). A
        // function URL invokes a function, not a state machine: the REST API starts the execution (StartSyncExecution)
        // and waits, its 29 s default a quota to raise for a Regional API. 2,628,000 requests at $3.50 a million.
        Profile p = pipeline("1GB", "60s", "[{name: a, duration: 15s}, {name: b, duration: 25s}]",
                "orchestrator: step-functions-express");
        Assessment lambda = on("lambda", p);
        assertThat(lambda.usable()).isTrue();
        assertThat(lambda.lines()).filteredOn(l -> l.key().startsWith("apigw.")).singleElement().satisfies(l -> {
            assertThat(l.key()).isEqualTo("apigw.rest.requests");
            assertThat(l.monthlyCost()).isCloseTo(2_628_000 * 3.5e-6, within(1e-9));
        });
        assertThat(lambda.notes()).anyMatch(n -> n.contains("REST API") && n.contains("40 s"));
        assertThat(lambda.limits()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("API Gateway REST API integration timeout");
            assertThat(v.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
            assertThat(v.allowed()).isEqualTo("29 s (default)");
        });
        // Asked for a function URL, the function behind it is said to wait unpriced.
        Assessment url = on("lambda", pipeline("1GB", "60s", "[{name: a, duration: 15s}, {name: b, duration: "
                + "25s}]", "orchestrator: step-functions-express", "front_door: function-url"));
        assertThat(url.notes()).anyMatch(n -> n.contains("starts the execution and waits")
                && n.contains("not priced here"));
        // A Standard workflow's door starts the execution and answers at once: the HTTP API, with no timeout check
        // against the profile's 60 s.
        Assessment standard = on("lambda", pipeline("1GB", "60s", "[{name: a, duration: 15s}, {name: b, duration: "
                + "25s}]", "orchestrator: step-functions-standard"));
        assertThat(standard.lines()).anyMatch(l -> l.key().equals("apigw.http.requests"));
        assertThat(standard.violations()).noneMatch(v -> v.limit().startsWith("API Gateway"));
        // Asked for the HTTP API, the pipeline breaks its 30 s, as a 40 s function does.
        Assessment asked = on("lambda", pipeline("1GB", "60s", "[{name: a, duration: 15s}, {name: b, duration: "
                + "25s}]", "orchestrator: step-functions-express", "front_door: api-gateway-http"));
        assertThat(asked.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("API Gateway HTTP API integration timeout");
            assertThat(v.required()).startsWith("40 s");
            assertThat(v.allowed()).isEqualTo("30 s (fixed)");
        });
    }

    @Test
    void aShortPipelineKeepsTheHttpApiWithItsLimits() {
        // 3 s of steps under a 20 s timeout: the HTTP API, once a request, and its payload limit checked (10 MB).
        Profile p = pipeline("1GB", "20s", "[{name: a, duration: 1s}, {name: b, duration: 2s}]",
                "payload: {request: 12MB}");
        Assessment lambda = on("lambda", p);
        assertThat(lambda.violations()).anySatisfy(v -> assertThat(v.limit()).isEqualTo("API Gateway payload"));
        Assessment ok = on("lambda", pipeline("1GB", "20s", "[{name: a, duration: 1s}, {name: b, duration: 2s}]"));
        assertThat(ok.lines()).filteredOn(l -> l.key().equals("apigw.http.requests")).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isCloseTo(2_628_000, within(1e-3)));
    }

    @Test
    void aStandardWorkflowsDoorPassesTheRequestAloneNotTheResponseOrTheWait() {
        // API Gateway starts a Standard execution (StartExecution) and answers with its ARN and start date: the
        // 12 MB the pipeline returns, asynchronously, never passes API Gateway's 10 MB, nor its 40 s path the 30 s.
        String[] standard = {"orchestrator: step-functions-standard", "front_door: api-gateway-http",
            "payload: {request: 4KB, response: 12MB}"};
        Assessment lambda = on("lambda", pipeline("1GB", "60s", "[{name: a, duration: 15s}, {name: b, duration: "
                + "25s}]", standard));
        LimitCheck payload = lambda.limits().stream().filter(l -> l.limit().equals("API Gateway payload"))
                .findFirst().orElseThrow();
        assertThat(payload.ok()).isTrue();
        assertThat(payload.required()).isEqualTo("4 KB");
        assertThat(lambda.violations()).noneMatch(v -> v.limit().startsWith("API Gateway"));
        // An Express execution's door returns its output: the 12 MB passes it (and Step Functions' 256 KB).
        Assessment express = on("lambda", pipeline("1GB", "20s", "[{name: a, duration: 1s}, {name: b, duration: "
                + "2s}]", "orchestrator: step-functions-express", "front_door: api-gateway-http",
                "payload: {request: 4KB, response: 12MB}"));
        assertThat(express.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("API Gateway payload");
            assertThat(v.required()).isEqualTo("12 MB");
        });
        // A response the profile streams does not stream through a Standard workflow's REST API either: one request
        // billed per request (2,628,000 a month at 1/s), not one per 10 MB of a 20 MB stream.
        Assessment rest = on("lambda", pipeline("1GB", "60s", "[{name: a, duration: 15s}, {name: b, duration: "
                + "25s}]", "orchestrator: step-functions-standard", "front_door: api-gateway-rest",
                "payload: {request: 4KB, response: 20MB, streaming: true}"));
        assertThat(rest.lines()).filteredOn(l -> l.key().equals("apigw.rest.requests")).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isCloseTo(2_628_000, within(1e-3)));
        assertThat(rest.limits()).noneMatch(l -> l.limit().equals("API Gateway REST API response stream"));
        assertThat(rest.limits()).anySatisfy(l -> {
            assertThat(l.limit()).isEqualTo("API Gateway REST API integration timeout");
            assertThat(l.ok()).isTrue();
        });
    }

    @Test
    void aStandardWorkflowsStreamedResponseDoesNotChooseAFunctionUrl() {
        // front_door: auto took a function URL "because the response streams", yet a Standard execution's response
        // never passes the door (StartExecution answers with the execution's ARN at once): the door is chosen for
        // the request alone, the HTTP API, billed once a request (2,628,000 a month at 1/s), with nothing unpriced
        // behind a URL.
        PricingContext report = new PricingContext(CATALOG, false, true);
        Assessment lambda = Platforms.assess(Platforms.byId("lambda").orElseThrow(), pipeline("1GB", "60s", "[{name: "
                + "a, duration: 15s}, {name: b, duration: 25s}]", "orchestrator: step-functions-standard", "payload: "
                + "{request: 4KB, response: 20MB, streaming: true}"), report);
        assertThat(lambda.usable()).as(lambda.violations().toString()).isTrue();
        assertThat(lambda.lines()).filteredOn(l -> l.key().equals("apigw.http.requests")).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isCloseTo(2_628_000, within(1e-3)));
        assertThat(lambda.notes()).noneMatch(n -> n.contains("function URL"))
                .anyMatch(n -> n.startsWith("front door: an API Gateway HTTP API (front_door: auto), which starts the "
                        + "Standard execution (StartExecution) and answers at once")
                        && n.contains("its response, streamed or not, never passes the door"));
        // An Express workflow returns its output through the door (within Step Functions' 256 KB): its stream still
        // takes the function URL.
        Assessment express = Platforms.assess(Platforms.byId("lambda").orElseThrow(), pipeline("1GB", "20s", "[{name: "
                + "a, duration: 1s}, {name: b, duration: 2s}]", "orchestrator: step-functions-express", "payload: "
                + "{request: 4KB, response: 100KB, streaming: true}"), report);
        assertThat(express.notes()).anyMatch(n -> n.contains("because the response streams"));
    }
}
