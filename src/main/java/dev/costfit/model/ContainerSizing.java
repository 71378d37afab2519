package dev.costfit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How many container instances (Fargate tasks, EKS pods) a service needs hour by hour. An instance serves up to
 * {@code concurrency} requests at once; it must also have CPU for them: each request keeps cpu_time/W of a vCPU
 * busy, and an instance is sized to stay under the target utilisation.
 */
public final class ContainerSizing {

    private ContainerSizing() {
    }

    /** vCPU one instance needs: concurrency × cpu_time / W, divided by the target utilisation. */
    public static double vcpuNeed(int concurrency, double cpuSeconds, double wallSeconds, double utilization) {
        return concurrency * (cpuSeconds / wallSeconds) / utilization;
    }

    /**
     * The inverse: how many requests at once an instance of {@code vcpu} serves when each burns {@code cpuShare}
     * of a vCPU (cpu_time / W) and the instance is kept at most {@code utilization} busy; 0 if not even one.
     */
    public static int requestsServed(double vcpu, double cpuShare, double utilization) {
        return (int) Math.floor(vcpu * utilization / cpuShare + 1e-9);
    }

    /**
     * Instances in each hour: max(ceil(sizing concurrency / c), ceil(λ(h)·cpu_time / (vCPU·utilisation)),
     * minimum). The first term holds the requests in flight (p99 × burst), the second the CPU they burn.
     */
    public static InstanceHours instances(HourlyLoad load, int concurrency, double cpuSeconds, double vcpu,
                                          double utilization, int minimum) {
        return count(load, concurrency, cpuSeconds, vcpu, utilization, minimum, true);
    }

    /** The same without the burst factor: what runs before a burst arrives. */
    public static InstanceHours instancesBeforeBurst(HourlyLoad load, int concurrency, double cpuSeconds,
                                                     double vcpu, double utilization, int minimum) {
        return count(load, concurrency, cpuSeconds, vcpu, utilization, minimum, false);
    }

    private static InstanceHours count(HourlyLoad load, int concurrency, double cpuSeconds, double vcpu,
                                       double utilization, int minimum, boolean withBurst) {
        List<InstanceHours.Count> counts = new ArrayList<>();
        for (HourlyLoad.Hour hour : load.hours()) {
            int inFlight = withBurst ? load.sizingConcurrency(hour) : load.inFlightP99(hour);
            double burst = withBurst ? load.burst() : 1;
            int forRequests = (int) Math.ceil(inFlight / (double) concurrency - 1e-9);
            int forCpu = (int) Math.ceil(hour.rate() * burst * cpuSeconds / (vcpu * utilization) - 1e-9);
            counts.add(new InstanceHours.Count(Math.max(minimum, Math.max(forRequests, forCpu)), hour.monthHours()));
        }
        return new InstanceHours(counts);
    }
}
