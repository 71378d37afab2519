package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Sweep;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.report.JsonReport;
import dev.costfit.report.SweepReport;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "breakeven",
        modelTransformer = ChartOptions.class,
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Sweep one input of a profile, every platform's monthly cost along it, the crossover points "
                + "where the cheapest platform changes, and a chart.", ""},
        footer = {"", "Examples:",
            "  costfit breakeven profiles/chat-api.yaml --vary rate",
            "  costfit breakeven profiles/chat-api.yaml --vary rate \\",
            "      --from 0.1/s --to 500/s --points 80",
            "  costfit breakeven profiles/rag-pipeline.yaml --vary duration \\",
            "      --format html --out sweep.html",
            "  costfit breakeven profiles/chat-api.yaml --vary concurrency \\",
            "      --format svg --out sweep.svg",
            "  costfit breakeven profiles/ --profile steady-api --vary memory --format csv"})
final class BreakevenCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Mixin
    ProfileArgument profileArgument;

    @Option(names = "--vary", paramLabel = "INPUT", required = true,
            completionCandidates = CompletionNames.Inputs.class,
            description = "What to sweep: rate (log-spaced), duration, memory, concurrency or cpu_time (linear).")
    String vary;

    @Option(names = "--from", paramLabel = "VALUE",
            description = "Start of the sweep, with its unit (0.1/s, 2s, 256MB, 5). Default: around the profile's "
                    + "own value (rate ÷100, duration ÷10, memory 128MB, concurrency 1, cpu_time ÷10).")
    String from;

    @Option(names = "--to", paramLabel = "VALUE",
            description = "End of the sweep (default: rate ×100, duration ×3, memory ×4 and at least 512MB, "
                    + "concurrency ×4 and at least 10, cpu_time ×10 and at most the duration × threads; either "
                    + "default end within what a profile may state, such as at most 10M/s).")
    String to;

    @Option(names = "--points", paramLabel = "N", defaultValue = "60", description = "Points to evaluate. "
            + "Default: ${DEFAULT-VALUE}.")
    int points;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        options.settleFormat(Formats.CHARTS, "breakeven");
        if (options.format == Format.PNG) {
            Output.refuseBinaryHere(options.out, spec.commandLine().getOut());
        }
        SweepVariable variable = variable();
        if (points < 2 || points > 2000) {
            throw new InputException(Location.ofFile("--points"), "", "found " + points + ", expected 2 to 2000");
        }
        List<Policy> policies = options.policies(false);
        options.oneRegion = profileArgument.oneRegion("breakeven sweeps one profile in one region");
        RunInputs inputs = RunInputs.load(options, profileArgument.paths());
        Profile profile = profileArgument.pick(inputs);
        double[] range = SweepEnds.of(profile, variable, new SweepEnds.End(from, "--from"),
                new SweepEnds.End(to, "--to"), "sweep", SweepEnds.Fit.BOTH);
        double start = range[0];
        double end = range[1];
        Sweep sweep = Sweep.run(inputs.evaluator(), profile, variable, start, end, points);
        variable.flatOnJob(profile, sweep.flat()).ifPresent(why -> {
            throw new InputException(Location.ofFile("--vary"), "", "found '" + vary.trim() + "', but " + why);
        });
        Terminal terminal = Terminal.detect(options.out != null);
        if (options.format == Format.PNG) {
            Output.writeBinary(options.out, SweepReport.png(sweep), spec.commandLine().getOut());
        } else {
            String report = switch (options.format) {
                case TABLE -> SweepReport.text(sweep, terminal.width(), terminal.fancyCharts(), options.explain);
                case JSON -> new JsonReport().breakeven(inputs.info(), sweep);
                case CSV -> SweepReport.csv(sweep);
                case HTML -> SweepReport.html(sweep, inputs.info());
                case SVG -> SweepReport.svg(sweep);
                case PNG, MARKDOWN, JSONL -> throw new IllegalStateException("png is written above; the converter "
                        + "refuses markdown and jsonl");
            };
            Output.write(options.out, report, spec.commandLine().getOut());
        }
        // The profile at its own value is priced only when a policy is there to judge it.
        List<ProfileResult> judged = policies.isEmpty() ? List.of()
                : List.of(inputs.evaluator().evaluate(profile, false));
        return Output.policies(PolicyCheck.tripped(policies, judged, options.budget), spec.commandLine().getErr());
    }

    private SweepVariable variable() {
        return SweepVariable.bySpelling(vary).orElseThrow(() -> new InputException(Location.ofFile("--vary"), "",
                "found '" + vary + "', expected " + SweepVariable.spellings()));
    }
}
