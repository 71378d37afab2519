package dev.costfit.report;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.MapCell;
import dev.costfit.recommend.SweepVariable;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The map's outputs as their readers see them, on a map built by hand (no engine): 6 rates (1/s to 100,000/s, a
 * decade apart) by 4 durations (1 s to 4 s); Lambda ($3 a request a second) wins up to 10/s, Fargate ($200 + $0.10) from 100/s, and at 4 s nothing fits
 * beyond 1,000/s. The profile itself is 10/s and 2 s: column 1, row 1.
 */
class MapReportTest {

    private static final RunInfo RUN = new RunInfo("test", CATALOG, false, List.of("lambda", "fargate"), false);
    private static final Profile PROFILE = TestProfiles.service("10/s", "2s", "512MB");
    private static final DecisionMap MAP = handMade();

    private static DecisionMap handMade() {
        MapAxis rate = MapAxis.of(SweepVariable.RATE, 1, 100_000, 6);
        MapAxis duration = MapAxis.of(SweepVariable.DURATION, 1, 4, 4);
        List<MapCell> cells = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 6; i++) {
                double r = rate.value(i);
                Map<String, MapCell.Outcome> outcomes = new LinkedHashMap<>();
                if (j == 3 && i >= 4) {
                    outcomes.put("lambda", MapCell.Outcome.INFEASIBLE);
                    outcomes.put("fargate", MapCell.Outcome.INFEASIBLE);
                } else {
                    outcomes.put("lambda", MapCell.Outcome.priced(r * 3));
                    outcomes.put("fargate", MapCell.Outcome.priced(200 + r * 0.1));
                }
                cells.add(MapCell.of(r, duration.value(j), outcomes));
            }
        }
        return new DecisionMap(PROFILE, rate, duration, cells, cells.get(7), "lambda", List.of("lambda", "fargate"),
                Map.of("lambda", "AWS Lambda", "fargate", "AWS Fargate"), 25, true);
    }

    @Test
    void plainTextHasOneSymbolPerCellAndNoEscapeCodes() {
        String text = MapReport.text(MAP, 120, false, false);
        assertThat(text).doesNotContain("\u001b").doesNotContain("▀");
        List<String> rows = text.lines().filter(l -> l.matches(".*[|+>][LF/@]{6}$")).toList();
        // Top row first (4 s), then 3 s, 2 s (this profile's row, pointed at) and 1 s.
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).endsWith("LLFF//");
        assertThat(rows.get(2)).endsWith("L@FFFF").contains(">");
        assertThat(rows.get(3)).endsWith("LLFFFF");
        // The arrow over column 1, the words after it past the 6 columns (before it, it once stood over column 13).
        assertThat(text).contains("\n      v this profile\n").contains("L AWS Lambda 33%").contains("F AWS Fargate 58%")
                .contains("/ nothing fits 8%").contains("@ this profile").contains("requests/s, log scale");
    }

    @Test
    void theBoundariesAlongTheProfilesRowAndColumnAreSaidInWords() {
        String text = MapReport.text(MAP, 200, false, false);
        assertThat(text).contains("This profile (10/s, 2 s): AWS Lambda, $30.00 a month; @ marks where its values lie.")
                .contains("At 2 s: AWS Lambda up to 10/s, AWS Fargate from 100/s.")
                .contains("At 10/s: AWS Lambda all the way from 1 s to 4 s.")
                .contains("Across: rate from 1/s to 100,000/s, 6 cells, log scale")
                .contains("Up: duration from 1 s to 4 s, 4 cells, linear scale");
    }

    /**
     * chat-api's case by hand: 20/s on 0.2/s to 2,000/s in 20 columns is the edge between columns 9 (15.7/s) and 10
     * (25.5/s); 2.5 s on 1 s to 4 s in 4 rows the edge between rows 1 (2 s) and 2 (3 s). Lambda at $100 right of
     * column 9, Fargate at $200 up to it; the profile itself, assessed at its values, Lambda's.
     */
    private static DecisionMap onAnEdge() {
        Profile profile = TestProfiles.service("20/s", "2.5s", "512MB");
        DecisionMap map = HandMadeMap.lambdaOrFargate(profile, MapAxis.of(SweepVariable.RATE, 0.2, 2_000, 20),
                MapAxis.of(SweepVariable.DURATION, 1, 4, 4), (i, j) -> i >= 10);
        return new DecisionMap(profile, map.x(), map.y(), map.cells(), map.cell(10, 0), "lambda", map.platforms(),
                map.names(), map.evaluations(), true);
    }

    @Test
    void theChartMarksTheProfilesExactValuesNotACellsCentre() throws Exception {
        DecisionMap map = onAnEdge();
        assertThat(map.own()).contains(new DecisionMap.Spot(9, 1));
        SvgText words = SvgText.all(MapReport.svg(map)).stream().filter(t -> t.bold()
                && t.text().equals("this profile")).findFirst().orElseThrow();
        java.awt.geom.Rectangle2D plot = words.clip();
        // The words' box starts 9 px right of the diamond's centre (7 px half width, 4 px gap, 2 px margin) and is
        // centred on it vertically. Place 9.5 of -0.5 to 19.5 is the middle across; place 1.5 of -0.5 to 3.5 the
        // middle up: the plot's centre, where the centre of cell (9, 1) is half a cell left and half a row down.
        assertThat(words.background().getMinX() - 9).isCloseTo(plot.getCenterX(), within(0.5));
        assertThat(words.background().getCenterY()).isCloseTo(plot.getCenterY(), within(0.5));
    }

    @Test
    void theReadingNeverGivesTheMarkedCellsPlatformAsTheProfiles() {
        String text = MapReport.text(onAnEdge(), 200, false, false);
        assertThat(text).contains("This profile (20/s, 2.5 s): AWS Lambda, $100.00 a month; @ marks where its values "
                + "lie.").contains("The cell at @, assessed at its centre (15.7/s, 2 s), shows AWS Fargate: a boundary "
                + "passes between it and this profile's values.");
        // Where the cell and the profile agree, nothing more is said.
        assertThat(MapReport.text(MAP, 200, false, false)).doesNotContain("The cell at");
    }

    @Test
    void theColumnArrowStandsOverTheMarkedCellOnANarrowGrid() {
        // 20 columns, the profile in column 9: "v this profile" (14 characters) fits neither after column 9 within
        // the 20 columns nor before it, and once slid to column 13 to fit; the arrow stays over column 9.
        String text = MapReport.text(onAnEdge(), 200, false, false);
        String arrow = text.lines().filter(l -> l.contains("this profile v") || l.contains("v this profile"))
                .findFirst().orElseThrow();
        String row = text.lines().filter(l -> l.contains("@")).findFirst().orElseThrow();
        assertThat(arrow.indexOf('v')).isEqualTo(row.indexOf('@'));
        assertThat(TerminalMap.markerLine(9, 20, false)).isEqualTo(" ".repeat(9) + "v this profile");
        assertThat(TerminalMap.markerLine(15, 20, false)).isEqualTo("  this profile v");
        assertThat(TerminalMap.markerLine(2, 20, true)).isEqualTo("  ▼ this profile");
    }

    @Test
    void aMapOfContendersOnlyIsDrawnButNotListedCellByCell() {
        DecisionMap drawn = new DecisionMap(MAP.profile(), MAP.x(), MAP.y(), MAP.cells(), MAP.itself(), "lambda",
                MAP.platforms(), MAP.names(), MAP.evaluations(), false);
        assertThat(MapReport.text(drawn, 200, false, false)).isEqualTo(MapReport.text(MAP, 200, false, false));
        assertThatThrownBy(() -> MapReport.csv(drawn))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every platform's cost");
        assertThatThrownBy(() -> new JsonReport().map(RUN, drawn))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every platform's cost");
    }

    @Test
    void whereRecommendChoosesASimplerPlatformTheMapSaysSo() {
        DecisionMap simpler = new DecisionMap(MAP.profile(), MAP.x(), MAP.y(), MAP.cells(), MAP.itself(), "fargate",
                MAP.platforms(), MAP.names(), MAP.evaluations(), true);
        assertThat(MapReport.text(simpler, 200, false, false)).contains("costfit recommend chooses AWS Fargate for it: a "
                + "simpler platform within the simplicity margin of the cheapest.");
        assertThat(MapReport.text(MAP, 200, false, false)).doesNotContain("recommend chooses");
    }

    @Test
    void colourDrawsTwoRowsPerLineWithHalfBlocks() {
        String text = MapReport.text(MAP, 120, true, false);
        List<String> lines = text.lines().filter(l -> l.contains("▀") || l.contains("▄")).toList();
        assertThat(lines).hasSize(2); // 4 rows
        // Lambda (yellow, 33) over Lambda (yellow background, 43) at the top left. Top right, the hatching: a grey
        // cell over Fargate (red background), then a blank one, whose Fargate below is a lower half block.
        assertThat(lines.get(0)).contains("\u001b[33;43m▀▀").contains("31;49m▄").contains("90;41m▀");
        assertThat(lines.get(1)).contains("◆").doesNotContain("@");
        assertThat(text).contains("▼ this profile").contains("┤");
    }

    @Test
    void csvHasEveryCellTheAxesInTheirUnitsAndTheCheapestIsTheLeastCost() {
        Table table = Table.read().usingOptions(CsvReadOptions.builder(new StringReader(MapReport.csv(MAP)))
                .columnTypesToDetect(List.of(tech.tablesaw.api.ColumnType.DOUBLE, tech.tablesaw.api.ColumnType.STRING)));
        assertThat(table.columnNames()).containsExactly("rate (/s)", "duration (s)", "cheapest", "state", "lambda",
                "fargate");
        assertThat(table.rowCount()).isEqualTo(24);
        for (int k = 0; k < 24; k++) {
            String cheapest = table.stringColumn("cheapest").get(k);
            if (table.numberColumn("lambda").isMissing(k)) {
                assertThat(cheapest).isEmpty();
                assertThat(table.stringColumn("state").get(k)).isEqualTo("infeasible");
                continue;
            }
            double lambda = table.numberColumn("lambda").getDouble(k);
            double fargate = table.numberColumn("fargate").getDouble(k);
            assertThat(cheapest).isEqualTo(lambda <= fargate ? "lambda" : "fargate");
        }
        assertThat(MapReport.csv(MAP)).contains("\n100000,4,,infeasible,,\n");
    }

    @Test
    void jsonCarriesTheAxesAndEveryCell() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonReport().map(RUN, MAP));
        assertThat(root.get("report").asText()).isEqualTo("map");
        assertThat(root.get("x").get("scale").asText()).isEqualTo("log");
        assertThat(root.get("x").get("unit").asText()).isEqualTo("/s");
        assertThat(root.get("y").get("current").asDouble()).isEqualTo(2.0);
        assertThat(root.get("cells").size()).isEqualTo(24);
        JsonNode corner = root.get("cells").get(23);
        assertThat(corner.get("cheapest").isNull()).isTrue();
        assertThat(corner.get("state").asText()).isEqualTo("infeasible");
        assertThat(corner.get("monthlyCost").get("lambda").isNull()).isTrue();
        assertThat(root.get("cells").get(0).get("cheapest").asText()).isEqualTo("lambda");
        assertThat(root.get("ownCell").get("column").asInt()).isEqualTo(1);
    }

    @Test
    void svgIsXmlWithTheLegendTheHatchingTheNamesAndTheProfile() throws Exception {
        String svg = MapReport.svg(MAP);
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int k = 0; k < texts.getLength(); k++) {
            words.add(texts.item(k).getTextContent());
        }
        assertThat(words).contains("AWS Lambda 33%", "AWS Fargate 58%", "nothing fits (hatched) 8%", "this profile",
                "requests/s, log scale", "duration (s)");
        // The crossing of the Lambda/Fargate boundary along the profile's row, between the two cells' rates.
        assertThat(words).contains("10–100/s");
        assertThat(doc.getElementsByTagName("clipPath").getLength()).isGreaterThan(1);
        // One block per run of a region in a row: 2 + 2 + 2 + 3 runs, not 24 cells.
        assertThat(doc.getElementsByTagName("rect").getLength()).isLessThan(24);
    }

    @Test
    void htmlIsOnePageWithTheChartAndTheReading() {
        Document html = Jsoup.parse(MapReport.html(MAP, RUN));
        assertThat(html.select("svg")).hasSize(1);
        assertThat(html.select("li").eachText()).anyMatch(t -> t.startsWith("At 2 s: AWS Lambda up to 10/s"));
        assertThat(html.title()).isEqualTo("costfit map: t");
    }

    /**
     * 20 × 20 cells, Fargate the cheapest in one: 1 of 400 is 0.25% and 399 are 99.75%, which whole per cents would
     * round to a region that is there at 0% and one that does not fill the map at 100%.
     */
    @Test
    void legendsSayUnderOnePerCentAndOver99RatherThanRoundToZeroOrAll() throws Exception {
        DecisionMap map = HandMadeMap.lambdaOrFargate(PROFILE, MapAxis.of(SweepVariable.RATE, 1, 100_000, 20),
                MapAxis.of(SweepVariable.DURATION, 1, 4, 20), (i, j) -> !(i == 19 && j == 0));
        assertThat(MapReport.text(map, 200, false, false)).contains("AWS Lambda >99%", "AWS Fargate <1%");
        assertThat(dev.costfit.golden.SvgStructure.parse(MapReport.svg(map)).labels())
                .contains("AWS Lambda >99%", "AWS Fargate <1%");
        // The hand-made map of the other tests: shares whole per cents show as they are.
        assertThat(MapReport.text(MAP, 200, false, false)).contains("AWS Lambda 33%");
    }

    @Test
    void aPngIsWritten() {
        byte[] png = MapReport.png(MAP);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
