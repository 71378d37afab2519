package dev.costfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.model.InstanceHours;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mean hour's use a break-even search compares a container's units by, and the level a plan commits. */
class HourlyUsageTest {

    @Test
    void theMeanHourWeighsEachHourByTheMonthHoursItStandsFor() {
        // 2 tasks for 100 hours, 5 for 50, 9 for none: (2 × 100 + 5 × 50) / 150 = 3 tasks in the mean hour.
        InstanceHours tasks = new InstanceHours(List.of(new InstanceHours.Count(2, 100),
                new InstanceHours.Count(5, 50), new InstanceHours.Count(9, 0)));
        assertThat(HourlyUsage.of(tasks).mean()).isEqualTo(3.0);
        // Listed as figures, the same.
        assertThat(new HourlyUsage(List.of(2.0, 5.0, 9.0), List.of(100.0, 50.0, 0.0)).mean()).isEqualTo(3.0);
        // Committed at c tasks, the month is (1 − d) × c × 150 + the task-hours above c. At d = 0.2 the 50 hours
        // using more than 2 are within 0.8 × 150 = 120: 2 tasks, 2 / 3 of the mean, the 50 × 3 = 150 task-hours
        // above it a third of the month's 450. At d = 0.7 they are not (50 > 0.3 × 150 = 45): 5 tasks,
        // 0.3 × 5 × 150 = 225 against 0.3 × 2 × 150 + 150 = 240 at 2; 5 / 3 of the mean, two thirds unused.
        assertThat(HourlyUsage.of(tasks).committed(0.2).base()).isEqualTo(2.0 / 3);
        assertThat(HourlyUsage.of(tasks).committed(0.2).above()).isEqualTo(1.0 / 3);
        assertThat(HourlyUsage.of(tasks).committed(0.7).base()).isEqualTo(5.0 / 3);
        assertThat(HourlyUsage.of(tasks).committed(0.7).above()).isZero();
        assertThat(HourlyUsage.of(tasks).committed(0.7).unused()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(HourlyUsage.NONE.mean()).isZero();
        assertThat(new HourlyUsage(List.of(0.0, 0.0), List.of(1.0, 1.0)).mean()).isZero();
    }
}
