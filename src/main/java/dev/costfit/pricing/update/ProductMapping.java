package dev.costfit.pricing.update;

import dev.costfit.pricing.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a Price List product into a catalog price by the first rule that claims its usage type: in USD, from its
 * one on-demand term, its tiers contiguous from 0 and converted exactly into the catalog's unit. A product no rule
 * claims is not costfit's; a claimed product that cannot be converted exactly is a failure, never a guess.
 */
public final class ProductMapping {

    private final List<PriceRule> rules;

    public ProductMapping(List<PriceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Optional<RefreshedPrice> map(PriceListProduct product, AwsQuery query) {
        String usage = product.attribute("usagetype");
        Optional<PriceRule> claimed = rules.stream().filter(r -> r.matches(product.serviceCode(), usage)).findFirst();
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
        List<Tier> tiers = new ArrayList<>();
        double expectedBegin = 0;
        for (PriceListProduct.Dimension d : dimensions) {
            OptionalDouble factor = rule.factor(d.unit());
            if (factor.isEmpty()) {
                throw new UpdateFailure(where, what + " is priced per '" + d.unit() + "', which costfit cannot "
                        + "convert exactly into " + rule.unit() + " (it knows " + String.join(", ",
                        new java.util.TreeSet<>(rule.apiUnits().keySet())) + ")");
            }
            BigDecimal usd = d.pricePerUnit().get("USD");
            if (usd == null) {
                throw new UpdateFailure(where, what + " is priced in " + String.join(", ", d.pricePerUnit().keySet())
                        + ", not USD; costfit's catalog is in USD");
            }
            if (usd.signum() < 0) {
                throw new UpdateFailure(where, what + " has a negative price " + usd.toPlainString());
            }
            if (d.beginRange() != expectedBegin || !(d.endRange() > d.beginRange())) {
                throw new UpdateFailure(where, what + " has tiers that do not follow on from 0 without gaps ("
                        + d.beginRange() + " to " + d.endRange() + " after " + expectedBegin + ")");
            }
            double f = factor.getAsDouble();
            double price = f == 1 ? usd.doubleValue() : usd.doubleValue() / f;
            tiers.add(new Tier(d.endRange() * f, price));
            expectedBegin = d.endRange();
        }
        if (!Double.isInfinite(expectedBegin)) {
            throw new UpdateFailure(where, what + " stops at " + expectedBegin + " " + dimensions.get(0).unit()
                    + "; its last tier must be open-ended");
        }
        String source = "AWS Price List API, sku " + product.sku() + ", effective " + term.effective();
        return Optional.of(new RefreshedPrice(rule.key(), query.region(), rule.description(), rule.unit(), tiers,
                term.effective(), source));
    }
}
