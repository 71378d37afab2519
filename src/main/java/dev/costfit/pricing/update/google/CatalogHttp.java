package dev.costfit.pricing.update.google;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costfit.pricing.update.RetryAfter;
import dev.costfit.pricing.update.UpdateFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One GET of the Cloud Billing Catalog REST API with the JDK's HTTP client, its JSON answer read with Jackson.
 * Throttling (429) and server errors (5xx), connection failures and timeouts are tried again, with exponential
 * back-off from {@link GoogleSettings#baseDelay()} up to {@link GoogleSettings#maxDelay()}, or as long as the
 * server's Retry-After asks up to {@link RetryAfter#CAP}, at most {@link GoogleSettings#maxAttempts()} times in all, as
 * Google's API guidance asks of clients (https://cloud.google.com/apis/design/errors#error_retries). A refused key
 * is an {@link ApiKeyProblem}; anything else that cannot be had or read is an {@link UpdateFailure}.
 */
final class CatalogHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final GoogleSettings settings;

    CatalogHttp(GoogleSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** GET {@code pathAndQuery} (which carries no key): the answer's JSON object. */
    JsonNode get(String pathAndQuery, String where) {
        URI uri = settings.endpoint().resolve(pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .header("X-Goog-Api-Key", settings.key().value())
                .header("Accept", "application/json")
                .GET().build();
        String last = "";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    return object(response.body(), where);
                }
                String message = settings.key().redact(errorMessage(response.body()));
                if (status == 429 || status >= 500) {
                    last = "failed with HTTP " + status + (status == 429 ? " (throttled)" : "")
                            + (message.isEmpty() ? "" : ": " + message);
                    retryAfter = retryAfter(response);
                } else if (status == 401 || status == 403 || (status == 400 && message.contains("API key"))) {
                    throw new ApiKeyProblem("Google refused the API key in " + ApiKey.VARIABLE + " (HTTP " + status
                            + (message.isEmpty() ? "" : ": " + message) + "); " + ApiKeyProblem.HOW);
                } else {
                    throw new UpdateFailure(where, "failed with HTTP " + status
                            + (message.isEmpty() ? "" : ": " + message));
                }
            } catch (HttpTimeoutException e) {
                last = "could not be read: timed out after " + settings.readTimeout().toSeconds() + " s";
            } catch (IOException e) {
                last = "could not be read: " + settings.key().redact(String.valueOf(e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UpdateFailure(where, "interrupted");
            }
            if (attempt < settings.maxAttempts()) {
                pause(attempt, retryAfter, where, last);
            }
        }
        int n = settings.maxAttempts();
        throw new UpdateFailure(where, last + (n > 1 ? " (after " + n + " attempts)" : ""));
    }

    private static JsonNode object(byte[] body, String where) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new UpdateFailure(where, "the answer is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new UpdateFailure(where, "the answer could not be read: it is not JSON ("
                    + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UpdateFailure(where, "the answer could not be read: " + e.getMessage());
        }
    }

    /** Google's error body, {"error": {"code", "message", "status"}}, as one line; empty if it is not one. */
    private static String errorMessage(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            String status = error.path("status").asText("");
            String message = error.path("message").asText("");
            String text = (status.isEmpty() ? "" : status + " ") + message;
            return text.length() > 300 ? text.substring(0, 300) + "…" : text.trim();
        } catch (IOException | RuntimeException e) {
            String text = new String(body, StandardCharsets.UTF_8).strip();
            return text.length() > 120 ? text.substring(0, 120) + "…" : text;
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> RetryAfter.parse(v, Instant.now()));
    }

    /**
     * Waits before the next attempt: as long as the server's Retry-After asks, up to {@link RetryAfter#CAP} (a longer
     * one ends the update, saying so); without one, exponential back-off up to {@link GoogleSettings#maxDelay()}.
     */
    private void pause(int attempt, Optional<Duration> retryAfter, String where, String last) {
        if (retryAfter.isPresent() && !RetryAfter.honoured(retryAfter.get())) {
            throw new UpdateFailure(where, last + "; " + RetryAfter.tooLong(retryAfter.get()));
        }
        long exponential = settings.baseDelay().toMillis() << Math.min(attempt - 1, 20);
        long millis = retryAfter.map(Duration::toMillis)
                .orElse(Math.min(settings.maxDelay().toMillis(), exponential));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpdateFailure(where, "interrupted");
        }
    }
}
