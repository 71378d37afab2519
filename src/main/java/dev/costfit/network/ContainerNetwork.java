package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import java.util.ArrayList;
import java.util.List;

/** The front door, NAT gateway and egress of a container platform (Fargate, EKS): the same lines for both. */
public final class ContainerNetwork {

    private ContainerNetwork() {
    }

    public static List<CostLine> lines(Profile profile, FrontDoorPlan door, Catalog catalog, PricingContext context,
                                List<String> assumptions) {
        String region = profile.region();
        List<CostLine> lines = new ArrayList<>();
        if (profile.workload() instanceof Workload.Service service && door.door() != FrontDoor.NONE) {
            HourlyLoad load = HourlyLoad.of(service.traffic(), service.duration().mean());
            lines.addAll(LoadBalancer.lines(profile, load, false, region, catalog));
            if (door.usesApiGateway()) {
                lines.addAll(ApiGateway.lines(door.door(), profile.workPerMonth(), region, catalog));
            }
            assumptions.add("load balancer: one new connection per request, at most 10 routing rules");
        }
        NetworkTraffic traffic = NetworkTraffic.of(profile, catalog);
        if (NatGateway.needed(profile, traffic)) {
            lines.addAll(NatGateway.lines(profile, traffic, region, catalog));
            assumptions.add("outbound calls leave the private subnets through a NAT gateway (network.private: "
                    + "true); LLM call bodies estimated at the catalog's bytes per token");
        } else if (traffic.callsOut()) {
            assumptions.add("containers in public subnets call out directly: no NAT gateway, a public IPv4 "
                    + "address per task");
        }
        lines.addAll(InternetEgress.lines(traffic, region, context));
        return lines;
    }

    public static List<LimitCheck> limits(Profile profile, FrontDoorPlan door, Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        if (!(profile.workload() instanceof Workload.Service service) || door.door() == FrontDoor.NONE) {
            return checks;
        }
        checks.add(LoadBalancer.idleTimeout(profile, catalog));
        if (door.usesApiGateway()) {
            HourlyLoad load = HourlyLoad.of(service.traffic(), service.duration().mean());
            checks.addAll(ApiGateway.limits(door.door(), profile, load.peak().rate() * load.burst(), catalog));
        }
        return checks;
    }
}
