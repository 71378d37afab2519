package dev.costfit.platform;

import dev.costfit.model.ContainerSizing;
import dev.costfit.model.FleetSize;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Month;
import dev.costfit.units.TimeSpan;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The execution environments a profile needs on Lambda Managed Instances at one environment size, and the
 * instances they fill. A service's environments follow the hour as containers do (ContainerSizing, DESIGN §3): the
 * hour's CPU work at LMI's CPU target or its burst at full use, whichever is larger, and the requests in flight
 * (99th percentile × burst) ÷ the requests one environment takes; at least 3 environments and min_instances.
 * A job's tasks in progress need environments for their CPU, and for their requests, memory and vCPU per task
 * ({@link ExecutionEnvironment#tasksAtOnce}); runs that outlast the time between them share the environments, so
 * the month is ⌊x⌋ runs' environments part of the time and ⌈x⌉ runs' the rest, x the runs in progress on average
 * (as {@link InstanceHours#periodic}), and between runs the 3 environments LMI keeps. Instances are never fewer
 * than the 3 a capacity provider keeps (lmi.instances.min).
 *
 * @param environments hour by hour (a service), or a job's runs in progress over the month, on the task's time
 * @param load         the service's hourly load at this size's request time (empty for a job)
 * @param perRun       the environments one run of a job needs (0 for a service)
 * @param fleet        what the month bills: a service's hours, or a job's runs in progress on their billed seconds
 *                     (the task's duration, at least EC2's 60 s)
 * @param step         a service's largest step from one pattern hour to the next ({@link PatternStep}); none for a
 *                     job
 */
record EnvironmentDemand(InstanceHours environments, Optional<HourlyLoad> load, int minInstances, int perRun,
                         FleetSize fleet, PatternStep step) {

    /** EC2 bills Linux instances per second with a 60-second minimum (pricing-reference.md §3.2). */
    private static final double EC2_MINIMUM_SECONDS = 60;

    /**
     * @param seconds a request's (or task's) mean wall time in an environment of this size
     * @param utilization the CPU utilisation LMI scales at
     */
    static EnvironmentDemand of(Profile profile, PricingContext context, ExecutionEnvironment env, double seconds,
                                double utilization) {
        Catalog catalog = context.catalog();
        int minEnvironments = Math.max((int) catalog.countLimit("lmi.environments.min"), profile.minInstances());
        int minInstances = (int) catalog.countLimit("lmi.instances.min");
        double cpu = profile.cpuTime().seconds();
        if (profile.workload() instanceof Workload.Service service) {
            HourlyLoad load = ServiceLoads.of(context, service, seconds);
            InstanceHours environments = ContainerSizing.instances(load, cpu, env.vcpu(), utilization,
                    OptionalInt.of(env.concurrency()), minEnvironments);
            // The step between hours is read on what each hour keeps for its own traffic, the burst apart (the burst
            // is growth of its own within the hour); without a burst that is the priced count itself.
            InstanceHours steady = load.burst() <= 1 ? environments : ContainerSizing.beforeBurst(load, cpu,
                    env.vcpu(), utilization, OptionalInt.of(env.concurrency()), minEnvironments);
            return new EnvironmentDemand(environments, Optional.of(load), minInstances, 0,
                    FleetSize.of(environments), PatternStep.largest(load, steady));
        }
        var schedule = ((Workload.Job) profile.workload()).schedule();
        // Tasks in progress at once: their CPU at full use (a task burns cpu_time of its duration), and as many
        // environments as hold them by requests, memory and vCPU.
        double vcpuPerTask = Math.min(cpu / seconds, profile.threads());
        int tasksPerEnvironment = env.tasksAtOnce(profile);
        java.util.function.LongToIntFunction environmentsFor = tasks -> {
            long forCpu = (long) Math.ceil(tasks * vcpuPerTask / env.vcpu() - 1e-9);
            long forTasks = (long) Math.ceil(tasks / (double) tasksPerEnvironment - 1e-9);
            return (int) Math.min(Integer.MAX_VALUE, Math.max(minEnvironments, Math.max(forCpu, forTasks)));
        };
        InstanceHours running = inProgress(schedule.runsInProgress(seconds), schedule.tasks(), environmentsFor);
        InstanceHours billed = inProgress(schedule.runsInProgress(Math.max(seconds, EC2_MINIMUM_SECONDS)),
                schedule.tasks(), environmentsFor);
        return new EnvironmentDemand(running, Optional.empty(), minInstances,
                environmentsFor.applyAsInt(schedule.tasks()), FleetSize.of(billed), PatternStep.NONE);
    }

    /**
     * A job's environments over the month when x runs are in progress on average: ⌊x⌋ runs' tasks at once for the
     * share 1 − (x − ⌊x⌋) of the month, one run more for the rest; x a whole number within rounding is that many
     * all month (60 runs an hour of a minute each are one run in progress, not sometimes two).
     */
    private static InstanceHours inProgress(double x, int tasksPerRun,
                                            java.util.function.LongToIntFunction environmentsFor) {
        double whole = Math.rint(x);
        double runs = Math.abs(x - whole) <= 1e-9 * Math.max(1, x) ? whole : x;
        double least = Math.floor(runs);
        double share = runs - least;
        int fewer = environmentsFor.applyAsInt((long) least * tasksPerRun);
        if (share == 0) {
            return new InstanceHours(List.of(new InstanceHours.Count(fewer, Month.HOURS)));
        }
        int more = environmentsFor.applyAsInt((long) (least + 1) * tasksPerRun);
        return new InstanceHours(List.of(new InstanceHours.Count(fewer, Month.HOURS * (1 - share)),
                new InstanceHours.Count(more, Month.HOURS * share)));
    }

    /** Instances hour by hour (a service), or over the month as a job's runs come and go. */
    InstanceHours instances(int perInstance) {
        return FleetSize.instances(environments, perInstance, minInstances);
    }

    /** The instances one run of a job needs, alone. */
    int instancesPerRun(int perInstance) {
        return Math.max(minInstances, (int) Math.ceil(perRun / (double) perInstance - 1e-9));
    }

    /** No more than {@link #instanceHours}, for ranking instance types before summing the month's hours. */
    double leastInstanceHours(int perInstance) {
        return fleet.leastInstanceHours(perInstance, minInstances);
    }

    /**
     * Instance-hours a month: the hours' instances (a service); or the instances kept all month, and those the runs
     * in progress need beyond them while they run (a job). Where runs do not overlap that is 3 × 730 h plus, for
     * each run, its instances beyond the 3 for its billed seconds.
     */
    double instanceHours(int perInstance) {
        return fleet.instanceHours(perInstance, minInstances);
    }

    /**
     * How many times the capacity running must grow within {@code window}: for a service the larger of its burst
     * (short peaks above the hour's rate) and its pattern's largest step from one hour to the next (taken at once, as
     * the pattern's hours change rate at once; where they ramp across the hour, the share of it within the window:
     * {@link PatternStep#growthWithin}); for a job, the instances when a run starts against those running before it
     * (the 3 kept between runs, or the runs already in progress). The two growths of a service are not multiplied: a
     * burst is read against its own hour's traffic.
     */
    double growth(int perInstance, TimeSpan window) {
        return load.map(l -> Math.max(l.burst(), step.growthWithin(window))).orElseGet(() -> {
            InstanceHours instances = instances(perInstance);
            return instances.max() / (double) instances.min();
        });
    }
}
