package dev.costfit.report;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Labels placed on a chart one after another, in pixels: each takes the first of its candidate boxes that lies
 * inside the area and clear of every box already there, so that no label covers another or is cut off at the
 * area's edge. Along a line of the chart (the labels of where boundaries cross it), a label that the one before it
 * leaves no room merges with it into one label for both (see {@link #alongLine}).
 */
final class LabelPlacement {

    /** Space kept clear between two boxes, in pixels. */
    private static final double GAP = 1;

    /** A run of labels along a line, {@code from} to {@code to} inclusive, shown as one, and where. */
    record Run(int from, int to, Rectangle2D box) {}

    private final Rectangle2D area;
    private final List<Rectangle2D> taken = new ArrayList<>();

    LabelPlacement(Rectangle2D area) {
        this.area = area;
    }

    /** Keeps a box clear of labels (a marker drawn there): nothing placed later may cover it. */
    void reserve(Rectangle2D box) {
        taken.add(box);
    }

    /** The first candidate inside the area and clear of every box taken, now taken; empty if none is. */
    Optional<Rectangle2D> place(List<Rectangle2D> candidates) {
        for (Rectangle2D c : candidates) {
            if (inside(c) && clear(c)) {
                taken.add(c);
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private boolean inside(Rectangle2D box) {
        return box.getMinX() >= area.getMinX() && box.getMaxX() <= area.getMaxX() && box.getMinY() >= area.getMinY()
                && box.getMaxY() <= area.getMaxY();
    }

    private boolean clear(Rectangle2D box) {
        return clearBut(box, null);
    }

    /** Whether a box overlaps none taken, {@code but} (by identity) aside. */
    private boolean clearBut(Rectangle2D box, Rectangle2D but) {
        for (Rectangle2D t : taken) {
            if (t != but && box.getMinX() < t.getMaxX() + GAP && t.getMinX() < box.getMaxX() + GAP
                    && box.getMinY() < t.getMaxY() + GAP && t.getMinY() < box.getMaxY() + GAP) {
                return false;
            }
        }
        return true;
    }

    /**
     * The labels of {@code count} places along a line, in order, each in the first of its {@code near} boxes with
     * room. Where none has room and the label before it is in the way, the two merge into one label for the run,
     * placed again, as often as that takes: in the way where it alone leaves a near box no room, or where the two
     * labels would overlap along the line (neighbours crowded out of room by something else). A label that still
     * finds no room takes the first of its {@code far} boxes with room; failing that, it merges with the labels
     * before it, however far, until the run finds room, near or far. Only a run with none before it and no room
     * anywhere takes its first near box anyway, over whatever is there: a boundary is never left unlabelled.
     *
     * @param horizontal whether the line runs across (a row: its labels compete for x), else up (a column: for y)
     * @param near       the boxes the label of the run {@code from}..{@code to} may take next to the line, best first
     * @param far        the boxes it may take further from the line
     */
    List<Run> alongLine(int count, boolean horizontal, BiFunction<Integer, Integer, List<Rectangle2D>> near,
                        BiFunction<Integer, Integer, List<Rectangle2D>> far) {
        List<Run> runs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int from = k;
            List<Rectangle2D> candidates = near.apply(from, k);
            Optional<Rectangle2D> box = place(candidates);
            while (box.isEmpty() && !runs.isEmpty() && inTheWay(last(runs).box(), candidates, horizontal)) {
                from = mergeLast(runs);
                candidates = near.apply(from, k);
                box = place(candidates);
            }
            if (box.isEmpty()) {
                box = place(far.apply(from, k));
            }
            while (box.isEmpty() && !runs.isEmpty()) {
                from = mergeLast(runs);
                candidates = near.apply(from, k);
                box = place(candidates);
                if (box.isEmpty()) {
                    box = place(far.apply(from, k));
                }
            }
            Rectangle2D chosen;
            if (box.isPresent()) {
                chosen = box.get();
            } else {
                chosen = candidates.get(0);
                taken.add(chosen);
            }
            runs.add(new Run(from, k, chosen));
        }
        return runs;
    }

    /** Takes the last run off, its box given back, for the next label to merge with: where that run starts. */
    private int mergeLast(List<Run> runs) {
        Run before = runs.remove(runs.size() - 1);
        taken.removeIf(t -> t == before.box()); // by identity: a reserved box may be equal to it
        return before.from();
    }

    /** Whether a label's box is in the way of the candidates of the next (see {@link #alongLine}). */
    private boolean inTheWay(Rectangle2D before, List<Rectangle2D> candidates, boolean horizontal) {
        for (Rectangle2D c : candidates) {
            boolean overlapAlong = horizontal
                    ? c.getMinX() < before.getMaxX() + GAP && before.getMinX() < c.getMaxX() + GAP
                    : c.getMinY() < before.getMaxY() + GAP && before.getMinY() < c.getMaxY() + GAP;
            if (overlapAlong || inside(c) && clearBut(c, before)) {
                return true;
            }
        }
        return false;
    }

    private static Run last(List<Run> runs) {
        return runs.get(runs.size() - 1);
    }
}
