package dev.costfit.platform;

import dev.costfit.model.ContainerSizing;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * What one container (a Fargate task or an EKS pod) needs, shared by the container platforms: the vCPU for its
 * concurrent requests under the target utilisation, the profile's memory, and the fewest that must run.
 */
record ContainerNeed(double vcpu, double memoryGb, int concurrency, double utilization, int minimum,
                     List<String> assumptions) {

    static ContainerNeed of(Profile profile) {
        List<String> assumptions = new ArrayList<>();
        double memory = profile.memory().gib();
        if (profile.workload() instanceof Workload.Job job) {
            double cpuShare = profile.cpuTime().seconds() / job.schedule().duration().seconds();
            double vcpu = profile.vcpu().orElse(cpuShare);
            assumptions.add("a job task gets " + Numbers.grouped(vcpu, 3) + " vCPU ("
                    + (profile.vcpu().isPresent() ? "the profile's vcpu" : "cpu_time / duration") + ") and "
                    + profile.memory().display() + "; it may use its CPU fully");
            return new ContainerNeed(vcpu, memory, 1, 1, 0, assumptions);
        }
        Workload.Service service = (Workload.Service) profile.workload();
        int c = profile.concurrencyPerInstance();
        double u = profile.platforms().fargate().targetUtilization().fraction();
        double wall = service.duration().mean().seconds();
        double forLoad = ContainerSizing.vcpuNeed(c, profile.cpuTime().seconds(), wall, u);
        double vcpu = Math.max(forLoad, profile.vcpu().orElse(0));
        int minimum = Math.max(Math.max(1, profile.minInstances()), profile.ha() ? 2 : 1);
        assumptions.add("each container serves up to " + c + " request" + (c == 1 ? "" : "s")
                + " at once (concurrency_per_instance); it needs " + c + " × " + profile.cpuTime().display() + " / "
                + service.duration().mean().display() + " ÷ " + Numbers.grouped(u * 100, 0) + "% target utilisation = "
                + Numbers.grouped(forLoad, 3) + " vCPU" + (vcpu > forLoad ? ", raised to the profile's vcpu "
                + Numbers.grouped(vcpu, 3) : "") + ", and " + profile.memory().display());
        assumptions.add("containers per hour: enough for the 99th percentile of requests in flight × the burst "
                + "factor, and for the CPU those requests burn; at least " + minimum
                + (profile.ha() ? " (ha: two zones)" : minimum == 1 ? " (a service always runs one)" : " (min_instances)"));
        return new ContainerNeed(vcpu, memory, c, u, minimum, assumptions);
    }
}
