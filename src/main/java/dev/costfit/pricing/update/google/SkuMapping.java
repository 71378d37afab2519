package dev.costfit.pricing.update.google;

import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.update.RefreshedTier;
import dev.costfit.pricing.update.UpdateFailure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a SKU a rule claims into the catalog's form: in USD, tiers in the unit the SKU is priced in, with the price
 * digits it publishes, and the free tier apart. The Catalog API writes a free allowance as leading tiers at $0
 * ("Requests": $0 up to 2,000,000, then $0.0000004); the catalog keeps it in free_tier and starts the tiers at 0
 * with the first paid rate, each tier still ending where the SKU's next one starts, as the embedded catalog writes
 * the North America egress bands. Tiers must aggregate monthly per billing account, as the catalog's do. Anything
 * costfit cannot read exactly fails the refresh.
 */
final class SkuMapping {

    /**
     * A claimed SKU in catalog terms: its unit and tiers as published, the free amount before them (in that unit),
     * its date.
     */
    record Mapped(SkuRule rule, CatalogSku sku, String unit, List<RefreshedTier> tiers, double free,
                  LocalDate effective) {

        Mapped {
            tiers = List.copyOf(tiers);
        }

        String source() {
            return "Google Cloud Billing Catalog API, " + sku.name() + ", effective " + effective;
        }

        /** The free amount in the unit the catalog bills the key in (its free_tier's unit). */
        double freeInBilledUnit() {
            return free * PriceKeys.of(rule.key()).flatMap(k -> {
                java.util.OptionalDouble f = k.unitsIn(unit);
                return f.isPresent() ? Optional.of(f.getAsDouble()) : Optional.empty();
            }).orElse(1.0);
        }
    }

    private SkuMapping() {
    }

    static Mapped map(SkuRule rule, CatalogSku sku, String where) {
        SkuPricing pricing = SkuPricing.of(sku, where);
        String what = rule.key() + " (" + sku.name() + ")";
        Optional<String> unit = rule.unitFor(pricing.usageUnit());
        if (unit.isEmpty()) {
            throw new UpdateFailure(where, what + " is priced per '" + pricing.usageUnit() + "', which costfit cannot "
                    + "convert exactly into " + PriceKeys.of(rule.key()).map(k -> k.unit()).orElse("its unit")
                    + " (it knows " + String.join(", ", new TreeSet<>(rule.apiUnits().keySet())) + ")");
        }
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
            // Free whatever the volume: a price of 0, no allowance (refused for a billed key by the refresh).
            return new Mapped(rule, sku, unit.get(), List.of(new RefreshedTier(Double.POSITIVE_INFINITY,
                    BigDecimal.ZERO)), 0, pricing.effective());
        }
        if (rates.size() - firstPaid > 1 && !(pricing.aggregationLevel().equals("ACCOUNT")
                && pricing.aggregationInterval().equals("MONTHLY"))) {
            throw new UpdateFailure(where, what + " has tiers that aggregate per " + pricing.aggregationLevel() + " "
                    + pricing.aggregationInterval() + "; costfit's tiers are monthly per billing account");
        }
        double free = rates.get(firstPaid).start().doubleValue();
        List<RefreshedTier> tiers = new ArrayList<>();
        for (int i = firstPaid; i < rates.size(); i++) {
            double upTo = i + 1 < rates.size() ? rates.get(i + 1).start().doubleValue() : Double.POSITIVE_INFINITY;
            if (i + 1 < rates.size() && !(rates.get(i + 1).start().compareTo(rates.get(i).start()) > 0)) {
                throw new UpdateFailure(where, what + " has two tiers starting at " + rates.get(i).start());
            }
            tiers.add(new RefreshedTier(upTo, rates.get(i).price()));
        }
        return new Mapped(rule, sku, unit.get(), tiers, free, pricing.effective());
    }
}
