package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.TimeSpan;
import java.util.List;

/**
 * The front door of a Lambda function, whatever runs it (Lambda's own environments or Lambda Managed Instances):
 * API Gateway, or an ALB with the function as its target; a function URL costs nothing. The same lines and limits
 * for both, as {@link ContainerNetwork} is for containers.
 */
public final class FunctionFrontDoor {

    private FunctionFrontDoor() {
    }

    /**
     * Whether a response the profile streams reaches its client as a stream. Through a function URL (its
     * RESPONSE_STREAM invoke mode), a REST API (integration response transfer mode STREAM) or a direct
     * InvokeWithResponseStream call (front_door: none) it does; `auto` picks a function URL for it
     * ({@link FrontDoorPlan#forFunctions}). An HTTP API and an ALB do not: API Gateway's "Response streaming is only
     * supported for REST APIs" (developer guide, response-transfer-mode), and "Neither API Gateway nor Lambda's target
     * integration with Application Load Balancer support chunked transfer encoding" (AWS Compute Blog, "Introducing
     * AWS Lambda response streaming", 2023; the Lambda Web Adapter's docs: "ALB does not support streaming"). Behind
     * them Lambda is invoked buffered: its 6 MB response limit applies, and no streamed byte is billed or paced.
     */
    public static boolean streams(Profile profile) {
        return profile.payload().streaming() && profile.workload() instanceof Workload.Service
                && !buffers(profile.frontDoor());
    }

    /** Whether a function behind {@code door} answers buffered whatever it streams: an HTTP API or an ALB. */
    static boolean buffers(FrontDoor door) {
        return door == FrontDoor.API_GATEWAY_HTTP || door == FrontDoor.ALB;
    }

    /** @param seconds a request's mean wall time on the function (the W of the ALB's active connections) */
    public static List<CostLine> lines(Profile profile, FrontDoorPlan door, double seconds, Catalog catalog) {
        if (!(profile.workload() instanceof Workload.Service service)) {
            return List.of();
        }
        if (door.usesApiGateway()) {
            return ApiGateway.lines(door.door(), profile.workPerMonth(), profile.payload(), profile.region(),
                    catalog);
        }
        if (door.door() == FrontDoor.ALB) {
            return LoadBalancer.lines(profile, HourlyLoad.of(service.traffic(), TimeSpan.ofSeconds(seconds)), true,
                    true, profile.region(), catalog);
        }
        return List.of();
    }

    /** @param longest the longest request on the function's setting */
    public static List<LimitCheck> limits(Profile profile, FrontDoorPlan door, double seconds, TimeSpan longest,
                                          Catalog catalog) {
        if (!(profile.workload() instanceof Workload.Service service)) {
            return List.of();
        }
        if (door.usesApiGateway()) {
            return ApiGateway.limits(door.door(), profile, HourlyLoad.peakRate(service.traffic())
                    * service.traffic().burst(), longest, catalog);
        }
        if (door.door() == FrontDoor.ALB) {
            // An ALB buffers a Lambda target's response (see streams): nothing reaches it until the end.
            return List.of(LoadBalancer.idleTimeout(service.duration(), longest, profile.timeout(), false,
                    catalog));
        }
        return List.of();
    }
}
