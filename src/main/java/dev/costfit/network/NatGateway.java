package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileFormat;
import dev.costfit.units.Money;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NAT gateway (pricing-reference.md §6.8) for containers in private subnets that call out or poll SQS
 * ({@link NetworkTraffic#leavesSubnets}): hours plus GB processed, and the gateway's public IPv4 address. One
 * gateway, or one per zone for `ha: true`; its hours and address at the workload's share of them
 * (network.nat_share), the bytes it processes in full.
 */
public final class NatGateway {

    private NatGateway() {
    }

    public static boolean needed(Profile profile, NetworkTraffic traffic) {
        return profile.network().privateSubnets() && traffic.leavesSubnets();
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
        double share = profile.network().natShare();
        // Whole literals, not concatenations: the lines are made per setting at every rate a search asks about.
        if (share >= 1) {
            lines.add(CostLines.single(gateways > 1 ? "NAT gateways (one per zone)" : "NAT gateway",
                    gateways * Month.HOURS, catalog.price(PriceKeys.NAT_HOURS, region)));
        } else if (share > 0) {
            java.util.function.Supplier<String> shared = () -> (gateways > 1 ? "NAT gateways (one per zone), "
                    : "NAT gateway, ") + Numbers.grouped(share * 100, 2) + "% share";
            lines.add(CostLines.single(shared, gateways * Month.HOURS * share,
                    catalog.price(PriceKeys.NAT_HOURS, region)));
        }
        lines.add(CostLines.single("NAT gateway data processed", traffic.natGb(),
                catalog.price(PriceKeys.NAT_DATA, region)));
        if (share > 0) {
            lines.add(CostLines.single("vpc.public-ipv4:nat", gateways > 1 ? "Public IPv4 address of the NAT gateways"
                            : "Public IPv4 address of the NAT gateway",
                    gateways * Month.HOURS * share, catalog.price(PriceKeys.PUBLIC_IPV4, region)));
        }
        return lines;
    }

    /**
     * Where the share is left to its default and the assessment pays a gateway's hours: a note that they count in
     * full, as the EKS cluster fee's does; most VPCs share one NAT gateway among their services.
     */
    public static Optional<String> countedInFull(Profile profile, List<CostLine> lines) {
        if (!profile.defaulted(ProfileFormat.NAT_SHARE.path())) {
            return Optional.empty();
        }
        double hours = 0;
        for (CostLine line : lines) {
            if (line.key().equals("nat.hours") || line.key().equals("vpc.public-ipv4:nat")) {
                hours += line.monthlyCost();
            }
        }
        if (!(hours > 0)) {
            return Optional.empty();
        }
        boolean zones = gateways(profile) > 1;
        return Optional.of((zones ? "the NAT gateways' hours and addresses count in full (" : "the NAT gateway's "
                + "hours and address count in full (") + Money.format(hours) + " a month, "
                + (zones ? "gateways of its own, one per zone" : "a gateway of its own") + "); most VPCs share "
                + "their NAT gateways among their services: set network.nat_share to this workload's share");
    }
}
