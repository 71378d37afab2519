package dev.costfit.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Where a value falls on a map's axis: its place between the cells' centres, and the cell whose edges hold it. */
class MapAxisTest {

    @Test
    void theDefaultRatesMidpointOnAnEvenGridIsOnAnEdgeAndBelongsToTheLowerCell() {
        // 20/s on 0.2/s to 2,000/s (/100 to x100): log(100) / log(10,000) = 1/2 of the way, 0.5 x 19 = 9.5, the edge
        // between cells 9 (15.7/s) and 10 (25.5/s); on 60 cells 29.5, on 48 cells 23.5, on 44 cells 21.5.
        for (int count : new int[] {20, 44, 48, 60}) {
            MapAxis rate = MapAxis.of(SweepVariable.RATE, 0.2, 2_000, count);
            assertThat(rate.place(20)).isCloseTo((count - 1) / 2.0, within(1e-9));
            assertThat(rate.cellOf(20)).hasValue(count / 2 - 1);
        }
        // An odd count puts it at a centre: 21 cells, cell 10.
        assertThat(MapAxis.of(SweepVariable.RATE, 0.2, 2_000, 21).cellOf(20)).hasValue(10);
    }

    @Test
    void aValueBelongsToTheCellWhoseEdgesHoldIt() {
        // 1 s to 4 s in 4 cells: centres 1, 2, 3, 4; edges at 1.5, 2.5, 3.5; the ends half a cell beyond.
        MapAxis duration = MapAxis.of(SweepVariable.DURATION, 1, 4, 4);
        assertThat(duration.cellOf(2.49)).hasValue(1);
        assertThat(duration.cellOf(2.5)).hasValue(1);
        assertThat(duration.cellOf(2.51)).hasValue(2);
        assertThat(duration.cellOf(0.5)).hasValue(0);
        assertThat(duration.cellOf(4.5)).hasValue(3);
        assertThat(duration.cellOf(0.49)).isEmpty();
        assertThat(duration.cellOf(4.51)).isEmpty();
    }
}
