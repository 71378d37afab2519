package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
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
 * A container service's hour-to-hour steps: the tasks of the hour before carry the new hour until target tracking
 * adds more, minutes later (coldstart-reference.md §4.2), so a step beyond their headroom is an ADVISORY, as LMI's
 * scaling speed is.
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

    private static InstanceHours tasks(int night, int day, int evening) {
        return new InstanceHours(List.of(new InstanceHours.Count(night, 8 * 30.4), new InstanceHours.Count(day, 304),
                new InstanceHours.Count(evening, 6 * 30.4)));
    }

    @Test
    void aStepBeyondTheTasksHeadroomIsFlagged() {
        // 1 task at night, 7 from 08:00: 7 / 1 = 7x at once; tasks at a 70% CPU target take 1 / 0.7 = 1.43x.
        LimitCheck check = ContainerScaling.check(day(1), tasks(1, 7, 3), 0.7, START, "task", ContainerScaling.ECS);
        assertThat(check.ok()).isFalse();
        assertThat(check.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        assertThat(check.required()).startsWith("7x at once").contains("into 08:00: 1 task to 7");
        assertThat(check.allowed()).startsWith("1.43x").contains("about 3 minutes above target")
                .contains("40 s (estimate)");
        assertThat(check.workaround()).contains("scheduled actions");
        // 2 -> 3 is 1.5x, above 1.43x; 3 -> 4 is 1.33x, within it.
        assertThat(ContainerScaling.check(day(1), tasks(2, 3, 2), 0.7, START, "task", ContainerScaling.ECS).ok())
                .isFalse();
        assertThat(ContainerScaling.check(day(1), tasks(3, 4, 3), 0.7, START, "task", ContainerScaling.ECS).ok())
                .isTrue();
        // Sized for a burst of 2x at full use, each hour's tasks take twice its load: 2 -> 3 (1.5x) fits in 2x.
        assertThat(ContainerScaling.check(day(2), tasks(2, 3, 2), 0.7, START, "task", ContainerScaling.ECS).ok())
                .isTrue();
    }

    @Test
    void aFlatPatternHasNoStep() {
        HourlyLoad flat = HourlyLoad.of(new Traffic(new Rate(1), new PatternSpec.Preset(
                dev.costfit.profile.PatternPreset.FLAT), 1), TimeSpan.ofSeconds(0.2));
        assertThat(ContainerScaling.check(flat, new InstanceHours(List.of(new InstanceHours.Count(5, 730))), 0.7,
                START, "task", ContainerScaling.ECS).ok()).isTrue();
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
