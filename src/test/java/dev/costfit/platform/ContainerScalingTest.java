package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.PatternPreset;
import dev.costfit.profile.PatternSpec;
import dev.costfit.profile.Traffic;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A container service's hour-to-hour steps: the tasks of the hour before carry the new hour at full use until target
 * tracking adds more, minutes later (coldstart-reference.md §4.2), so a step beyond what they carry is an ADVISORY, as
 * LMI's scaling speed is. The work of each hour is worked out by hand from the day's rates.
 */
class ContainerScalingTest {

    private static final TimeSpan START = TimeSpan.ofSeconds(40);

    /** A day: 00-07 at weight 1, 08-17 at 4, 18-23 at 2; its distinct loads in that order. */
    private static HourlyLoad day(double burst) {
        List<Double> weights = new ArrayList<>();
        weights.addAll(Collections.nCopies(8, 1.0));
        weights.addAll(Collections.nCopies(10, 4.0));
        weights.addAll(Collections.nCopies(6, 2.0));
        return HourlyLoad.of(new Traffic(new Rate(1), new PatternSpec.Hourly(weights), burst),
                TimeSpan.ofSeconds(0.2));
    }

    /**
     * What a container of a service stating {@code fields} (its cpu_time, its concurrency) needs at a 70% target;
     * the hours' loads, and their requests' 200 ms, are {@link #day}'s.
     */
    private static ContainerNeed need(String fields) {
        return ContainerNeed.of(TestProfiles.parse("name: s\ntraffic: {rate: 1/s}\nduration: 2s\nmemory: 512MB\n"
                + "timeout: 30s\n" + fields), CATALOG, 0.7, false);
    }

    private static LimitCheck check(HourlyLoad load, ContainerNeed need, double vcpu) {
        return ContainerScaling.check(load, need.instances(load, vcpu), need, vcpu, START, "task",
                ContainerScaling.ECS);
    }

    @Test
    void aStepBeyondWhatTheTasksRunningCarryAtFullUseIsFlagged() {
        // The day's rates: 1/s over weights 1, 4, 2 of mean 2.5: 0.4/s at night, 1.6/s from 08:00, 0.8/s from 18:00.
        // 1 s of CPU a request on 0.25 vCPU: night 0.4 / 0.25 = 1.6 tasks' work, sized ceil(1.6 / 0.7) = 3 tasks;
        // from 08:00 1.6 / 0.25 = 6.4 tasks' work, which the 3 running cannot carry until more start.
        LimitCheck check = check(day(1), need("cpu_time: 1s\n"), 0.25);
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        assertThat(check.required()).startsWith("the work of 6.4 tasks at full use at once")
                .contains("into 08:00, sized 3 tasks to 10");      // ceil(6.4 / 0.7) = ceil(9.14) = 10
        assertThat(check.allowed()).startsWith("3 tasks, those running, at full use").contains("70% CPU target")
                .contains("about 3 minutes above target").contains("40 s (estimate)");
        assertThat(check.workaround()).contains("scheduled actions");
        // Sized for a burst of 4x at full use, the night's tasks carry four times its work: ceil(0.4 × 4 / 0.25)
        // = ceil(6.4) = 7 tasks, and 08:00 asks 6.4 of them.
        assertThat(check(day(4), need("cpu_time: 1s\n"), 0.25).ok()).isTrue();
    }

    @Test
    void wholeTasksDoNotMakeAStepOfOneThatCarriesTheNextHour() {
        // 150 ms a request on 0.25 vCPU: the night's 0.4 × 0.15 / 0.25 = 0.24 tasks' work runs on one task
        // (ceil(0.24 / 0.7) = 1); 08:00's 0.96 is sized as ceil(0.96 / 0.7) = 2 tasks, but the one running carries
        // 0.96 of its CPU at full use: no queue, though the count doubles.
        LimitCheck check = check(day(1), need("cpu_time: 150ms\n"), 0.25);
        assertThat(check.ok()).isTrue();
        assertThat(check.required()).startsWith("the work of 0.96 tasks").contains("sized 1 task to 2");
    }

    @Test
    void aStatedConcurrencyCountsTheRequestsInFlight() {
        // One request a container, 10 ms of CPU: the CPU asks 1.6 × 0.01 / 0.25 = 0.064 of a task at 08:00, but
        // its requests in flight, Poisson(1.6 × 0.2 = 0.32), reach 2 at the 99th percentile (P(X <= 1) =
        // e^-0.32 × 1.32 = 0.958, P(X <= 2) = 0.9955): two tasks' slots, where the night keeps one (Poisson(0.08):
        // P(X <= 1) = 0.9970; the burst of 1 adds none).
        LimitCheck check = check(day(1), need("cpu_time: 10ms\nconcurrency_per_instance: 1\n"), 0.25);
        assertThat(check.ok()).isFalse();
        assertThat(check.required()).startsWith("the work of 2 tasks").contains("sized 1 task to 2");
    }

    /** The diurnal preset at {@code rate} a second, requests of {@code seconds}, no burst. */
    private static HourlyLoad diurnal(double rate, double seconds, PatternSpec pattern) {
        return HourlyLoad.of(new Traffic(new Rate(rate), pattern, 1), TimeSpan.ofSeconds(seconds));
    }

    private static final PatternSpec DIURNAL = new PatternSpec.Preset(PatternPreset.DIURNAL);

    /** The diurnal preset's 24 weights written out as a profile's own hourly weights. */
    private static final PatternSpec DIURNAL_WRITTEN = new PatternSpec.Hourly(
            Arrays.stream(PatternPreset.DIURNAL.weights()).boxed().toList());

    /**
     * An expert review's p9: 5/s, diurnal, 20 s requests, 64 a container. The cosine's weights 1 + 0.6·cos(2π(h −
     * 14)/24) have mean 1: 08:00 has 5/s, 100 in flight, p99 124 (P(X ≤ 123) = 0.98876, P(X ≤ 124) = 0.99123), so
     * ceil(124 / 64) = 2 tasks; 09:00 has 5 × 1.15529 = 5.776/s, 115.53 in flight, p99 141, 3 tasks. Read as a step,
     * 09:00's 141 / 64 = 2.2 tasks' work falls at once on the 2 running. But the cosine ramps: the 2 tasks carry
     * 08:00's load and the rise over 3 min + 40 s = 220 s, 220 / 3,600 = 6.11% of it: 100 + 15.53 × 0.0611 = 100.95
     * in flight, p99 125 (0.98860, 0.99109), 125 / 64 = 1.95 tasks: within the 2. The most any hour asks is into
     * 15:00, past the 14:00 peak (160 in flight, p99 190, 3 tasks): 160 − 2.04 × 0.0611 = 159.875, p99 190 (0.98895,
     * 0.99094), 190 / 64 = 2.97 of the 3.
     */
    @Test
    void aSmoothDiurnalCurveIsFollowedNotFlagged() {
        LimitCheck check = check(diurnal(5, 20, DIURNAL), need("cpu_time: 10ms\nconcurrency_per_instance: 64\n"),
                0.25);
        assertThat(check.ok()).isTrue();
        assertThat(check.required()).startsWith("the work of 2.97 tasks at full use by the time more run")
                .contains("into 15:00, sized 3 tasks to 3")
                .contains("the diurnal pattern's hours sample a smooth curve")
                .contains("220 s (3.7 min) until more run (3 min to react, then 40 s to start; 6.1% of the hour's "
                        + "change)");
        // A ramp has no step to scale ahead of: scheduled scaling would go ahead of its rise.
        assertThat(check.workaround()).startsWith("scale on a schedule ahead of the rise (");
    }

    /**
     * The review's profile itself on Fargate: 50 ms of CPU on 0.25 vCPU makes a request 19.95 + 0.05 / 0.25 = 20.15 s,
     * a little more in flight than above; its recommendation said "needs action: scaling speed" (2 tasks to 3 into
     * 09:00) and now fits without it.
     */
    @Test
    void theReviewersDiurnalServiceFitsFargateWithoutAScalingAction() {
        Assessment a = new FargatePlatform().assess(TestProfiles.parse("name: p9\ntraffic: {rate: 5/s, pattern: "
                + "diurnal}\nduration: 20s\ncpu_time: 50ms\nmemory: 512MB\ntimeout: 60s\n"
                + "concurrency_per_instance: 64\n"), new PricingContext(CATALOG, false));
        assertThat(a.limits()).filteredOn(l -> l.limit().equals("scaling speed")).singleElement()
                .satisfies(l -> assertThat(l.ok()).isTrue());
    }

    /**
     * The same 24 weights written as a profile's own hourly weights are read as steps (PatternPreset#continuous:
     * 24 numbers cannot tell a sampled curve from a real step), so 09:00's whole 141 / 64 = 2.2 tasks' work falls
     * on 08:00's 2 at once, as it did for the preset before ramps were read.
     */
    @Test
    void writtenHourlyWeightsAreReadAsSteps() {
        LimitCheck check = check(diurnal(5, 20, DIURNAL_WRITTEN),
                need("cpu_time: 10ms\nconcurrency_per_instance: 64\n"), 0.25);
        assertThat(check.ok()).isFalse();
        assertThat(check.required()).startsWith("the work of 2.2 tasks at full use at once")
                .contains("into 09:00, sized 2 tasks to 3, as an hour's rate starts on the hour");
        assertThat(check.workaround()).startsWith("scale on a schedule ahead of the step (");
    }

    /**
     * Business hours step at 08:00 and stay flagged. Weights 1 (50 hours) and 0.1 (118) have mean 61.8 / 168: at
     * 1/s the quiet hours have 0.1 × 168 / 61.8 = 0.2718/s and the busy 2.718/s. 100 ms of CPU on 0.25 vCPU: quiet
     * 0.2718 × 0.1 / 0.25 = 0.109 tasks' work (1 task), busy 1.087 at once on that one task (sized ceil(1.087 /
     * 0.7) = 2).
     */
    @Test
    void businessHoursStillStepAtEight() {
        HourlyLoad week = HourlyLoad.of(new Traffic(new Rate(1), new PatternSpec.Preset(PatternPreset.BUSINESS_HOURS),
                1), TimeSpan.ofSeconds(0.2));
        LimitCheck check = check(week, need("cpu_time: 100ms\n"), 0.25);
        assertThat(check.ok()).isFalse();
        assertThat(check.required()).startsWith("the work of 1.09 tasks at full use at once")
                .contains("into Monday 08:00, sized 1 task to 2");
    }

    /**
     * Fargate on a business-hours service: the check and the assumption appear, the platform still fits (an
     * advisory), and its cold starts say the steps are met by scheduled scaling.
     */
    @Test
    void fargateSaysItsStepsAreMetAheadOfTime() {
        Assessment a = new FargatePlatform().assess(TestProfiles.parse("name: bh\ntraffic: {rate: 2/s, pattern: "
                + "business-hours}\nduration: 200ms\nmemory: 2GB\ntimeout: 30s\n"), new PricingContext(CATALOG, false));
        assertThat(a.usable()).isTrue();
        assertThat(a.limits()).anySatisfy(l -> {
            assertThat(l.limit()).isEqualTo("scaling speed");
            assertThat(l.ok()).isFalse();
            assertThat(l.required()).contains("into Monday 08:00");
        });
        assertThat(a.assumptions()).anyMatch(s -> s.contains("assumed met by scheduled scaling"));
        assertThat(a.coldStarts().explanation()).anyMatch(e -> e.contains("hour-to-hour steps met by scheduled "
                + "scaling"));
    }

    /**
     * The diurnal preset ramps, and the check reads it as a ramp that the autoscaler follows (session 40): the
     * assumption and the cold starts say so, with the lag the check takes — ECS's 3 minutes to react and the task's
     * 40 s start, 220 s; the HPA's and node autoscaler's 5 minutes and the pod's 75 s, 375 s — and claim no scheduled
     * scaling. Hourly weights a profile writes still step, met by scheduled scaling; a flat pattern has nothing to
     * meet.
     */
    @Test
    void theAssumptionSaysHowEachKindOfPatternIsMet() {
        PricingContext report = new PricingContext(CATALOG, false);
        String service = "name: d\ntraffic: {rate: 5/s, pattern: %s}\nduration: 200ms\nmemory: 2GB\ntimeout: 30s\n";
        Assessment fargate = new FargatePlatform().assess(TestProfiles.parse(service.formatted("diurnal")), report);
        assertThat(fargate.assumptions()).contains("each hour's tasks are priced as running from the hour's start: "
                + "the diurnal pattern's hours sample a smooth curve, so its rate ramps from one hour's to the next's, "
                + "and target tracking follows the ramp with no scheduled scaling: it asks for more tasks about 3 min "
                + "after the load that needs them and each starts in about 40 s (estimate), so the tasks running carry "
                + "the rise over those 220 s (3.7 min) (the scaling-speed check says where that outruns them)");
        assertThat(fargate.coldStarts().explanation()).anyMatch(e -> e.contains("the pattern's ramp from hour to hour "
                + "followed by autoscaling (the tasks running carry its rise while more start)"));
        assertThat(String.join(" ", fargate.assumptions()) + fargate.coldStarts().explanation())
                .doesNotContain("scheduled scaling (");
        Assessment eks = new EksPlatform().assess(TestProfiles.parse(service.formatted("diurnal")), report);
        assertThat(eks.assumptions()).anyMatch(s -> s.contains("the HPA with the node autoscaler follows the ramp "
                + "with no scheduled scaling: it asks for more pods about 5 min after the load that needs them and "
                + "each starts in about 75 s (1.3 min) (estimate), so the pods running carry the rise over those 375 "
                + "s (6.3 min)"));
        Assessment hourly = new FargatePlatform().assess(TestProfiles.parse(service.formatted(
                "{hourly: [1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2, 2, 2, 2, 2, 2]}")), report);
        assertThat(hourly.assumptions()).anyMatch(s -> s.contains("the pattern's hour-to-hour steps are assumed met "
                + "by scheduled scaling"));
        assertThat(hourly.coldStarts().explanation()).anyMatch(e -> e.contains("steps met by scheduled scaling"));
        Assessment flat = new FargatePlatform().assess(TestProfiles.parse(service.formatted("flat")), report);
        assertThat(flat.assumptions()).contains("each hour's tasks are priced as running from the hour's start: the "
                + "flat pattern's hours all ask the same, with no hour-to-hour change to meet");
        assertThat(flat.coldStarts().explanation()).noneMatch(e -> e.contains("scheduled scaling")
                || e.contains("ramp"));
    }
}
