package dev.costfit.pricing;

import dev.costfit.yaml.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One price in one region, with its unit, tiers, effective date and source, as a reader can check it.
 * {@code origin} is where the entry is written, {@code unitOrigin} where its unit is.
 */
public record Price(String key, String region, String description, String unit, List<Tier> tiers,
                    LocalDate effective, String source, boolean estimate, Location origin, Location unitOrigin) {

    /** AWS region codes ("eu-west-2"), whose prices `costfit pricing update` can fetch; Google's have no dash-digit. */
    private static final java.util.regex.Pattern AWS_REGION = java.util.regex.Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");

    public Price {
        tiers = List.copyOf(tiers);
    }

    /**
     * The same price per {@code unit}, of which one of this price's units is {@code perOwnUnit}: a price of
     * $0.000129 per GB-hour is $0.000129 / 3600 per GB-second, and a tier that ends at 10 GB-hours ends at 36,000
     * GB-seconds. The description says what was published.
     */
    Price convertedTo(String unit, double perOwnUnit) {
        if (perOwnUnit == 1 && unit.equals(this.unit)) {
            return this;
        }
        List<Tier> converted = tiers.stream().map(t -> new Tier(t.upTo() * perOwnUnit, t.price() / perOwnUnit))
                .toList();
        String published = "published per " + this.unit + (perOwnUnit == 1 ? "" : ", converted exactly");
        return new Price(key, region, description.isEmpty() ? published : description + " (" + published + ")", unit,
                converted, effective, source, estimate, origin, unitOrigin);
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
        Tier first = tiers.get(0);
        if (quantity > 0 && quantity <= first.upTo()) {
            // All in the first tier, as most quantities are: the one use the loop below would find, without its list.
            return List.of(new TierUse(0, 0, quantity, first.price(), true));
        }
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
                    + dev.costfit.units.Numbers.grouped(quantity, 0) + "; add the next tier with --catalog"
                    + (AWS_REGION.matcher(region).matches() ? " or fetch every tier with `costfit pricing update "
                    + "--region " + region + "`" : ""));
        }
        if (uses.size() == 1 && uses.get(0).tier() == 0) {
            TierUse only = uses.get(0);
            return List.of(new TierUse(0, 0, only.quantity(), only.price(), true));
        }
        return java.util.Collections.unmodifiableList(uses); // the method's own list: no copy needed
    }

    /** Cost of a month's quantity across the tiers. */
    public double cost(double quantity) {
        if (quantity > 0 && tiers.size() == 1 && tiers.get(0).isOpenEnded()) {
            // One open tier: the split's only use, whose sum is itself (DoubleStream.sum of one term is exact).
            return quantity * tiers.get(0).price();
        }
        return split(quantity).stream().mapToDouble(TierUse::cost).sum();
    }
}
