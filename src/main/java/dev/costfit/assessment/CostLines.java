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
