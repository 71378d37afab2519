package dev.costfit.platform;

import dev.costfit.model.ContainerSizing;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one container (a Fargate task, an EKS pod) needs, shared by the container platforms: the vCPU for its
 * concurrent requests under the target utilisation, the profile's memory, and the fewest that must run.
 *
 * <p>concurrency_per_instance is what a container can hold, not what it must: on a smaller container the same
 * service takes fewer requests at once (the load balancer and a CPU target spread them), so a platform may ask
 * {@link #within} for the need on each container size it offers and keep the cheapest month.
 *
 * @param assumptions how the profile's own need was worked out
 * @param fewer       why this container takes fewer requests than concurrency_per_instance, when it does
 */
record ContainerNeed(double vcpu, double memoryGb, int concurrency, double utilization, int minimum,
                     double cpuShare, double floorVcpu, List<String> assumptions, Optional<String> fewer) {

    ContainerNeed {
        assumptions = List.copyOf(assumptions);
    }

    static ContainerNeed of(Profile profile) {
        List<String> assumptions = new ArrayList<>();
        double memory = profile.memory().gib();
        double floor = profile.vcpu().orElse(0);
        if (profile.workload() instanceof Workload.Job job) {
            double cpuShare = profile.cpuTime().seconds() / job.schedule().duration().seconds();
            double vcpu = profile.vcpu().orElse(cpuShare);
            assumptions.add("a job task gets " + Numbers.grouped(vcpu, 3) + " vCPU ("
                    + (profile.vcpu().isPresent() ? "the profile's vcpu" : "cpu_time / duration") + ") and "
                    + profile.memory().display() + "; it may use its CPU fully");
            return new ContainerNeed(vcpu, memory, 1, 1, 0, cpuShare, vcpu, assumptions, Optional.empty());
        }
        Workload.Service service = (Workload.Service) profile.workload();
        int c = profile.concurrencyPerInstance();
        double u = profile.platforms().fargate().targetUtilization().fraction();
        double wall = service.duration().mean().seconds();
        double forLoad = ContainerSizing.vcpuNeed(c, profile.cpuTime().seconds(), wall, u);
        double vcpu = Math.max(forLoad, floor);
        int minimum = Math.max(Math.max(1, profile.minInstances()), profile.ha() ? 2 : 1);
        assumptions.add("each container serves up to " + c + " request" + (c == 1 ? "" : "s")
                + " at once (concurrency_per_instance); it needs " + c + " × " + profile.cpuTime().display() + " / "
                + service.duration().mean().display() + " ÷ " + Numbers.grouped(u * 100, 0) + "% target utilisation = "
                + Numbers.grouped(forLoad, 3) + " vCPU" + (vcpu > forLoad ? ", raised to the profile's vcpu "
                + Numbers.grouped(vcpu, 3) : "") + ", and " + profile.memory().display());
        assumptions.add("containers per hour: enough for the 99th percentile of requests in flight × the burst "
                + "factor, and for the CPU those requests burn; at least " + minimum
                + (profile.ha() ? " (ha: two zones)" : minimum == 1 ? " (a service always runs one)" : " (min_instances)"));
        return new ContainerNeed(vcpu, memory, c, u, minimum, profile.cpuTime().seconds() / wall, floor,
                assumptions, Optional.empty());
    }

    /** The least vCPU a container must have: one request's CPU at the target utilisation, or the profile's vcpu. */
    double minimumVcpu() {
        return concurrency == 1 ? vcpu : Math.max(floorVcpu, cpuShare / utilization);
    }

    /**
     * This need on a container of only {@code available} vCPU: as many requests at once as that CPU serves under
     * the target utilisation (never more than concurrency_per_instance), or empty when it cannot serve one, or is
     * below the profile's vcpu.
     */
    Optional<ContainerNeed> within(double available) {
        if (available >= vcpu - 1e-9) {
            return Optional.of(this);
        }
        if (concurrency == 1 || available < floorVcpu - 1e-9) {
            return Optional.empty();
        }
        int fewer = ContainerSizing.requestsServed(available, cpuShare, utilization);
        if (fewer < 1) {
            return Optional.empty();
        }
        double need = Math.max(fewer * cpuShare / utilization, floorVcpu);
        String why = "a container of " + Numbers.grouped(available, 3) + " vCPU takes " + fewer + " request"
                + (fewer == 1 ? "" : "s") + " at once rather than concurrency_per_instance's " + concurrency
                + ": that is what its CPU serves at the target utilisation (" + fewer + " need "
                + Numbers.grouped(need, 3) + " vCPU)";
        return Optional.of(new ContainerNeed(need, memoryGb, fewer, utilization, minimum, cpuShare, floorVcpu,
                assumptions, Optional.of(why)));
    }
}
