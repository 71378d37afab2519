package dev.costfit.profile;

import dev.costfit.units.TimeSpan;
import java.util.List;
import java.util.Optional;

/**
 * A request handled as a pipeline of steps: stages run one after another, the steps of a stage in parallel (a
 * stage of one step is a plain step). Its wall time is the critical path — per stage the slowest step, retries
 * included, a step that only waits ({@link PipelineStep#waits}) as any other — and its CPU the sum over every step
 * run, the waits burning none.
 */
public record Pipeline(List<List<PipelineStep>> stages, Orchestrator orchestrator) {

    public Pipeline {
        stages = stages.stream().map(List::copyOf).toList();
    }

    /** Every step taking {@code ratio} times as long ({@link PipelineStep#slowedBy}): the critical path does too. */
    public Pipeline slowedBy(double ratio) {
        return new Pipeline(stages.stream().map(stage -> stage.stream().map(s -> s.slowedBy(ratio)).toList()).toList(),
                orchestrator);
    }

    /**
     * The steps burning {@code total} of CPU an execution between them, each its share of the CPU they burn now (its
     * whole duration where it states none; by duration where none burns any), within its mean: the sum is then
     * {@code total}, or less where steps reach their mean.
     */
    public Pipeline burning(TimeSpan total) {
        double now = cpuTime().seconds();
        double byDuration = computeSteps().stream().mapToDouble(s -> s.mean().seconds() * s.attempts()).sum();
        return new Pipeline(stages.stream().map(stage -> stage.stream().map(s -> {
            if (s.waits()) {
                return s;
            }
            double share = now > 0 ? s.cpuTime().orElse(s.mean()).seconds() / now : s.mean().seconds() / byDuration;
            return s.burning(TimeSpan.ofSeconds(Math.min(s.mean().seconds(), total.seconds() * share)));
        }).toList()).toList(), orchestrator);
    }

    public List<PipelineStep> steps() {
        return stages.stream().flatMap(List::stream).toList();
    }

    /** The steps that run (a function each on Lambda), in order: every step but the waits. */
    public List<PipelineStep> computeSteps() {
        return steps().stream().filter(s -> !s.waits()).toList();
    }

    /** The steps that only wait, a timer or a callback, in order. */
    public List<PipelineStep> waits() {
        return steps().stream().filter(PipelineStep::waits).toList();
    }

    public boolean hasWaits() {
        return steps().stream().anyMatch(PipelineStep::waits);
    }

    /**
     * The critical path's compute: {@link #criticalPath} with every wait taking no time, what a request burns where
     * no step states its CPU (the critical path itself where nothing waits).
     */
    public TimeSpan computePath() {
        return TimeSpan.ofSeconds(stages.stream().mapToDouble(stage -> stage.stream().filter(s -> !s.waits())
                .mapToDouble(s -> s.mean().seconds() * s.attempts()).max().orElse(0)).sum());
    }

    /** Mean wall time: per stage the slowest mean (times its attempts), summed. */
    public TimeSpan criticalPath() {
        return TimeSpan.ofSeconds(stages.stream().mapToDouble(stage -> stage.stream()
                .mapToDouble(s -> s.mean().seconds() * s.attempts()).max().orElse(0)).sum());
    }

    /** The longest an execution takes: per stage the slowest step with every attempt at its longest, summed. */
    public Optional<TimeSpan> longest() {
        if (steps().stream().noneMatch(s -> s.max().isPresent() || s.attempts() > 1)) {
            return Optional.empty();
        }
        return Optional.of(longestPath(s -> s.longest().seconds()));
    }

    /**
     * The longest an execution takes where one attempt of a step takes at most {@code attempt} seconds (its longest
     * on the setting it runs at, say): per stage the slowest step with every attempt it may need, summed — the
     * path {@link #longest} measures, with each step's attempt timed another way.
     */
    public TimeSpan longestPath(java.util.function.ToDoubleFunction<PipelineStep> attempt) {
        return TimeSpan.ofSeconds(stages.stream().mapToDouble(stage -> stage.stream()
                .mapToDouble(s -> attempt.applyAsDouble(s) * s.retriedAttempts()).max().orElse(0)).sum());
    }

    /**
     * A step's timeout in a request of {@code timeout}: stated (the reader holds it within the request's), or its
     * longest attempt slowed by at most {@code slowdown} (0.25 is 25%: latency.max_slowdown) and by no more than the
     * request's timeout leaves room for — the step's longest times what the timeout leaves once the waits along the
     * longest path are taken out (a wait is as long on any setting, so it needs no room) ÷ the running steps' part
     * of that path; without waits, the step's longest times {@code timeout} ÷ the pipeline's longest execution.
     * Steps that each end within such a share, and waits within their longest, end the whole path within
     * {@code timeout}: per stage the longer of the two is at most their sum, and the stages' sums add up to it.
     */
    public TimeSpan timeoutOf(PipelineStep step, TimeSpan timeout, double slowdown) {
        if (step.timeout().isPresent()) {
            return step.timeout().get();
        }
        double longest = step.longest().seconds();
        double waits = longestPath(s -> s.waits() ? s.longest().seconds() : 0).seconds();
        double running = longestPath(s -> s.waits() ? 0 : s.longest().seconds()).seconds();
        double share = longest * (timeout.seconds() - waits) / running;
        return TimeSpan.ofSeconds(Math.min(longest * (1 + slowdown), share));
    }

    /**
     * CPU of one execution: every running step's CPU time (its duration where it states none), times its attempts;
     * a wait burns none.
     */
    public TimeSpan cpuTime() {
        return TimeSpan.ofSeconds(computeSteps().stream().mapToDouble(s -> s.cpuTime().orElse(s.mean()).seconds()
                * s.attempts()).sum());
    }

    /** Whether any step states its CPU time (the CPU model applies to the pipeline). */
    public boolean cpuStated() {
        return steps().stream().anyMatch(s -> s.cpuTime().isPresent());
    }

    /** Parallel states: one per stage of more than one step. */
    public int parallelStates() {
        return (int) stages.stream().filter(s -> s.size() > 1).count();
    }
}
