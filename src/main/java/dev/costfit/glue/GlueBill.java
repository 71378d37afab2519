package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import java.util.ArrayList;
import java.util.List;

/** What the services around the compute add to a platform's assessment: cost lines, limits and notes. */
public record GlueBill(List<CostLine> lines, List<LimitCheck> limits, List<String> notes) {

    public GlueBill {
        lines = List.copyOf(lines);
        limits = List.copyOf(limits);
        notes = List.copyOf(notes);
    }

    public static final GlueBill NONE = new GlueBill(List.of(), List.of(), List.of());

    /** How a note says a service was left out of the month for want of a price: the month is then partial. */
    public static final String LEFT_OUT = "it is left out of this total";

    /** Whether an assessment's notes say a service was left out of its month ({@link #LEFT_OUT}). */
    public static boolean leavesOut(List<String> notes) {
        return notes.stream().anyMatch(n -> n.endsWith(LEFT_OUT));
    }

    static GlueBill of(List<CostLine> lines, String... notes) {
        return new GlueBill(lines, List.of(), List.of(notes));
    }

    GlueBill plus(GlueBill other) {
        List<CostLine> l = new ArrayList<>(lines);
        l.addAll(other.lines);
        List<LimitCheck> c = new ArrayList<>(limits);
        c.addAll(other.limits);
        List<String> n = new ArrayList<>(notes);
        n.addAll(other.notes);
        return new GlueBill(l, c, n);
    }
}
