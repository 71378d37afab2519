package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Labels along a line, laid out by hand: an area 1,000 px wide and 100 high, labels 14 px high in a lane above the
 * line (y 10 to 24) or below it (y 50 to 64), one label 60 px wide, a label for a run of several 100 px wide, each
 * centred on its places (for a run, midway between its first and last) and kept inside the area.
 */
class LabelPlacementTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 1000, 100);

    private static BiFunction<Integer, Integer, List<Rectangle2D>> lanes(double[] at, double... ys) {
        return (from, to) -> {
            double width = from.equals(to) ? 60 : 100;
            double left = Math.max(0, Math.min((at[from] + at[to]) / 2 - width / 2, 1000 - width));
            return java.util.Arrays.stream(ys).mapToObj(y -> (Rectangle2D) new Rectangle2D.Double(left, y, width, 14))
                    .toList();
        };
    }

    private static final BiFunction<Integer, Integer, List<Rectangle2D>> NOWHERE = (from, to) -> List.of();

    @Test
    void labelsFarApartEachTakeTheLaneAbove() {
        double[] at = {100, 300};
        List<LabelPlacement.Run> runs = new LabelPlacement(AREA).alongLine(2, true, lanes(at, 10, 50), NOWHERE);
        assertThat(runs).extracting(LabelPlacement.Run::from, LabelPlacement.Run::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0), org.assertj.core.groups.Tuple.tuple(1, 1));
        assertThat(runs.get(0).box()).isEqualTo(new Rectangle2D.Double(70, 10, 60, 14));
        assertThat(runs.get(1).box()).isEqualTo(new Rectangle2D.Double(270, 10, 60, 14));
    }

    /**
     * At 100, 130 and 160: the first above (70–130); the second's box above (100–160) overlaps it, so below; the
     * third's above (130–190) is within the gap of the first's edge at 130, below (130–190) overlaps the second's:
     * the second's label is what leaves it no room, so the two merge, one 100 px label centred at 145 (95–195),
     * which overlaps the first above and takes the lane below, freed by the second's.
     */
    @Test
    void aLabelCrowdedOutByTheOneBeforeItMergesWithIt() {
        double[] at = {100, 130, 160};
        List<LabelPlacement.Run> runs = new LabelPlacement(AREA).alongLine(3, true, lanes(at, 10, 50), NOWHERE);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).isEqualTo(new LabelPlacement.Run(0, 0, new Rectangle2D.Double(70, 10, 60, 14)));
        assertThat(runs.get(1)).isEqualTo(new LabelPlacement.Run(1, 2, new Rectangle2D.Double(95, 50, 100, 14)));
    }

    @Test
    void aLabelAtTheEdgeIsShiftedInsideTheArea() {
        double[] at = {10, 995};
        List<LabelPlacement.Run> runs = new LabelPlacement(AREA).alongLine(2, true, lanes(at, 10, 50), NOWHERE);
        assertThat(runs.get(0).box().getMinX()).isEqualTo(0);
        assertThat(runs.get(1).box().getMaxX()).isEqualTo(1000);
    }

    /**
     * A marker reserved across both lanes at 280–320 blocks the label at 300 (270–330), not the label before it at
     * 100: it takes the far lane (y 80) rather than merging with a label 200 px away.
     */
    @Test
    void aLabelBlockedByAMarkerTakesAFarLaneRatherThanMerging() {
        LabelPlacement placement = new LabelPlacement(AREA);
        placement.reserve(new Rectangle2D.Double(280, 5, 40, 65));
        double[] at = {100, 300};
        List<LabelPlacement.Run> runs = placement.alongLine(2, true, lanes(at, 10, 50), lanes(at, 80));
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)).isEqualTo(new LabelPlacement.Run(1, 1, new Rectangle2D.Double(270, 80, 60, 14)));
    }

    /** Where no box has room at all, the label still shows, in its first box: a boundary is never left unlabelled. */
    @Test
    void aLabelWithNoRoomAnywhereStillShows() {
        LabelPlacement placement = new LabelPlacement(AREA);
        placement.reserve(new Rectangle2D.Double(0, 0, 1000, 100));
        List<LabelPlacement.Run> runs = placement.alongLine(1, true, lanes(new double[] {500}, 10, 50), NOWHERE);
        assertThat(runs).containsExactly(new LabelPlacement.Run(0, 0, new Rectangle2D.Double(470, 10, 60, 14)));
    }

    /** A box must lie wholly inside the area: one that sticks out above it is not taken. */
    @Test
    void aBoxOutsideTheAreaIsNotTaken() {
        List<LabelPlacement.Run> runs = new LabelPlacement(AREA).alongLine(1, true, lanes(new double[] {500}, -5, 50),
                NOWHERE);
        assertThat(runs.get(0).box().getMinY()).isEqualTo(50);
    }
}
