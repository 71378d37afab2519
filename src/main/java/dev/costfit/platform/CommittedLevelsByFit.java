package dev.costfit.platform;

import dev.costfit.assessment.CommittedLevel;
import dev.costfit.assessment.HourlyUsage;
import dev.costfit.model.FleetSize;
import dev.costfit.model.InstanceHours;
import java.util.HashMap;
import java.util.Map;

/**
 * The committed level ({@link HourlyUsage#committed}: the hourly instances a commitment at the plan's discount
 * should cover to make the month least) of the instances that carry a month of hourly unit counts, ⌈units ÷ per
 * instance⌉ each hour and never fewer than a minimum ({@link FleetSize#instances}), by units per instance: what a
 * commitment covers of EKS nodes or Lambda Managed Instances' instances, for ranking their types under it. Each
 * worked out once: types that hold as many units share it. Confined to the thread that assesses, like every engine
 * object.
 */
final class CommittedLevelsByFit {

    private final InstanceHours units;
    private final int minimum;
    /** The share the plan takes off the instances' on-demand price. */
    private final double discount;
    private final Map<Integer, CommittedLevel> levels = new HashMap<>();

    CommittedLevelsByFit(InstanceHours units, int minimum, double discount) {
        this.units = units;
        this.minimum = minimum;
        this.discount = discount;
    }

    /** The level where one instance holds {@code perInstance} units: as the chosen type's usage gives it. */
    CommittedLevel of(int perInstance) {
        return levels.computeIfAbsent(perInstance,
                p -> HourlyUsage.of(FleetSize.instances(units, p, minimum)).committed(discount));
    }
}
