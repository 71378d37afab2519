package dev.costfit.profile;

import dev.costfit.units.DataSize;
import dev.costfit.units.TimeSpan;
import java.util.Optional;

/**
 * One step of a pipeline: its name (a cost-line key part), its wall time (mean, and the longest it takes), its CPU
 * time (empty: the whole duration), memory (empty: the profile's), timeout (empty: {@link Pipeline#timeoutOf}),
 * the attempts it runs per execution on average (1 = never retried; 1.1 = one execution in ten retries it once),
 * the bytes it passes to the next step, and how it waits where it runs no compute at all (empty: it runs; a wait's
 * duration is the time it waits, and it states no CPU time or memory).
 */
public record PipelineStep(String name, TimeSpan mean, Optional<TimeSpan> max, Optional<TimeSpan> cpuTime,
                           Optional<DataSize> memory, Optional<TimeSpan> timeout, double attempts, DataSize output,
                           Optional<StepWait> waiting) {

    /**
     * The step taking {@code ratio} times as long (its mean, its longest and a stated timeout), as a request whose
     * wait grows does: a stated CPU time is work that does not change with the wait, but it cannot exceed the new
     * mean.
     */
    public PipelineStep slowedBy(double ratio) {
        TimeSpan slower = TimeSpan.ofSeconds(mean.seconds() * ratio);
        return new PipelineStep(name, slower, max.map(t -> TimeSpan.ofSeconds(t.seconds() * ratio)),
                cpuTime.map(c -> TimeSpan.ofSeconds(Math.min(c.seconds(), slower.seconds()))), memory,
                timeout.map(t -> TimeSpan.ofSeconds(t.seconds() * ratio)), attempts, output, waiting);
    }

    /** The step burning {@code cpu} of CPU an attempt, as if it stated it. */
    public PipelineStep burning(TimeSpan cpu) {
        return new PipelineStep(name, mean, max, Optional.of(cpu), memory, timeout, attempts, output, waiting);
    }

    /** Whether the step only waits (a timer or a callback): no function runs it and it burns no CPU. */
    public boolean waits() {
        return waiting.isPresent();
    }

    /** The longest one attempt takes. */
    public TimeSpan longest() {
        return max.orElse(mean);
    }

    /** The attempts one execution may need of the step: its mean attempts, rounded up (1.02 may take 2). */
    public double retriedAttempts() {
        return Math.ceil(attempts - 1e-9);
    }
}
