package dev.costfit.assessment;

import java.util.List;

/** The capacity a platform needs for a profile: a one-line summary and the figures behind it. */
public record Capacity(String summary, List<Figure> figures) {

    public static final Capacity NONE = new Capacity("", List.of());

    public Capacity {
        figures = List.copyOf(figures);
    }
}
