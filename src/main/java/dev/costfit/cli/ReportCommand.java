package dev.costfit.cli;

import dev.costfit.recommend.ProfileResult;
import dev.costfit.report.JsonReport;
import dev.costfit.report.RunInfo;
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
        RunInputs inputs = RunInputs.load(options, profiles);
        List<ProfileResult> results = inputs.evaluator().evaluateAll(inputs.profiles());
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
        return ExitCodes.OK;
    }

    abstract String table(RunInfo info, List<ProfileResult> results, Terminal terminal);
}
