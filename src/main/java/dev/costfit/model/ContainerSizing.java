package dev.costfit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * How many containers (Fargate tasks, EKS pods) of a given vCPU a service needs hour by hour, sized as an
 * autoscaler sizes them (DESIGN §3). CPU is fluid across containers behind a load balancer: the hour's CPU work
 * λ·cpu_time is served at the target utilisation, or its burst λ·burst·cpu_time at full use — whichever is larger,
 * never both multiplied. When the profile states how many requests one container holds (threads, connections),
 * the requests in flight add a second term, their 99th percentile × burst ÷ that concurrency; otherwise a
 * container holds as many requests as its CPU serves and only the CPU sizes it. No request reserves a
 * whole-number share of a CPU.
 */
public final class ContainerSizing {

    private ContainerSizing() {
    }

    /**
     * Containers in each hour: max(minimum, ⌈max(λ·cpu/u, λ·burst·cpu) / vCPU⌉, ⌈p99(L)·burst / c⌉ if c is
     * stated), with L from the load's W (the request's time on this container).
     */
    public static InstanceHours instances(HourlyLoad load, double cpuSeconds, double vcpu, double utilization,
                                          OptionalInt concurrency, int minimum) {
        return count(load, cpuSeconds, vcpu, utilization, concurrency, minimum, true);
    }

    /** The same without the burst: what runs before a burst arrives. */
    public static InstanceHours beforeBurst(HourlyLoad load, double cpuSeconds, double vcpu, double utilization,
                                            OptionalInt concurrency, int minimum) {
        return count(load, cpuSeconds, vcpu, utilization, concurrency, minimum, false);
    }

    /** vCPU the hour's CPU work needs: at the target utilisation, or its burst at full use. */
    public static double vcpuNeeded(double rate, double burst, double cpuSeconds, double utilization) {
        return Math.max(rate * cpuSeconds / utilization, rate * burst * cpuSeconds);
    }

    private static InstanceHours count(HourlyLoad load, double cpuSeconds, double vcpu, double utilization,
                                       OptionalInt concurrency, int minimum, boolean withBurst) {
        List<InstanceHours.Count> counts = new ArrayList<>(load.distinctHours().size());
        double burst = withBurst ? load.burst() : 1;
        List<HourlyLoad.Hour> hours = load.distinctHours();
        for (int i = 0; i < hours.size(); i++) { // by index: every container size of every rate counts its hours
            HourlyLoad.Hour hour = hours.get(i);
            long forCpu = (long) Math.ceil(vcpuNeeded(hour.rate(), burst, cpuSeconds, utilization) / vcpu - 1e-9);
            long forSlots = 0;
            if (concurrency.isPresent()) {
                int inFlight = withBurst ? load.sizingConcurrency(hour) : load.inFlightP99(hour);
                forSlots = (long) Math.ceil(inFlight / (double) concurrency.getAsInt() - 1e-9);
            }
            long instances = Math.max(minimum, Math.max(forCpu, forSlots));
            counts.add(new InstanceHours.Count((int) Math.min(Integer.MAX_VALUE, instances), hour.monthHours()));
        }
        return InstanceHours.owning(counts);
    }
}
