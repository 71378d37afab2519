package dev.costfit.platform;

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
 * A pipeline on Lambda Managed Instances (a review's finding: LMI ran it as one function of the whole path, so a
 * 20-minute pipeline of 2- and 1-minute steps broke the 15-minute limit its steps meet, and it never carried the
 * orchestrator: $1,330 of transitions on Lambda, $0 on LMI). One function now runs every step, invoked by the
 * orchestrator once per step attempt: each step meets the 15 minutes, and the orchestrator's lines are Lambda's.
 */
class PipelineOnManagedInstancesTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final String LMI = "lambda-managed-instances";

    private static Assessment on(String id, Profile p) {
        return Platforms.assess(Platforms.byId(id).orElseThrow(), p, LIST);
    }

    private static double line(Assessment a, String key, java.util.function.ToDoubleFunction<CostLine> what) {
        return a.lines().stream().filter(l -> l.key().equals(key)).mapToDouble(what).sum();
    }

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    /** The reviewer's r11 (/tmp/aud37-pipe/aud/rob/r11-express-long.yaml) on {@code orchestrator}. */
    private static Profile twentyMinutes(String orchestrator) {
        return TestProfiles.parse("name: r11\nregion: us-east-1\ntraffic: {rate: 1/s}\nmemory: 1GB\nruntime: python\n"
                + "timeout: 20min\norchestrator: " + orchestrator + "\nsteps:\n"
                + "  - {name: a, duration: 2min, max: 4min}\n  - {name: b, duration: 1min, max: 2min}\n");
    }

    @Test
    void eachStepNotTheWholePathMeetsTheFifteenMinutes() {
        Assessment lmi = on(LMI, twentyMinutes("step-functions-standard"));
        assertThat(lmi.usable()).as(lmi.violations().toString()).isTrue();
        assertThat(lmi.limits()).noneMatch(l -> l.limit().equals("timeout"));
        // a: 4 min + 25% = 5 min (its share of the 20 min, 4 × 20 ÷ 6 = 13.3 min, is looser); b: 2.5 min.
        assertThat(lmi.limits()).anySatisfy(l -> {
            assertThat(l.limit()).isEqualTo("step a: timeout");
            assertThat(l.ok()).isTrue();
            assertThat(l.required()).isEqualTo("5 min");
        });
        // One function, invoked twice an execution: 2 × 2,628,000 requests; two transitions an execution at
        // $0.000025, $131.40, as on Lambda.
        assertThat(line(lmi, "lambda.requests:lmi", CostLine::quantity)).isCloseTo(2 * 2_628_000, within(1e-6));
        assertThat(line(lmi, "stepfunctions.transitions", CostLine::monthlyCost)).isCloseTo(131.4, within(1e-9));
        assertThat(line(on("lambda", twentyMinutes("step-functions-standard")), "stepfunctions.transitions",
                CostLine::monthlyCost)).isCloseTo(131.4, within(1e-9));
        // Its environments serve both steps: an invocation takes (120 + 60) ÷ 2 = 90 s on average, and the steps
        // burn 1/s × (120 + 60) s = 180 vCPU together (no cpu_time: the whole duration).
        assertThat(figure(lmi, "requestSeconds")).isCloseTo(90, within(1e-9));
        assertThat(figure(lmi, "vcpuUsedMean")).isCloseTo(180, within(1e-9));
    }

    @Test
    void anExpressPipelineBreaksItsFiveMinutesOnManagedInstancesAsOnLambda() {
        // a at most 4 min, b at most 2: 6 min, past Express's 5; no step breaks the function's 15.
        Assessment lmi = on(LMI, twentyMinutes("step-functions-express"));
        assertThat(lmi.violations()).extracting(LimitCheck::limit).contains("Express workflow duration")
                .doesNotContain("timeout", "step a: timeout", "step b: timeout");
    }

    @Test
    void aStepPastFifteenMinutesIsNamed() {
        Profile p = TestProfiles.parse("name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 1h\nsteps: "
                + "[{name: a, duration: 1min}, {name: long, duration: 20min}]\n");
        Assessment lmi = on(LMI, p);
        assertThat(lmi.feasible()).isFalse();
        // 20 min + 25% = 25 min (within its share, 20 × 60 ÷ 21 = 57 min).
        assertThat(lmi.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("step long: timeout");
            assertThat(v.required()).isEqualTo("25 min");
            assertThat(v.allowed()).startsWith("15 min");
        });
        assertThat(lmi.violations()).extracting(LimitCheck::limit).doesNotContain("timeout", "step a: timeout");
    }

    @Test
    void theDocumentPipelineCarriesItsTransitionsOnManagedInstances() {
        // The reviewer's p1-doc: 5/s, 13,140,000 executions a month, 4 steps and summarise's 1.05 attempts: 4.05
        // transitions an execution, 53,217,000 × $0.000025 = $1,330.425 on Lambda and on LMI alike.
        Profile p = TestProfiles.parse("name: doc-pipeline\nregion: us-east-1\ntraffic: {rate: 5/s, pattern: flat}\n"
                + "orchestrator: step-functions-standard\nmemory: 1GB\ntimeout: 300s\nruntime: python\n"
                + "payload: {request: 100KB, response: 1KB}\nsteps:\n"
                + "  - {name: ocr, duration: 4s, cpu_time: 3s, memory: 2GB, output: 40KB}\n"
                + "  - {name: summarise, duration: 12s, max: 60s, cpu_time: 100ms, memory: 512MB, attempts: 1.05, "
                + "output: 4KB}\n  - {name: embed, duration: 500ms, cpu_time: 50ms, memory: 512MB, output: 24KB}\n"
                + "  - {name: store, duration: 200ms, cpu_time: 20ms, memory: 256MB, output: 1KB}\n");
        for (String id : new String[] {"lambda", LMI}) {
            Assessment a = on(id, p);
            assertThat(a.usable()).as(id + ": " + a.violations()).isTrue();
            assertThat(line(a, "stepfunctions.transitions", CostLine::monthlyCost)).as(id)
                    .isCloseTo(1330.425, within(1e-6));
        }
        // One function for every step: the requests are the steps' attempts, 4.05 an execution.
        assertThat(line(on(LMI, p), "lambda.requests:lmi", CostLine::quantity)).isCloseTo(53_217_000, within(1e-3));
    }

    @Test
    void aWaitRunsNothingOnManagedInstances() {
        // draft, a callback, publish: two invocations an execution of 60,833.33, three transitions.
        Profile p = TestProfiles.parse("name: approval-flow\ntraffic: {rate: 2k/day}\nmemory: 512MB\n"
                + "timeout: 80h\nsteps: [{name: draft, duration: 20s}, {name: approve, wait: callback, duration: 8h, "
                + "max: 72h}, {name: publish, duration: 1s}]\n");
        Assessment lmi = on(LMI, p);
        assertThat(lmi.usable()).as(lmi.violations().toString()).isTrue();
        double executions = 2000 * 730 / 24.0;
        assertThat(line(lmi, "lambda.requests:lmi", CostLine::quantity)).isCloseTo(2 * executions, within(1e-6));
        assertThat(line(lmi, "stepfunctions.transitions", CostLine::quantity)).isCloseTo(3 * executions,
                within(1e-6));
        // An invocation: (20 + 1) ÷ 2 = 10.5 s, never the 8 h wait.
        assertThat(figure(lmi, "requestSeconds")).isCloseTo(10.5, within(1e-9));
    }
}
