package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The front door, NAT gateway and egress of a container platform (Fargate, EKS): the same lines for both. */
public final class ContainerNetwork {

    /** Why a queue worker's containers pay a NAT gateway, and the two ways around it. */
    static final String POLLING_THROUGH_NAT = "the containers poll SQS from private subnets through a NAT gateway "
            + "(network.private: true), which processes each message's body (payload.request, every delivery; the "
            + "API calls' own bytes are not counted); an SQS VPC interface endpoint (not priced) or public subnets "
            + "(network.private: false) avoid it";

    private ContainerNetwork() {
    }

    /** @param load the service's hourly load with the request's time on the container as W (empty for a job) */
    public static List<CostLine> lines(Profile profile, FrontDoorPlan door, Optional<HourlyLoad> load,
                                       Catalog catalog, PricingContext context, List<String> assumptions) {
        String region = profile.region();
        List<CostLine> lines = new ArrayList<>();
        if (load.isPresent() && door.door() != FrontDoor.NONE) {
            // Behind API Gateway the ALB is internal (a VPC link reaches it): no public addresses of its own.
            lines.addAll(LoadBalancer.lines(profile, load.get(), false, !door.usesApiGateway(), region, catalog));
            if (door.usesApiGateway()) {
                lines.addAll(ApiGateway.lines(door.door(), profile.workPerMonth(), profile.payload(), region,
                        catalog));
            }
            // A search reads the cost alone: the assumptions a report lists are not written for it.
            if (context.forReport()) {
                assumptions.add("load balancer: " + Numbers.grouped(profile.network().requestsPerConnection(), 3)
                        + " request(s) per new connection (network.requests_per_connection), one active connection "
                        + "per request in flight, at most 10 routing rules");
            }
        }
        // Fed by a queue, or by events delivered to one, the containers call SQS themselves (QueuePolling).
        NetworkTraffic traffic = NetworkTraffic.of(profile, catalog).withPolling(QueuePolling.ofContainers(profile));
        if (NatGateway.needed(profile, traffic)) {
            lines.addAll(NatGateway.lines(profile, traffic, region, catalog));
            if (traffic.callsOut()) {
                assumptions.add("outbound calls leave the private subnets through a NAT gateway (network.private: "
                        + "true); LLM call bodies estimated at the catalog's bytes per token");
            }
            if (traffic.polling().polls()) {
                assumptions.add(POLLING_THROUGH_NAT);
            }
        } else if (traffic.callsOut()) {
            assumptions.add("containers in public subnets call out directly: no NAT gateway, a public IPv4 "
                    + "address per task");
        } else if (traffic.polling().polls()) {
            assumptions.add("containers in public subnets poll SQS directly: no NAT gateway, a public IPv4 "
                    + "address per task");
        }
        if (profile.network().privateSubnets() && context.forReport()) {
            // A review's finding: both are real bills in private subnets that the figures leave out.
            assumptions.add("private subnets (network.private: true): pulling the container image through a NAT "
                    + "gateway (no ECR VPC endpoint) and NAT traffic that crosses zones are not priced");
        }
        lines.addAll(InternetEgress.lines(traffic, region, context));
        return lines;
    }

    /**
     * What every size of a container costs alike for the network: all of {@link #lines} but the load balancer's
     * capacity units, which follow the connections open and so each size's request time (a search adds it to each
     * size's bound). The front door, NAT gateway and egress depend on the profile alone.
     *
     * @param anyLoad the hourly load at any one size's request time (empty for a job)
     */
    public static double sharedCost(Profile profile, FrontDoorPlan door, Optional<HourlyLoad> anyLoad,
                                    Catalog catalog, PricingContext context) {
        double shared = 0;
        for (CostLine line : lines(profile, door, anyLoad, catalog, context, new ArrayList<>())) {
            if (!line.key().equals(LoadBalancer.CAPACITY_UNITS)) {
                shared += line.monthlyCost();
            }
        }
        return shared;
    }

    /** @param longest the longest request on the container's setting */
    public static List<LimitCheck> limits(Profile profile, FrontDoorPlan door, Optional<HourlyLoad> load,
                                          TimeSpan longest, Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        if (load.isEmpty() || door.door() == FrontDoor.NONE) {
            return checks;
        }
        if (profile.workload() instanceof Workload.Service service) {
            // A container streams its response through the load balancer as it writes it (payload.streaming).
            checks.add(LoadBalancer.idleTimeout(service.duration(), longest, profile.timeout(),
                    profile.payload().streaming(), catalog));
        }
        if (door.usesApiGateway()) {
            checks.addAll(ApiGateway.limits(door.door(), profile, load.get().peak().rate() * load.get().burst(),
                    longest, catalog));
        }
        return checks;
    }
}
