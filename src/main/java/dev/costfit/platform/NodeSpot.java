package dev.costfit.platform;

import dev.costfit.model.InstanceHours;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.SpotSaving;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EKS nodes split between on demand and EC2 Spot: {@code platforms.eks.on_demand_base} nodes of each hour stay on
 * demand, the rest are Spot at the catalog's average saving for the node's family (the AWS Spot Instance Advisor's
 * figure), or at the catalog's stated default where the family has none.
 *
 * @param onDemand      the on-demand nodes hour by hour (what a commitment can cover)
 * @param onDemandHours their node-hours a month
 * @param saving        the share Spot takes off the on-demand price
 */
record NodeSpot(InstanceHours onDemand, double onDemandHours, double saving, String note) {

    static NodeSpot of(Profile profile, Catalog catalog, String type, InstanceHours nodes, double nodeHours) {
        int base = profile.platforms().eks().onDemandBase();
        InstanceHours onDemand;
        double onDemandHours;
        if (profile.workload() instanceof Workload.Job) {
            int perRun = nodes.max();
            onDemand = new InstanceHours(List.of(new InstanceHours.Count(Math.min(base, perRun), 0)));
            onDemandHours = jobOnDemandHours(nodeHours, perRun, base);
        } else {
            onDemand = onDemand(nodes, base);
            onDemandHours = onDemand.perMonth();
        }
        Optional<SpotSaving> family = catalog.spotSaving(type, profile.region());
        double saving = saving(catalog, type, profile.region());
        String figure = family.map(f -> "the Spot Instance Advisor's average saving for " + f.family()
                        + " in " + profile.region() + " (" + f.effective() + "; interruptions " + f.interruption()
                        + " a month)")
                .orElse("the catalog's default Spot saving (no Advisor figure for " + type + " in "
                        + profile.region() + "; check https://aws.amazon.com/ec2/spot/instance-advisor/)");
        String note = "EKS nodes on Spot " + (base > 0 ? "above " + Numbers.count(base, "on-demand node") + " " : "")
                + "at " + Numbers.grouped(saving * 100, 0) + "% off, " + figure + "; the real price varies by hour "
                + "and zone, and a Spot node can be reclaimed with two minutes' warning: run pods that tolerate it, "
                + "spread over several node types";
        return new NodeSpot(onDemand, onDemandHours, saving, note);
    }

    /** A service's on-demand nodes: the base of each hour's nodes, or all of them where they are fewer. */
    static InstanceHours onDemand(InstanceHours nodes, int base) {
        List<InstanceHours.Count> counts = new ArrayList<>();
        for (InstanceHours.Count c : nodes.hours()) {
            counts.add(new InstanceHours.Count(Math.min(base, c.instances()), c.monthHours()));
        }
        return new InstanceHours(counts);
    }

    /** A job's on-demand node-hours: the base of each run's {@code perRun} nodes, their share of the node-hours. */
    static double jobOnDemandHours(double nodeHours, int perRun, int base) {
        return perRun == 0 ? 0 : nodeHours * Math.min(base, perRun) / perRun;
    }

    /** The share Spot takes off a type's on-demand price: its family's Advisor figure, else the catalog's default. */
    static double saving(Catalog catalog, String type, String region) {
        return catalog.spotSaving(type, region).map(SpotSaving::fraction)
                .orElseGet(() -> catalog.estimate("ec2.spot.saving").value().magnitude());
    }
}
