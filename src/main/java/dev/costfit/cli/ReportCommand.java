package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Sweep;
import dev.costfit.report.Renderer;
import dev.costfit.report.RunInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The shape of the verbs that price profiles: load inputs, evaluate, render, write, then apply --fail-on. */
abstract class ReportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "PROFILE", arity = "1..*",
            description = "Profile files, or folders of *.yaml / *.yml files.")
    List<Path> profiles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Policy> policies = options.policies(false);
        RunInputs inputs = RunInputs.load(options, profiles);
        List<ProfileResult> results = inputs.evaluator().evaluateAll(inputs.profiles(), withBreakEven());
        PolicyCheck.notes(policies, results, options.budget).forEach(spec.commandLine().getErr()::println);
        List<String> tripped = PolicyCheck.tripped(policies, results, options.budget);
        Renderer renderer = options.format.renderer(Terminal.detect(options.out != null), sweeps(inputs));
        Output.write(options.out, render(renderer, inputs.info().withTripped(PolicyCheck.forReport(tripped)), results),
                spec.commandLine().getOut());
        return Output.policies(tripped, spec.commandLine().getErr());
    }

    abstract String render(Renderer renderer, RunInfo info, List<ProfileResult> results);

    /** Sweeps for the report to chart, by profile; none unless a verb's report shows them. */
    Map<Profile, Sweep> sweeps(RunInputs inputs) {
        return Map.of();
    }

    /** Whether the report needs the break-even search (the recommendation's "when would this change"). */
    abstract boolean withBreakEven();
}
