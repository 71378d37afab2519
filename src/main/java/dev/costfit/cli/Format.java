package dev.costfit.cli;

import dev.costfit.report.CsvReport;
import dev.costfit.report.HtmlReport;
import dev.costfit.report.JsonReport;
import dev.costfit.report.MarkdownReport;
import dev.costfit.report.Renderer;
import dev.costfit.report.TextRenderer;

/** Output formats, and the renderer of each. */
public enum Format {
    TABLE, JSON, MARKDOWN, CSV, HTML;

    Renderer renderer(Terminal terminal) {
        return switch (this) {
            case TABLE -> new TextRenderer(terminal.width(), terminal.style());
            case JSON -> new JsonReport();
            case MARKDOWN -> new MarkdownReport();
            case CSV -> new CsvReport();
            case HTML -> new HtmlReport();
        };
    }
}
