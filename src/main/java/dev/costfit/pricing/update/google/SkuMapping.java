package dev.costfit.pricing.update.google;

import dev.costfit.pricing.Tier;
import dev.costfit.pricing.update.UpdateFailure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Turns a SKU a rule claims into the catalog's form: in USD, tiers in the catalog's unit, and the free tier apart.
 * The Catalog API writes a free allowance as leading tiers at $0 ("Requests": $0 up to 2,000,000, then $0.0000004);
 * the catalog keeps it in free_tier and starts the tiers at 0 with the first paid rate, each tier still ending where
 * the SKU's next one starts, as the embedded catalog writes the North America egress bands. Tiers must aggregate
 * monthly per billing account, as the catalog's do. Anything costfit cannot convert exactly fails the refresh.
 */
final class SkuMapping {

    /** A claimed SKU in catalog terms: its tiers, the free amount before them (catalog units), its date. */
    record Mapped(SkuRule rule, CatalogSku sku, List<Tier> tiers, double free, LocalDate effective) {

        Mapped {
            tiers = List.copyOf(tiers);
        }

        String source() {
            return "Google Cloud Billing Catalog API, " + sku.name() + ", effective " + effective;
        }
    }

    private SkuMapping() {
    }

    static Mapped map(SkuRule rule, CatalogSku sku, String where) {
        SkuPricing pricing = SkuPricing.of(sku, where);
        String what = rule.key() + " (" + sku.name() + ")";
        OptionalDouble factor = rule.factor(pricing.usageUnit());
        if (factor.isEmpty()) {
            throw new UpdateFailure(where, what + " is priced per '" + pricing.usageUnit() + "', which costfit cannot "
                    + "convert exactly into " + rule.unit() + " (it knows " + String.join(", ",
                    new TreeSet<>(rule.apiUnits().keySet())) + ")");
        }
        double f = factor.getAsDouble();
        List<SkuPricing.Rate> rates = pricing.rates();
        for (SkuPricing.Rate rate : rates) {
            if (!"USD".equals(rate.currency())) {
                throw new UpdateFailure(where, what + " is priced in " + (rate.currency().isEmpty() ? "no currency"
                        : rate.currency()) + ", not USD; costfit's catalog is in USD");
            }
        }
        if (rates.get(0).start().signum() != 0) {
            throw new UpdateFailure(where, what + " has tiers that start at " + rates.get(0).start().toPlainString()
                    + ", not 0");
        }
        int firstPaid = 0;
        while (firstPaid < rates.size() && rates.get(firstPaid).price().signum() == 0) {
            firstPaid++;
        }
        if (firstPaid == rates.size()) {
            // Free whatever the volume: a price of 0, no allowance.
            return new Mapped(rule, sku, List.of(new Tier(Double.POSITIVE_INFINITY, 0)), 0, pricing.effective());
        }
        if (rates.size() - firstPaid > 1 && !(pricing.aggregationLevel().equals("ACCOUNT")
                && pricing.aggregationInterval().equals("MONTHLY"))) {
            throw new UpdateFailure(where, what + " has tiers that aggregate per " + pricing.aggregationLevel() + " "
                    + pricing.aggregationInterval() + "; costfit's tiers are monthly per billing account");
        }
        double free = rates.get(firstPaid).start().doubleValue() * f;
        List<Tier> tiers = new ArrayList<>();
        for (int i = firstPaid; i < rates.size(); i++) {
            BigDecimal price = rates.get(i).price();
            double upTo = i + 1 < rates.size() ? rates.get(i + 1).start().doubleValue() * f : Double.POSITIVE_INFINITY;
            if (i + 1 < rates.size() && !(rates.get(i + 1).start().compareTo(rates.get(i).start()) > 0)) {
                throw new UpdateFailure(where, what + " has two tiers starting at " + rates.get(i).start());
            }
            tiers.add(new Tier(upTo, f == 1 ? price.doubleValue() : price.doubleValue() / f));
        }
        return new Mapped(rule, sku, tiers, free, pricing.effective());
    }
}
