package dev.costfit.platform;

import dev.costfit.assessment.HourlyUsage;
import dev.costfit.model.FleetSize;
import dev.costfit.model.InstanceHours;
import java.util.HashMap;
import java.util.Map;

/**
 * The steady share ({@link HourlyUsage#steadyShare}: the quietest hour's instances against the mean hour's) of the
 * instances that carry a month of hourly unit counts, ⌈units ÷ per instance⌉ each hour and never fewer than a
 * minimum ({@link FleetSize#instances}), by units per instance: what a commitment covers of EKS nodes or Lambda
 * Managed Instances' instances, for ranking their types under it. Each worked out once: types that hold as many
 * units share it. Confined to the thread that assesses, like every engine object.
 */
final class SteadyShares {

    private final InstanceHours units;
    private final int minimum;
    private final Map<Integer, Double> shares = new HashMap<>();

    SteadyShares(InstanceHours units, int minimum) {
        this.units = units;
        this.minimum = minimum;
    }

    /** The share where one instance holds {@code perInstance} units: as the chosen type's usage gives it. */
    double of(int perInstance) {
        return shares.computeIfAbsent(perInstance,
                p -> HourlyUsage.of(FleetSize.instances(units, p, minimum)).steadyShare());
    }
}
