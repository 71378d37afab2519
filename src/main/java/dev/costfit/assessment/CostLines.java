package dev.costfit.assessment;

import dev.costfit.pricing.Price;
import dev.costfit.pricing.TierUse;
import dev.costfit.units.CompensatedSum;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Builds cost lines from catalog prices, one line per volume tier a quantity reaches. */
public final class CostLines {

    private CostLines() {
    }

    /** Lines for {@code quantity} units of {@code price}; tier names ("first 6B GB-second") only when tiers are crossed. */
    public static List<CostLine> tiered(String component, double quantity, Price price) {
        return tiered(price.key(), component, quantity, price);
    }

    /** As above, with a component written only when a report reads it (one that carries figures). */
    public static List<CostLine> tiered(Supplier<String> component, double quantity, Price price) {
        return tiered(price.key(), component, quantity, price);
    }

    /** The same, keyed {@code key} (with /tier-N after the first tier) rather than by the price's key. */
    public static List<CostLine> tiered(String key, String component, double quantity, Price price) {
        return tiered(key, () -> component, quantity, price);
    }

    /** The same, with a component written only when a report reads it. */
    public static List<CostLine> tiered(String key, Supplier<String> component, double quantity, Price price) {
        List<CostLine> lines = new ArrayList<>();
        if (quantity <= 0) {
            return lines;
        }
        List<TierUse> uses = price.split(quantity);
        for (int i = 0; i < uses.size(); i++) { // by index: every cost line of every assessment passes here
            TierUse use = uses.get(i);
            lines.add(CostLine.of(tierKey(key, use), name(component, use, price), use.quantity(), price.unit(),
                    use.price()));
        }
        return lines;
    }

    /** A tier's line is named by its component, and by the tier where the quantity crosses tiers. */
    private static Supplier<String> name(Supplier<String> component, TierUse use, Price price) {
        return use.onlyTierUsed() ? component : () -> component.get() + ", " + tierName(use, price);
    }

    /** The key of the line of one tier: the price's own for the first, then /tier-2, /tier-3, … */
    private static String tierKey(String key, TierUse use) {
        if (use.tier() == 0) {
            return key; // the price's own: not a copy a line per assessment
        }
        int colon = key.indexOf(':');
        String tier = "/tier-" + (use.tier() + 1);
        return colon < 0 ? key + tier : key.substring(0, colon) + tier + key.substring(colon);
    }

    /**
     * Lines for {@code quantity} units of a tiered price whose first {@code freeFirst} units of the month cost
     * nothing (a free allowance that is the start of the first tier, as Google's first GiB of egress is): the tiers
     * count from the month's first unit, and the free units come off the front.
     */
    public static List<CostLine> tieredAfterFree(String component, double quantity, double freeFirst, Price price) {
        return tieredAfterFree(() -> component, quantity, freeFirst, price);
    }

    /** The same, with a component written only when a report reads it. */
    public static List<CostLine> tieredAfterFree(Supplier<String> component, double quantity, double freeFirst,
                                                 Price price) {
        List<CostLine> lines = new ArrayList<>();
        if (quantity <= 0) {
            return lines;
        }
        double free = Math.max(0, Math.min(freeFirst, quantity));
        List<TierUse> uses = price.split(quantity);
        for (int i = 0; i < uses.size(); i++) {
            TierUse use = uses.get(i);
            double taken = Math.min(free, use.quantity());
            free -= taken;
            if (use.quantity() - taken <= 0) {
                continue;
            }
            lines.add(CostLine.of(tierKey(price.key(), use), name(component, use, price), use.quantity() - taken,
                    price.unit(), use.price()));
        }
        return lines;
    }

    /**
     * The lines' monthly cost, summed as {@code DoubleStream.sum} sums it (compensated, term by term: the same
     * figure to the bit) without a stream's set-up, which a search pays for every setting it bounds.
     */
    public static double total(List<CostLine> lines) {
        CompensatedSum sum = new CompensatedSum();
        // By index: under the launcher's inlining limits a for-each kept its iterator (0.5% of a portfolio's samples).
        for (int i = 0; i < lines.size(); i++) {
            sum.add(lines.get(i).monthlyCost());
        }
        return sum.value();
    }

    /** A single-price line, keyed by its price. */
    public static CostLine single(String component, double quantity, Price price) {
        return single(price.key(), component, quantity, price);
    }

    /** As above, with a component written only when a report reads it (one that carries figures). */
    public static CostLine single(Supplier<String> component, double quantity, Price price) {
        return single(price.key(), component, quantity, price);
    }

    /** A single-price line with its own key (one price that bills two things: vpc.public-ipv4:nodes). */
    public static CostLine single(String key, String component, double quantity, Price price) {
        return CostLine.of(key, component, quantity, price.unit(), price.unitPrice());
    }

    /** As above, with a component written only when a report reads it. */
    public static CostLine single(String key, Supplier<String> component, double quantity, Price price) {
        return CostLine.of(key, component, quantity, price.unit(), price.unitPrice());
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
