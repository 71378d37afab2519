package dev.costfit.pricing.update.google;

import java.util.List;

/**
 * The Catalog API services whose SKUs costfit prices, by the display names the API lists them under
 * (https://cloud.google.com/billing/docs/reference/rest/v1/services/list). Cloud Run functions (2nd gen) bill as
 * Cloud Run services (https://cloud.google.com/run/pricing); 1st gen bills under the functions service, renamed
 * from "Cloud Functions" to "Cloud Run Functions" in 2024; Standard Tier egress is a Compute Engine SKU.
 */
enum CatalogService {
    CLOUD_RUN("Cloud Run"),
    FUNCTIONS("Cloud Run Functions", "Cloud Functions"),
    COMPUTE_ENGINE("Compute Engine");

    private final List<String> displayNames;

    CatalogService(String... displayNames) {
        this.displayNames = List.of(displayNames);
    }

    List<String> displayNames() {
        return displayNames;
    }
}
