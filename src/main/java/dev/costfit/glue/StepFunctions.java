package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.BilledDuration;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.Orchestrator;
import dev.costfit.profile.Pipeline;
import dev.costfit.profile.PipelineStep;
import dev.costfit.profile.Profile;
import dev.costfit.profile.StepWait;
import dev.costfit.profile.Trigger;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * AWS Step Functions chaining the steps of a pipeline (glue reference §1). Standard: a state transition each time a
 * state is entered — every step's attempts, plus each Parallel state — $0.025 per 1,000, 4,000 a month free (with
 * --free-tier). Express: a request per execution, and the execution's duration (each execution's own, rounded up
 * to 100 ms: {@link BilledDuration}) times its memory (50 MB plus the payload of each parallel branch, billed in
 * 64 MB chunks) in GB-seconds, tiered; no free tier. Limits: the state passed between steps (256 KB), the response a
 * synchronous Express execution returns (the same 256 KB), an Express execution's 5 minutes, and no callback
 * (.waitForTaskToken) in Express. A step that only waits (a timer or a
 * callback) is a state like any other.
 */
public final class StepFunctions {

    /** The orchestrator's lines and what is said about them: notes, and what the lines assume. */
    public record Bill(List<CostLine> lines, List<String> notes, List<String> assumptions) {

        Bill(List<CostLine> lines, List<String> notes) {
            this(lines, notes, List.of());
        }
    }

    private StepFunctions() {
    }

    /** State transitions of one Standard execution: each step's attempts, and one per Parallel state. */
    public static double transitionsPerExecution(Pipeline pipeline) {
        return pipeline.steps().stream().mapToDouble(PipelineStep::attempts).sum() + pipeline.parallelStates();
    }

    /** Memory of one Express execution before rounding: 50 MB and the largest state once per parallel branch. */
    public static DataSize expressMemory(Pipeline pipeline, Profile profile, Catalog catalog) {
        double largest = Math.max(profile.payload().request().bytes(),
                pipeline.steps().stream().mapToDouble(s -> s.output().bytes()).max().orElse(0));
        int branches = pipeline.stages().stream().filter(s -> s.size() > 1).mapToInt(List::size).sum();
        return new DataSize(catalog.sizeLimit("stepfunctions.express.memory.base").bytes()
                + largest * Math.max(1, branches));
    }

    /**
     * @param longest the pipeline's longest execution, each step on the setting it runs at (its stated longest
     *                where a setting does not change it)
     */
    public static List<LimitCheck> limits(Pipeline pipeline, Profile profile, Cloud cloud, Catalog catalog,
                                          TimeSpan longest) {
        if (cloud != Cloud.AWS || pipeline.orchestrator() == Orchestrator.NONE) {
            return List.of();
        }
        List<LimitCheck> out = new ArrayList<>();
        DataSize state = catalog.sizeLimit("stepfunctions.payload");
        DataSize largest = profile.payload().request();
        String where = "the request";
        // A Parallel state's output is the array of its branches' outputs: they pass on together.
        for (List<PipelineStep> stage : pipeline.stages()) {
            DataSize passed = new DataSize(stage.stream().mapToDouble(step -> step.output().bytes()).sum());
            if (passed.isLargerThan(largest)) {
                largest = passed;
                where = stage.size() == 1 ? "step " + stage.get(0).name() + "'s output" : "the outputs of "
                        + String.join(" and ", stage.stream().map(PipelineStep::name).toList()) + " together";
            }
        }
        out.add(LimitCheck.of(!largest.isLargerThan(state), LimitCheck.Severity.HARD,
                "state passed between steps", largest.display() + " (" + where + ")", state.display(),
                "put the data in S3 and pass its key between the steps"));
        boolean express = pipeline.orchestrator() == Orchestrator.STEP_FUNCTIONS_EXPRESS;
        if (express && profile.trigger() == Trigger.HTTP) {
            out.add(response(profile, state));
        }
        TimeSpan max = catalog.durationLimit(express ? "stepfunctions.express.max-duration"
                : "stepfunctions.standard.max-duration");
        out.add(LimitCheck.of(!longest.isLongerThan(max), LimitCheck.Severity.HARD,
                express ? "Express workflow duration" : "Standard workflow duration",
                longest.display() + " (the pipeline's longest execution)", max.display(), express
                        ? "use orchestrator: step-functions-standard (up to a year per execution)"
                        : "split the pipeline into executions that start one another"));
        if (express && pipeline.hasWaits()) {
            // "Express Workflows only support Request Response integrations": no .waitForTaskToken
            // (https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html). A Wait state is
            // allowed, within the execution's five minutes (the duration check above).
            List<String> callbacks = pipeline.waits().stream().filter(s -> s.waiting().orElseThrow()
                    == StepWait.CALLBACK).map(PipelineStep::name).toList();
            out.add(LimitCheck.of(callbacks.isEmpty(), LimitCheck.Severity.HARD, "wait for a callback",
                    () -> callbacks.isEmpty() ? "none (the waits are timers)" : (callbacks.size() == 1 ? "step "
                            : "steps ") + String.join(", ", callbacks) + " (.waitForTaskToken)",
                    () -> "Standard workflows only (Express supports only Request Response integrations)",
                    "use orchestrator: step-functions-standard, or wait: timer (a Wait state) if the wait is a fixed "
                            + "delay"));
        }
        return out;
    }

    /**
     * The response of an Express workflow's caller, which waits for the execution's result: StartSyncExecution
     * returns the execution's output (API reference, StartSyncExecution:
     * https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartSyncExecution.html), and "Maximum input
     * or output size for a task, state, or execution" is 262,144 bytes, which "affects ... state or execution output"
     * (https://docs.aws.amazon.com/step-functions/latest/dg/express-limits.html, now service-quotas.html). Whatever
     * door takes the call (an API Gateway integration that starts it, a function, the SDK), the
     * response comes out of the state. A Standard workflow's door answers once the execution starts (StartExecution,
     * which returns no output), and a queue, event or schedule has no caller waiting: their response is not the
     * state's, and its last step's output is checked with the others.
     */
    private static LimitCheck response(Profile profile, DataSize state) {
        DataSize response = profile.payload().response();
        return LimitCheck.of(!response.isLargerThan(state), LimitCheck.Severity.HARD,
                "response returned by the Express execution", response.display() + " (the response: a synchronous "
                        + "Express execution returns it as its output)", state.display(),
                "write the result to S3 and return its key or a pre-signed URL, or use orchestrator: "
                        + "step-functions-standard and deliver the result asynchronously");
    }

    /**
     * What a report says of the steps that only wait: the orchestrator holds them, no function runs, and what it
     * bills for them — a Standard transition per attempt (the pricing page: "a state transition each time a step of
     * your workflow is executed"), or the Express execution's duration, which runs on through the wait.
     */
    public static List<String> waitNotes(Pipeline pipeline, Cloud cloud) {
        if (!pipeline.hasWaits()) {
            return List.of();
        }
        List<PipelineStep> waits = pipeline.waits();
        String named = (waits.size() == 1 ? "step " : "steps ") + String.join(", ", waits.stream()
                .map(s -> s.name() + " (" + s.waiting().orElseThrow().spelling() + ", " + s.mean().display()
                        + (s.max().isPresent() ? ", at most " + s.max().get().display() : "") + ")").toList());
        boolean callback = waits.stream().anyMatch(s -> s.waiting().orElseThrow() == StepWait.CALLBACK);
        String token = callback ? "; what carries a task token to whoever returns it (an SQS message, an SNS email, "
                + "a function) is not priced here" : "";
        if (pipeline.orchestrator() == Orchestrator.NONE) {
            return List.of(named + ": no orchestrator holds the wait, so whatever ends it (the callback's sender, a "
                    + "scheduler) invokes the next step, which is not priced here");
        }
        if (cloud != Cloud.AWS) {
            return List.of(named + ": Google Workflows holds the wait (a callback or a sleep), not priced here");
        }
        return List.of(named + ": the workflow holds the wait and no function runs during it; "
                + (pipeline.orchestrator() == Orchestrator.STEP_FUNCTIONS_STANDARD
                ? "it bills a state transition per attempt" : "the Express execution bills its duration through it")
                + token);
    }

    public static Bill bill(Pipeline pipeline, Profile profile, Cloud cloud, PricingContext context) {
        double executions = profile.workPerMonth();
        if (pipeline.orchestrator() == Orchestrator.NONE) {
            return new Bill(List.of(), List.of("no orchestrator: each step invokes the next asynchronously, so no "
                    + "step pays for waiting on the next"));
        }
        if (cloud != Cloud.AWS) {
            return new Bill(List.of(), List.of("the steps are chained by Google Workflows, which is not priced here "
                    + "(its unit prices were not sourced): " + GlueBill.LEFT_OUT));
        }
        Catalog catalog = context.catalog();
        String region = profile.region();
        List<CostLine> lines = new ArrayList<>();
        if (pipeline.orchestrator() == Orchestrator.STEP_FUNCTIONS_STANDARD) {
            double perExecution = transitionsPerExecution(pipeline);
            double free = context.freeTier() ? catalog.freeTier("stepfunctions.transitions").value().magnitude() : 0;
            lines.add(CostLines.single("Step Functions state transitions (" + Numbers.grouped(perExecution, 2)
                    + " per execution" + (free > 0 ? ", after " + Numbers.grouped(free, 0) + " free" : "") + ")",
                    Math.max(0, executions * perExecution - free), catalog.price(PriceKeys.STEP_FUNCTIONS_TRANSITIONS,
                            region)));
            return new Bill(lines, List.of());
        }
        double granularity = catalog.durationLimit("stepfunctions.express.granularity").seconds();
        // Each execution bills its own duration rounded up ("rounded up to the nearest 100ms", S18a): on average
        // E[ceil(D/g)]·g. The steps state a mean and a max, no spread, so every execution is taken to last the
        // critical path's mean (BilledDuration).
        double mean = pipeline.criticalPath().seconds();
        double seconds = BilledDuration.AT_THE_MEAN.billed(mean, granularity);
        double chunk = catalog.sizeLimit("stepfunctions.express.memory.chunk").bytes();
        DataSize memory = expressMemory(pipeline, profile, catalog);
        double billedGb = Math.ceil(memory.bytes() / chunk - 1e-9) * chunk / DataSize.GIB;
        lines.add(CostLines.single("Step Functions Express requests", executions,
                catalog.price(PriceKeys.STEP_FUNCTIONS_EXPRESS_REQUESTS, region)));
        lines.addAll(CostLines.tiered("Step Functions Express duration (" + Numbers.grouped(seconds, 1) + " s × "
                + Numbers.grouped(billedGb * 1024, 0) + " MB per execution)", executions * seconds * billedGb,
                catalog.price(PriceKeys.STEP_FUNCTIONS_EXPRESS_DURATION, region)));
        List<String> assumptions = !context.forReport() ? List.of() : List.of("each Express execution bills its own "
                + "time rounded up to " + BilledDuration.whole(granularity) + ", taken at the mean of the critical "
                + "path, " + TimeSpan.ofSeconds(mean).display() + ": " + BilledDuration.whole(seconds) + " per "
                + "execution; the steps state no spread of their durations (a mean and a max), so every execution "
                + "is taken to last the mean");
        return new Bill(lines, List.of(), assumptions);
    }
}
