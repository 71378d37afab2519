package dev.costfit.report;

import dev.costfit.recommend.MapCell;
import java.awt.Color;
import java.util.Map;

/**
 * How each region of a decision map is drawn, the same in every format: a colour for charts, one of the eight ANSI
 * colours for terminals, a symbol for plain text. Fixed per platform, so a platform keeps its colour whichever
 * others are compared; regions without a cheapest platform are grey, hatched where nothing fits.
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
    /** A platform costfit does not know a colour for yet. */
    private static final Mark OTHER = new Mark(new Color(0xb0, 0x7a, 0xa1), 5, '*');
    /** The lines that hatch cells where nothing fits. */
    static final Color HATCH = new Color(0x6e, 0x77, 0x81);

    private MapPalette() {
    }

    static Mark of(String region) {
        return FIXED.getOrDefault(region, OTHER);
    }

    /** Whether the region is drawn hatched: no platform fits there. */
    static boolean hatched(String region) {
        return region.equals(MapCell.State.INFEASIBLE.key());
    }
}
