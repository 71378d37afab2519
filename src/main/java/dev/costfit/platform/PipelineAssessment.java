package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.Simplicity;
import dev.costfit.glue.StepFunctions;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Orchestrator;
import dev.costfit.profile.Payload;
import dev.costfit.profile.Pipeline;
import dev.costfit.profile.PipelineStep;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Traffic;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.CompensatedSum;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline on functions: each step is a function of its own, assessed by the platform as if it were the whole
 * workload (the step's duration, memory and timeout, its share of the requests times its attempts), so each step —
 * not the pipeline — must fit the function's limits; a step that only waits is no function (the orchestrator holds
 * it) but counts on the critical path. The lines of every step are kept, keyed by the step's name after an
 * {@code @}; the front door and the network are priced once for the pipeline (the network from the request's
 * traffic, {@link PipelineNetwork}), and the orchestrator adds its own lines and limits (Step Functions on AWS;
 * Google Workflows is not priced here). The whole request — its steps on the settings chosen for them, along the
 * critical path — must still end within the profile's timeout and pass its front door, as a single function's
 * request must.
 */
final class PipelineAssessment {

    /** Room for rounding in a bracket's ends. */
    private static final double ROUNDING = 1e-9;

    private PipelineAssessment() {
    }

    /** Functions run a pipeline step by step; containers run it whole, as one service. */
    static boolean applies(Platform platform, Profile profile) {
        Simplicity s = platform.info().simplicity();
        return profile.glue().pipeline().isPresent()
                && (s == Simplicity.FUNCTIONS || s == Simplicity.LEGACY_FUNCTIONS);
    }

    static Assessment assess(Platform platform, Profile profile, PricingContext context) {
        Pipeline pipeline = profile.glue().pipeline().orElseThrow();
        List<LimitCheck> limits = new ArrayList<>();
        List<CostLine> lines = new ArrayList<>();
        // A note several steps make (the Google region, say) is said once, naming the steps unless it is all.
        java.util.Map<String, List<String>> stepsSaying = new java.util.LinkedHashMap<>();
        List<String> assumptions = new ArrayList<>();
        List<String> capacity = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        Optional<String> unpriced = Optional.empty();
        double cold = 0;
        double invocations = 0;
        double coldLatency = 0;
        boolean sloMet = true;
        String variant = "";
        // The steps' trade-off tables are not shown (the pipeline has none of its own): their settings are priced
        // only as far as the choice and the note on the chosen one need.
        PricingContext untabled = context.withoutTradeOffs();
        java.util.Map<String, Double> longestAttempt = new java.util.HashMap<>();
        for (StepProfile stepped : stepProfiles(profile)) {
            PipelineStep step = stepped.step();
            Assessment a = platform.assess(stepped.profile(), untabled);
            a.longestRequest().ifPresent(t -> longestAttempt.put(step.name(), t.seconds()));
            for (LimitCheck l : a.limits()) {
                // Its texts as the step's check writes them: when a report reads them, not in a search.
                limits.add(LimitCheck.of(l.ok(), l.severity(), "step " + step.name() + ": " + l.limit(),
                        l::required, l::allowed, l::workaround));
            }
            a.lines().forEach(l -> lines.add(keyed(l, step.name())));
            // A note that prices a setting says its months are the step's function's alone.
            SettingNotes.ofStep(a).forEach(n -> stepsSaying.computeIfAbsent(n, k -> new ArrayList<>())
                    .add(step.name()));
            if (unpriced.isEmpty() && a.unpriced().isPresent()) {
                unpriced = Optional.of("step " + step.name() + ": " + a.unpriced().get());
            }
            if (!a.capacity().summary().isBlank()) {
                // The summary's first clause ("18 concurrent at peak"): five steps' whole summaries crowd a cell.
                capacity.add(step.name() + " " + a.capacity().summary().split("[,;(]")[0].trim());
            }
            a.capacity().figures().stream().filter(f -> f.key().equals("peakConcurrency")).findFirst()
                    .ifPresent(f -> figures.add(new Figure("peakConcurrency." + step.name(),
                            "peak concurrency of step " + step.name(), f.value(), f.unit())));
            cold += a.coldStarts().perMonth();
            invocations += profile.workPerMonth() * step.attempts();
            coldLatency = Math.max(coldLatency, a.coldStarts().latency().seconds());
            sloMet &= a.coldStarts().sloMet();
            variant = variant.isEmpty() || variant.equals(a.variant()) ? a.variant() : "mixed";
        }
        int stepCount = pipeline.computeSteps().size();
        List<String> notes = new ArrayList<>();
        stepsSaying.forEach((note, steps) -> notes.add(steps.size() == stepCount && stepCount > 1 ? note
                : (steps.size() == 1 ? "step " : "steps ") + String.join(", ", steps) + ": " + note));
        // A step whose platform did not say how long it takes on its setting (it does not fit) takes its longest.
        TimeSpan path = pipeline.longestPath(s -> longestAttempt.getOrDefault(s.name(), s.longest().seconds()));
        if (profile.cpuModel()) {
            limits.add(pathCheck(profile, pipeline, path, longestAttempt));
        }
        limits.addAll(StepFunctions.limits(pipeline, profile, platform.info().cloud(), context.catalog(), path));
        Optional<PipelineFrontDoor> door = PipelineFrontDoor.of(platform.info().cloud(), profile, context.catalog(),
                path);
        door.ifPresent(d -> limits.addAll(d.limits(context.catalog())));
        if (platform.id().equals("lambda")) {
            // The account's concurrency quota is shared by the steps' functions: their peaks add up.
            double peaks = figures.stream().mapToDouble(Figure::value).sum();
            double account = context.catalog().countLimit("lambda.concurrency.account");
            limits.add(LimitCheck.of(peaks <= account, LimitCheck.Severity.QUOTA,
                    "concurrent executions (all steps)", Numbers.grouped(peaks, 0) + " (the steps' peaks together)",
                    Numbers.grouped(account, 0) + " per account and region (default quota)",
                    "ask AWS for a concurrency quota increase, or cap the busiest step with reserved concurrency"));
        }
        Capacity cap = new Capacity(String.join("; ", capacity), figures);
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(platform.info(), variant, limits, cap, notes, assumptions);
        }
        if (unpriced.isPresent()) {
            return Assessment.unpriced(platform.info(), variant, limits, cap, notes, assumptions, unpriced.get());
        }
        StepFunctions.Bill orchestration;
        List<CostLine> doorLines;
        Optional<List<CostLine>> network;
        try {
            orchestration = StepFunctions.bill(pipeline, profile, platform.info().cloud(), context);
            doorLines = door.map(d -> d.lines(context.catalog())).orElse(List.of());
            network = PipelineNetwork.lines(platform, profile, context);
        } catch (dev.costfit.pricing.MissingPriceException e) {
            return Assessment.unpriced(platform.info(), variant, limits, cap, notes, assumptions, e.getMessage());
        }
        if (network.isEmpty()) {
            return Assessment.unpriced(platform.info(), variant, limits, cap, notes, assumptions,
                    PipelineNetwork.unpriced(platform));
        }
        lines.addAll(doorLines);
        lines.addAll(network.get());
        lines.addAll(orchestration.lines());
        if (context.forReport()) {
            door.ifPresent(d -> notes.addAll(d.notes()));
        }
        notes.addAll(orchestration.notes());
        notes.addAll(StepFunctions.waitNotes(pipeline, platform.info().cloud()));
        assumptions.addAll(orchestration.assumptions());
        assumptions.add("each step is its own function, invoked once per execution times its attempts"
                + (pipeline.hasWaits() ? " (a step that only waits runs none)" : "") + "; the front "
                + "door and the network are priced once per request; each step's lines carry its name");
        ColdStarts coldStarts = new ColdStarts(invocations > 0 ? cold / invocations : 0, cold,
                TimeSpan.ofSeconds(coldLatency), TimeSpan.ZERO, sloMet, List.of(Numbers.grouped(cold, 0)
                + " cold starts a month across the " + stepCount + " steps' functions"));
        return Assessment.priced(platform.info(), variant, limits, lines, cap, coldStarts, notes, assumptions);
    }

    /**
     * {@link Platform#bracket} of a pipeline: where every step's platform offers one, the steps' lower ends and what
     * each can add, summed, with the front door's, the network's and the orchestrator's lines, which {@link #assess}
     * adds whatever the steps' cold starts. Every step's bracket says the step is usable exactly where its assessment
     * is; with every step usable, the pipeline is unusable only where its path outlasts the timeout, the
     * orchestrator's or the front door's limits block it or a price is missing (the front door's, the network's, the
     * orchestrator's), and then there is no bracket: the full assessment says why. Those limits are checked on the
     * longest path the steps' timeouts allow, which the path on the settings chosen never exceeds: where they block
     * there, no bracket.
     *
     * @throws dev.costfit.pricing.MissingPriceException where the orchestrator's prices are missing
     */
    static java.util.Optional<CostBracket> bracket(Platform platform, Profile profile, PricingContext context) {
        Pipeline pipeline = profile.glue().pipeline().orElseThrow();
        CompensatedSum least = new CompensatedSum();
        double adds = 0;
        double coldStarts = 0;
        for (StepProfile stepped : stepProfiles(profile)) {
            java.util.Optional<CostBracket> step = platform.bracket(stepped.profile(), context);
            if (step.isEmpty()) {
                return java.util.Optional.empty();
            }
            least.add(step.get().lower().platformCost());
            adds += step.get().addsAtMost();
            coldStarts += step.get().coldStartsAtMost();
        }
        // With the CPU model each step ends within its timeout on whatever setting is chosen (SpeedLimits), so the
        // steps' timeouts along the critical path bound the path the full assessment checks; where they allow more
        // than the profile's timeout, only the settings chosen can tell whether the path fits: no bracket. Without
        // it every setting takes the stated durations.
        // A wait takes as long whatever the setting.
        TimeSpan most = pipeline.longestPath(s -> profile.cpuModel() && !s.waits() ? pipeline.timeoutOf(s,
                profile.serviceTimeout(), profile.maxSlowdown().fraction()).seconds() : s.longest().seconds());
        if (most.seconds() > profile.serviceTimeout().seconds() * (1 + 1e-9)) {
            return java.util.Optional.empty();
        }
        Optional<PipelineFrontDoor> door = PipelineFrontDoor.of(platform.info().cloud(), profile, context.catalog(),
                most);
        List<LimitCheck> limits = new ArrayList<>(StepFunctions.limits(pipeline, profile, platform.info().cloud(),
                context.catalog(), most));
        door.ifPresent(d -> limits.addAll(d.limits(context.catalog())));
        for (LimitCheck limit : limits) {
            if (limit.blocks()) {
                return java.util.Optional.empty();
            }
        }
        StepFunctions.Bill orchestration = StepFunctions.bill(pipeline, profile, platform.info().cloud(), context);
        Optional<List<CostLine>> network;
        try {
            network = PipelineNetwork.lines(platform, profile, context);
        } catch (dev.costfit.pricing.MissingPriceException e) {
            return java.util.Optional.empty();
        }
        if (network.isEmpty()) {
            return java.util.Optional.empty();
        }
        // The door is the full assessment's: it is chosen by the profile's timeout wherever the path is within it.
        List<CostLine> lines = new ArrayList<>(door.map(d -> d.lines(context.catalog())).orElse(List.of()));
        lines.addAll(network.get());
        lines.addAll(orchestration.lines());
        for (CostLine line : lines) {
            if (!line.shared()) {
                least.add(line.monthlyCost());
            }
        }
        // Room for rounding: the full assessment sums the same lines in another order.
        double lower = least.value() * (1 - ROUNDING);
        double upper = (least.value() + adds) * (1 + ROUNDING) + ROUNDING;
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !Double.isFinite(coldStarts)) {
            return java.util.Optional.empty();
        }
        CostLine bill = new CostLine(platform.id() + ".least-bill", "least bill of the pipeline's steps", 1, "month",
                lower, lower, false);
        Assessment atLeast = Assessment.priced(platform.info(), "", List.of(), List.of(bill), Capacity.NONE,
                ColdStarts.unmodelled(TimeSpan.ZERO, TimeSpan.ZERO), List.of(), List.of());
        return java.util.Optional.of(new CostBracket(atLeast, upper - lower, coldStarts));
    }

    /**
     * The least the pipeline's own monthly cost can be on this platform: its steps' cost floors
     * ({@link Platform#costFloor}) added up. {@link #assess} bills each step as its own assessment bills it and adds
     * the front door's, the network's and the orchestrator's lines, none of which is negative.
     *
     * @throws dev.costfit.pricing.MissingPriceException where the catalog lacks a price a step's floor needs
     */
    static double costFloor(Platform platform, Profile profile, PricingContext context) {
        double floor = 0;
        for (StepProfile stepped : stepProfiles(profile)) {
            floor += platform.costFloor(stepped.profile(), context);
        }
        return floor;
    }

    /** A step and the profile a platform assesses it as. */
    private record StepProfile(PipelineStep step, Profile profile) {}

    /**
     * Every step that runs, stage by stage, as its own workload; a stage's steps take what the stage before passed
     * on (a wait passes on what it is given back). A step that only waits is no function: the orchestrator holds it.
     */
    private static List<StepProfile> stepProfiles(Profile profile) {
        Pipeline pipeline = profile.glue().pipeline().orElseThrow();
        Workload.Service service = (Workload.Service) profile.workload();
        List<StepProfile> steps = new ArrayList<>();
        DataSize input = profile.payload().request();
        for (List<PipelineStep> stage : pipeline.stages()) {
            DataSize stageOutput = new DataSize(0);
            for (PipelineStep step : stage) {
                if (!step.waits()) {
                    steps.add(new StepProfile(step, stepProfile(profile, service, step, input)));
                }
                stageOutput = new DataSize(stageOutput.bytes() + step.output().bytes());
            }
            input = stageOutput;
        }
        return steps;
    }

    private static Profile stepProfile(Profile profile, Workload.Service service, PipelineStep step, DataSize input) {
        Traffic t = service.traffic();
        Workload work = new Workload.Service(new Traffic(t.rate().times(step.attempts()), t.pattern(), t.burst()),
                new DurationProfile(step.mean(), Optional.empty(), Optional.empty(), Optional.empty(), step.max()));
        TimeSpan cpu = profile.cpuModel() ? step.cpuTime().orElse(step.mean()) : step.mean();
        Pipeline pipeline = profile.glue().pipeline().orElseThrow();
        return profile.asStep(work, cpu, step.memory().orElse(profile.memory()),
                pipeline.timeoutOf(step, profile.serviceTimeout(), profile.maxSlowdown().fraction()),
                new Payload(input, step.output(), false));
    }

    /**
     * The request's longest execution, each step on the setting chosen for it, within the profile's timeout: what a
     * container's "timeout at this setting" checks of the whole request (SpeedLimits), checked where the CPU model
     * makes a setting's speed known.
     *
     * @param attempt the longest attempt of each step on its setting, by name
     */
    private static LimitCheck pathCheck(Profile profile, Pipeline pipeline, TimeSpan path,
                                        java.util.Map<String, Double> attempt) {
        TimeSpan timeout = profile.serviceTimeout();
        return LimitCheck.of(path.seconds() <= timeout.seconds() * (1 + 1e-9), LimitCheck.Severity.HARD,
                "timeout at the steps' settings", () -> path.display() + " (the longest execution, each step on its "
                        + "setting: " + String.join(" + ", pipeline.stages().stream().map(stage -> slowest(stage,
                        attempt)).toList()) + ")", () -> timeout.display() + " (timeout)",
                "lower the stated timeouts of the steps on the critical path (each is then given the CPU that ends "
                        + "it within its own), or raise timeout");
    }

    /** The slowest step of a stage on its setting, as the path check names it: "answer 2 × 42 s". */
    private static String slowest(List<PipelineStep> stage, java.util.Map<String, Double> attempt) {
        java.util.function.ToDoubleFunction<PipelineStep> seconds = s -> attempt.getOrDefault(s.name(),
                s.longest().seconds());
        PipelineStep step = stage.stream().max(java.util.Comparator.comparingDouble(
                s -> seconds.applyAsDouble(s) * s.retriedAttempts())).orElseThrow();
        return step.name() + " " + (step.retriedAttempts() > 1 ? Numbers.grouped(step.retriedAttempts(), 0) + " × "
                : "") + TimeSpan.ofSeconds(seconds.applyAsDouble(step)).display();
    }

    /** A step's line keyed by the step ({@link CostLine#ofStep}): lambda.duration.x86_64:init@parse. */
    private static CostLine keyed(CostLine line, String step) {
        return new CostLine(CostLine.ofStep(line.key(), step), () -> step + ": " + line.component(),
                line.quantity(), line.unit(), line.unitPrice(), line.monthlyCost(), line.shared());
    }
}
