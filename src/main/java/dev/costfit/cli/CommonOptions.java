package dev.costfit.cli;

import dev.costfit.recommend.Recommender;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options every verb that prices profiles shares. */
public final class CommonOptions {

    /** Null where not given: {@link #settleFormat} decides (each verb's formats: {@link Formats}). */
    @Option(names = "--format", paramLabel = "FORMAT", description = "The report's format.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout: atomically (a temp file, then a rename; "
                    + "through a symbolic link, onto the file it leads to), or in place where FILE is a pipe, a "
                    + "device or /dev/stdout. Never onto a file the run reads (a profile, a --catalog overlay).")
    Path out;

    @Option(names = "--platforms", paramLabel = "LIST", split = ",",
            description = "Only these platforms (comma-separated ids: ${COMPLETION-CANDIDATES}).",
            completionCandidates = PlatformIds.class)
    List<String> platforms = new ArrayList<>();

    @Option(names = "--region", paramLabel = "REGION[,REGION...]", converter = OptionValues.Regions.class,
            completionCandidates = CompletionNames.Regions.class,
            description = "Price every profile in this AWS region instead of its own `region`. Several, "
                    + "comma-separated (us-east-1,eu-west-1,ap-southeast-1) or as patterns (us-*, as in a "
                    + "profile's `regions`), compare each profile in each: a region × platform table and the "
                    + "cheapest (platform, region) pair, the choice kept within the profile's `regions`; the "
                    + "detailed figures are priced in the first region it allows. A region named twice counts once.")
    String region;

    /** Set by a verb that prices in one region (diff, map, breakeven): several named are refused, not ignored. */
    RegionOption.OneRegion oneRegion;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Overlay the embedded price catalog with FILE (repeatable; later files win).")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--pricing", paramLabel = "OPTION", converter = OptionValues.Pricing.class,
            completionCandidates = CompletionNames.Pricing.class,
            description = "Price every profile on demand or under a commitment, instead of its own `pricing`: "
                    + "on-demand, savings-plan-1y, savings-plan-3y (no upfront), or with -partial-upfront or "
                    + "-all-upfront (an AWS Compute Savings Plan, Google's committed use discount of the same term). "
                    + "Each eligible line commits the hourly level of its use that makes the month least (the "
                    + "discount's quantile of the hours' use), at the catalog's published discounts, the use above "
                    + "it on demand; reports add a table of every commitment option.")
    dev.costfit.profile.PricingOption pricing;

    @Option(names = "--free-tier",
            description = "Apply the providers' monthly free tiers. Off by default: costfit prices the marginal "
                    + "cost of one more workload in an account that already uses its free tier.")
    boolean freeTier;

    @Option(names = "--explain",
            description = "Also print the defaults each profile relied on, every assumption and every limit.")
    boolean explain;

    @Option(names = "--fail-on", paramLabel = "POLICIES", split = ",",
            description = "Exit with code 3 after writing the full report when a policy trips: infeasible (a "
                    + "profile fits no platform), unpriced (a platform that fits lacks a price in the profile's "
                    + "region), over-budget (the recommended platform costs more than --budget or "
                    + "the profile's budget; LLM tokens are not counted), and, with diff, increase>N%% and "
                    + "recommendation-change.")
    List<String> failOn = new ArrayList<>();

    @Option(names = "--budget", paramLabel = "USD", converter = OptionValues.Budget.class,
            description = "Monthly budget in USD for every profile that states none (used by --fail-on over-budget): "
                    + "500, $500, 500/month or 6000/year.")
    Double budget;

    @Option(names = "--simplicity-margin", paramLabel = "PERCENT", defaultValue = "10%",
            converter = OptionValues.Percentage.class,
            description = "Prefer a simpler platform (functions, then functions on managed instances, then "
                    + "containers, then Kubernetes) when it costs at most this many percent more than the cheapest, "
                    + "written with its unit: 10%% (a bare number is refused: 0.5 could mean 0.5%% or 50%%). JSON "
                    + "reports record it as options.simplicityMarginPercent. Default: ${DEFAULT-VALUE}.")
    double simplicityMarginPercent = Recommender.DEFAULT_SIMPLICITY_MARGIN * 100;

    /**
     * The format to write, once the command line is read: --format, or what the --out file's extension names, or
     * table ({@link Formats#settle}).
     */
    Format settleFormat(Set<Format> accepted, String verb) {
        format = Formats.settle(format, out, accepted, verb);
        return format;
    }

    /** The --fail-on policies, checked; the diff-only ones are refused unless {@code diff}. */
    List<Policy> policies(boolean diff) {
        List<Policy> policies = Policy.parse(failOn);
        for (Policy policy : policies) {
            if (!diff && (policy instanceof Policy.Increase || policy instanceof Policy.RecommendationChange)) {
                throw new InputException(Location.ofFile("--fail-on"), "", "increase>N% and "
                        + "recommendation-change compare two profile sets: use them with costfit diff");
            }
        }
        return policies;
    }
}
