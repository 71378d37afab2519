package dev.costfit.report;

import dev.costfit.pricing.Catalog;
import dev.costfit.profile.PricingOption;
import dev.costfit.yaml.Printable;
import java.util.List;
import java.util.Optional;

/**
 * What a report says about the run itself: tool version, catalog, the options that change the figures, and the
 * --fail-on policies the run tripped (stated at the top of a report, as well as on stderr).
 *
 * @param regions the AWS regions of --region, in order; empty where each profile is priced in its own `region`
 * @param pricing the option of --pricing; empty where each profile is priced as its own `pricing` says
 * @param simplicityMarginPercent --simplicity-margin, in percent: a simpler platform is preferred when it costs at
 *                                most this many percent more than the cheapest (it decides the recommendation)
 */
public record RunInfo(String toolVersion, Catalog catalog, boolean freeTier, List<String> platforms, boolean explain,
                      List<String> tripped, List<String> regions, Optional<PricingOption> pricing,
                      double simplicityMarginPercent) {

    /** --simplicity-margin's default, in percent (Recommender.DEFAULT_SIMPLICITY_MARGIN). */
    public static final double DEFAULT_SIMPLICITY_MARGIN_PERCENT = 10;

    public RunInfo {
        platforms = List.copyOf(platforms);
        tripped = List.copyOf(tripped);
        regions = List.copyOf(regions);
    }

    public RunInfo(String toolVersion, Catalog catalog, boolean freeTier, List<String> platforms, boolean explain) {
        this(toolVersion, catalog, freeTier, platforms, explain, List.of(), List.of(), Optional.empty(),
                DEFAULT_SIMPLICITY_MARGIN_PERCENT);
    }

    /** Where the prices come from, for a report's foot: "catalog of 2026-11-02 with overrides.yaml". */
    public String catalogNote() {
        List<String> layers = catalog.layers();
        // The overlays are named by the paths given to --catalog, which may hold any character.
        return "catalog of " + catalog.date() + (layers.size() > 1 ? " with " + Printable.of(String.join(", ",
                layers.subList(1, layers.size()))) : "");
    }

    /** The same run, with the policies it tripped ("policy infeasible: chat-api fits no platform"). */
    public RunInfo withTripped(List<String> policies) {
        return new RunInfo(toolVersion, catalog, freeTier, platforms, explain, policies, regions, pricing,
                simplicityMarginPercent);
    }

    /** The same run, priced in these regions (--region) and under this option (--pricing), where given. */
    public RunInfo pricedAs(List<String> pricedIn, Optional<PricingOption> option) {
        return new RunInfo(toolVersion, catalog, freeTier, platforms, explain, tripped, pricedIn, option,
                simplicityMarginPercent);
    }

    /** The same run, recommending with this --simplicity-margin (percent). */
    public RunInfo withSimplicityMargin(double percent) {
        return new RunInfo(toolVersion, catalog, freeTier, platforms, explain, tripped, regions, pricing, percent);
    }
}
