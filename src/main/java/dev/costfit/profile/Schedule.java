package dev.costfit.profile;

import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;

/** A job: each run starts {@code tasks} parallel tasks of {@code duration} each. */
public record Schedule(Rate runs, int tasks, TimeSpan duration) {

    /** Task executions in a 730-hour month. */
    public double tasksPerMonth() {
        return runs.perMonth() * tasks;
    }
}
