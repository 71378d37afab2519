package dev.costfit.pricing;

import dev.costfit.yaml.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One price in one region, with its unit, tiers, effective date and source, as a reader can check it. */
public record Price(String key, String region, String description, String unit, List<Tier> tiers,
                    LocalDate effective, String source, boolean estimate, Location origin) {

    public Price {
        tiers = List.copyOf(tiers);
    }

    /** The price of one unit; for tiered prices, the first tier's. */
    public double unitPrice() {
        return tiers.get(0).price();
    }

    public boolean isTiered() {
        return tiers.size() > 1 || !tiers.get(0).isOpenEnded();
    }

    /**
     * Splits a month's quantity over the tiers. A quantity beyond the last tier the catalog knows is a missing
     * price, never an extrapolation.
     */
    public List<TierUse> split(double quantity) {
        List<TierUse> uses = new ArrayList<>();
        double from = 0;
        for (int i = 0; i < tiers.size() && from < quantity; i++) {
            Tier tier = tiers.get(i);
            double inTier = Math.min(quantity, tier.upTo()) - from;
            if (inTier > 0) {
                uses.add(new TierUse(i, from, inTier, tier.price(), false));
            }
            from = tier.upTo();
        }
        if (quantity > from) {
            throw new MissingPriceException("the catalog's " + key + " price for " + region + " stops at "
                    + dev.costfit.units.Numbers.grouped(from, 0) + " " + unit + " a month and this workload needs "
                    + dev.costfit.units.Numbers.grouped(quantity, 0) + "; add the next tier with --catalog");
        }
        if (uses.size() == 1 && uses.get(0).tier() == 0) {
            TierUse only = uses.get(0);
            return List.of(new TierUse(0, 0, only.quantity(), only.price(), true));
        }
        return List.copyOf(uses);
    }

    /** Cost of a month's quantity across the tiers. */
    public double cost(double quantity) {
        return split(quantity).stream().mapToDouble(TierUse::cost).sum();
    }
}
