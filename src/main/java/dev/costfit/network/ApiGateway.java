package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Profile;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Amazon API Gateway (pricing-reference.md §6.1): HTTP API or REST API requests, tiered; an HTTP API meters each
 * request in 512 KB increments. Its free tier is for the
 * first 12 months of new accounts only, so costfit never applies it. Limits: the integration timeout (HTTP 30 s
 * fixed, REST 29 s by default), 10 MB payloads, the account's request rate.
 */
public final class ApiGateway {

    private ApiGateway() {
    }

    /**
     * @param requests    the month's requests through the API
     * @param requestSize each one's payload in: an HTTP API meters it in 512 KB increments
     */
    public static List<CostLine> lines(FrontDoor door, double requests, DataSize requestSize, String region,
                                       Catalog catalog) {
        if (door != FrontDoor.API_GATEWAY_HTTP) {
            return CostLines.tiered("API Gateway REST API requests", requests,
                    catalog.price("apigw.rest.requests", region));
        }
        double each = httpMetered(requestSize, catalog);
        DataSize increment = catalog.sizeLimit("apigw.http.metering");
        return CostLines.tiered(() -> "API Gateway HTTP API requests" + (each > 1 ? " (" + Numbers.grouped(each, 0)
                + " per " + requestSize.display() + " request: metered in " + increment.display() + " increments)"
                : ""), requests * each, catalog.price("apigw.http.requests", region));
    }

    /**
     * Requests an HTTP API bills for one request: one per 512 KB of its payload or part of it, so 513 KB is two
     * (AWS whitepaper "Best Practices for Designing Amazon API Gateway Private APIs and Private Integration", Cost
     * optimization, Table 4: "HTTP APIs are metered in 512 KB increments"). The request's payload, as AWS's pricing
     * calculator asks for the size of each request; a request never counts for less than one.
     */
    static double httpMetered(DataSize requestSize, Catalog catalog) {
        return requestSize.increments(catalog.sizeLimit("apigw.http.metering"));
    }

    /** @param longest the longest request on the platform's setting */
    public static List<LimitCheck> limits(FrontDoor door, Profile profile, double peakRate, TimeSpan longest,
                                          Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        boolean http = door == FrontDoor.API_GATEWAY_HTTP;
        TimeSpan timeout = catalog.durationLimit(http ? "apigw.http.timeout" : "apigw.rest.timeout");
        String name = http ? "API Gateway HTTP API integration timeout" : "API Gateway REST API integration timeout";
        if (longest.isLongerThan(timeout)) {
            checks.add(LimitCheck.of(false, http ? LimitCheck.Severity.HARD : LimitCheck.Severity.QUOTA, name,
                    () -> longest.display() + " (longest request)",
                    () -> timeout.display() + (http ? " (fixed)" : " (default)"),
                    http ? "use a Lambda function URL or an ALB (they wait up to the function timeout), or answer "
                            + "at once and deliver the result asynchronously"
                            : "raise the timeout of a Regional REST API (AWS lowers the account throttle "
                            + "in exchange), or use a function URL or an ALB"));
        } else {
            checks.add(LimitCheck.of(!profile.timeout().isLongerThan(timeout), LimitCheck.Severity.ADVISORY, name,
                    () -> profile.timeout().display() + " (timeout)", () -> timeout.display(),
                    () -> "requests between " + timeout.display() + " and the timeout get a 504 from API Gateway "
                            + "while the function keeps running (and billing)"));
        }
        DataSize payload = catalog.sizeLimit("apigw.payload");
        DataSize biggest = profile.payload().request().isLargerThan(profile.payload().response())
                ? profile.payload().request() : profile.payload().response();
        checks.add(LimitCheck.of(!biggest.isLargerThan(payload), LimitCheck.Severity.HARD, "API Gateway payload",
                () -> biggest.display(), () -> payload.display(), "pass large bodies through S3 pre-signed URLs"));
        Rate throttle = (Rate) catalog.limit("apigw.throttle").value();
        checks.add(LimitCheck.of(peakRate <= throttle.perSecond(), LimitCheck.Severity.QUOTA,
                "API Gateway request rate", () -> Numbers.grouped(peakRate, 0) + "/s at peak (with burst)",
                () -> throttle.display() + " per account and region (default quota)",
                "ask AWS for a higher throttle quota"));
        return checks;
    }
}
