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

    /** @param seconds a request's mean wall time on the function (the W of the ALB's active connections) */
    public static List<CostLine> lines(Profile profile, FrontDoorPlan door, double seconds, Catalog catalog) {
        if (!(profile.workload() instanceof Workload.Service service)) {
            return List.of();
        }
        if (door.usesApiGateway()) {
            return ApiGateway.lines(door.door(), profile.workPerMonth(), profile.payload().request(),
                    profile.region(), catalog);
        }
        if (door.door() == FrontDoor.ALB) {
            return LoadBalancer.lines(profile, HourlyLoad.of(service.traffic(), TimeSpan.ofSeconds(seconds)), true,
                    profile.region(), catalog);
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
            return List.of(LoadBalancer.idleTimeout(longest, catalog));
        }
        return List.of();
    }
}
