package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.RangeAnalysis;
import dev.costfit.recommend.Sweep;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.report.PartedReport;
import dev.costfit.report.Renderer;
import dev.costfit.report.RunInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "recommend",
        modelTransformer = Formats.Reports.class,
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Per profile: every platform side by side, the recommendation and why.", ""},
        footer = {"", "Examples:",
            "  costfit recommend profiles/",
            "  costfit recommend profiles/chat-api.yaml --explain",
            "  costfit recommend profiles/ --format json --out report.json",
            "  costfit recommend profiles/ --format html --out report.html",
            "  costfit recommend profiles/ --format markdown --fail-on infeasible,over-budget",
            "  costfit recommend profiles/ --free-tier --region eu-west-1",
            "  costfit recommend profiles/chat-api.yaml \\",
            "      --region us-east-1,eu-west-1,ap-southeast-1",
            "  costfit recommend profiles/chat-api.yaml --ranges --seed 7 --scenarios 200",
            "  costfit recommend profiles/ --catalog examples/catalog-overlay.yaml"})
final class RecommendCommand extends ReportCommand {

    /** Points of each embedded sweep: enough for a smooth line, fewer than breakeven's 60 for a report of many. */
    private static final int EMBEDDED_POINTS = 40;
    /**
     * Cells of each embedded map: 20 × 12, a tenth of `costfit map`'s 60 × 40 — five cells a decade of rate, enough
     * to show the regions, at a tenth of the engine time (a map costs as many assessments as it has cells).
     */
    private static final int EMBEDDED_COLUMNS = 20;
    private static final int EMBEDDED_ROWS = 12;

    @Option(names = "--ranges",
            description = "Also run a seeded Monte Carlo over the ranges each profile states ({low, expected, high} "
                    + "for traffic.rate, duration.mean, cpu_time, llm.input_tokens, llm.output_tokens, "
                    + "llm.calls_per_request): every ranged field drawn independently from a triangular "
                    + "distribution peaking at expected; reports each platform's P10/P50/P90 monthly cost (LLM "
                    + "tokens apart, with their own P10/P50/P90) and how often each platform is the cheapest and the "
                    + "recommendation.")
    boolean ranges;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", converter = OptionValues.Seed.class,
            description = "Seed of --ranges' draws: the same seed gives the same report. Default: ${DEFAULT-VALUE}.")
    long seed = RangeAnalysis.DEFAULT_SEED;

    @Option(names = "--scenarios", paramLabel = "N", defaultValue = "1000", converter = OptionValues.Scenarios.class,
            description = "Scenarios --ranges draws per profile, 1 to 10,000. Default: ${DEFAULT-VALUE}.")
    int scenarios = RangeAnalysis.DEFAULT_SCENARIOS;

    /** With --ranges, each profile that states ranges gets its Monte Carlo; the others are reported as they are. */
    @Override
    ProfileResult extend(RunInputs inputs, ProfileResult result) {
        if (!ranges || !result.profile().ranges().any()) {
            return result;
        }
        return result.withRanges(RangeAnalysis.run(inputs.evaluator(), result.profile(), seed, scenarios));
    }

    @Override
    String render(Renderer renderer, RunInfo info, List<ProfileResult> results) {
        return renderer.recommend(info, results);
    }

    @Override
    Optional<PartedReport> inParts(Renderer renderer, RunInfo info) {
        return renderer.recommendInParts(info);
    }

    /** The HTML report charts each profile's cost against its request rate, as `breakeven --vary rate` does. */
    @Override
    Map<Profile, Sweep> sweeps(RunInputs inputs) {
        if (options.format != Format.HTML) {
            return Map.of();
        }
        Map<Profile, Sweep> sweeps = new HashMap<>();
        for (Profile profile : inputs.profiles()) {
            SweepVariable.Range range = SweepVariable.RATE.defaultRange(profile);
            sweeps.put(profile, Sweep.run(inputs.evaluator(), profile, SweepVariable.RATE, range.from(), range.to(),
                    EMBEDDED_POINTS));
        }
        return sweeps;
    }

    /**
     * The HTML report draws each profile's rate × duration map, on a coarser grid than `costfit map` so that a
     * report of many profiles stays quick; the caption says so.
     */
    @Override
    Map<Profile, DecisionMap> maps(RunInputs inputs) {
        if (options.format != Format.HTML) {
            return Map.of();
        }
        Map<Profile, DecisionMap> maps = new HashMap<>();
        for (Profile profile : inputs.profiles()) {
            SweepVariable.Range rate = SweepVariable.RATE.defaultRange(profile);
            SweepVariable.Range duration = SweepVariable.DURATION.defaultRange(profile);
            maps.put(profile, DecisionMap.draw(inputs.evaluator(), profile,
                    MapAxis.of(SweepVariable.RATE, rate.from(), rate.to(), EMBEDDED_COLUMNS),
                    MapAxis.of(SweepVariable.DURATION, duration.from(), duration.to(), EMBEDDED_ROWS), false));
        }
        return maps;
    }

    @Override
    boolean withBreakEven() {
        return true;
    }
}
