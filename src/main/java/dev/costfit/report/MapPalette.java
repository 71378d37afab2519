package dev.costfit.report;

import dev.costfit.recommend.MapCell;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;

/**
 * How each region of a decision map is drawn, the same in every format: a colour for charts, one of the eight ANSI
 * colours for terminals, a symbol for plain text. Fixed per platform, so a platform keeps its colour whichever
 * others are compared; regions without a cheapest platform are grey, hatched where nothing fits. Every chart of the
 * HTML, SVG and PNG outputs draws a platform in its colour here, and a sweep's line in its dash pattern: colours that
 * followed the order of a chart's series made red Amazon EKS in the rate chart and AWS Fargate in the map below it.
 */
final class MapPalette {

    /**
     * @param ansi   0–7 the ANSI colours, 8 bright black (grey), -1 the terminal's own background
     * @param colour null where nothing is drawn (a cell that is not a profile)
     */
    record Mark(Color colour, int ansi, char symbol) {}

    static final int DEFAULT = -1;
    static final int GREY = 8;
    static final char OWN = '@';

    private static final Map<String, Mark> FIXED = Map.of(
            "lambda", new Mark(new Color(0xf2, 0x8e, 0x2b), 3, 'L'),
            "cloud-functions-gen2", new Mark(new Color(0x4e, 0x79, 0xa7), 4, '2'),
            "cloud-functions-gen1", new Mark(new Color(0x76, 0xb7, 0xb2), 6, '1'),
            "lambda-managed-instances", new Mark(new Color(0xff, 0x9d, 0xa7), 5, 'M'),
            "fargate", new Mark(new Color(0xe1, 0x57, 0x59), 1, 'F'),
            "eks", new Mark(new Color(0x59, 0xa1, 0x4f), 2, 'E'),
            MapCell.State.INFEASIBLE.key(), new Mark(new Color(0xd0, 0xd4, 0xd9), GREY, '/'),
            MapCell.State.NOT_PRICED.key(), new Mark(new Color(0xf4, 0xf1, 0xde), 7, '?'),
            MapCell.State.NOT_A_PROFILE.key(), new Mark(null, DEFAULT, '.'));
    /**
     * Each platform's line in a sweep chart: solid, dashed, dotted, dash-dot, long dash, short dash, so that lines
     * that coincide (Fargate and EKS often do) stay told apart by pattern where colour alone would hide one under
     * the other. Empty is solid.
     */
    private static final Map<String, float[]> DASHES = Map.of(
            "lambda", new float[0],
            "cloud-functions-gen2", new float[] {9f, 4f},
            "cloud-functions-gen1", new float[] {2f, 4f},
            "lambda-managed-instances", new float[] {10f, 4f, 2f, 4f},
            "fargate", new float[] {16f, 5f},
            "eks", new float[] {4f, 3f});
    /** The dash of a platform costfit does not know one for yet. */
    private static final float[] OTHER_DASH = {1f, 3f};
    /** A platform costfit does not know a colour for yet. */
    private static final Mark OTHER = new Mark(new Color(0xb0, 0x7a, 0xa1), 5, '*');
    /** The lines that hatch cells where nothing fits. */
    static final Color HATCH = new Color(0x6e, 0x77, 0x81);

    private MapPalette() {
    }

    static Mark of(String region) {
        return FIXED.getOrDefault(region, OTHER);
    }

    /** A platform's line in a sweep chart, 2 px wide in its dash pattern ({@link #DASHES}). */
    static BasicStroke line(String platform) {
        float[] pattern = DASHES.getOrDefault(platform, OTHER_DASH);
        return pattern.length == 0 ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern.clone(), 0f);
    }

    /** Whether the region is drawn hatched: no platform fits there. */
    static boolean hatched(String region) {
        return region.equals(MapCell.State.INFEASIBLE.key());
    }
}
