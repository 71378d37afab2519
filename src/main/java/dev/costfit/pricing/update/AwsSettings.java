package dev.costfit.pricing.update;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How `pricing update` talks to the Price List: an optional endpoint (a mirror or a test server), the retry budget
 * for throttling and 5xx answers, and timeouts. Plain values, so that building one loads no AWS class.
 */
public record AwsSettings(Optional<URI> endpoint, int maxAttempts, Duration baseDelay, Duration maxDelay,
                          Duration connectTimeout, Duration readTimeout) {

    /** Four attempts with exponential back-off from 0.5 s: a throttled burst is ridden out, a dead API is not. */
    public static AwsSettings defaults(Optional<URI> endpoint) {
        return new AwsSettings(endpoint, 4, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(10),
                Duration.ofSeconds(60));
    }
}
