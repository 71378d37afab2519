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
}
