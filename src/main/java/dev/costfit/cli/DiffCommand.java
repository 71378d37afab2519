package dev.costfit.cli;

import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
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

    @Parameters(index = "1", paramLabel = "HEAD", description = "The profiles after: a file or a folder.")
    Path head;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Policy> policies = options.policies(true);
        // An empty base folder is the state before the first profile: everything in HEAD is added.
        RunInputs before = RunInputs.load(options, List.of(base), true);
        RunInputs after = RunInputs.load(options, List.of(head));
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
}
