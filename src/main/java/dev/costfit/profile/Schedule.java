package dev.costfit.profile;

import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;

/** A job: each run starts {@code tasks} parallel tasks of {@code duration} each. */
public record Schedule(Rate runs, int tasks, TimeSpan duration) {

    /** Task executions in a 730-hour month. */
    public double tasksPerMonth() {
        return runs.perMonth() * tasks;
    }

    /**
     * Runs in progress at once, on average, when each takes {@code seconds}: a schedule starts its runs evenly, one
     * every 1/runs, and starts the next whether or not the last has ended, so runs longer than that overlap
     * (Little's law: the start rate × the time each run takes).
     */
    public double runsInProgress(double seconds) {
        return seconds * runs.perSecond();
    }

    /**
     * The most runs in progress at once: with starts evenly spaced, ⌈{@link #runsInProgress}⌉ some of the time and
     * one fewer the rest (a run that ends as the next starts counts once); at least one.
     */
    public int mostRunsAtOnce(double seconds) {
        double x = runsInProgress(seconds);
        // Rounding noise of a whole number of overlaps (60 runs an hour of a minute each) is not one run more.
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(x * (1 - 1e-12))));
    }

    /** The most tasks in progress at once: every task of each of the {@link #mostRunsAtOnce} runs. */
    public long tasksAtOnce(double seconds) {
        return (long) tasks * mostRunsAtOnce(seconds);
    }
}
