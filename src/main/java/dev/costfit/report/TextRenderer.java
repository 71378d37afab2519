package dev.costfit.report;

import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import java.util.List;

/** The `table` format: reports for people in a terminal, fitted to its width. */
public final class TextRenderer implements Renderer {

    private final int width;
    private final Style style;

    public TextRenderer(int width, Style style) {
        this.width = width;
        this.style = style;
    }

    @Override
    public String recommend(RunInfo run, List<ProfileResult> results) {
        return new TableReport(width, style).render(run, results);
    }

    @Override
    public String check(RunInfo run, List<ProfileResult> results) {
        return new TableReport(width, style).check(run, results);
    }

    @Override
    public String diff(RunInfo run, Diff diff) {
        return new DiffTableReport(width, style).render(run, diff);
    }
}
