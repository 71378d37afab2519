package dev.costfit.pricing.update;

import java.util.Map;
import java.util.Optional;

/**
 * The Google Cloud region in or nearest to the city of each AWS region, so that a profile in a region a refresh adds
 * can still be priced on Cloud Run functions without naming gcp_region. Locations from both providers' region
 * lists (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html,
 * https://cloud.google.com/about/locations).
 */
final class NearestGoogleRegion {

    private static final Map<String, String> NEAREST = Map.ofEntries(
            Map.entry("us-east-1", "us-east4"),            // N. Virginia, both
            Map.entry("us-east-2", "us-east5"),            // Ohio: Columbus, both
            Map.entry("us-west-1", "us-west2"),            // N. California -> Los Angeles
            Map.entry("us-west-2", "us-west1"),            // Oregon, both
            Map.entry("ca-central-1", "northamerica-northeast1"), // Montreal, both
            Map.entry("sa-east-1", "southamerica-east1"),  // Sao Paulo, both
            Map.entry("eu-central-1", "europe-west3"),     // Frankfurt, both
            Map.entry("eu-central-2", "europe-west6"),     // Zurich, both
            Map.entry("eu-west-1", "europe-west2"),        // Dublin -> London
            Map.entry("eu-west-2", "europe-west2"),        // London, both
            Map.entry("eu-west-3", "europe-west9"),        // Paris, both
            Map.entry("eu-south-1", "europe-west8"),       // Milan, both
            Map.entry("eu-south-2", "europe-southwest1"),  // Aragon -> Madrid
            Map.entry("eu-north-1", "europe-north1"),      // Stockholm -> Hamina
            Map.entry("me-south-1", "me-central2"),        // Bahrain -> Dammam
            Map.entry("me-central-1", "me-central1"),      // UAE -> Doha
            Map.entry("il-central-1", "me-west1"),         // Tel Aviv, both
            Map.entry("af-south-1", "africa-south1"),      // Cape Town -> Johannesburg
            Map.entry("ap-east-1", "asia-east2"),          // Hong Kong, both
            Map.entry("ap-south-1", "asia-south1"),        // Mumbai, both
            Map.entry("ap-south-2", "asia-south2"),        // Hyderabad -> Delhi
            Map.entry("ap-northeast-1", "asia-northeast1"), // Tokyo, both
            Map.entry("ap-northeast-2", "asia-northeast3"), // Seoul, both
            Map.entry("ap-northeast-3", "asia-northeast2"), // Osaka, both
            Map.entry("ap-southeast-1", "asia-southeast1"), // Singapore, both
            Map.entry("ap-southeast-2", "australia-southeast1"), // Sydney, both
            Map.entry("ap-southeast-3", "asia-southeast2"), // Jakarta, both
            Map.entry("ap-southeast-4", "australia-southeast2")); // Melbourne, both

    private NearestGoogleRegion() {
    }

    static Optional<String> of(String awsRegion) {
        return Optional.ofNullable(NEAREST.get(awsRegion));
    }
}
