package dev.costfit.report;

import dev.costfit.pricing.Catalog;
import java.util.List;

/** What a report says about the run itself: tool version, catalog, and the options that change the figures. */
public record RunInfo(String toolVersion, Catalog catalog, boolean freeTier, List<String> platforms, boolean explain) {

    public RunInfo {
        platforms = List.copyOf(platforms);
    }
}
