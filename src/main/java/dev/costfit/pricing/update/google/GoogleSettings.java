package dev.costfit.pricing.update.google;

import java.net.URI;
import java.time.Duration;

/**
 * How `pricing update` talks to the Cloud Billing Catalog API: where (Google, a mirror or a test server), with which
 * key, how often a throttled or failed request is tried, and how long an answer may take.
 */
public record GoogleSettings(URI endpoint, ApiKey key, int maxAttempts, Duration baseDelay, Duration maxDelay,
                             Duration connectTimeout, Duration readTimeout) {

    /** The API's own address (https://cloud.google.com/billing/docs/reference/rest). */
    public static final URI GOOGLE = URI.create("https://cloudbilling.googleapis.com");

    public GoogleSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }
}
