package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Profile;
import dev.costfit.units.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * NAT gateway (pricing-reference.md §6.8) for containers in private subnets that call out: hours plus GB processed,
 * and the gateway's public IPv4 address. One gateway, or one per zone for `ha: true`.
 */
public final class NatGateway {

    private NatGateway() {
    }

    public static boolean needed(Profile profile, NetworkTraffic traffic) {
        return profile.network().privateSubnets() && traffic.callsOut();
    }

    public static int gateways(Profile profile) {
        return profile.ha() ? 2 : 1;
    }

    public static List<CostLine> lines(Profile profile, NetworkTraffic traffic, String region, Catalog catalog) {
        List<CostLine> lines = new ArrayList<>();
        if (!needed(profile, traffic)) {
            return lines;
        }
        int gateways = gateways(profile);
        // Whole literals, not concatenations: the lines are made per setting at every rate a search asks about.
        lines.add(CostLines.single(gateways > 1 ? "NAT gateways (one per zone)" : "NAT gateway",
                gateways * Month.HOURS, catalog.price("nat.hours", region)));
        lines.add(CostLines.single("NAT gateway data processed", traffic.natGb(), catalog.price("nat.data", region)));
        lines.add(CostLines.single("vpc.public-ipv4:nat", gateways > 1 ? "Public IPv4 address of the NAT gateways"
                        : "Public IPv4 address of the NAT gateway",
                gateways * Month.HOURS, catalog.price("vpc.public-ipv4", region)));
        return lines;
    }
}
