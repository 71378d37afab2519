package dev.costfit.assessment;

/** How much a team has to run itself; the recommendation prefers the simpler platform when costs are close. */
public enum Simplicity {
    /** Functions: no servers, no scaling policy. */
    FUNCTIONS,
    /** A legacy function product (Cloud Functions 1st gen): as simple, but its successor is preferred on a tie. */
    LEGACY_FUNCTIONS,
    /** Managed containers: an image, a task size and a scaling policy. */
    CONTAINERS,
    /** Kubernetes: a cluster, nodes and their upgrades. */
    KUBERNETES
}
