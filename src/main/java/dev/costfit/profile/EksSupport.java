package dev.costfit.profile;

/**
 * The support an EKS cluster's Kubernetes version is in (platforms.eks.support): standard for its first 14 months,
 * then extended for 12 more, which bills $0.50 a cluster-hour on top of the $0.10 fee, $0.60 in all; extended support
 * is on by default, so a cluster left on its version pays it
 * (https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/).
 */
public enum EksSupport implements Choice {
    STANDARD, EXTENDED
}
