package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.MapCell;
import dev.costfit.recommend.SweepVariable;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The labels of where boundaries cross the profile's row and column, on a crowded map built by hand (no engine):
 * 60 rates (1/s to 10⁶/s) by 40 durations (1 s to 4 s), Lambda the cheapest below column 20 and Fargate above
 * column 35, the two taking turns column by column from 20 (Lambda) to 35 (Fargate): 15 boundaries along every row,
 * a cell apart. The profile (10/s, 2 s) is at column 10 and row 13; in the three columns around it, rows 8 to 18
 * take turns as a checkerboard (Fargate where the column and row add up to an even number), so its row changes 4
 * times around it and its column 12 times. Drawn as an SVG, no label may cover another or the profile's words,
 * none may stand outside the plot, and every boundary must be counted by some label; nor may the regions' names
 * cover any of them.
 */
class MapLabelsTest {

    private static final Profile PROFILE = TestProfiles.service("10/s", "2s", "512MB");

    private static String region(int i, int j, int ownColumn) {
        if (j >= 8 && j <= 18 && Math.abs(i - ownColumn) <= 1) {
            return (i + j) % 2 == 0 ? "fargate" : "lambda";
        }
        if (i < 20) {
            return "lambda";
        }
        return i > 35 || i % 2 == 1 ? "fargate" : "lambda";
    }

    private static DecisionMap crowded() {
        MapAxis rate = MapAxis.of(SweepVariable.RATE, 1, 1_000_000, 60);
        MapAxis duration = MapAxis.of(SweepVariable.DURATION, 1, 4, 40);
        int ownColumn = rate.cellOf(10).getAsInt();
        List<MapCell> cells = new ArrayList<>();
        for (int j = 0; j < 40; j++) {
            for (int i = 0; i < 60; i++) {
                boolean lambda = region(i, j, ownColumn).equals("lambda");
                Map<String, MapCell.Outcome> outcomes = new LinkedHashMap<>();
                outcomes.put("lambda", MapCell.Outcome.priced(lambda ? 100 : 300));
                outcomes.put("fargate", MapCell.Outcome.priced(200));
                cells.add(MapCell.of(rate.value(i), duration.value(j), outcomes));
            }
        }
        return new DecisionMap(PROFILE, rate, duration, cells, cells.get(0), "lambda", List.of("lambda", "fargate"),
                Map.of("lambda", "AWS Lambda", "fargate", "AWS Fargate"), 2400, true);
    }

    @Test
    void labelsNeitherOverlapNorLeaveThePlotAndCountEveryBoundary() throws Exception {
        DecisionMap map = crowded();
        DecisionMap.Spot own = map.own().orElseThrow();
        assertThat(own.column()).isEqualTo(10);
        assertThat(own.row()).isEqualTo(13);
        String svg = MapReport.svg(map);
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList all = doc.getElementsByTagName("*");
        Rectangle2D lastRect = null;
        List<Rectangle2D> boxes = new ArrayList<>();
        List<String> crossingTexts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Rectangle2D plot = null;
        for (int k = 0; k < all.getLength(); k++) {
            Element e = (Element) all.item(k);
            if (e.getTagName().equals("rect")) {
                lastRect = rect(e);
            } else if (e.getTagName().equals("text")) {
                boolean crossing = e.getAttribute("style").contains("font-size: 11px");
                boolean bold = e.getAttribute("style").contains("bold");
                if (crossing || bold && List.of("this profile", "AWS Lambda", "AWS Fargate").contains(
                        e.getTextContent())) {
                    boxes.add(lastRect);
                    plot = clip(doc, e.getAttribute("clip-path"));
                    if (bold && !e.getTextContent().equals("this profile")) {
                        names.add(e.getTextContent());
                    }
                }
                if (crossing) {
                    crossingTexts.add(e.getTextContent());
                }
            }
        }
        int alongRow = countChanges(60, i -> region(i, own.row(), own.column()));
        int alongColumn = countChanges(40, j -> region(own.column(), j, own.column()));
        assertThat(alongRow).isEqualTo(4 + 15);
        assertThat(alongColumn).isEqualTo(12);
        int counted = 0;
        Pattern many = Pattern.compile(": (\\d+) changes$");
        for (String t : crossingTexts) {
            Matcher m = many.matcher(t);
            counted += m.find() ? Integer.parseInt(m.group(1)) : 1;
        }
        assertThat(counted).as("boundaries counted by the labels %s", crossingTexts).isEqualTo(alongRow + alongColumn);
        assertThat(crossingTexts).anyMatch(t -> t.endsWith(" changes")); // too crowded for a label each
        assertThat(names).containsExactlyInAnyOrder("AWS Lambda", "AWS Fargate");
        assertThat(boxes).hasSize(crossingTexts.size() + 1 + names.size()).doesNotContainNull();
        for (int a = 0; a < boxes.size(); a++) {
            Rectangle2D box = boxes.get(a);
            assertThat(plot.contains(box)).as("label %s inside the plot %s", box, plot).isTrue();
            for (int b = a + 1; b < boxes.size(); b++) {
                assertThat(box.intersects(boxes.get(b))).as("%s and %s overlap", box, boxes.get(b)).isFalse();
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
        List<MapCell> cells = new ArrayList<>();
        for (int j = 0; j < 20; j++) {
            for (int i = 0; i < 20; i++) {
                cells.add(MapCell.of(rate.value(i), duration.value(j), Map.of("lambda",
                        MapCell.Outcome.priced(100))));
            }
        }
        DecisionMap map = new DecisionMap(centred, rate, duration, cells, cells.get(0), "lambda", List.of("lambda"),
                Map.of("lambda", "AWS Lambda"), 400, true);
        assertThat(map.own()).contains(new DecisionMap.Spot(9, 9));
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(MapReport.svg(map).getBytes(StandardCharsets.UTF_8)));
        NodeList all = doc.getElementsByTagName("*");
        Rectangle2D lastRect = null;
        Rectangle2D name = null;
        Rectangle2D words = null;
        for (int k = 0; k < all.getLength(); k++) {
            Element e = (Element) all.item(k);
            if (e.getTagName().equals("rect")) {
                lastRect = rect(e);
            } else if (e.getTagName().equals("text") && e.getAttribute("style").contains("bold")) {
                if (e.getTextContent().equals("AWS Lambda")) {
                    name = lastRect;
                } else if (e.getTextContent().equals("this profile")) {
                    words = lastRect;
                }
            }
        }
        assertThat(name).as("the region's name is drawn").isNotNull();
        assertThat(words).isNotNull();
        // The diamond is 14 px across, centred where the words' box starts 11 px to the left of.
        Rectangle2D diamond = new Rectangle2D.Double(words.getMinX() - 20, words.getCenterY() - 8, 16, 16);
        assertThat(name.intersects(words)).as("%s covers the profile's words %s", name, words).isFalse();
        assertThat(name.intersects(diamond)).as("%s covers the profile's marker %s", name, diamond).isFalse();
    }

    private static int countChanges(int count, java.util.function.IntFunction<String> region) {
        int changes = 0;
        for (int k = 1; k < count; k++) {
            changes += region.apply(k).equals(region.apply(k - 1)) ? 0 : 1;
        }
        return changes;
    }

    private static Rectangle2D rect(Element e) {
        return new Rectangle2D.Double(Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")),
                Double.parseDouble(e.getAttribute("width")), Double.parseDouble(e.getAttribute("height")));
    }

    /** The bounds of a clip path ("url(#id)") made of M/L points. */
    private static Rectangle2D clip(org.w3c.dom.Document doc, String reference) {
        String id = reference.replace("url(#", "").replace(")", "");
        NodeList clips = doc.getElementsByTagName("clipPath");
        for (int k = 0; k < clips.getLength(); k++) {
            Element c = (Element) clips.item(k);
            if (c.getAttribute("id").equals(id)) {
                String d = ((Element) c.getElementsByTagName("path").item(0)).getAttribute("d");
                Matcher m = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)").matcher(d);
                Rectangle2D bounds = null;
                while (m.find()) {
                    Rectangle2D point = new Rectangle2D.Double(Double.parseDouble(m.group(1)),
                            Double.parseDouble(m.group(2)), 0, 0);
                    bounds = bounds == null ? point : bounds.createUnion(point);
                }
                return bounds;
            }
        }
        throw new AssertionError("no clip path " + id);
    }
}
