package dev.costfit.model;

/**
 * What a Kubernetes node keeps for itself before pods are placed, as the Amazon EKS optimized AMI configures the
 * kubelet (amazon-eks-ami, bootstrap / nodeadm: https://github.com/awslabs/amazon-eks-ami):
 * kube-reserved CPU is 6% of the first core, 1% of the second, 0.5% of the third and fourth and 0.25% of every
 * further core; kube-reserved memory is 255 MiB + 11 MiB per pod the node may run; the kubelet evicts below
 * 100 MiB free. The per-node DaemonSets every EKS node runs (kube-proxy requests 100m CPU, aws-node 25m) take
 * CPU too; both are host-network pods counted in the max-pods value, so two fewer workload pods fit.
 */
public final class NodeReserve {

    public static final double EVICTION_GIB = 100.0 / 1024;
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
