package dev.costfit.profile;

/** The two kinds of work a profile can describe. */
public sealed interface Workload permits Workload.Service, Workload.Job {

    /** Requests arriving at a rate, each taking {@code duration}. */
    record Service(Traffic traffic, DurationProfile duration) implements Workload {}

    /** Batch work on a schedule. */
    record Job(Schedule schedule) implements Workload {}
}
