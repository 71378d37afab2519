package dev.costfit.assessment;

import dev.costfit.pricing.Price;
import dev.costfit.pricing.TierUse;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;

/** Builds cost lines from catalog prices, one line per volume tier a quantity reaches. */
public final class CostLines {

    private CostLines() {
    }

    /** Lines for {@code quantity} units of {@code price}; tier names ("first 6B GB-second") only when tiers are crossed. */
    public static List<CostLine> tiered(String component, double quantity, Price price) {
        List<CostLine> lines = new ArrayList<>();
        if (quantity <= 0) {
            return lines;
        }
        for (TierUse use : price.split(quantity)) {
            String name = use.onlyTierUsed() ? component : component + ", " + tierName(use, price);
            lines.add(CostLine.of(name, use.quantity(), price.unit(), use.price()));
        }
        return lines;
    }

    /**
     * Lines for {@code quantity} units of a tiered price whose first {@code freeFirst} units of the month cost
     * nothing (a free allowance that is the start of the first tier, as Google's first GiB of egress is): the tiers
     * count from the month's first unit, and the free units come off the front.
     */
    public static List<CostLine> tieredAfterFree(String component, double quantity, double freeFirst, Price price) {
        List<CostLine> lines = new ArrayList<>();
        if (quantity <= 0) {
            return lines;
        }
        double free = Math.max(0, Math.min(freeFirst, quantity));
        for (TierUse use : price.split(quantity)) {
            double taken = Math.min(free, use.quantity());
            free -= taken;
            if (use.quantity() - taken <= 0) {
                continue;
            }
            String name = use.onlyTierUsed() ? component : component + ", " + tierName(use, price);
            lines.add(CostLine.of(name, use.quantity() - taken, price.unit(), use.price()));
        }
        return lines;
    }

    /** A single-price line. */
    public static CostLine single(String component, double quantity, Price price) {
        return CostLine.of(component, quantity, price.unit(), price.unitPrice());
    }

    private static String tierName(TierUse use, Price price) {
        double end = price.tiers().get(use.tier()).upTo();
        if (use.tier() == 0) {
            return "first " + Numbers.compact(end) + " " + price.unit();
        }
        if (Double.isInfinite(end)) {
            return "over " + Numbers.compact(use.from()) + " " + price.unit();
        }
        return "next " + Numbers.compact(end - use.from()) + " " + price.unit();
    }
}
