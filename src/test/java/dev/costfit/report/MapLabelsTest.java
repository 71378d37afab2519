package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.SweepVariable;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words on a map's chart, laid out by {@link MapLabels}, read back from its SVG, on maps built by hand (no
 * engine). The crowded map: 60 rates (1/s to 10⁶/s) by 40 durations (1 s to 4 s), Lambda the cheapest below column
 * 20 and Fargate above column 35, the two taking turns column by column from 20 (Lambda) to 35 (Fargate): 15
 * boundaries along every row, a cell apart. The profile (10/s, 2 s) is at column 10 and row 13; in the three columns
 * around it, rows 8 to 18 take turns as a checkerboard (Fargate where the column and row add up to an even number),
 * so its row changes 4 times around it and its column 12 times.
 */
class MapLabelsTest {

    private static final Profile PROFILE = TestProfiles.service("10/s", "2s", "512MB");
    private static final MapAxis RATE = MapAxis.of(SweepVariable.RATE, 1, 1_000_000, 60);
    private static final MapAxis DURATION = MapAxis.of(SweepVariable.DURATION, 1, 4, 40);
    private static final int OWN_COLUMN = RATE.cellOf(10).getAsInt();

    private static boolean lambda(int i, int j) {
        if (j >= 8 && j <= 18 && Math.abs(i - OWN_COLUMN) <= 1) {
            return (i + j) % 2 != 0;
        }
        return i < 20 || i <= 35 && i % 2 == 0;
    }

    /**
     * No label may cover another, a region's name or the profile's words, none may stand outside the plot, and
     * every boundary must be counted by some label.
     */
    @Test
    void labelsNeitherOverlapNorLeaveThePlotAndCountEveryBoundary() throws Exception {
        DecisionMap map = HandMadeMap.lambdaOrFargate(PROFILE, RATE, DURATION, MapLabelsTest::lambda);
        DecisionMap.Spot own = map.own().orElseThrow();
        assertThat(own.column()).isEqualTo(10);
        assertThat(own.row()).isEqualTo(13);
        List<SvgText> texts = SvgText.all(MapReport.svg(map));
        List<SvgText> crossings = texts.stream().filter(SvgText::small).toList();
        List<SvgText> names = texts.stream().filter(t -> t.bold() && List.of("AWS Lambda", "AWS Fargate")
                .contains(t.text())).toList();
        SvgText words = texts.stream().filter(t -> t.bold() && t.text().equals("this profile")).findFirst()
                .orElseThrow();

        int alongRow = changes(60, i -> lambda(i, own.row()));
        int alongColumn = changes(40, j -> lambda(own.column(), j));
        assertThat(alongRow).isEqualTo(4 + 15);
        assertThat(alongColumn).isEqualTo(12);
        int counted = 0;
        Pattern many = Pattern.compile(": (\\d+) changes$");
        for (SvgText t : crossings) {
            Matcher m = many.matcher(t.text());
            counted += m.find() ? Integer.parseInt(m.group(1)) : 1;
        }
        List<String> said = crossings.stream().map(SvgText::text).toList();
        assertThat(counted).as("boundaries counted by the labels %s", said).isEqualTo(alongRow + alongColumn);
        assertThat(said).anyMatch(t -> t.endsWith(" changes")); // too crowded for a label each
        assertThat(names).extracting(SvgText::text).containsExactlyInAnyOrder("AWS Lambda", "AWS Fargate");

        List<SvgText> all = new ArrayList<>(crossings);
        all.addAll(names);
        all.add(words);
        for (int a = 0; a < all.size(); a++) {
            Rectangle2D box = all.get(a).background();
            Rectangle2D plot = all.get(a).clip();
            assertThat(box).isNotNull();
            assertThat(plot.contains(box)).as("label %s inside the plot %s", box, plot).isTrue();
            for (int b = a + 1; b < all.size(); b++) {
                Rectangle2D other = all.get(b).background();
                assertThat(box.intersects(other)).as("%s and %s overlap", box, other).isFalse();
            }
        }
    }

    /**
     * A map of Lambda alone, 20 × 20, with the profile at cell (9, 9): the cell farthest from the map's edge, the
     * first of the four at distance 10, so where the region's name stood before it was laid out with the other
     * labels, over the profile's marker. The name moves to a cell with room, and stays.
     */
    @Test
    void aRegionsNameMakesWayForTheProfilesMarker() throws Exception {
        MapAxis rate = MapAxis.of(SweepVariable.RATE, 1, 100_000, 20);
        MapAxis duration = MapAxis.of(SweepVariable.DURATION, 1, 4, 20);
        Profile centred = TestProfiles.service(rate.value(9) + "/s", duration.value(9) + "s", "512MB");
        DecisionMap map = HandMadeMap.lambdaOrFargate(centred, rate, duration, (i, j) -> true);
        assertThat(map.own()).contains(new DecisionMap.Spot(9, 9));
        List<SvgText> texts = SvgText.all(MapReport.svg(map));
        Rectangle2D name = bold(texts, "AWS Lambda").orElseThrow(() -> new AssertionError("no name drawn"));
        Rectangle2D words = bold(texts, "this profile").orElseThrow();
        // The diamond is 14 px across, centred where the words' box starts 11 px to the left of.
        Rectangle2D diamond = new Rectangle2D.Double(words.getMinX() - 20, words.getCenterY() - 8, 16, 16);
        assertThat(name.intersects(words)).as("%s covers the profile's words %s", name, words).isFalse();
        assertThat(name.intersects(diamond)).as("%s covers the profile's marker %s", name, diamond).isFalse();
    }

    /**
     * A strip of Lambda across Fargate, all 40 rows, the profile outside it: {@code wide} columns from column 30. A
     * name stands only over its own region: 5 columns (some 72 of the 870 pixels across the plot) are too narrow for
     * "AWS Lambda" (about 80 pixels with its margin), so no name, where the name once stood over the boundaries into
     * Fargate; 12 columns (174 pixels) have room, and the name lies within them.
     */
    @Test
    void aRegionsNameStandsOverItsOwnCellsOnly() throws Exception {
        assertThat(bold(strip(5), "AWS Lambda")).isEmpty();
        List<SvgText> wider = strip(12);
        Rectangle2D name = bold(wider, "AWS Lambda").orElseThrow(() -> new AssertionError("no name drawn"));
        Rectangle2D plot = wider.stream().filter(t -> t.text().equals("AWS Fargate")).findFirst().orElseThrow()
                .clip();
        double cell = plot.getWidth() / 60;
        assertThat(name.getMinX()).isGreaterThanOrEqualTo(plot.getMinX() + 30 * cell);
        assertThat(name.getMaxX()).isLessThanOrEqualTo(plot.getMinX() + 42 * cell);
    }

    private static List<SvgText> strip(int wide) throws Exception {
        DecisionMap map = HandMadeMap.lambdaOrFargate(PROFILE, RATE, DURATION, (i, j) -> i >= 30 && i < 30 + wide);
        return SvgText.all(MapReport.svg(map));
    }

    /** The background of the bold text {@code text} (a region's name, the profile's words), if drawn. */
    private static Optional<Rectangle2D> bold(List<SvgText> texts, String text) {
        return texts.stream().filter(t -> t.bold() && t.text().equals(text)).findFirst().map(SvgText::background);
    }

    private static int changes(int count, IntFunction<Boolean> lambda) {
        int changes = 0;
        for (int k = 1; k < count; k++) {
            changes += lambda.apply(k).equals(lambda.apply(k - 1)) ? 0 : 1;
        }
        return changes;
    }
}
