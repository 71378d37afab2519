package dev.costfit.pricing;

import dev.costfit.profile.Architecture;
import java.util.Optional;

/**
 * An EC2 instance type EKS can use as a node: its size, architecture, pod limit, GPUs, and the share of each vCPU
 * it can use without end ({@code baseline}: 1 for fixed-performance types, below 1 for burstable ones).
 */
public record InstanceType(String name, double vcpu, double memoryGb, Architecture arch, int maxPods,
                           Optional<Gpus> gpu, double baseline, PriceKey priceKey) {

    /** GPUs of one instance: how many, which model (T4, A10G, L4, L40S, V100, A100, H100, H200) and memory per GPU. */
    public record Gpus(int count, String type, double memoryGb) {}

    /**
     * @param priceKey the key of the type's price, "ec2." + name per instance-hour: kept rather than built at each
     *                 call, since a search looks up every type's price at every rate it asks about, and interned, as
     *                 the catalog's keys are, so that the look-up matches by identity
     */
    public InstanceType {
        if (!priceKey.equals(PriceKeys.instanceType(name))) {
            throw new IllegalArgumentException("the price key of " + name + " is " + PriceKeys.instanceType(name)
                    + ", not " + priceKey);
        }
    }

    /** The family, the name before its size: g6 of g6.xlarge, u-6tb1 of u-6tb1.metal. */
    public String family() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    public InstanceType(String name, double vcpu, double memoryGb, Architecture arch, int maxPods,
                        Optional<Gpus> gpu, double baseline) {
        this(name, vcpu, memoryGb, arch, maxPods, gpu, baseline, PriceKeys.instanceType(name));
    }
}
