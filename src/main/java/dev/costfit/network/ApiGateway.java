package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.LongestRequest;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Payload;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Amazon API Gateway (pricing-reference.md §6.1): HTTP API or REST API requests, tiered; an HTTP API meters each
 * request in 512 KB increments. Its free tier is for the
 * first 12 months of new accounts only, so costfit never applies it. Limits: the integration timeout (HTTP 30 s
 * fixed, REST 29 s by default), 10 MB payloads, the account's request rate. A REST API streams a response the
 * profile streams, beyond the 10 MB and the 29 s, for up to 15 minutes; an HTTP API buffers it
 * (developer guide, response-transfer-mode: "Response streaming is only supported for REST APIs").
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
        return lines(door, requests, new Payload(requestSize, new DataSize(0), false), region, catalog);
    }

    /**
     * @param requests the month's requests through the API
     * @param payload  each one's payload: an HTTP API meters the request in 512 KB increments, and a REST API that
     *                 streams the response bills one request per 10 MB of it
     */
    public static List<CostLine> lines(FrontDoor door, double requests, Payload payload, String region,
                                       Catalog catalog) {
        if (door != FrontDoor.API_GATEWAY_HTTP) {
            double each = payload.streaming() ? restStreamMetered(payload.response(), catalog) : 1;
            return CostLines.tiered(() -> "API Gateway REST API requests" + (each > 1 ? " (" + Numbers.grouped(each, 0)
                    + " per " + payload.response().display() + " streamed response: a stream bills one per "
                    + catalog.sizeLimit("apigw.rest.streaming.metering").display() + ")" : ""), requests * each,
                    catalog.price(PriceKeys.APIGW_REST_REQUESTS, region));
        }
        DataSize requestSize = payload.request();
        double each = httpMetered(requestSize, catalog);
        DataSize increment = catalog.sizeLimit("apigw.http.metering");
        return CostLines.tiered(() -> "API Gateway HTTP API requests" + (each > 1 ? " (" + Numbers.grouped(each, 0)
                + " per " + requestSize.display() + " request: metered in " + increment.display() + " increments)"
                : ""), requests * each, catalog.price(PriceKeys.APIGW_HTTP_REQUESTS, region));
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

    /**
     * Requests a REST API bills for one streamed response: one per 10 MB of it or part of it, so 20 MB is two and
     * 21 MB three (the AWS Compute Blog's announcement of response streaming, 2025-11-19, as summarised by
     * aws-news.com: "each 10MB rounded up billed as single request"); never less than one.
     */
    static double restStreamMetered(DataSize response, Catalog catalog) {
        return response.increments(catalog.sizeLimit("apigw.rest.streaming.metering"));
    }

    /**
     * The least seconds a REST API takes to stream the response: "Response payload data exceeding 10 MB is
     * restricted to 2 MB/s", the first 10 MB going out unrestricted (developer guide, response-transfer-mode,
     * considerations). 100 MB: (100 - 10) / 2 = 45 s. What is behind the API holds the request, its connection and
     * its slot, until the stream ends. 0 where {@code door} does not stream the response.
     */
    public static double streamSeconds(FrontDoor door, Profile profile, Catalog catalog) {
        if (!streams(door, profile)) {
            return 0;
        }
        double uncapped = catalog.sizeLimit("apigw.rest.streaming.uncapped").bytes();
        double perSecond = catalog.sizeLimit("apigw.rest.streaming.bandwidth").bytes();
        return Math.max(0, profile.payload().response().bytes() - uncapped) / perSecond;
    }

    /** The pacing of a REST API's stream, in words. */
    public static String pacing(Profile profile, Catalog catalog) {
        return "API Gateway's REST API streams the " + profile.payload().response().display() + " response's first "
                + catalog.sizeLimit("apigw.rest.streaming.uncapped").display() + " unrestricted, the rest at most "
                + Numbers.grouped(catalog.sizeLimit("apigw.rest.streaming.bandwidth").mib(), 0) + " MB/s";
    }

    /** Whether {@code door} streams the response the profile streams: a REST API does (response transfer mode). */
    static boolean streams(FrontDoor door, Profile profile) {
        return door == FrontDoor.API_GATEWAY_REST && profile.payload().streaming()
                && profile.workload() instanceof Workload.Service;
    }

    /**
     * What API Gateway does with a response the profile streams, in words: a REST API streams it, within its own
     * limits; an HTTP API buffers it, and the client sees no stream. Empty where the response is not streamed.
     *
     * @param buffered what else applies to a buffered response behind an HTTP API (Lambda's 6 MB, for a function)
     */
    public static Optional<String> streamingNote(FrontDoor door, Profile profile, Catalog catalog, String buffered) {
        if (!profile.payload().streaming() || !(profile.workload() instanceof Workload.Service)) {
            return Optional.empty();
        }
        if (door == FrontDoor.API_GATEWAY_HTTP) {
            return Optional.of("API Gateway's HTTP API buffers responses (only a REST API streams them): the client "
                    + "gets each " + profile.payload().response().display() + " response whole, once complete, not as "
                    + "a stream" + buffered);
        }
        if (door == FrontDoor.API_GATEWAY_REST) {
            return Optional.of("API Gateway's REST API streams the response (the integration's response transfer "
                    + "mode STREAM): beyond its " + catalog.sizeLimit("apigw.payload").display() + " payload and "
                    + catalog.durationLimit("apigw.rest.timeout").display() + " integration timeout, for up to "
                    + catalog.durationLimit("apigw.rest.streaming.duration").display() + ", the first "
                    + catalog.sizeLimit("apigw.rest.streaming.uncapped").display() + " of it unrestricted and the "
                    + "rest at most " + Numbers.grouped(catalog.sizeLimit("apigw.rest.streaming.bandwidth").mib(), 0)
                    + " MB/s; a stream idle "
                    + catalog.durationLimit("apigw.rest.streaming.idle").display() + " (Regional or private "
                    + "endpoint; " + catalog.durationLimit("apigw.rest.streaming.idle-edge").display()
                    + " edge-optimized) is closed, and each "
                    + catalog.sizeLimit("apigw.rest.streaming.metering").display() + " of a stream bills as one "
                    + "request");
        }
        return Optional.empty();
    }

    /** @param longest the longest request on the platform's setting */
    public static List<LimitCheck> limits(FrontDoor door, Profile profile, double peakRate, TimeSpan longest,
                                          Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        boolean http = door == FrontDoor.API_GATEWAY_HTTP;
        boolean streamed = streams(door, profile);
        if (streamed) {
            checks.add(streamDuration(profile, longest, catalog));
        } else {
            checks.add(integrationTimeout(http, profile, longest, catalog));
        }
        DataSize payload = catalog.sizeLimit("apigw.payload");
        // A streamed response is not held to the 10 MB (response-transfer-mode: "Exceed API Gateway's 10 MB response
        // payload limit"); a request is ("Request streaming isn't supported").
        DataSize response = profile.payload().response();
        boolean responseBigger = !streamed && response.isLargerThan(profile.payload().request());
        DataSize biggest = responseBigger ? response : profile.payload().request();
        String which = streamed ? " (request; the response streams)" : !responseBigger ? ""
                : profile.payload().streaming() ? " (response, buffered: an HTTP API does not stream)" : "";
        checks.add(LimitCheck.of(!biggest.isLargerThan(payload), LimitCheck.Severity.HARD, "API Gateway payload",
                () -> biggest.display() + which, () -> payload.display(), http && profile.payload().streaming()
                        ? "stream it through a REST API (front_door: api-gateway-rest; on Lambda a function URL "
                        + "too), or pass large bodies through S3 pre-signed URLs"
                        : "pass large bodies through S3 pre-signed URLs"));
        Rate throttle = (Rate) catalog.limit("apigw.throttle").value();
        checks.add(LimitCheck.of(peakRate <= throttle.perSecond(), LimitCheck.Severity.QUOTA,
                "API Gateway request rate", () -> Numbers.grouped(peakRate, 0) + "/s at peak (with burst)",
                () -> throttle.display() + " per account and region (default quota)",
                "ask AWS for a higher throttle quota"));
        return checks;
    }

    /**
     * The integration timeout a buffered response must come back within: past it API Gateway answers 504 while the
     * work goes on (and bills). A stated max, or a mean nothing spreads, bounds the requests: the longest within the
     * timeout fits. A p95 or p99 does not: where the profile's timeout lets requests run past the integration timeout,
     * the share the fitted log-normal puts past it must be negligible too ({@link LongestRequest#endsWithin}: mean
     * 12 s, p50 9 s and p95 25 s put 3.7% past the HTTP API's 30 s, each a 504). Where the profile's own timeout is
     * within the integration timeout it stops those requests no later than API Gateway does: the door cuts none the
     * function would finish, and the timeout's own share is the setting's check (SpeedLimits).
     */
    private static LimitCheck integrationTimeout(boolean http, Profile profile, TimeSpan longest, Catalog catalog) {
        TimeSpan timeout = catalog.durationLimit(http ? "apigw.http.timeout" : "apigw.rest.timeout");
        String name = http ? "API Gateway HTTP API integration timeout" : "API Gateway REST API integration timeout";
        LongestRequest requests = LongestRequest.of(profile).at(longest.seconds());
        // A job that states no timeout runs no longer than its longest task, which bounds it.
        TimeSpan allowed = profile.timeout().orElse(longest);
        boolean pastDoor = allowed.isLongerThan(timeout);
        if (longest.isLongerThan(timeout) || pastDoor && !requests.endsWithin(timeout.seconds())) {
            return LimitCheck.of(false, http ? LimitCheck.Severity.HARD : LimitCheck.Severity.QUOTA, name,
                    () -> longest.display() + stated(requests, timeout),
                    () -> timeout.display() + (http ? " (fixed)" : " (default)"),
                    http ? "use a Lambda function URL or an ALB (they wait up to the function timeout), or answer "
                            + "at once and deliver the result asynchronously"
                            : "raise the timeout of a Regional REST API (AWS lowers the account throttle "
                            + "in exchange), or use a function URL or an ALB");
        }
        String what = profile.timeout().isPresent() ? " (timeout" + (pastDoor && !requests.bounds() ? "; the "
                + requests.name() + " is " + longest.display() + ", no max is stated, and "
                + requests.beyond(timeout.seconds()) + ")" : ")") : " (longest request; no timeout stated)";
        return LimitCheck.of(!pastDoor, LimitCheck.Severity.ADVISORY, name,
                () -> allowed.display() + what, () -> timeout.display(),
                () -> "requests between " + timeout.display() + " and the timeout get a 504 from API Gateway "
                        + "while the function keeps running (and billing)");
    }

    /**
     * The longest request as a check's text names it: " (longest request)" where it bounds them; else which
     * percentile it is and the share of requests the fitted log-normal puts past {@code limit}.
     */
    private static String stated(LongestRequest requests, TimeSpan limit) {
        return requests.bounds() ? " (longest request)" : " (the " + requests.name() + "; no max is stated, and "
                + requests.beyond(limit.seconds()) + ")";
    }

    /**
     * A REST API's streamed response: not held to the 29 s integration timeout ("Exceed API Gateway's 29 second
     * timeout limit without requesting an integration timeout limit increase"), but "You can stream your response
     * for up to 15 minutes" (developer guide, response-transfer-mode).
     */
    private static LimitCheck streamDuration(Profile profile, TimeSpan longest, Catalog catalog) {
        TimeSpan most = catalog.durationLimit("apigw.rest.streaming.duration");
        String name = "API Gateway REST API response stream";
        // The stream lasts at least its pacing beyond 10 MB, whatever the platform's setting (a container's longest
        // request is its work alone where the platform did not add it).
        double paced = streamSeconds(FrontDoor.API_GATEWAY_REST, profile, catalog);
        TimeSpan stream = paced > longest.seconds() ? TimeSpan.ofSeconds(paced) : longest;
        // A stream open at 15 minutes is cut: a p95 or p99 within them is weighed as the integration timeout weighs
        // it, where the profile's timeout lets requests run longer.
        LongestRequest requests = LongestRequest.of(profile).at(longest.seconds());
        TimeSpan allowed = profile.timeout().orElse(stream);
        boolean pastDoor = allowed.isLongerThan(most);
        boolean cut = stream.isLongerThan(most);
        if (cut || pastDoor && !requests.endsWithin(most.seconds())) {
            String why = cut && paced >= stream.seconds() ? ": " + pacing(profile, catalog)
                    : requests.bounds() ? " (longest request, streamed)" : " (the " + requests.name() + ", streamed; "
                    + "no max is stated, and " + requests.beyond(most.seconds()) + ")";
            return LimitCheck.of(false, LimitCheck.Severity.HARD, name, () -> stream.display() + why,
                    () -> most.display() + " (fixed)", "return an S3 pre-signed URL for a large body, or answer at "
                            + "once and deliver the result asynchronously");
        }
        String what = profile.timeout().isPresent() ? " (timeout)" : " (longest request, streamed; no timeout stated)";
        return LimitCheck.of(!pastDoor, LimitCheck.Severity.ADVISORY, name,
                () -> allowed.display() + what, () -> most.display(),
                () -> "streams still open at " + most.display() + " are cut by API Gateway while the work keeps "
                        + "running (and billing)");
    }
}
