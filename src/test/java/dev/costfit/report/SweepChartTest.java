package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.golden.SvgStructure;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.Sweep;
import dev.costfit.recommend.SweepVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The sweep chart as a reader sees it (issue 14, item 7): crossover labels that never overlap, lines told apart
 * by their dash pattern, a title and a background when the chart stands alone, and the reason the recommendation
 * is not always the cheapest. Built from a hand-made sweep so that only the drawing is under test.
 */
class SweepChartTest {

    private static final Profile PROFILE = TestProfiles.parse("name: api\ntraffic: {rate: 10/s}\n"
            + "duration: {mean: 1s}\nmemory: 512MB\ntimeout: 10s\n");
    private static final List<String> PLATFORMS = List.of("lambda", "cloud-functions-gen2", "fargate", "eks");

    /**
     * 1/s to 1,000/s, 31 points; the cheapest changes at 20/s, 21.5/s and 23/s (labels that would collide) and at
     * 300/s; from 400/s nothing fits. Lambda is recommended over Fargate from 23/s to 40/s (within the margin).
     */
    private static Sweep sweep() {
        return sweep(PROFILE);
    }

    private static Sweep sweep(Profile profile) {
        List<Sweep.Point> points = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            double rate = Math.pow(10, i / 10.0);
            Map<String, OptionalDouble> costs = new LinkedHashMap<>();
            boolean fits = rate < 400;
            costs.put("lambda", fits ? OptionalDouble.of(3 * rate) : OptionalDouble.empty());
            costs.put("cloud-functions-gen2", fits ? OptionalDouble.of(60 + rate) : OptionalDouble.empty());
            costs.put("fargate", fits ? OptionalDouble.of(70 + rate) : OptionalDouble.empty());
            costs.put("eks", fits ? OptionalDouble.of(70 + rate) : OptionalDouble.empty()); // under Fargate's line
            String cheapest = !fits ? Sweep.NONE : rate < 20 ? "lambda" : rate < 300 ? "fargate" : "eks";
            String recommended = cheapest.equals("fargate") && rate < 40 ? "lambda" : cheapest;
            points.add(new Sweep.Point(rate, costs, cheapest, recommended));
        }
        Map<String, OptionalDouble> none = Map.of();
        List<Sweep.Crossover> crossovers = List.of(new Sweep.Crossover(20, "lambda", "cloud-functions-gen2", none),
                new Sweep.Crossover(21.5, "cloud-functions-gen2", "eks", none),
                new Sweep.Crossover(23, "eks", "fargate", none), new Sweep.Crossover(300, "fargate", "eks", none),
                new Sweep.Crossover(400, "eks", Sweep.NONE, none));
        Map<String, String> names = Map.of("lambda", "AWS Lambda", "cloud-functions-gen2", "Cloud Functions 2nd gen",
                "fargate", "AWS Fargate", "eks", "Amazon EKS");
        return new Sweep(profile, SweepVariable.RATE, points, crossovers, PLATFORMS, names);
    }

    @Test
    void crossoverLabelsCloseTogetherAreStackedAndFarOnesShareTheTopRow() {
        Sweep sweep = sweep();
        List<Charts.LabelPlace> places = Charts.labelPlaces(sweep);
        // 20/s, 21.5/s and 23/s are a few pixels apart on a three-decade axis: three rows. 300/s and 400/s are far
        // from them but 400/s is only an eighth of a decade from 300/s: a label "300/s" is about 43 px wide.
        assertThat(places).extracting(Charts.LabelPlace::row).containsExactly(0, 1, 2, 0, 1);
    }

    /**
     * The profile at 21/s, just right of the crossover at 20/s: the label "20/s" (about 36 px, an eighth of a decade
     * on this 800-pixel, three-decade axis) would have the profile's line through it on the right, so it goes left of
     * its line; 21.5/s and 23/s, right of the profile, keep theirs on the right, and stack as before.
     */
    @Test
    void aLabelTheProfilesLineWouldCrossGoesToTheOtherSideOfItsLine() {
        Profile at21 = TestProfiles.parse("name: api\ntraffic: {rate: 21/s}\nduration: {mean: 1s}\nmemory: 512MB\n"
                + "timeout: 10s\n");
        List<Charts.LabelPlace> places = Charts.labelPlaces(sweep(at21));
        assertThat(places).extracting(Charts.LabelPlace::left).containsExactly(true, false, false, false, false);
        assertThat(places).extracting(Charts.LabelPlace::row).containsExactly(0, 0, 1, 0, 1);
        // Drawn so: the 21.5/s line is some 8 px right of the 20/s line and its label starts 2 px right of it; the
        // label "20/s" (some 28 px) now ends 2 px left of its own line, so it starts well over 30 px left of 21.5's.
        String svg = Charts.sweepSvg(sweep(at21), "t", 900, 420, null);
        assertThat(textX(svg, "20/s")).isLessThan(textX(svg, "21.5/s") - 30);
    }

    private static double textX(String svg, String label) {
        int at = svg.indexOf(">" + label + "<");
        String tag = svg.substring(svg.lastIndexOf("<text", at), at);
        return Double.parseDouble(tag.replaceAll(".* x='([0-9.]+)'.*", "$1"));
    }

    @Test
    void stackedLabelsAreDrawnAtDifferentHeights() {
        SvgStructure chart = SvgStructure.parse(Charts.sweepSvg(sweep(), "t", 900, 420, null));
        String svg = Charts.sweepSvg(sweep(), "t", 900, 420, null);
        List<Double> heights = new ArrayList<>();
        for (String label : List.of(">20/s<", ">21.5/s<", ">23/s<")) {
            int at = svg.indexOf(label);
            String tag = svg.substring(svg.lastIndexOf("<text", at), at);
            heights.add(Double.parseDouble(tag.replaceAll(".* y='([0-9.]+)'.*", "$1")));
        }
        assertThat(heights).doesNotHaveDuplicates();
        assertThat(heights.get(1) - heights.get(0)).isGreaterThanOrEqualTo(12); // at least a line of 12 px text
        assertThat(chart.labels()).contains("no platform fits");
    }

    @Test
    void everyPlatformHasItsOwnDashPatternSoCoincidingLinesStayVisible() {
        SvgStructure chart = SvgStructure.parse(Charts.sweepSvg(sweep(), "t", 900, 420, null));
        List<String> patterns = chart.lines().stream().filter(l -> l.points().length >= 6)
                .filter(l -> !l.stroke().startsWith("rgb(110,119,129)")) // the markers' grey
                .map(SvgStructure.Line::dash).toList();
        assertThat(patterns).hasSize(PLATFORMS.size()).doesNotHaveDuplicates();
    }

    /**
     * Lambda cheapest up to 20/s, Fargate beyond, over 1/s to 1,000/s, 31 points, no crossover listed unless asked;
     * Cloud Functions 2nd gen fits nowhere, Amazon EKS runs under Fargate's line; the platforms in {@code order}.
     */
    private static Sweep coloured(List<String> order, boolean crossing) {
        List<Sweep.Point> points = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            double rate = Math.pow(10, i / 10.0);
            Map<String, OptionalDouble> costs = new LinkedHashMap<>();
            costs.put("lambda", OptionalDouble.of(3 * rate));
            costs.put("cloud-functions-gen2", OptionalDouble.empty());
            costs.put("fargate", OptionalDouble.of(70 + rate));
            costs.put("eks", OptionalDouble.of(75 + rate));
            String cheapest = rate < 35 ? "lambda" : "fargate";
            points.add(new Sweep.Point(rate, costs, cheapest, cheapest));
        }
        List<Sweep.Crossover> crossovers = crossing ? List.of(new Sweep.Crossover(35, "lambda", "fargate", Map.of()))
                : List.of();
        Map<String, String> names = Map.of("lambda", "AWS Lambda", "cloud-functions-gen2", "Cloud Functions 2nd gen",
                "fargate", "AWS Fargate", "eks", "Amazon EKS");
        return new Sweep(PROFILE, SweepVariable.RATE, points, crossovers, order, names);
    }

    /** Each platform line's stroke colour and dash, read from the chart (the markers' grey left out). */
    private static Map<String, String> strokes(Sweep sweep) {
        Map<String, String> out = new LinkedHashMap<>();
        SvgStructure.parse(Charts.sweepSvg(sweep, "t", 900, 420, null)).lines().stream()
                .filter(l -> l.points().length >= 6).filter(l -> !l.stroke().startsWith("rgb(110,119,129)"))
                .forEach(l -> out.put(l.stroke(), l.dash()));
        return out;
    }

    @Test
    void eachPlatformHasItsMapColourAndDashWhateverItsPlaceAmongTheLines() {
        // The map's colours (MapPalette): Lambda #f28e2b, Fargate #e15759, EKS #59a14f. They followed the order of
        // the series: red was whichever platform came sixth.
        Map<String, String> one = strokes(coloured(List.of("lambda", "cloud-functions-gen2", "fargate", "eks"), true));
        Map<String, String> other = strokes(coloured(List.of("eks", "fargate", "cloud-functions-gen2", "lambda"),
                true));
        assertThat(one.keySet()).containsExactlyInAnyOrder("rgb(242,142,43)", "rgb(225,87,89)", "rgb(89,161,79)");
        assertThat(other).isEqualTo(one);
        assertThat(one.get("rgb(225,87,89)")).isNotEqualTo(one.get("rgb(89,161,79)")); // Fargate's and EKS's dashes
    }

    @Test
    void theLegendNamesOnlyThePlatformsDrawnAndTheCaptionOnlyTheVerticalsDrawn() {
        Sweep without = coloured(PLATFORMS, false);
        List<String> labels = SvgStructure.parse(Charts.sweepSvg(without, "t", 900, 420, null)).labels();
        assertThat(labels).contains("AWS Lambda", "AWS Fargate", "Amazon EKS").doesNotContain(
                "Cloud Functions 2nd gen");
        assertThat(SweepReport.section(without, "s")).doesNotContain("dashed verticals");
        assertThat(SvgStructure.parse(Charts.sweepSvg(without, "t", 900, 520, "api")).labels())
                .noneMatch(l -> l.contains("dashed verticals"));
        Sweep with = coloured(PLATFORMS, true);
        assertThat(SweepReport.section(with, "s")).contains("the dashed verticals mark where the cheapest platform "
                + "changes");
        assertThat(SvgStructure.parse(Charts.sweepSvg(with, "t", 900, 520, "api")).labels())
                .anyMatch(l -> l.contains("dashed verticals"));
    }

    @Test
    void aStandaloneChartHasATitleAndAWhiteBackgroundAndAnInlineOneNeither() {
        String standalone = Charts.sweepSvg(sweep(), "t", 900, 520, "api: monthly cost by rate");
        String inline = Charts.sweepSvg(sweep(), "t", 900, 420, null);
        assertThat(SvgStructure.parse(standalone).labels()).startsWith("api: monthly cost by rate");
        assertThat(standalone).contains("fill:rgb(255,255,255)");
        assertThat(SvgStructure.parse(inline).labels()).doesNotContain("api: monthly cost by rate");
        assertThat(inline).doesNotContain("fill:rgb(255,255,255)");
    }

    @Test
    void theReportSaysWhyTheRecommendationIsNotTheCheapest() {
        String note = SweepReport.recommendedNote(sweep()).orElseThrow();
        assertThat(note).contains("simplicity margin").contains("AWS Lambda rather than AWS Fargate")
                .contains("from 25.1/s to 39.8/s");
        assertThat(SweepReport.text(sweep(), 100, false)).contains("is not always the cheapest");
    }
}
