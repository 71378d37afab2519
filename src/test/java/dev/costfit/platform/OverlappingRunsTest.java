package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.InstanceHours;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import org.junit.jupiter.api.Test;

/**
 * A job whose runs take longer than the time between them: a schedule starts the next run whether or not the last
 * has ended, so runs overlap, and what runs at once (the figures' quietest, mean and busiest counts, the quotas
 * checked at the peak, the cold starts) counts them. Every figure is worked out by hand below.
 */
class OverlappingRunsTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    /** 53 runs a day, one every 1,630.2 s (27.2 min), of 4 tasks of 29 min (1,740 s) each. */
    private static final Profile OVERLAPPING = TestProfiles.parse("kind: job\nname: overlapping\nschedule: {runs: "
            + "53/day, tasks: 4, duration: 29min}\nvcpu: 1\nmemory: 2GB\nruntime: python\n");

    /** 1,740 × 53 / 86,400: runs in progress at once, on average. */
    private static final double IN_PROGRESS = 1740.0 * 53 / 86400;

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void runsLongerThanTheTimeBetweenThemOverlap() {
        var schedule = ((Workload.Job) OVERLAPPING.workload()).schedule();
        assertThat(schedule.runsInProgress(1740)).isCloseTo(1.0673611, within(1e-7));
        assertThat(schedule.mostRunsAtOnce(1740)).isEqualTo(2);
        // Shorter than the time between runs: one at a time, never none at the most.
        assertThat(schedule.mostRunsAtOnce(600)).isEqualTo(1);
        assertThat(schedule.mostRunsAtOnce(0.001)).isEqualTo(1);
        // A whole number of overlaps: 60 runs an hour of exactly a minute each, one ending as the next starts.
        var everyMinute = ((Workload.Job) TestProfiles.parse("kind: job\nname: m\nschedule: {runs: 60/h, tasks: 1, "
                + "duration: 60s}\nmemory: 1GB\n").workload()).schedule();
        assertThat(everyMinute.mostRunsAtOnce(60)).isEqualTo(1);
        assertThat(everyMinute.mostRunsAtOnce(150)).isEqualTo(3); // 2.5 in progress on average
    }

    @Test
    void aMonthOfOverlappingRunsIsTheQuietestTheMeanAndTheBusiest() {
        // 1.0674 runs in progress: one for 93.26% of the month, two for 6.74%; 4 tasks each.
        InstanceHours tasks = InstanceHours.periodic(4, IN_PROGRESS);
        assertThat(tasks.min()).isEqualTo(4);
        assertThat(tasks.max()).isEqualTo(8);
        assertThat(tasks.mean()).isCloseTo(4 * 1.0673611, within(1e-6));
        assertThat(tasks.perMonth()).isCloseTo(4 * 1.0673611 * 730, within(1e-3));
        // Runs that never overlap: none running most of the month.
        InstanceHours rare = InstanceHours.periodic(4, 0.05);
        assertThat(rare.min()).isZero();
        assertThat(rare.max()).isEqualTo(4);
        assertThat(rare.mean()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void containersCountTheTasksOfOverlappingRunsAndBillEachRun() {
        Assessment fargate = new FargatePlatform().assess(OVERLAPPING, LIST);
        assertThat(figure(fargate, "tasksMin")).isEqualTo(4);
        assertThat(figure(fargate, "tasksMean")).isCloseTo(4 * IN_PROGRESS, within(1e-9));
        assertThat(figure(fargate, "tasksMax")).isEqualTo(8);
        // The bill is each run's: 53 × 30.4167 days × 4 tasks × (1,740 s + 30.4 s of image download, 76% of the
        // 40-s start) = 3,171.1 task-hours a month.
        assertThat(figure(fargate, "taskHours")).isCloseTo(53 * 730 / 24.0 * 4 * (1740 + 30.4) / 3600,
                within(1e-6));
        assertThat(fargate.capacity().summary()).isEqualTo("4 tasks of 1 vCPU / 2 GB per run, up to 2 runs at once");
        Assessment eks = new EksPlatform().assess(OVERLAPPING, LIST);
        assertThat(figure(eks, "podsMean")).isCloseTo(4 * IN_PROGRESS, within(1e-9));
        assertThat(figure(eks, "podsMax")).isEqualTo(8);
        assertThat(figure(eks, "nodesMax")).isEqualTo(2 * figure(eks, "nodesMin"));
    }

    @Test
    void functionsCountAnInstanceForEveryTaskOfTheRunsInProgress() {
        // 2nd gen: each task an instance, 2 runs at once at the most, so 8 at peak; busy 4 × 1.0674 on average.
        Assessment gen2 = new CloudFunctionsGen2Platform().assess(OVERLAPPING, LIST);
        assertThat(figure(gen2, "instancesPeak")).isEqualTo(8);
        assertThat(figure(gen2, "busyInstancesMean")).isCloseTo(4 * IN_PROGRESS, within(1e-9));
        LimitCheck instances = gen2.limits().stream().filter(l -> l.limit().equals("instances")).findFirst()
                .orElseThrow();
        assertThat(instances.required()).isEqualTo("8 at peak (every task of a run, 2 runs in progress at once)");
        // Lambda's 15 minutes cannot hold a 29-minute task, but its concurrency is still counted right.
        Assessment lambda = new LambdaPlatform().assess(OVERLAPPING, LIST);
        assertThat(figure(lambda, "peakConcurrency")).isEqualTo(8);
        assertThat(figure(lambda, "meanConcurrency")).isLessThanOrEqualTo(figure(lambda, "peakConcurrency"));
    }

    @Test
    void theLlmCallsOfOverlappingRunsAddUpAtThePeak() {
        // 100 tasks a run, each 2 calls over its 1,740 s, 2 runs at once: 100 x 2 / 1,740 x 2 x 60 = 13.8 calls a
        // minute at the peak, over a limit of 10 (one run alone makes 6.9); the mean, 53 x 100 x 2 a day, is 7.36.
        Profile job = TestProfiles.parse("kind: job\nname: llm\nschedule: {runs: 53/day, tasks: 100, duration: "
                + "29min}\nmemory: 1GB\nllm: {model: claude-sonnet-4, input_tokens: 1000, output_tokens: 100, "
                + "calls_per_request: 2, rate_limit_rpm: 10}\n");
        LimitCheck limit = LlmCalls.limits(job, CATALOG).get(0);
        assertThat(limit.ok()).isFalse();
        assertThat(limit.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(limit.required()).startsWith("14 calls a minute at peak");
    }

    @Test
    void aRunStartsWarmWhereTheRunBeforeItEndedWithinTheKeepAlive() {
        // Lambda keeps an idle environment about 10 minutes (the catalog's estimate). Runs every 19.6 min (73.5 a
        // day) of 14 min: a run's environments wait 5.6 min for the next, and it starts warm, though the time
        // between runs is twice the keep-alive.
        Profile warm = TestProfiles.parse("kind: job\nname: w\nschedule: {runs: 73.5/day, tasks: 7, duration: "
                + "14min}\nvcpu: 1\nmemory: 3GB\nruntime: container\n");
        assertThat(new LambdaPlatform().assess(warm, LIST).coldStarts().perMonth()).isZero();
        // Every 28.8 min (50 a day): they wait 14.8 min, and every task starts cold: 50 × 30.4167 × 7 a month.
        Profile cold = TestProfiles.parse("kind: job\nname: c\nschedule: {runs: 50/day, tasks: 7, duration: "
                + "14min}\nvcpu: 1\nmemory: 3GB\nruntime: container\n");
        assertThat(new LambdaPlatform().assess(cold, LIST).coldStarts().perMonth())
                .isCloseTo(50 * 730 / 24.0 * 7, within(1e-6));
    }

    @Test
    void aMinuteBilledIsNotAMinuteRunning() {
        // Instance-based 2nd gen bills an instance at least a minute; runs every 40 s (90 an hour) of 10 s tasks
        // still run one at a time: 3 tasks at the peak, not the 6 that a minute each would overlap to. The next run
        // comes 30 s after a task ends, within the 15 min Cloud Run keeps an idle instance, and reuses it: 3
        // instances alive all month, 3 x 2,628,000 s.
        String yaml = "kind: job\nname: short\nschedule: {runs: 90/h, tasks: 3, duration: 10s}\n"
                + "memory: 512MB\nplatforms: {cloud-functions-gen2: {billing: instance}}\n";
        Assessment a = new CloudFunctionsGen2Platform().assess(TestProfiles.parse(yaml), LIST);
        assertThat(figure(a, "instancesPeak")).isEqualTo(3);
        assertThat(a.limits().stream().filter(l -> l.limit().equals("instances")).findFirst().orElseThrow()
                .required()).startsWith("3 at peak");
        assertThat(figure(a, "busyInstanceSeconds")).isCloseTo(3 * 2_628_000.0, within(1e-6));
        // Kept 20 s idle (stated), an instance ends before the next run: each task bills the minute, not its 10 s
        // + 20 s: 90 x 730 x 3 tasks x 60 s a month.
        Assessment ended = new CloudFunctionsGen2Platform().assess(TestProfiles.parse(yaml
                + "cold_start: {keep_alive: 20s}\n"), LIST);
        assertThat(figure(ended, "instancesPeak")).isEqualTo(3);
        assertThat(figure(ended, "busyInstanceSeconds")).isCloseTo(90 * 730 * 3 * 60.0, within(1e-6));
    }
}
