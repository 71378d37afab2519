package dev.costfit.cli;

import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        modelTransformer = DiffCommand.DiffOptions.class,
        description = {"Cost and recommendation changes between two profile sets (files or folders): profiles "
                + "added, removed and changed, the fields that changed, every platform's cost before and after, "
                + "and the totals.", ""},
        footer = {"", "Examples:",
            "  costfit diff examples/diff-base/ profiles/",
            "  costfit diff examples/diff-base/ profiles/ --format markdown \\",
            "      --out comment.md --fail-on 'increase>10%%,recommendation-change,infeasible'",
            "",
            "In CI, BASE is the profiles of the base branch (a git worktree of it): see examples/github-actions."})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "BASE",
            description = "The profiles before: a file or a folder (an empty folder: no profiles yet).")
    Path base;

    @Parameters(index = "1", paramLabel = "HEAD",
            description = "The profiles after: a file or a folder (an empty folder: every profile deleted).")
    Path head;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        options.settleFormat(Formats.REPORTS, "diff");
        refuseWhatDiffDoesNot();
        List<Policy> policies = options.policies(true);
        // An empty base folder is the state before the first profile: everything in HEAD is added; an empty head
        // folder the state after the last is deleted: everything in BASE is removed.
        RunInputs before = RunInputs.load(options, List.of(base), true);
        RunInputs after = RunInputs.load(options, List.of(head), true);
        List<ProfileResult> baseResults = before.evaluator().evaluateAll(before.profiles(), false);
        List<ProfileResult> headResults = after.evaluator().evaluateAll(after.profiles(), false);
        Diff diff = Diff.of(baseResults, headResults);
        PolicyCheck.notes(policies, after.anyProfileBudget(), options.budget)
                .forEach(spec.commandLine().getErr()::println);
        List<String> tripped = PolicyCheck.tripped(policies, diff, headResults, options.budget);
        String text = options.format.renderer(Terminal.detect(options.out != null))
                .diff(after.info().withTripped(PolicyCheck.forReport(tripped)), diff);
        Output.write(options.out, text, spec.commandLine().getOut());
        return Output.policies(tripped, spec.commandLine().getErr());
    }

    /**
     * The shared options diff has no use for, refused rather than ignored: a list of
     * regions, which recommend compares side by side but diff priced in the first alone and named nowhere (refused
     * once the catalog says which regions a pattern names, RegionOption), and --explain, which diff accepted and did
     * nothing with.
     */
    private void refuseWhatDiffDoesNot() {
        options.oneRegion = new RegionOption.OneRegion("diff prices both sets in one region", head.toString());
        if (options.explain) {
            throw new InputException(Location.ofFile("--explain"), "", "diff compares what the profiles cost and "
                    + "has nothing more to explain; for the defaults, assumptions and limits of the profiles after, "
                    + "run costfit recommend --explain " + head);
        }
    }

    /**
     * diff's help for the options it shares with recommend (CommonOptions), said as diff does them: --region takes
     * one region and --pricing adds no table of commitment options (recommend's help promised both), and --explain
     * is hidden, since diff refuses it.
     */
    static final class DiffOptions implements CommandLine.IModelTransformer {

        private static final Map<String, String> HELP = Map.of(
                "--region", "Price every profile of both sets in this AWS region instead of its own `region`; "
                        + "the report names it. One region: to compare several side by side, use costfit recommend "
                        + "--region a,b,c.",
                "--pricing", "Price every profile of both sets on demand or under a commitment, instead of its own "
                        + "`pricing`: on-demand, savings-plan-1y, savings-plan-3y (no upfront), or with "
                        + "-partial-upfront or -all-upfront. Each eligible line commits the hourly level of its use "
                        + "that makes the month least, at the catalog's published discounts, the use above it on "
                        + "demand; the report names the option. For a "
                        + "table of every commitment option, use costfit recommend --pricing.");

        @Override
        public CommandSpec transform(CommandSpec command) {
            for (OptionSpec option : List.copyOf(command.options())) {
                String help = HELP.get(option.longestName());
                boolean explain = option.longestName().equals("--explain");
                if (help != null || explain) {
                    command.remove(option);
                    OptionSpec.Builder builder = option.toBuilder();
                    if (explain) {
                        builder.hidden(true);
                    } else {
                        builder.description(help);
                    }
                    if (option.longestName().equals("--region")) {
                        builder.paramLabel("REGION");
                    }
                    command.addOption(builder.build());
                }
            }
            // The formats and policies of a report verb, as recommend's (one transformer a verb).
            new Formats.Reports().transform(command);
            return command;
        }
    }
}
