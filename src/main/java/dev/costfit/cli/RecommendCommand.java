package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Sweep;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.report.Renderer;
import dev.costfit.report.RunInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "recommend", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Per profile: every platform side by side, the recommendation and why.", ""},
        footer = {"", "Examples:",
            "  costfit recommend profiles/",
            "  costfit recommend profiles/chat-api.yaml --explain",
            "  costfit recommend profiles/ --format json --out report.json",
            "  costfit recommend profiles/ --format html --out report.html",
            "  costfit recommend profiles/ --format markdown --fail-on infeasible,over-budget",
            "  costfit recommend profiles/ --free-tier --region eu-west-1",
            "  costfit recommend profiles/ --catalog examples/catalog-overlay.yaml"})
final class RecommendCommand extends ReportCommand {

    /** Points of each embedded sweep: enough for a smooth line, fewer than breakeven's 60 for a report of many. */
    private static final int EMBEDDED_POINTS = 40;

    @Override
    String render(Renderer renderer, RunInfo info, List<ProfileResult> results) {
        return renderer.recommend(info, results);
    }

    /** The HTML report charts each profile's cost against its request rate, as `breakeven --vary rate` does. */
    @Override
    Map<Profile, Sweep> sweeps(RunInputs inputs) {
        if (options.format != Format.HTML) {
            return Map.of();
        }
        Map<Profile, Sweep> sweeps = new HashMap<>();
        for (Profile profile : inputs.profiles()) {
            double[] range = SweepVariable.RATE.defaultRange(profile);
            sweeps.put(profile, Sweep.run(inputs.evaluator(), profile, SweepVariable.RATE, range[0], range[1],
                    EMBEDDED_POINTS));
        }
        return sweeps;
    }

    @Override
    boolean withBreakEven() {
        return true;
    }
}
