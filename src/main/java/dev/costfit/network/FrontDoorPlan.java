package dev.costfit.network;

import dev.costfit.model.LongestRequest;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Clients;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;
import dev.costfit.units.TimeSpan;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The front door a platform gets for a profile: `auto` resolved, with the sentence that says why ({@link #note}),
 * worded when a report reads it — functions resolve it per memory setting at every rate a search asks about.
 */
public record FrontDoorPlan(FrontDoor door, Supplier<Optional<String>> explained) {

    private FrontDoorPlan(FrontDoor door, Optional<String> note) {
        this(door, () -> note);
    }

    /** The sentence that says why the door was chosen, if any. */
    public Optional<String> note() {
        return explained.get();
    }

    /**
     * Lambda: API Gateway HTTP API, or a function URL when responses stream (the HTTP API buffers them) or requests
     * outlast API Gateway's 30 s integration timeout.
     *
     * @param longest the longest request on the function's setting
     */
    public static FrontDoorPlan forFunctions(Profile profile, Catalog catalog, TimeSpan longest) {
        FrontDoor asked = profile.frontDoor();
        if (asked != FrontDoor.AUTO) {
            return new FrontDoorPlan(asked, () -> functionStreamNote(asked, profile, catalog));
        }
        if (profile.trigger() != Trigger.HTTP) {
            return new FrontDoorPlan(FrontDoor.NONE, Optional.of("no front door: the trigger is "
                    + profile.trigger().spelling()));
        }
        return forCallers(profile, publicDoor(profile, catalog, longest));
    }

    /**
     * {@code plan}, a public door chosen for {@code profile}, with what its note says of callers in the VPC: an HTTP
     * API and a function URL are public endpoints, which callers in the VPC reach through their own NAT or internet
     * gateway (an expert review's finding: the answer read as if they were private).
     */
    public static FrontDoorPlan forCallers(Profile profile, FrontDoorPlan plan) {
        if (profile.network().clients() != Clients.VPC) {
            return plan;
        }
        return new FrontDoorPlan(plan.door(), () -> plan.note().map(n -> n + "; the callers are in the VPC "
                + "(network.clients: vpc) and reach this public endpoint through their NAT or internet gateway: "
                + "front_door: alb prices an internal Application Load Balancer instead, and callers that use the "
                + "AWS SDK can invoke the function directly, with no front door (front_door: none)"));
    }

    /**
     * What a door the profile names does with the response it streams ({@link FunctionFrontDoor#streams}): a REST
     * API streams it; an HTTP API or an ALB buffers it, and Lambda's buffered response limit applies.
     */
    private static Optional<String> functionStreamNote(FrontDoor door, Profile profile, Catalog catalog) {
        if (!profile.payload().streaming() || !(profile.workload() instanceof dev.costfit.profile.Workload.Service)) {
            return Optional.empty();
        }
        String buffered = ", and Lambda's " + catalog.sizeLimit("lambda.payload.sync").display() + " buffered "
                + "response limit applies; front_door: api-gateway-rest or function-url streams it";
        if (door == FrontDoor.ALB) {
            return Optional.of("an Application Load Balancer buffers a Lambda function's response (Lambda targets do "
                    + "not stream): the client gets each " + profile.payload().response().display() + " response "
                    + "whole, once complete, not as a stream, and the ALB's "
                    + catalog.sizeLimit("alb.payload.lambda").display() + " limit on a Lambda target's response "
                    + "applies; front_door: api-gateway-rest or function-url streams it");
        }
        return ApiGateway.streamingNote(door, profile, catalog, buffered);
    }

    /** Lambda's public doors for HTTP requests. */
    private static FrontDoorPlan publicDoor(Profile profile, Catalog catalog, TimeSpan longest) {
        if (profile.payload().streaming()) {
            return new FrontDoorPlan(FrontDoor.FUNCTION_URL, Optional.of("front door: a Lambda function URL "
                    + "(front_door: auto), because the response streams and API Gateway's HTTP API buffers "
                    + "responses; function URLs are free"));
        }
        TimeSpan limit = catalog.durationLimit("apigw.http.timeout");
        if (longest.isLongerThan(limit)) {
            return new FrontDoorPlan(FrontDoor.FUNCTION_URL, () -> {
                // A p95 or p99 bounds no request: the note names it, and the share past the 30 s (LongestRequest).
                LongestRequest requests = LongestRequest.of(profile).at(longest.seconds());
                return Optional.of("front door: a Lambda function URL (front_door: auto), because "
                        + (requests.bounds() ? "requests of up to " + longest.display() + " outlast" : "the "
                        + requests.name() + ", " + longest.display() + ", outlasts") + " API Gateway's "
                        + limit.display() + " integration timeout" + (requests.bounds() ? "" : " (no max is stated, "
                        + "and " + requests.beyond(limit.seconds()) + ")") + "; function URLs are free and wait up "
                        + "to the function timeout");
            });
        }
        // A timeout beyond API Gateway's says requests may run that long: a door that cuts them at 30 s would answer
        // 504 to the tail the profile allows for. Deciding by the stated durations alone also let a month fall as a
        // request grew longer (30.0 s kept the HTTP API's fee, 30.1 s dropped it: an expert review's finding).
        // A job that states no timeout allows no more than its tasks take: their longest decided above.
        Optional<TimeSpan> beyond = profile.timeout().filter(t -> t.isLongerThan(limit));
        if (beyond.isPresent()) {
            return new FrontDoorPlan(FrontDoor.FUNCTION_URL, () -> Optional.of("front door: a Lambda function URL "
                    + "(front_door: auto), because the " + beyond.get().display() + " timeout lets requests "
                    + "outlast API Gateway's " + limit.display() + " integration timeout; function URLs are free "
                    + "and wait up to the function timeout (front_door: api-gateway-http keeps the HTTP API if no "
                    + "request takes that long" + tail(profile, longest, limit) + ")"));
        }
        return new FrontDoorPlan(FrontDoor.API_GATEWAY_HTTP, Optional.of("front door: API Gateway HTTP API "
                + "(front_door: auto); set front_door: function-url to drop its per-request price"));
    }

    /** Where the longest stated is a p95 or p99: "; no max is stated, and about 3.7% of requests run past 30 s ...". */
    private static String tail(Profile profile, TimeSpan longest, TimeSpan limit) {
        LongestRequest requests = LongestRequest.of(profile).at(longest.seconds());
        return requests.bounds() ? "" : "; no max is stated, and " + requests.beyond(limit.seconds());
    }

    /**
     * Containers: an Application Load Balancer; API Gateway reaches them through a VPC link to an ALB, and what it
     * does with a streamed response is said ({@link ApiGateway#streamingNote}).
     */
    public static FrontDoorPlan forContainers(Profile profile, Catalog catalog) {
        FrontDoor asked = profile.frontDoor();
        return switch (asked) {
            case AUTO -> profile.trigger() == Trigger.HTTP
                    ? new FrontDoorPlan(FrontDoor.ALB, Optional.of("front door: an Application Load Balancer "
                            + "(front_door: auto)"))
                    : new FrontDoorPlan(FrontDoor.NONE, Optional.of("no front door: the trigger is "
                            + profile.trigger().spelling()));
            case FUNCTION_URL -> new FrontDoorPlan(FrontDoor.ALB, Optional.of("front door: an Application Load "
                    + "Balancer; function URLs exist only on Lambda"));
            case API_GATEWAY_HTTP, API_GATEWAY_REST -> new FrontDoorPlan(asked, () -> Optional.of("front door: API "
                    + "Gateway with a VPC link to an internal Application Load Balancer; both are priced"
                    + ApiGateway.streamingNote(asked, profile, catalog, ", within its "
                            + catalog.sizeLimit("apigw.payload").display() + " payload limit; front_door: "
                            + "api-gateway-rest or alb streams it").map(n -> "; " + n).orElse("")));
            default -> new FrontDoorPlan(asked, Optional.empty());
        };
    }

    public boolean usesApiGateway() {
        return door == FrontDoor.API_GATEWAY_HTTP || door == FrontDoor.API_GATEWAY_REST;
    }
}
