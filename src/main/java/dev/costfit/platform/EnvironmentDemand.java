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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The execution environments a profile needs on Lambda Managed Instances at one environment size, and the
 * instances they fill. A service's environments follow the hour as containers do (ContainerSizing, DESIGN §3): the
 * hour's CPU work at LMI's CPU target or its burst at full use, whichever is larger, and the requests in flight
 * (99th percentile × burst) ÷ the requests one environment takes; at least 3 environments and min_instances.
 * A job's run needs its tasks at once. Instances are never fewer than the 3 a capacity provider keeps
 * (lmi.instances.min); for a job the instances a run needs beyond those bill for the run only.
 *
 * @param environments hour by hour (a service), or one count: a run's (a job)
 * @param load         the service's hourly load at this size's request time (empty for a job)
 * @param runsPerMonth a job's runs a month (0 for a service)
 * @param runSeconds   a job's billed seconds per run: its tasks' duration, at least EC2's 60 s (0 for a service)
 * @param step         a service's largest step from one pattern hour to the next ({@link PatternStep}); none for a
 *                     job
 */
record EnvironmentDemand(InstanceHours environments, Optional<HourlyLoad> load, int minInstances,
                         double runsPerMonth, double runSeconds, FleetSize fleet, PatternStep step) {

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
            return new EnvironmentDemand(environments, Optional.of(load), minInstances, 0, 0,
                    FleetSize.of(environments), PatternStep.largest(load, steady));
        }
        var schedule = ((Workload.Job) profile.workload()).schedule();
        // A run's tasks at once: their CPU at full use (a task burns cpu_time of its duration), and one request slot
        // each.
        double vcpu = schedule.tasks() * Math.min(cpu / seconds, profile.threads());
        long forCpu = (long) Math.ceil(vcpu / env.vcpu() - 1e-9);
        long forSlots = (long) Math.ceil(schedule.tasks() / (double) env.concurrency() - 1e-9);
        int perRun = (int) Math.min(Integer.MAX_VALUE, Math.max(minEnvironments, Math.max(forCpu, forSlots)));
        InstanceHours environments = new InstanceHours(List.of(new InstanceHours.Count(perRun, 0)));
        return new EnvironmentDemand(environments, Optional.empty(), minInstances, schedule.runs().perMonth(),
                Math.max(seconds, EC2_MINIMUM_SECONDS), FleetSize.of(environments), PatternStep.NONE);
    }

    /** Instances hour by hour (a service), or the instances of one run (a job). */
    InstanceHours instances(int perInstance) {
        return FleetSize.instances(environments, perInstance, minInstances);
    }

    /** No more than {@link #instanceHours}, for ranking instance types before summing the month's hours. */
    double leastInstanceHours(int perInstance) {
        return load.isPresent() ? fleet.leastInstanceHours(perInstance, minInstances) : instanceHours(perInstance);
    }

    /**
     * Instance-hours a month: the hours' instances (a service); or the instances kept all month plus, for each
     * run, those it needs beyond them for its duration (a job).
     */
    double instanceHours(int perInstance) {
        if (load.isPresent()) {
            return fleet.instanceHours(perInstance, minInstances);
        }
        int run = instances(perInstance).max();
        return minInstances * Month.HOURS + (run - minInstances) * runsPerMonth * runSeconds / 3600;
    }

    /**
     * How many times the capacity running must grow within minutes: for a service the larger of its burst (short
     * peaks above the hour's rate) and its pattern's largest step from one hour to the next (taken at once, as the
     * pattern's hours change rate at once); for a job, a run's instances against those kept between runs. The two
     * growths of a service are not multiplied: a burst is read against its own hour's traffic.
     */
    double growth(int perInstance) {
        return load.map(l -> Math.max(l.burst(), step.ratio()))
                .orElseGet(() -> instances(perInstance).max() / (double) minInstances);
    }
}
