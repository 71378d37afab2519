package dev.costfit.cli;

import dev.costfit.recommend.ProfileResult;
import dev.costfit.report.PartedReport;
import dev.costfit.report.Renderer;
import dev.costfit.report.RunInfo;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "check",
        modelTransformer = Formats.Reports.class,
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Limits only: what fits where; each violated limit with the value needed, the value allowed "
                + "and a workaround.", ""},
        footer = {"", "Examples:",
            "  costfit check profiles/",
            "  costfit check profiles/nightly-batch.yaml --format json"})
final class CheckCommand extends ReportCommand {

    @Override
    String render(Renderer renderer, RunInfo info, List<ProfileResult> results) {
        return renderer.check(info, results);
    }

    @Override
    Optional<PartedReport> inParts(Renderer renderer, RunInfo info) {
        return renderer.checkInParts(info);
    }

    @Override
    boolean withBreakEven() {
        return false;
    }
}
