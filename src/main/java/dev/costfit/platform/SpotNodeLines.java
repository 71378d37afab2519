package dev.costfit.platform;

import dev.costfit.assessment.CommittedLevel;
import dev.costfit.assessment.HourlyUsage;
import dev.costfit.model.FleetSize;
import dev.costfit.model.InstanceHours;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

/**
 * What one node type's nodes cost a month on Spot above an on-demand base (platforms.eks.on_demand_base), for
 * ranking the types as EKS prices them in full: the base's node-hours ({@link NodeSpot}'s split) at the on-demand
 * price, under a commitment split at the committed level of the base's hourly nodes as {@link Commitments#lineCost}
 * splits it; the other node-hours at the Spot price; and what the nodes cost besides their type's price. Ranking by
 * the Spot price alone left the base out, and Spot savings differ by family: a chat API at 10 GB with one on-demand
 * node was put on r6a.2xlarge, $76.11 a month above r6a.xlarge, which it was put on at 12 GB. Each number of pods per
 * node is worked out once, for every type that holds as many. Confined to the thread that assesses.
 */
final class SpotNodeLines {

    /** What a month of nodes costs besides their type's price (addresses, volumes), by node-hours and pods per node. */
    @FunctionalInterface
    interface Charges {
        double of(double nodeHours, int podsPerNode);
    }

    /** One number of pods per node: its node-hours, the base's part of them and its level, the other charges. */
    private record Split(double nodeHours, double onDemandHours, CommittedLevel level, double charges) {}

    /** The share a commitment takes off the base's committed level; 0 on demand. */
    private final double fraction;
    private final IntFunction<Split> splitOf;
    private final Map<Integer, Split> splits = new HashMap<>();

    private SpotNodeLines(double fraction, IntFunction<Split> splitOf) {
        this.fraction = fraction;
        this.splitOf = splitOf;
    }

    /**
     * A service's nodes: ⌈pods ÷ per node⌉ each hour, at least {@code minNodes} ({@code fleet} is of {@code pods}),
     * the first {@code base} of them on demand.
     */
    static SpotNodeLines ofService(FleetSize fleet, InstanceHours pods, int minNodes, int base, double fraction,
                                   Charges charges) {
        return new SpotNodeLines(fraction, perNode -> {
            double nodeHours = fleet.instanceHours(perNode, minNodes);
            // The level the report's usage gives the on-demand line: the base's nodes hour by hour.
            CommittedLevel level = fraction > 0 ? HourlyUsage.of(NodeSpot.onDemand(
                    FleetSize.instances(pods, perNode, minNodes), base)).committed(fraction) : CommittedLevel.NONE;
            return new Split(nodeHours, fleet.instanceHoursUpTo(perNode, minNodes, base), level,
                    charges.of(nodeHours, perNode));
        });
    }

    /**
     * A job's nodes: ⌈tasks ÷ per node⌉ a run, the first {@code base} of them on demand, billing {@code nodeHours}
     * a month by pods per node. Nothing is committed: they come and go.
     */
    static SpotNodeLines ofJob(int tasks, int base, IntToDoubleFunction nodeHours, Charges charges) {
        return new SpotNodeLines(0, perNode -> {
            double hours = nodeHours.applyAsDouble(perNode);
            return new Split(hours, NodeSpot.jobOnDemandHours(hours, FleetSize.ceilDiv(tasks, perNode), base),
                    CommittedLevel.NONE, charges.of(hours, perNode));
        });
    }

    private Split split(int podsPerNode) {
        return splits.computeIfAbsent(podsPerNode, splitOf::apply);
    }

    /** The month of a type's nodes holding {@code podsPerNode} pods, at its on-demand and its Spot price. */
    double cost(int podsPerNode, double onDemandPrice, double spotPrice) {
        Split s = split(podsPerNode);
        return s.charges() + Commitments.lineCost(s.onDemandHours(), onDemandPrice, fraction, s.level())
                + (s.nodeHours() - s.onDemandHours()) * spotPrice;
    }

    /**
     * No more than {@link #cost} for a type of {@code podsPerNode} pods at the Spot price {@code spotPrice}, and
     * rising with it, whatever the type's on-demand price: that is no less than its Spot price (a saving is 0% to
     * 100%), and a commitment takes no more than its fraction off it (its level is paid on no fewer hours than it
     * covers). Less a part in 10¹² for the sums' rounding.
     */
    double rising(int podsPerNode, double spotPrice) {
        Split s = split(podsPerNode);
        return (s.charges() + (s.onDemandHours() * (1 - fraction) + s.nodeHours() - s.onDemandHours()) * spotPrice)
                * (1 - 1e-12);
    }

    /** The share a commitment takes off the base at most, for a floor below every type's month: 0 on demand. */
    double fraction() {
        return fraction;
    }
}
