package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Sweep;
import dev.costfit.report.PartedReport;
import dev.costfit.report.Renderer;
import dev.costfit.report.RunInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--jobs", paramLabel = "N", converter = OptionValues.Jobs.class,
            description = "Evaluate profiles on N threads (default: one per core). The output is the same "
                    + "whatever N; json, jsonl and csv are written as profiles are evaluated, in input order.")
    Integer jobs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        options.settleFormat(Formats.REPORTS, spec.name());
        List<Policy> policies = options.policies(false);
        RunInputs inputs = RunInputs.load(options, profiles);
        PolicyCheck.notes(policies, inputs.anyProfileBudget(), options.budget)
                .forEach(spec.commandLine().getErr()::println);
        Portfolio portfolio = new Portfolio(jobs != null ? jobs : Runtime.getRuntime().availableProcessors());
        Function<Profile, ProfileResult> evaluate = p -> extend(inputs, inputs.evaluator().evaluate(p,
                withBreakEven()));
        Renderer renderer = options.format.renderer(Terminal.detect(options.out != null), sweeps(inputs),
                maps(inputs));
        List<String> tripped;
        Optional<PartedReport> parted = inParts(renderer, inputs.info());
        if (parted.isPresent()) {
            tripped = stream(inputs, portfolio, evaluate, parted.get(), policies);
        } else {
            List<ProfileResult> results = portfolio.evaluateAll(inputs.profiles(), evaluate);
            tripped = PolicyCheck.tripped(policies, results, options.budget);
            Output.write(options.out, render(renderer, inputs.info().withTripped(PolicyCheck.forReport(tripped)),
                    results), spec.commandLine().getOut());
        }
        return Output.policies(tripped, spec.commandLine().getErr());
    }

    /**
     * A report written in parts (jsonl, csv, json): each part as soon as it and those before it are evaluated. The
     * report states no tripped policy (only tables, markdown and html do, at their top), so it can be written
     * before every profile is judged.
     */
    private List<String> stream(RunInputs inputs, Portfolio portfolio, Function<Profile, ProfileResult> evaluate,
                                PartedReport report, List<Policy> policies) {
        PolicyCheck.Tally tally = new PolicyCheck.Tally(policies, options.budget);
        PrintWriter stdout = spec.commandLine().getOut();
        try (AtomicFile.Stream file = options.out != null ? AtomicFile.open(options.out) : null) {
            Consumer<String> write = text -> {
                if (file != null) {
                    file.write(text);
                } else {
                    stdout.print(text);
                    stdout.flush();
                    if (stdout.checkError()) {
                        throw new ReaderGone();
                    }
                }
            };
            write.accept(report.opening());
            portfolio.evaluate(inputs.profiles(), evaluate, part -> {
                tally.add(part);
                write.accept(report.part(part));
            });
            write.accept(report.closing());
            if (file != null) {
                file.commit();
            }
        } catch (ReaderGone gone) {
            // Whoever read the report stopped reading (`| head`): what no one reads is not evaluated; the policies
            // are those of the profiles written. A write that failed otherwise (a full disk) stops it too, and
            // the run's end reports it (StandardOutput.exitCode).
        }
        return tally.tripped();
    }

    /** Standard output takes no more (its reader closed its end): writing more, or evaluating more, is wasted. */
    private static final class ReaderGone extends RuntimeException {

        ReaderGone() {
            super("the report's reader stopped reading", null, false, false);
        }
    }

    abstract String render(Renderer renderer, RunInfo info, List<ProfileResult> results);

    /** The verb's report written in parts, where the format allows it ({@link Renderer#recommendInParts}). */
    abstract Optional<PartedReport> inParts(Renderer renderer, RunInfo info);

    /** Sweeps for the report to chart, by profile; none unless a verb's report shows them. */
    Map<Profile, Sweep> sweeps(RunInputs inputs) {
        return Map.of();
    }

    /** Decision maps for the report to draw, by profile; none unless a verb's report shows them. */
    Map<Profile, DecisionMap> maps(RunInputs inputs) {
        return Map.of();
    }

    /** A result with what a verb's options add to it; as it is unless a verb adds something. */
    ProfileResult extend(RunInputs inputs, ProfileResult result) {
        return result;
    }

    /** Whether the report needs the break-even search (the recommendation's "when would this change"). */
    abstract boolean withBreakEven();
}
