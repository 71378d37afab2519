package dev.costfit.platform;

import dev.costfit.model.ContainerSizing;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.model.RequestTime;
import dev.costfit.network.ApiGateway;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileDefaults;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the container platforms (Fargate tasks, EKS pods) size a service or a job from: the profile's memory, the
 * least vCPU a container may have, the CPU one request burns, the target utilisation, the requests a container
 * holds when the profile states it, and the fewest that must run.
 *
 * @param cpuSeconds  CPU one request (or job task) burns: cpu_time, or without it the whole duration
 * @param concurrency requests one container holds, when the profile states concurrency_per_instance
 * @param assumptions how the need was worked out, for --explain
 */
record ContainerNeed(double memoryGb, double floorVcpu, double cpuSeconds, double utilization,
                     OptionalInt concurrency, int minimum, RequestTime time, List<String> assumptions) {

    ContainerNeed {
        assumptions = List.copyOf(assumptions);
    }

    /** @param explain whether to word the assumptions (a report shows them; a search reads the figures alone) */
    static ContainerNeed of(Profile profile, Catalog catalog, double utilization, boolean explain) {
        List<String> assumptions = new ArrayList<>();
        // A REST API paces a streamed response beyond 10 MB at 2 MB/s: the container holds the request (a slot, a
        // connection) until its stream ends, as Lambda does its function (ResponseStream). Containers get no other
        // door that streams, so the door asked for is the one that paces.
        double stream = ApiGateway.streamSeconds(profile.frontDoor(), profile, catalog);
        RequestTime time = RequestTime.of(profile).atLeast(stream);
        if (explain && stream > 0) {
            assumptions.add("each request holds its container and its connection at least "
                    + TimeSpan.ofSeconds(stream).display() + ": " + ApiGateway.pacing(profile, catalog));
        }
        double memory = profile.memory().gib();
        double cpu = profile.cpuTime().seconds();
        if (profile.workload() instanceof Workload.Job job) {
            // Without cpu_time a job task is taken to keep a whole vCPU busy for its duration, as the providers'
            // examples (vCPU × task time) price it.
            double floor = profile.vcpu().orElse(time.cpuModel() ? 0 : cpu / job.schedule().duration().seconds());
            if (explain) {
                assumptions.add("a job task gets at least " + Numbers.grouped(floor, 3) + " vCPU ("
                        + (profile.vcpu().isPresent() ? "the profile's vcpu" : time.cpuModel() ? "none stated"
                        : "cpu_time's default, the whole duration") + ") and " + profile.memory().display()
                        + "; it may use its CPU fully");
            }
            return new ContainerNeed(memory, floor, cpu, 1, OptionalInt.empty(), 0, time, assumptions);
        }
        boolean stated = !profile.defaulted("concurrency_per_instance");
        OptionalInt concurrency = stated ? OptionalInt.of(profile.concurrencyPerInstance()) : OptionalInt.empty();
        int minimum = Math.max(Math.max(1, profile.minInstances()), profile.ha() ? 2 : 1);
        if (explain) {
            assumptions.addAll(serviceAssumptions(profile, utilization, time, cpu, concurrency, minimum));
        }
        return new ContainerNeed(memory, profile.vcpu().orElse(0), cpu, utilization, concurrency, minimum, time,
                assumptions);
    }

    private static List<String> serviceAssumptions(Profile profile, double utilization, RequestTime time, double cpu,
                                                   OptionalInt concurrency, int minimum) {
        List<String> assumptions = new ArrayList<>();
        assumptions.add("CPU is shared fluidly across containers behind the load balancer: each hour needs "
                + "λ × " + TimeSpan.ofSeconds(cpu).display() + " of CPU" + (time.cpuModel() ? " (cpu_time)"
                : " (no cpu_time: the whole request is taken to burn a vCPU)") + " at " + Numbers.grouped(
                utilization * 100, 0) + "% target utilisation, or its burst at full use, whichever is larger");
        assumptions.add(concurrency.isPresent()
                ? "a container holds at most " + Numbers.count(concurrency.getAsInt(), "request") + " at once "
                        + "(concurrency_per_instance): the 99th percentile of requests in flight × the burst ÷ "
                        + concurrency.getAsInt() + " sets a second floor on the count"
                : "no concurrency_per_instance: a container takes as many requests at once as its CPU serves, so "
                        + "only the CPU sizes it; state it if threads or connections cap the requests per container");
        assumptions.add("at least " + minimum + (profile.ha() ? " (ha: two zones)" : minimum == 1
                ? " (a service always runs one)" : " (min_instances)") + " running");
        if (!time.cpuModel()) {
            assumptions.add(ProfileDefaults.CPU_MODEL_OFF);
        }
        return assumptions;
    }

    /** Containers of {@code vcpu} hour by hour; the load's W is the request's time on such a container. */
    InstanceHours instances(HourlyLoad load, double vcpu) {
        return ContainerSizing.instances(load, cpuSeconds, vcpu, utilization, concurrency, minimum);
    }

    /**
     * The containers the CPU work alone needs hour by hour (and the minimum): no more than {@link #instances}, which
     * also holds the requests in flight where a container's concurrency is stated — without their 99th percentile,
     * the dear part of sizing.
     */
    InstanceHours instancesForCpu(HourlyLoad load, double vcpu) {
        return ContainerSizing.instances(load, cpuSeconds, vcpu, utilization, OptionalInt.empty(), minimum);
    }

    InstanceHours beforeBurst(HourlyLoad load, double vcpu) {
        return ContainerSizing.beforeBurst(load, cpuSeconds, vcpu, utilization, concurrency, minimum);
    }

    /** A request's (or job task's) mean seconds on a container of {@code vcpu}. */
    double seconds(double vcpu) {
        return time.at(vcpu);
    }
}
