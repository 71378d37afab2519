package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Instances that carry hourly unit counts: ⌈units ÷ per instance⌉ each hour, never fewer than the minimum. */
class FleetSizeTest {

    // 5 units for 500 hours, 1 unit for 230 hours (a 730-hour month).
    private static final InstanceHours UNITS = new InstanceHours(List.of(new InstanceHours.Count(5, 500),
            new InstanceHours.Count(1, 230)));

    @Test
    void eachHourNeedsTheUnitsDividedByWhatOneInstanceHoldsRoundedUp() {
        // Two a piece: 3 instances × 500 h + 1 × 230 h = 1,730 instance-hours.
        assertThat(FleetSize.of(UNITS).instanceHours(2, 1)).isEqualTo(1730);
        assertThat(FleetSize.instances(UNITS, 2, 1).perMonth()).isEqualTo(1730);
    }

    @Test
    void theMinimumHoldsInQuietHours() {
        // At least 3 instances every hour: 3 × 730 h = 2,190 instance-hours, though 5 units fit on 2 of 4 each.
        assertThat(FleetSize.of(UNITS).instanceHours(4, 3)).isEqualTo(2190);
        assertThat(FleetSize.instances(UNITS, 4, 3).min()).isEqualTo(3);
    }

    @Test
    void aFleetAskedAgainAnswersTheSameForEachMinimumAndPerInstanceCount() {
        // One fleet asked as a ranking of instance types asks it: counts repeat, minimums change, large counts
        // come too. By hand: 2 a piece, min 1: 3 × 500 + 1 × 230 = 1,730; min 3: 3 × 730 = 2,190; 5 a piece,
        // min 1: 1 × 730; 10,000 a piece, min 2: 2 × 730.
        FleetSize fleet = FleetSize.of(UNITS);
        for (int round = 0; round < 2; round++) {
            assertThat(fleet.instanceHours(2, 1)).isEqualTo(1730);
            assertThat(fleet.instanceHours(5, 1)).isEqualTo(730);
            assertThat(fleet.instanceHours(2, 3)).isEqualTo(2190);
            assertThat(fleet.instanceHours(10_000, 2)).isEqualTo(1460);
            assertThat(fleet.instanceHours(2, 1)).isEqualTo(1730);
            // 10 a piece shares a kept slot with 2 (the low bits): 1 × 500 + 1 × 230 = 730, then 2 a piece again.
            assertThat(fleet.instanceHours(10, 1)).isEqualTo(730);
            assertThat(fleet.instanceHours(2, 1)).isEqualTo(1730);
            assertThat(fleet.instanceHours(10, 1)).isEqualTo(730);
        }
    }

    @Test
    void theLeastInstanceHoursNeverExceedTheSum() {
        // 2 a piece, min 1: units give 5 × 500 + 1 × 230 = 2,730 unit-hours ÷ 2 = 1,365 (the sum is 1,730); min 3:
        // 3 × 730 = 2,190, the sum itself; 10,000 a piece, min 2: 2 × 730 = 1,460, the sum too.
        FleetSize fleet = FleetSize.of(UNITS);
        assertThat(fleet.leastInstanceHours(2, 1)).isCloseTo(1365, org.assertj.core.data.Offset.offset(1e-6))
                .isLessThanOrEqualTo(fleet.instanceHours(2, 1));
        assertThat(fleet.leastInstanceHours(2, 3)).isCloseTo(2190, org.assertj.core.data.Offset.offset(1e-6))
                .isLessThanOrEqualTo(fleet.instanceHours(2, 3));
        assertThat(fleet.leastInstanceHours(10_000, 2)).isLessThanOrEqualTo(fleet.instanceHours(10_000, 2));
    }

    @Test
    void countsNearTheIntegerLimitDoNotOverflow() {
        assertThat(FleetSize.ceilDiv(Integer.MAX_VALUE, 2)).isEqualTo(1 << 30);
    }
}
