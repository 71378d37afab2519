package dev.costfit.report;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A text of a chart's SVG as the charts' tests read it: its words, its style, the last rectangle drawn before it (a
 * label's background; null where none was) and the bounds of the clip it is drawn in (the plot's, for the map's
 * labels).
 */
record SvgText(String text, String style, Rectangle2D background, Rectangle2D clip) {

    boolean bold() {
        return style.contains("bold");
    }

    boolean small() {
        return style.contains("font-size: 11px");
    }

    /** Every text of the SVG, in the order drawn. */
    static List<SvgText> all(String svg) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList all = doc.getElementsByTagName("*");
        List<SvgText> out = new ArrayList<>();
        Rectangle2D lastRect = null;
        for (int k = 0; k < all.getLength(); k++) {
            Element e = (Element) all.item(k);
            if (e.getTagName().equals("rect")) {
                lastRect = new Rectangle2D.Double(Double.parseDouble(e.getAttribute("x")),
                        Double.parseDouble(e.getAttribute("y")), Double.parseDouble(e.getAttribute("width")),
                        Double.parseDouble(e.getAttribute("height")));
            } else if (e.getTagName().equals("text")) {
                out.add(new SvgText(e.getTextContent(), e.getAttribute("style"), lastRect,
                        clip(doc, e.getAttribute("clip-path"))));
            }
        }
        return out;
    }

    /** The bounds of a clip path ("url(#id)") made of M/L points; null where there is none. */
    private static Rectangle2D clip(Document doc, String reference) {
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
        return null;
    }
}
