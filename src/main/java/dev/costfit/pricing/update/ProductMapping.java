package dev.costfit.pricing.update;

import dev.costfit.pricing.PriceKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a Price List product into a catalog price by the first rule that claims it: in USD, from its one on-demand
 * term, its tiers contiguous from 0, in the unit the product is published in and with the price digits it
 * publishes (the catalog converts the unit when it reads the overlay). A product no rule claims is not costfit's; a
 * claimed product costfit cannot read exactly is a failure, never a guess.
 */
public final class ProductMapping {

    private final List<PriceRule> rules;

    public ProductMapping(List<PriceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Optional<RefreshedPrice> map(PriceListProduct product, AwsQuery query) {
        String usage = product.attribute("usagetype");
        Optional<PriceRule> claimed = rules.stream().filter(r -> r.claims(product)).findFirst();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        PriceRule rule = claimed.get();
        if (!query.region().equals(product.attribute(rule.regionAttribute()))) {
            // The filters name the region; an answer about another region is not about this one.
            return Optional.empty();
        }
        String where = query.toString();
        String what = rule.key() + " (sku " + product.sku() + ", " + usage + ")";
        if (product.onDemand().isEmpty()) {
            throw new UpdateFailure(where, what + " has no on-demand term, so no list price to take");
        }
        if (product.onDemand().size() > 1) {
            throw new UpdateFailure(where, what + " has " + product.onDemand().size()
                    + " on-demand terms; costfit will not choose between them");
        }
        PriceListProduct.Term term = product.onDemand().get(0);
        List<PriceListProduct.Dimension> dimensions = new ArrayList<>(term.dimensions());
        if (dimensions.isEmpty()) {
            throw new UpdateFailure(where, what + " has no price dimensions");
        }
        dimensions.sort(Comparator.comparingDouble(PriceListProduct.Dimension::beginRange));
        List<RefreshedTier> tiers = new ArrayList<>();
        String unit = null;
        double expectedBegin = 0;
        for (PriceListProduct.Dimension d : dimensions) {
            Optional<String> written = rule.unitFor(d.unit());
            if (written.isEmpty()) {
                throw new UpdateFailure(where, what + " is priced per '" + d.unit() + "', which costfit cannot "
                        + "convert exactly into " + billedUnit(rule) + " (it knows "
                        + String.join(", ", new TreeSet<>(rule.apiUnits().keySet())) + ")");
            }
            if (unit != null && !unit.equals(written.get())) {
                throw new UpdateFailure(where, what + " has tiers in two units (" + unit + " and " + written.get()
                        + "); costfit will not add them up");
            }
            unit = written.get();
            BigDecimal usd = d.pricePerUnit().get("USD");
            if (usd == null) {
                throw new UpdateFailure(where, what + " is priced in " + String.join(", ", d.pricePerUnit().keySet())
                        + ", not USD; costfit's catalog is in USD");
            }
            if (usd.signum() < 0) {
                throw new UpdateFailure(where, what + " has a negative price " + usd.toPlainString());
            }
            if (d.beginRange() != expectedBegin || !(d.endRange() > d.beginRange())) {
                throw new UpdateFailure(where, what + " has tiers that do not follow on from 0 without gaps (a tier "
                        + "from " + bound(d.beginRange()) + " to " + bound(d.endRange()) + " after one that ends at "
                        + bound(expectedBegin) + ")");
            }
            tiers.add(new RefreshedTier(d.endRange(), usd));
            expectedBegin = d.endRange();
        }
        if (!Double.isInfinite(expectedBegin)) {
            throw new UpdateFailure(where, what + " stops at " + bound(expectedBegin) + " " + dimensions.get(0).unit()
                    + "; its last tier must be open-ended");
        }
        String source = "AWS Price List API, sku " + product.sku() + ", effective " + term.effective();
        return Optional.of(new RefreshedPrice(rule.key(), query.region(), rule.description(), unit, tiers,
                term.effective(), source));
    }

    /** The unit costfit bills the rule's key in, as messages name it. */
    private static String billedUnit(PriceRule rule) {
        return PriceKeys.of(rule.key()).map(k -> k.unit()).orElse("the catalog's unit");
    }

    /** A tier bound as a reader writes it: 7,000,000,000, never 7.0E9. */
    static String bound(double value) {
        return Double.isInfinite(value) ? "Inf" : dev.costfit.units.Numbers.grouped(value, 6);
    }
}
