package dev.costfit.model;

/**
 * What a Kubernetes node keeps for itself before pods are placed, as the Amazon EKS optimized AMI configures the
 * kubelet (amazon-eks-ami, bootstrap / nodeadm: https://github.com/awslabs/amazon-eks-ami):
 * kube-reserved CPU is 6% of the first core, 1% of the second, 0.5% of the third and fourth and 0.25% of every
 * further core; kube-reserved memory is 255 MiB + 11 MiB per pod the node may run; the kubelet evicts below
 * 100 MiB free. The per-node DaemonSets every EKS node runs (kube-proxy requests 100m CPU, aws-node 25m) take
 * CPU too; both are host-network pods counted in the max-pods value, so two fewer workload pods fit.
 * <p>
 * The kubelet's memory capacity is what the node's kernel reports, below the instance type's advertised GiB (the
 * hypervisor, kernel and firmware take their part: a 16 GiB t3.xlarge reports 15.48 GiB, amazon-eks-ami issue
 * #387). Reserves come off that; how far below the advertised size it lies differs by type, so the node is taken at
 * the share Karpenter plans nodes with before it launches them (its VM_MEMORY_OVERHEAD_PERCENT, default 7.5%:
 * https://karpenter.sh/docs/reference/settings/).
 */
public final class NodeReserve {

    public static final double EVICTION_GIB = 100.0 / 1024;
    public static final double VM_MEMORY_OVERHEAD = 0.075;
    public static final double DAEMONSET_VCPU = 0.125;
    public static final int DAEMONSET_PODS = 2;

    private NodeReserve() {
    }

    public static double reservedVcpu(double vcpu) {
        double reserved = 0.06 * Math.min(vcpu, 1);
        reserved += 0.01 * clamp(vcpu - 1, 1);
        reserved += 0.005 * clamp(vcpu - 2, 2);
        reserved += 0.0025 * Math.max(0, vcpu - 4);
        return reserved + DAEMONSET_VCPU;
    }

    /** The memory the kubelet sees on a node of {@code advertisedGib}, before its reserves. */
    public static double capacityGib(double advertisedGib) {
        return advertisedGib * (1 - VM_MEMORY_OVERHEAD);
    }

    public static double reservedGib(int maxPods) {
        return (255 + 11.0 * maxPods) / 1024 + EVICTION_GIB;
    }

    public static int workloadPods(int maxPods) {
        return Math.max(0, maxPods - DAEMONSET_PODS);
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(value, max));
    }
}
