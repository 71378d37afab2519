package dev.costfit.glue;

import dev.costfit.profile.Cloud;

/**
 * Where the services around the compute are priced: the cloud and region of the platform being assessed, the
 * platform's id (Lambda's own logs are vended logs, billed on their own tiers), and the instances it starts a month
 * (secrets read once per cold start).
 */
public record GlueSite(Cloud cloud, String region, String platformId, double coldStartsPerMonth) {

    boolean lambda() {
        return platformId.equals("lambda");
    }

    /**
     * Whether an EventBridge rule invokes the platform's compute itself: a Lambda function is a rule target, and so
     * is a function on Lambda Managed Instances; a long-running container service (Fargate, EKS) is not, and takes
     * its events through a queue it polls (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html).
     */
    boolean eventBridgeInvokes() {
        return eventBridgeInvokes(platformId);
    }

    /** {@link #eventBridgeInvokes()} of the platform {@code platformId} (its queue's limits apply where not). */
    public static boolean eventBridgeInvokes(String platformId) {
        return platformId.equals("lambda") || platformId.equals("lambda-managed-instances");
    }
}
