package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.SettingOption;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A job that states no timeout has none of its own (RunLimit): latency.max_slowdown governs how slow a setting may
 * run its tasks, and each platform's maximum run time bounds them at the setting chosen. Its measured duration once
 * stood in as its timeout, which refused every setting the least bit slower than measured: an I/O-bound job was
 * priced on a whole vCPU (a reviewer's finding, 1.5 to 1.8 times the month). Figures by hand from the catalog's
 * us-east-1 prices: Fargate $0.04048 a vCPU-hour and $0.004445 a GB-hour, Lambda $0.0000166667 a GB-second.
 */
class JobRunLimitTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final LambdaPlatform LAMBDA = new LambdaPlatform();
    private static final FargatePlatform FARGATE = new FargatePlatform();

    /** 720 runs of 10 tasks, each 10 min of which 1 min is CPU: 9 min waiting on I/O. */
    private static final String IO_JOB = "kind: job\nname: io-job\nschedule: {runs: 720/month, tasks: 10, "
            + "duration: 10min}\ncpu_time: 1min\nmemory: 1GB\n";

    /** A 14-minute task, 2 minutes of it CPU. */
    private static final String FOURTEEN = "kind: job\nname: fourteen\nschedule: {runs: 30/month, tasks: 1, "
            + "duration: 14min}\ncpu_time: 2min\nmemory: 1GB\n";

    private static LimitCheck check(Assessment a, String limit) {
        return a.limits().stream().filter(l -> l.limit().equals(limit)).findFirst().orElseThrow();
    }

    private static SettingOption setting(Assessment a, String name) {
        return a.tradeOff().stream().filter(o -> o.setting().equals(name)).findFirst().orElseThrow();
    }

    private static double line(Assessment a, String component) {
        return a.lines().stream().filter(l -> l.component().equals(component)).mapToDouble(CostLine::monthlyCost)
                .sum();
    }

    @Test
    void anIoBoundJobRunsOnHalfAVcpuWithinTheSlowdownOnFargate() {
        // At 0.5 vCPU a task takes 9 min + 1 min / 0.5 = 11 min, 10% slower than measured (within 25%). 7,200 tasks
        // x 11 min = 1,320 task-hours, and each bills its image download before that, 0.76 x the 40 s start = 30.4 s:
        // 7,200 x 30.4 s = 60.8 task-hours more, 1,380.8 in all. vCPU 0.5 x 1,380.8 x $0.04048 = $27.947392, memory
        // 1 GB x 1,380.8 x $0.004445 = $6.137656; $34.085048. (Held to its 10-min duration it took 1 vCPU / 2 GB.)
        Profile job = TestProfiles.parse(IO_JOB);
        assertThat(job.timeout()).isEmpty();
        Assessment a = FARGATE.assess(job, LIST);
        assertThat(a.feasible()).isTrue();
        assertThat(a.chosenSetting().orElseThrow().setting()).isEqualTo("0.5 vCPU / 1 GB");
        assertThat(line(a, "Fargate vCPU (x86_64)")).isCloseTo(27.947392, within(1e-9));
        assertThat(line(a, "Fargate memory (x86_64)")).isCloseTo(6.137656, within(1e-9));
        assertThat(a.monthlyCost()).isCloseTo(34.085048, within(1e-9));
    }

    @Test
    void anIoBoundJobRunsOnLambdaAtTheProfilesMemoryWithinTheSlowdown() {
        // At the profile's 1,024 MB (0.5789 vCPU) a task takes 540 s + 60 s x 1,769 / 1,024 = 643.652 s, 7.3% slower
        // than measured: billed to the millisecond, 643.653 s x 7,200 tasks x 1 GB x $0.0000166667 = $77.2385.
        Profile job = TestProfiles.parse(IO_JOB);
        Assessment a = LAMBDA.assess(job, LIST);
        assertThat(a.feasible()).isTrue();
        SettingOption chosen = a.chosenSetting().orElseThrow();
        assertThat(chosen.setting()).isEqualTo("1,024 MB");
        assertThat(chosen.seconds()).isCloseTo(540 + 60 * 1769 / 1024.0, within(1e-9));
        double billed = Math.ceil((540 + 60 * 1769 / 1024.0) * 1000) / 1000;
        assertThat(line(a, "Duration (x86_64)")).isCloseTo(billed * 7200 * 0.0000166667, within(1e-6));
        assertThat(check(a, "run time").required()).isEqualTo("10 min (a task at a whole vCPU; no timeout stated)");
    }

    @Test
    void statingTheTimeoutTheSlowdownAllowsPricesTheSameAsStatingNone() {
        // timeout: 13min holds the 11-min task at 0.5 vCPU as well: the same $34.085048 on Fargate (the timeout
        // bounds the task's run, not its image download before it).
        Profile stated = TestProfiles.parse(IO_JOB + "timeout: 13min\n");
        assertThat(FARGATE.assess(stated, LIST).monthlyCost()).isCloseTo(34.085048, within(1e-9));
    }

    @Test
    void aFourteenMinuteJobFitsLambdaOnlyWhereItEndsWithinFifteenMinutes() {
        // 12 min waiting + 2 min of CPU. At 1,024 MB: 720 s + 120 s x 1,769 / 1,024 = 927.3 s, over Lambda's 900 s
        // (though only 10% slower than measured). The least memory within 900 s: 120 s / 180 s = 2/3 vCPU, 1,179.3 MB,
        // set at 1,180 MB: 720 s + 120 s x 1,769 / 1,180 = 899.9 s.
        Assessment a = LAMBDA.assess(TestProfiles.parse(FOURTEEN), LIST);
        assertThat(a.feasible()).isTrue();
        SettingOption slow = setting(a, "1,024 MB");
        assertThat(slow.seconds()).isCloseTo(720 + 120 * 1769 / 1024.0, within(1e-9));
        assertThat(slow.monthlyCost()).isEmpty();
        assertThat(slow.verdict()).isEqualTo("does not fit: run time at this setting");
        SettingOption chosen = a.chosenSetting().orElseThrow();
        assertThat(chosen.setting()).isEqualTo("1,180 MB");
        assertThat(chosen.seconds()).isCloseTo(720 + 120 * 1769 / 1180.0, within(1e-9)).isLessThanOrEqualTo(900);
        LimitCheck runTime = check(a, "run time at this setting");
        assertThat(runTime.ok()).isTrue();
        assertThat(runTime.allowed()).isEqualTo("15 min (the longest a Lambda function runs; no timeout stated)");
    }

    @Test
    void aSettingWhereTheTaskTakesSixteenMinutesIsRefusedOnLambda() {
        // At 0.5 vCPU: 720 s + 120 s / 0.5 = 960 s, 16 min, over Lambda's 15 (14% slower than measured: the
        // slowdown alone would allow it); at 2/3 vCPU, 720 s + 180 s = 900 s, within.
        Profile job = TestProfiles.parse(FOURTEEN);
        dev.costfit.model.RequestTime time = dev.costfit.model.RequestTime.of(job);
        Optional<RunLimit> lambda = Optional.of(LambdaPlatform.runLimit(CATALOG));
        var atHalf = SpeedLimits.check(job, LIST, time, 0.5, java.util.List.of("t", 0.5), () -> "0.5 vCPU", lambda);
        assertThat(atHalf).filteredOn(l -> l.limit().equals("latency (max_slowdown)")).allMatch(LimitCheck::ok);
        LimitCheck runTime = atHalf.stream().filter(l -> l.limit().equals("run time at this setting")).findFirst()
                .orElseThrow();
        assertThat(runTime.ok()).isFalse();
        assertThat(runTime.required()).isEqualTo("16 min (a task at 0.5 vCPU)");
        var atTwoThirds = SpeedLimits.check(job, LIST, time, 2.0 / 3, java.util.List.of("t", 2.0 / 3),
                () -> "2/3 vCPU", lambda);
        assertThat(atTwoThirds).allMatch(LimitCheck::ok);
        // Containers have no maximum of their own: no run-time check at all.
        assertThat(SpeedLimits.check(job, LIST, time, 0.5, java.util.List.of("c", 0.5), () -> "0.5 vCPU",
                Optional.empty())).extracting(LimitCheck::limit).containsExactly("latency (max_slowdown)");
    }

    @Test
    void aJobThatStatesATimeoutOverFifteenMinutesStillDoesNotFitLambda() {
        // The classic hard limit: a stated 20-min timeout is one Lambda cannot be set to, whatever the setting.
        Assessment a = LAMBDA.assess(TestProfiles.parse(FOURTEEN + "timeout: 20min\n"), LIST);
        assertThat(a.feasible()).isFalse();
        LimitCheck timeout = check(a, "timeout");
        assertThat(timeout.ok()).isFalse();
        assertThat(timeout.required()).isEqualTo("20 min");
        assertThat(timeout.allowed()).isEqualTo("15 min");
        assertThat(timeout.workaround()).contains("Step Functions");
        // The task takes 14 min at a whole vCPU, within Lambda's 15: lowering the timeout comes first.
        assertThat(timeout.workaround()).startsWith("lower the timeout to 15 min (the longest task takes 14 min at a "
                + "whole vCPU), or split the work");
    }

    @Test
    void aTaskLongerThanFifteenMinutesAtAWholeVcpuFitsNoLambdaSetting() {
        // 16 min at a whole vCPU: no memory makes it shorter, with or without cpu_time. Said once, not per setting.
        for (String cpu : new String[] {"cpu_time: 2min\n", ""}) {
            Assessment a = LAMBDA.assess(TestProfiles.parse(FOURTEEN.replace("duration: 14min", "duration: 16min")
                    .replace("cpu_time: 2min\n", cpu)), LIST);
            assertThat(a.feasible()).isFalse();
            assertThat(a.violations()).extracting(LimitCheck::limit).containsExactly("run time");
            assertThat(check(a, "run time").required()).isEqualTo("16 min (a task at a whole vCPU; no timeout "
                    + "stated)");
        }
    }

    @Test
    void aJobTakenFromAnSqsQueueEndsWithinItsVisibilityTimeoutOnFargate() {
        // 11 h, 2 h of it CPU. At 0.5 vCPU: 9 h + 2 h / 0.5 = 13 h, 18% slower than measured but past SQS's 12-hour
        // visibility timeout, after which the message is delivered again: 1 vCPU (11 h) is chosen. Started on a
        // schedule, with no queue, 0.5 vCPU is.
        String job = "kind: job\nname: long\nschedule: {runs: 4/month, tasks: 1, duration: 11h}\ncpu_time: 2h\n"
                + "memory: 1GB\n";
        Assessment queued = FARGATE.assess(TestProfiles.parse(job + "trigger: queue\n"), LIST);
        assertThat(queued.feasible()).isTrue();
        assertThat(queued.chosenSetting().orElseThrow().setting()).isEqualTo("1 vCPU / 2 GB");
        SettingOption half = setting(queued, "0.5 vCPU / 1 GB");
        assertThat(half.seconds()).isCloseTo(13 * 3600, within(1e-6));
        assertThat(half.verdict()).isEqualTo("does not fit: run time at this setting");
        Assessment scheduled = FARGATE.assess(TestProfiles.parse(job), LIST);
        assertThat(scheduled.chosenSetting().orElseThrow().setting()).isEqualTo("0.5 vCPU / 1 GB");
    }
}
