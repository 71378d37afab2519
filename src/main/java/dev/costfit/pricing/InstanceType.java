package dev.costfit.pricing;

import dev.costfit.profile.Architecture;
import java.util.Optional;

/**
 * An EC2 instance type EKS can use as a node: its size, architecture, pod limit, GPUs, and the share of each vCPU
 * it can use without end ({@code baseline}: 1 for fixed-performance types, below 1 for burstable ones).
 */
public record InstanceType(String name, double vcpu, double memoryGb, Architecture arch, int maxPods,
                           Optional<Gpus> gpu, double baseline) {

    /** GPUs of one instance: how many, which model (T4, A10G, L4, L40S, V100, A100, H100, H200) and memory per GPU. */
    public record Gpus(int count, String type, double memoryGb) {}

    public String priceKey() {
        return "ec2." + name;
    }
}
