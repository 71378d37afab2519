package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.Simplicity;
import dev.costfit.glue.StepFunctions;
import dev.costfit.network.InternetEgress;
import dev.costfit.network.NatGateway;
import dev.costfit.network.NetworkTraffic;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Payload;
import dev.costfit.profile.Pipeline;
import dev.costfit.profile.PipelineStep;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Traffic;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline on Lambda Managed Instances: one function runs every step that runs (its handler takes the step the
 * state names), invoked by the orchestrator once per step attempt, so each step — not the whole path — must end
 * within a Lambda function's 15 minutes, and the orchestrator's lines and limits, the front door and the request's
 * network are the ones a pipeline on Lambda carries ({@link PipelineAssessment}); a step that only waits runs
 * nothing, the orchestrator holds it.
 *
 * <p>One function rather than one per step: LMI bills the capacity provider's instances, never fewer than three,
 * and each function keeps environments of its own running (at least three), so a function per step would keep a
 * fleet's floor per step where the steps' work fits one. The function's environments serve every step's
 * invocations — their mean time and CPU are the steps' weighted by their invocations, so the requests in flight and
 * the CPU burnt are the steps' together — and are sized for the largest step's memory ({@link WholePipeline#sized}).
 * Where the steps' memory differs widely, a function per step on the same capacity provider could pack the
 * instances tighter; that is not priced here.
 */
final class StepsOnOneFunction {

    private StepsOnOneFunction() {
    }

    static boolean applies(Platform platform, Profile profile) {
        return profile.glue().pipeline().isPresent()
                && platform.info().simplicity() == Simplicity.MANAGED_INSTANCES;
    }

    static Assessment assess(Platform platform, Profile profile, PricingContext context) {
        Pipeline pipeline = profile.glue().pipeline().orElseThrow();
        Catalog catalog = context.catalog();
        List<PipelineStep> steps = pipeline.computeSteps();
        TimeSpan allowed = catalog.durationLimit("lambda.timeout");
        List<LimitCheck> limits = new ArrayList<>();
        double longestTimeout = 0;
        for (PipelineStep step : steps) {
            TimeSpan timeout = pipeline.timeoutOf(step, profile.serviceTimeout(), profile.maxSlowdown().fraction());
            longestTimeout = Math.max(longestTimeout, timeout.seconds());
            limits.add(LimitCheck.of(!timeout.isLongerThan(allowed), LimitCheck.Severity.HARD,
                    "step " + step.name() + ": timeout", timeout::display,
                    () -> allowed.display() + " (a Lambda function's, also on managed instances)",
                    "split the step into steps under 15 minutes, or run the pipeline as a container task "
                            + "(Fargate, EKS)").atEveryRate());
        }
        Profile function = function(profile, pipeline, TimeSpan.ofSeconds(longestTimeout));
        // No trade-off table: its sizes would be priced without the orchestrator's lines (as a pipeline's steps'
        // tables are dropped on Lambda).
        Assessment own = platform.assess(function, context.withoutTradeOffs());
        // The function's timeout is its longest step's: the steps' own checks above say which step breaks it.
        own.limits().stream().filter(l -> !l.limit().equals("timeout")).forEach(limits::add);
        // Environments give a request at least one vCPU per thread (ExecutionEnvironment), on which a step takes
        // its stated time: the path is the longest execution as stated.
        TimeSpan path = pipeline.longestPath(s -> s.longest().seconds());
        limits.addAll(StepFunctions.limits(pipeline, profile, platform.info().cloud(), catalog, path));
        Optional<PipelineFrontDoor> door = PipelineFrontDoor.of(platform.info().cloud(), profile, catalog, path);
        door.ifPresent(d -> limits.addAll(d.limits(catalog)));
        List<String> notes = new ArrayList<>(own.notes());
        List<String> assumptions = new ArrayList<>(own.assumptions());
        assumptions.add(assumption(profile, pipeline, function));
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(platform.info(), own.variant(), limits, own.capacity(), own.coldStarts(), notes,
                    assumptions);
        }
        if (own.unpriced().isPresent()) {
            return Assessment.unpriced(platform.info(), own.variant(), limits, own.capacity(), notes, assumptions,
                    own.unpriced().get());
        }
        List<CostLine> lines = new ArrayList<>(own.lines());
        StepFunctions.Bill orchestration;
        try {
            orchestration = StepFunctions.bill(pipeline, profile, platform.info().cloud(), context);
            lines.addAll(door.map(d -> d.lines(catalog)).orElse(List.of()));
            lines.addAll(network(profile, context, assumptions));
        } catch (MissingPriceException e) {
            return Assessment.unpriced(platform.info(), own.variant(), limits, own.capacity(), notes, assumptions,
                    e.getMessage());
        }
        lines.addAll(orchestration.lines());
        if (context.forReport()) {
            door.ifPresent(d -> notes.addAll(d.notes()));
        }
        notes.addAll(orchestration.notes());
        notes.addAll(StepFunctions.waitNotes(pipeline, platform.info().cloud()));
        return Assessment.priced(platform.info(), own.variant(), limits, lines, own.capacity(), own.coldStarts(),
                notes, assumptions).withUsage(own.usage());
    }

    /**
     * The function that runs every step: invoked at the request rate times the steps' attempts, each invocation
     * taking the steps' mean time and CPU weighted by their attempts (so the requests in flight and the CPU burnt
     * are the steps' together) and at most the longest step's; the largest step's memory; the longest step's
     * timeout; the largest state a step takes in and passes on.
     */
    private static Profile function(Profile profile, Pipeline pipeline, TimeSpan timeout) {
        List<PipelineStep> steps = pipeline.computeSteps();
        double attempts = steps.stream().mapToDouble(PipelineStep::attempts).sum();
        double wall = steps.stream().mapToDouble(s -> s.mean().seconds() * s.attempts()).sum();
        double cpu = profile.cpuModel() ? steps.stream().mapToDouble(s -> s.cpuTime().orElse(s.mean()).seconds()
                * s.attempts()).sum() : wall;
        TimeSpan mean = TimeSpan.ofSeconds(wall / attempts);
        TimeSpan longest = steps.stream().map(PipelineStep::longest)
                .max(java.util.Comparator.comparingDouble(TimeSpan::seconds)).orElseThrow();
        Traffic t = ((Workload.Service) profile.workload()).traffic();
        Workload work = new Workload.Service(new Traffic(t.rate().times(attempts), t.pattern(), t.burst()),
                new DurationProfile(mean, Optional.empty(), Optional.empty(), Optional.empty(),
                        longest.isLongerThan(mean) ? Optional.of(longest) : Optional.empty()));
        return profile.asStepsFunction(work, TimeSpan.ofSeconds(cpu / attempts), WholePipeline.sized(profile).memory(),
                timeout, largestState(profile, pipeline));
    }

    /** The largest input a running step takes (the request, or what the stage before passed on) and output. */
    private static Payload largestState(Profile profile, Pipeline pipeline) {
        DataSize input = profile.payload().request();
        double in = 0;
        double out = 0;
        for (List<PipelineStep> stage : pipeline.stages()) {
            double passed = 0;
            for (PipelineStep step : stage) {
                if (!step.waits()) {
                    in = Math.max(in, input.bytes());
                    out = Math.max(out, step.output().bytes());
                }
                passed += step.output().bytes();
            }
            input = new DataSize(passed);
        }
        return new Payload(new DataSize(in), new DataSize(out), false);
    }

    /**
     * The request's network, priced once for the pipeline as LMI prices a function's: outbound and LLM calls
     * through a NAT gateway from private subnets, and data out to the internet (the instances' own public
     * addresses are the function's lines).
     */
    private static List<CostLine> network(Profile profile, PricingContext context, List<String> assumptions) {
        NetworkTraffic traffic = NetworkTraffic.of(profile, context.catalog());
        List<CostLine> lines = new ArrayList<>();
        if (NatGateway.needed(profile, traffic)) {
            lines.addAll(NatGateway.lines(profile, traffic, profile.region(), context.catalog()));
            assumptions.add("the instances run in the capacity provider's private subnets (network.private): "
                    + "outbound calls pass a NAT gateway; LLM call bodies estimated at the catalog's bytes per token");
        }
        lines.addAll(InternetEgress.lines(traffic, profile.region(), context));
        return lines;
    }

    private static String assumption(Profile profile, Pipeline pipeline, Profile function) {
        int steps = pipeline.computeSteps().size();
        double perExecution = function.workPerMonth() / profile.workPerMonth();
        return "one function runs the pipeline's " + (steps == 1 ? "step" : steps + " steps") + " (its handler "
                + "takes the step the state names), invoked by the orchestrator "
                + Numbers.grouped(perExecution, 2) + " times an execution (each step's attempts"
                + (pipeline.hasWaits() ? "; a step that only waits runs nothing" : "") + "): its environments "
                + "serve every step, " + function.meanDuration().display() + " an invocation on average, sized for "
                + "the largest step's memory, " + function.memory().display() + "; a function per step on the same "
                + "capacity provider is not priced here";
    }
}
