package dev.costfit.pricing.update.google;

import java.util.Map;
import java.util.Optional;

/**
 * The Google API key `pricing update` reads the Cloud Billing Catalog with, from {@link #VARIABLE}. It is sent in the
 * X-Goog-Api-Key header, never in a URL (https://cloud.google.com/docs/authentication/api-keys-use), so that no
 * logged or printed address carries it; {@link #toString()} masks it and {@link #redact} takes it out of any text a
 * server sent back.
 */
public record ApiKey(String value) {

    public static final String VARIABLE = "COSTFIT_GCP_API_KEY";

    public ApiKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an API key is not blank");
        }
        value = value.trim();
    }

    /** The key in {@code environment}, if one is set and not blank. */
    public static Optional<ApiKey> from(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new ApiKey(value));
    }

    public String redact(String text) {
        return text == null ? "" : text.replace(value, "****");
    }

    @Override
    public String toString() {
        return "ApiKey[****]";
    }
}
