package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.PatternSpec;
import dev.costfit.profile.Traffic;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
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
}
