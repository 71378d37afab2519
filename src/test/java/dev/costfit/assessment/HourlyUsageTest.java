package dev.costfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.model.InstanceHours;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mean hour's use a break-even search compares a container's units by. */
class HourlyUsageTest {

    @Test
    void theMeanHourWeighsEachHourByTheMonthHoursItStandsFor() {
        // 2 tasks for 100 hours, 5 for 50, 9 for none: (2 × 100 + 5 × 50) / 150 = 3 tasks in the mean hour.
        InstanceHours tasks = new InstanceHours(List.of(new InstanceHours.Count(2, 100),
                new InstanceHours.Count(5, 50), new InstanceHours.Count(9, 0)));
        assertThat(HourlyUsage.of(tasks).mean()).isEqualTo(3.0);
        // Listed as figures, the same.
        assertThat(new HourlyUsage(List.of(2.0, 5.0, 9.0), List.of(100.0, 50.0, 0.0)).mean()).isEqualTo(3.0);
        // Its least hour is 2 of the mean's 3.
        assertThat(HourlyUsage.of(tasks).steadyShare()).isEqualTo(2.0 / 3);
        assertThat(HourlyUsage.NONE.mean()).isZero();
        assertThat(new HourlyUsage(List.of(0.0, 0.0), List.of(1.0, 1.0)).mean()).isZero();
    }
}
