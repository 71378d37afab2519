package dev.costfit.cli;

import dev.costfit.report.CsvReport;
import dev.costfit.report.HtmlReport;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.Sweep;
import dev.costfit.report.JsonLinesReport;
import dev.costfit.report.JsonReport;
import dev.costfit.report.MarkdownReport;
import dev.costfit.report.Renderer;
import dev.costfit.report.TextRenderer;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.util.Map;

/** Output formats, and the renderer of each. */
public enum Format {
    TABLE, JSON, JSONL, MARKDOWN, CSV, HTML, SVG, PNG;

    Renderer renderer(Terminal terminal) {
        return renderer(terminal, Map.of(), Map.of());
    }

    /** The renderer, with rate sweeps and maps for the HTML report to chart (other formats leave them out). */
    Renderer renderer(Terminal terminal, Map<Profile, Sweep> sweeps, Map<Profile, DecisionMap> maps) {
        return switch (this) {
            case TABLE -> new TextRenderer(terminal.width(), terminal.style());
            case JSON -> new JsonReport();
            case JSONL -> new JsonLinesReport();
            case MARKDOWN -> new MarkdownReport();
            case CSV -> new CsvReport();
            case HTML -> new HtmlReport(sweeps, maps);
            case SVG, PNG -> throw new InputException(Location.ofFile("--format"), "", "svg and png are charts: "
                    + "use them with costfit breakeven or costfit map; reports are "
                    + Formats.spelled(Formats.REPORTS));
        };
    }
}
