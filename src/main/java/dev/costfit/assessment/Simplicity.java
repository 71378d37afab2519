package dev.costfit.assessment;

/** How much a team has to run itself; the recommendation prefers the simpler platform when costs are close. */
public enum Simplicity {
    /** Functions: no servers, no scaling policy. */
    FUNCTIONS,
    /** A legacy function product (Cloud Functions 1st gen): as simple, but its successor is preferred on a tie. */
    LEGACY_FUNCTIONS,
    /**
     * Functions on managed instances (Lambda Managed Instances): the function model without scaling policies, plus a
     * capacity provider to set up (VPC, subnets, instance types) and a fleet that never scales to zero.
     */
    MANAGED_INSTANCES,
    /** Managed containers: an image, a task size and a scaling policy. */
    CONTAINERS,
    /** Kubernetes: a cluster, nodes and their upgrades. */
    KUBERNETES
}
