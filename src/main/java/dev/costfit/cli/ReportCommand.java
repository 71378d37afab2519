package dev.costfit.cli;

import dev.costfit.recommend.ProfileResult;
import dev.costfit.report.JsonReport;
import dev.costfit.report.RunInfo;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The shape of every pricing verb: load inputs, evaluate, render, write. */
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
        List<Policy> policies = Policy.parse(options.failOn);
        for (Policy policy : policies) {
            if (policy instanceof Policy.Increase || policy instanceof Policy.RecommendationChange) {
                throw new InputException(Location.ofFile("--fail-on"), "", "increase>N% and "
                        + "recommendation-change compare two profile sets: use them with costfit diff");
            }
        }
        if (options.budget != null && !(options.budget > 0)) {
            throw new InputException(Location.ofFile("--budget"), "", "found " + options.budget
                    + ", expected a monthly budget in USD above 0");
        }
        RunInputs inputs = RunInputs.load(options, profiles);
        List<ProfileResult> results = inputs.evaluator().evaluateAll(inputs.profiles(), withBreakEven());
        Terminal terminal = Terminal.detect(options.out != null);
        String text = switch (options.format) {
            case TABLE -> table(inputs.info(), results, terminal);
            case JSON -> new JsonReport().render(inputs.info(), results);
        };
        if (options.out != null) {
            AtomicFile.write(options.out, text);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        List<String> tripped = PolicyCheck.tripped(policies, results, options.budget);
        tripped.forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().flush();
        return tripped.isEmpty() ? ExitCodes.OK : ExitCodes.POLICY;
    }

    abstract String table(RunInfo info, List<ProfileResult> results, Terminal terminal);

    /** Whether the report needs the break-even search (the recommendation's "when would this change"). */
    abstract boolean withBreakEven();
}
