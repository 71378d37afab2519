package dev.costfit.report;

import dev.costfit.pricing.Catalog;
import java.util.List;

/**
 * What a report says about the run itself: tool version, catalog, the options that change the figures, and the
 * --fail-on policies the run tripped (stated at the top of a report, as well as on stderr).
 */
public record RunInfo(String toolVersion, Catalog catalog, boolean freeTier, List<String> platforms, boolean explain,
                      List<String> tripped) {

    public RunInfo {
        platforms = List.copyOf(platforms);
        tripped = List.copyOf(tripped);
    }

    public RunInfo(String toolVersion, Catalog catalog, boolean freeTier, List<String> platforms, boolean explain) {
        this(toolVersion, catalog, freeTier, platforms, explain, List.of());
    }

    /** Where the prices come from, for a report's foot: "catalog of 2026-11-02 with overrides.yaml". */
    public String catalogNote() {
        List<String> layers = catalog.layers();
        return "catalog of " + catalog.date() + (layers.size() > 1 ? " with " + String.join(", ",
                layers.subList(1, layers.size())) : "");
    }

    /** The same run, with the policies it tripped ("policy infeasible: chat-api fits no platform"). */
    public RunInfo withTripped(List<String> policies) {
        return new RunInfo(toolVersion, catalog, freeTier, platforms, explain, policies);
    }
}
