package dev.costfit.assessment;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The capacity a platform needs for a profile: a one-line summary and the figures behind it.
 *
 * <p>A report's assessment builds it when it is first read ({@link #shownIf}): a report assesses every setting of a
 * platform for its trade-off table, and shows the capacity of the chosen one alone, whose figures are read (and so
 * built) as the platform's assessment is checked for non-finite figures (FiniteFigures).
 */
public final class Capacity {

    public static final Capacity NONE = new Capacity("", List.of());

    /** Both parts in one object: a reader sees both or neither. */
    private record Content(String summary, List<Figure> figures) {}

    /**
     * What builds the content, until it is built: then let go, since what it holds (a load's hour-by-hour tables, a
     * fleet) would outlive the assessment's use of it in a report that keeps its results (14 KB a profile, 2,500
     * generated profiles kept: 98 -> 132 MB). Both fields are volatile: a reader that finds the builder gone finds
     * the content, written before it was let go.
     */
    private volatile Supplier<Capacity> later;
    private volatile Content content;

    public Capacity(String summary, List<Figure> figures) {
        this.content = new Content(Objects.requireNonNull(summary), List.copyOf(figures));
    }

    private Capacity(Supplier<Capacity> later) {
        this.later = later;
    }

    /**
     * The capacity where it is shown: a report's assessment, built when first read (two threads may both build it:
     * the supplier is pure); a search's (break-even, sweeps, the decision map) reads fit and cost alone and gets
     * {@link #NONE}, sparing the figures and their text.
     */
    public static Capacity shownIf(boolean report, Supplier<Capacity> capacity) {
        return report ? new Capacity(Objects.requireNonNull(capacity)) : NONE;
    }

    public String summary() {
        return content().summary();
    }

    public List<Figure> figures() {
        return content().figures();
    }

    private Content content() {
        Content c = content;
        if (c == null) {
            Supplier<Capacity> build = later;
            if (build == null) {
                return content; // built meanwhile by another thread, which wrote it before letting the builder go
            }
            c = Objects.requireNonNull(build.get()).content();
            content = c;
            later = null;
        }
        return c;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Capacity that && content().equals(that.content());
    }

    @Override
    public int hashCode() {
        return content().hashCode();
    }

    @Override
    public String toString() {
        return "Capacity[summary=" + summary() + ", figures=" + figures() + "]";
    }
}
