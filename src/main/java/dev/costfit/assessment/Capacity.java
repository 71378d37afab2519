package dev.costfit.assessment;

import java.util.List;

/** The capacity a platform needs for a profile: a one-line summary and the figures behind it. */
public record Capacity(String summary, List<Figure> figures) {

    public static final Capacity NONE = new Capacity("", List.of());

    public Capacity {
        figures = List.copyOf(figures);
    }

    /**
     * The capacity, built only where it is shown: a report's assessment; a search's (break-even, sweeps, the
     * decision map) reads fit and cost alone and gets {@link #NONE}, sparing the figures and their text.
     */
    public static Capacity shownIf(boolean report, java.util.function.Supplier<Capacity> capacity) {
        return report ? capacity.get() : NONE;
    }
}
