package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.PricingContext;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * One size of a container platform (an EKS pod size, a Fargate task size) worked out up to its instances and limits,
 * before its cost lines: what a search bounds the size by and what pricing it in full starts from — or, where it
 * does not fit or has no price, the size's answer ({@code settled}).
 *
 * @param least    the part of the size's month that is known before its cost lines are built (the cheapest node or
 *                 task lines, and in a search what every size has alike: {@link #shared}), no more than the month,
 *                 whose other lines only add
 * @param ranked   what the platform found on the way that pricing needs (EKS: the two cheapest node types)
 * @param settled  the answer where the size does not fit or has no price; null otherwise
 */
record ContainerSizePlan<R>(List<LimitCheck> limits, List<String> notes, List<String> assumptions,
                            Optional<HourlyLoad> load, InstanceHours instances, double seconds, Capacity capacity,
                            double least, R ranked, Assessment settled) {

    ContainerSizePlan {
        limits = List.copyOf(limits);
        notes = List.copyOf(notes);
        assumptions = List.copyOf(assumptions);
    }

    /** The size's answer without pricing: it does not fit or has no price. */
    static <R> ContainerSizePlan<R> settled(Assessment answer) {
        return new ContainerSizePlan<>(List.of(), List.of(), List.of(), Optional.empty(), null, 0, Capacity.NONE, 0,
                null, answer);
    }

    /**
     * What every size's month has alike (the network's lines but the load balancer's capacity units, the EKS
     * cluster), which a search adds to each size's {@code least}: 0 in a report, which prices every size, and where
     * a price is missing (each size then says so when priced in full).
     */
    static double shared(PricingContext context, DoubleSupplier cost) {
        if (context.forReport()) {
            return 0;
        }
        try {
            return cost.getAsDouble();
        } catch (MissingPriceException e) {
            return 0;
        }
    }

    /**
     * A cost no higher than the size's month, for {@link SettingChoice#chooseCheapestFirst}: infinite where it
     * cannot be usable; room for rounding, since the cost lines sum in another order.
     */
    double bound() {
        return settled != null ? Double.POSITIVE_INFINITY : least * (1 - 1e-9);
    }
}
