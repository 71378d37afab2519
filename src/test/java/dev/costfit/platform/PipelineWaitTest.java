package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Pipeline;
import dev.costfit.profile.PipelineStep;
import dev.costfit.profile.Profile;
import dev.costfit.yaml.InputException;
import org.junit.jupiter.api.Test;

/**
 * Steps that only wait (a review's finding: a person's approval could not be stated, so costfit made it a Lambda
 * function of 72 hours and recommended Fargate holding the request behind its load balancer). A wait runs no
 * function: a Standard workflow holds it for a state transition (https://aws.amazon.com/step-functions/pricing/:
 * "a state transition each time a step of your workflow is executed"), an Express one bills its duration through it
 * and takes no callback; containers hold it in the request only as far as their load balancer lets them.
 */
class PipelineWaitTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    /** 2,000 a day: 2,000 × 730 ÷ 24 = 60,833.33 executions in a 730-hour month. */
    private static final double EXECUTIONS = 2000 * 730 / 24.0;
    /** Step Functions Standard in us-east-1: $0.025 per 1,000 transitions. */
    private static final double TRANSITION = 0.000025;

    /** The reviewer's approval flow (/tmp/aud37-pipe/aud/p4-human.yaml), its approval stated as {@code approve}. */
    private static Profile approvalFlow(String approve, String... extra) {
        return TestProfiles.parse("name: approval-flow\nregion: us-east-1\ntraffic: {rate: 2k/day, pattern: flat}\n"
                + "orchestrator: step-functions-standard\nmemory: 512MB\ntimeout: 80h\nruntime: python\nsteps:\n"
                + "  - {name: draft, duration: 20s, cpu_time: 200ms, memory: 512MB, output: 8KB}\n" + approve
                + "  - {name: publish, duration: 1s, cpu_time: 50ms, memory: 256MB, output: 1KB}\n"
                + String.join("\n", extra) + "\n");
    }

    private static final String CALLBACK = "  - {name: approve, wait: callback, duration: 8h, max: 72h, output: 1KB}\n";

    private static Assessment on(String id, Profile p) {
        return Platforms.assess(Platforms.byId(id).orElseThrow(), p, LIST);
    }

    private static double quantity(Assessment a, String key) {
        return a.lines().stream().filter(l -> l.key().equals(key)).mapToDouble(CostLine::quantity).sum();
    }

    @Test
    void aPersonsApprovalCostsLambdaOneTransitionAnExecutionAndNoFunction() {
        Assessment waiting = on("lambda", approvalFlow(CALLBACK));
        Assessment without = on("lambda", approvalFlow(""));
        assertThat(waiting.usable()).as(waiting.violations().toString()).isTrue();
        assertThat(waiting.lines()).noneMatch(l -> l.key().endsWith("@approve"));
        // draft, approve and publish: 3 transitions an execution, 182,500 a month; 2 without the approval.
        assertThat(quantity(waiting, "stepfunctions.transitions")).isCloseTo(3 * EXECUTIONS, within(1e-6));
        assertThat(quantity(without, "stepfunctions.transitions")).isCloseTo(2 * EXECUTIONS, within(1e-6));
        // The reviewer's hand total: the run without the approval ($13.89) plus 60,833 transitions × $0.000025
        // ($1.52), $15.41: the wait changes nothing else, the steps keep their functions and settings.
        assertThat(waiting.monthlyCost() - without.monthlyCost()).isCloseTo(EXECUTIONS * TRANSITION,
                within(1e-9));
        assertThat(waiting.monthlyCost()).isCloseTo(15.41, within(0.005));
        assertThat(waiting.notes()).anyMatch(n -> n.startsWith("step approve (callback, 8 h, at most 72 h)")
                && n.contains("transition per attempt") && n.contains("not priced here"));
    }

    @Test
    void aWaitNeedsNoRoomForSlowerSettingsSoTheStepsShareWhatTheTimeoutLeavesOnceItIsTakenOut() {
        // 80 h less the 72 h wait leaves 8 h for 21 s of steps: publish keeps its 1 s + 25% (latency.max_slowdown)
        // = 1.25 s, where a share of the whole path would give it 1 s × 80 h ÷ (72 h + 21 s) = 1.111 s.
        Pipeline pipeline = approvalFlow(CALLBACK).glue().pipeline().orElseThrow();
        assertThat(pipeline.timeoutOf(step(pipeline, "publish"), dev.costfit.units.TimeSpan.ofSeconds(80 * 3600), 0.25)
                .seconds()).isCloseTo(1.25, within(1e-12));
        // With 8 h 25 s, 25 s are left for the 21 s: draft gets 20 × 25 ÷ 21 = 23.81 s (less than its 25 s),
        // publish 1 × 25 ÷ 21 = 1.190 s; with the 8 h wait they make the timeout exactly.
        dev.costfit.units.TimeSpan tight = dev.costfit.units.TimeSpan.ofSeconds(8 * 3600 + 25);
        Pipeline eightHours = TestProfiles.parse("name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 28825s\n"
                + "steps: [{name: draft, duration: 20s}, {name: approve, wait: callback, duration: 8h}, "
                + "{name: publish, duration: 1s}]\n").glue().pipeline().orElseThrow();
        double draft = eightHours.timeoutOf(step(eightHours, "draft"), tight, 0.25).seconds();
        double publish = eightHours.timeoutOf(step(eightHours, "publish"), tight, 0.25).seconds();
        assertThat(draft).isCloseTo(20 * 25 / 21.0, within(1e-9));
        assertThat(publish).isCloseTo(25 / 21.0, within(1e-9));
        assertThat(draft + 8 * 3600 + publish).isCloseTo(tight.seconds(), within(1e-9));
    }

    @Test
    void containersCannotParkARequestForHoursBehindTheirLoadBalancer() {
        Profile p = approvalFlow(CALLBACK);
        for (String id : new String[] {"fargate", "eks"}) {
            Assessment a = on(id, p);
            assertThat(a.feasible()).isFalse();
            assertThat(a.violations()).anySatisfy(v -> {
                assertThat(v.limit()).isEqualTo("wait held in the request");
                assertThat(v.required()).startsWith("72 h (step approve, a callback");
                // The ALB's idle timeout goes from 1 to 4,000 s (the ALB user guide).
                assertThat(v.allowed()).startsWith("4,000 s");
                assertThat(v.workaround()).contains("Lambda");
            });
        }
    }

    @Test
    void containersHoldAShortTimerInTheRequest() {
        // 2 s, a 30 s timer (2 min at most), 1 s: the request takes 33 s on a container, within the ALB's 4,000 s.
        Profile p = TestProfiles.parse("name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 4min\nsteps: [{name: a, "
                + "duration: 2s}, {name: pause, wait: timer, duration: 30s, max: 2min}, {name: b, duration: 1s}]\n");
        assertThat(p.meanDuration().seconds()).isEqualTo(33);
        // No step states its CPU: the request burns its running steps' 3 s, not the 30 s it waits.
        assertThat(p.cpuTime().seconds()).isEqualTo(3);
        assertThat(p.cpuModel()).isFalse();
        Assessment fargate = on("fargate", p);
        assertThat(fargate.usable()).as(fargate.violations().toString()).isTrue();
        assertThat(fargate.limits()).anyMatch(l -> l.limit().equals("wait held in the request") && l.ok());
        assertThat(fargate.notes()).anyMatch(n -> n.contains("33 s, open through the wait of pause"));
    }

    @Test
    void expressTakesNoCallbackButBillsATimersWaitAsItsDuration() {
        String steps = "steps: [{name: a, duration: 2s}, {name: pause, wait: KIND, duration: 30s, max: 2min}, "
                + "{name: b, duration: 1s}]\n";
        String base = "name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 4min\n"
                + "orchestrator: step-functions-express\n";
        Assessment callback = on("lambda", TestProfiles.parse(base + steps.replace("KIND", "callback")));
        assertThat(callback.feasible()).isFalse();
        assertThat(callback.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("wait for a callback");
            assertThat(v.required()).isEqualTo("step pause (.waitForTaskToken)");
            assertThat(v.workaround()).contains("step-functions-standard");
        });
        Assessment timer = on("lambda", TestProfiles.parse(base + steps.replace("KIND", "timer")));
        assertThat(timer.usable()).as(timer.violations().toString()).isTrue();
        // 2 + 30 + 1 = 33 s an execution (a multiple of 100 ms) in 64 MB: 33 × 0.0625 = 2.0625 GB-s, 2,628,000
        // executions: 5,420,250 GB-s; the first 3.6M at $0.00001667, the other 1,820,250 at $0.00000833.
        double duration = timer.lines().stream().filter(l -> l.key().startsWith("stepfunctions.express.duration"))
                .mapToDouble(CostLine::monthlyCost).sum();
        assertThat(duration).isCloseTo(3_600_000 * 0.00001667 + 1_820_250 * 0.00000833, within(1e-6));
        // A wait of up to 4 min and b of up to 3 min make an execution of up to 7 min 2 s: past Express's 5.
        Assessment tooLong = on("lambda", TestProfiles.parse(base.replace("4min", "10min")
                + steps.replace("KIND", "timer").replace("2min", "4min").replace("{name: b, duration: 1s}",
                "{name: b, duration: 1s, max: 3min}")));
        assertThat(tooLong.violations()).extracting(LimitCheck::limit).contains("Express workflow duration");
    }

    @Test
    void aTimerIsOneStandardTransitionAndNeverATask() {
        // 1,000 executions of a, a timer and b: 3,000 transitions, $0.075 (the workshop's 3-state figure).
        Profile p = TestProfiles.parse("name: p\ntraffic: {rate: 1000/month}\nmemory: 1GB\ntimeout: 2h\n"
                + "front_door: none\nnetwork: {clients: vpc}\nsteps: [{name: a, duration: 1s}, {name: pause, "
                + "wait: timer, duration: 1h}, {name: b, duration: 1s}]\n");
        Assessment lambda = on("lambda", p);
        assertThat(quantity(lambda, "stepfunctions.transitions")).isCloseTo(3000, within(1e-9));
        assertThat(lambda.lines().stream().filter(l -> l.key().equals("stepfunctions.transitions"))
                .mapToDouble(CostLine::monthlyCost).sum()).isCloseTo(0.075, within(1e-12));
        assertThat(lambda.lines()).filteredOn(l -> l.key().startsWith("lambda.requests@")).hasSize(2);
    }

    @Test
    void aWaitStatesNoFunctionsSettingsAndATimerNoRetryOrTimeout() {
        String base = "name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 2h\nsteps: [{name: a, duration: 1s}, "
                + "{name: w, wait: callback, duration: 1h, EXTRA}]\n";
        assertThat(problems(base.replace("EXTRA", "memory: 128MB"))).contains("step 'w'")
                .contains("wait: callback runs no function; remove memory");
        assertThat(problems(base.replace("EXTRA", "cpu_time: 1ms"))).contains("remove cpu_time");
        assertThat(problems(base.replace("callback", "timer").replace("EXTRA", "attempts: 2")))
                .contains("Wait state, which has no Retry");
        assertThat(problems(base.replace("callback", "timer").replace("EXTRA", "timeout: 90min")))
                .contains("Wait state, which has no timeout");
        assertThat(problems(base.replace("callback", "calback").replace(", EXTRA", "")))
                .contains("Did you mean 'callback'");
        assertThat(problems("name: p\ntraffic: {rate: 1/s}\nmemory: 1GB\ntimeout: 2h\nsteps: [{name: w, wait: "
                + "timer, duration: 1h}]\n")).contains("every step waits");
        // A callback's Task may be retried and timed out: each attempt is another transition (two attempts of up to
        // an hour each on the longest path: a 3 h timeout).
        Profile retried = TestProfiles.parse(base.replace("2h", "3h").replace("EXTRA",
                "attempts: 1.5, timeout: 90min"));
        assertThat(retried.glue().pipeline().orElseThrow().waits()).hasSize(1);
        // a once and w 1.5 times: 2.5 transitions an execution, 2,628,000 executions a month at 1/s.
        assertThat(quantity(on("lambda", retried), "stepfunctions.transitions")).isCloseTo(2.5 * 2_628_000,
                within(1e-6));
    }

    private static PipelineStep step(Pipeline pipeline, String name) {
        return pipeline.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static String problems(String yaml) {
        try {
            TestProfiles.parse(yaml);
            throw new AssertionError("read without a problem");
        } catch (InputException e) {
            return e.getMessage();
        }
    }
}
