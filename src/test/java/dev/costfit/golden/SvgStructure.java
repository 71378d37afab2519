package dev.costfit.golden;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What a chart shows, read from its SVG: every text label in order, and every drawn line — its stroke colour and
 * dash pattern, and its points. Positions depend on the font metrics of the machine that drew it (the widths of the
 * axis labels move the plot area), so the points are compared after mapping the box that holds every multi-point
 * line onto the unit square: the same data on another machine gives the same figures to a fraction of a pixel.
 */
public record SvgStructure(String id, List<String> labels, List<Line> lines) {

    /** Relative tolerance of a point after normalisation: a third of a pixel on a 900-pixel chart. */
    private static final double TOLERANCE = 4e-4;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");

    /** One stroked path: how it is drawn and its points, normalised once the whole chart is read. */
    public record Line(String stroke, String dash, double[] points) {}

    public static SvgStructure parse(String svg) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not a well-formed SVG: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        List<String> labels = new ArrayList<>();
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent().strip());
        }
        List<Line> raw = new ArrayList<>();
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (inside(path, "clipPath") || inside(path, "defs")) {
                continue;
            }
            String style = style(path);
            raw.add(new Line(property(style, "stroke"), property(style, "stroke-dasharray"),
                    numbers(path.getAttribute("d"))));
        }
        return new SvgStructure(root.getAttribute("id"), labels, normalised(raw));
    }

    /** "" when the two charts show the same; else what differs first, in words. */
    public String difference(SvgStructure other) {
        if (!labels.equals(other.labels)) {
            return "labels " + labels + " became " + other.labels;
        }
        if (lines.size() != other.lines.size()) {
            return lines.size() + " drawn lines became " + other.lines.size();
        }
        for (int i = 0; i < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = other.lines.get(i);
            if (!a.stroke().equals(b.stroke()) || !a.dash().equals(b.dash())) {
                return "line " + (i + 1) + " drawn " + a.stroke() + " " + a.dash() + " became " + b.stroke() + " "
                        + b.dash();
            }
            if (a.points().length != b.points().length) {
                return "line " + (i + 1) + " (" + a.stroke() + ") had " + a.points().length / 2 + " points, now "
                        + b.points().length / 2;
            }
            for (int k = 0; k < a.points().length; k++) {
                if (Math.abs(a.points()[k] - b.points()[k]) > TOLERANCE) {
                    return String.format(Locale.ROOT, "line %d (%s), point %d: %s %.4f became %.4f of the plot",
                            i + 1, a.stroke(), k / 2 + 1, k % 2 == 0 ? "x" : "y", a.points()[k], b.points()[k]);
                }
            }
        }
        return "";
    }

    /** Maps the box of all multi-point lines onto [0, 1]²; short marks (legend keys, ticks) keep that scale too. */
    private static List<Line> normalised(List<Line> raw) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Line line : raw) {
            if (line.points().length < 6) {
                continue;
            }
            for (int k = 0; k + 1 < line.points().length; k += 2) {
                minX = Math.min(minX, line.points()[k]);
                maxX = Math.max(maxX, line.points()[k]);
                minY = Math.min(minY, line.points()[k + 1]);
                maxY = Math.max(maxY, line.points()[k + 1]);
            }
        }
        if (!(maxX > minX) || !(maxY > minY)) {
            return raw;
        }
        List<Line> out = new ArrayList<>();
        for (Line line : raw) {
            if (line.points().length < 6) {
                // A legend key or a marker: where it sits follows the fonts; that it exists, and how, does not.
                out.add(new Line(line.stroke(), line.dash(), new double[0]));
                continue;
            }
            double[] p = line.points().clone();
            for (int k = 0; k + 1 < p.length; k += 2) {
                p[k] = (p[k] - minX) / (maxX - minX);
                p[k + 1] = (p[k + 1] - minY) / (maxY - minY);
            }
            out.add(new Line(line.stroke(), line.dash(), p));
        }
        return out;
    }

    private static boolean inside(Node node, String tag) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (tag.equals(n.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    /** The element's style with its ancestors' (JFreeSVG puts the stroke on a group around the path). */
    private static String style(Element element) {
        StringBuilder style = new StringBuilder();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            style.insert(0, e.getAttribute("style") + ";");
        }
        return style.toString();
    }

    private static String property(String style, String name) {
        String value = "";
        for (String part : style.split(";")) {
            int colon = part.indexOf(':');
            if (colon > 0 && part.substring(0, colon).strip().equals(name)) {
                value = part.substring(colon + 1).strip(); // the innermost (last) wins
            }
        }
        return value;
    }

    private static double[] numbers(String d) {
        Matcher m = NUMBER.matcher(d);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
