package dev.costfit.cli;

import dev.costfit.recommend.ProfileResult;
import dev.costfit.report.Renderer;
import dev.costfit.report.RunInfo;
import java.util.List;
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
            "  costfit recommend profiles/ --catalog my-discounts.yaml"})
final class RecommendCommand extends ReportCommand {

    @Override
    String render(Renderer renderer, RunInfo info, List<ProfileResult> results) {
        return renderer.recommend(info, results);
    }

    @Override
    boolean withBreakEven() {
        return true;
    }
}
