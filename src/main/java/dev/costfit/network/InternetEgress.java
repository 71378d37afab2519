package dev.costfit.network;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.PricingContext;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.units.Numbers;
import java.util.List;

/** Data transfer out to the internet (pricing-reference.md §6.7): tiered per GB, 100 GB free with --free-tier. */
public final class InternetEgress {

    private InternetEgress() {
    }

    public static List<CostLine> lines(NetworkTraffic traffic, String region, PricingContext context) {
        double gb = traffic.egressGb();
        if (gb <= 0) {
            return List.of();
        }
        Catalog catalog = context.catalog();
        Price price = catalog.price(PriceKeys.INTERNET_EGRESS, region);
        double free = context.freeTier() ? catalog.freeTier("egress.internet").value().magnitude() : 0;
        return CostLines.tiered(() -> "Data transfer out to the internet" + (free > 0 ? " (after "
                + Numbers.grouped(free, 0) + " GB free)" : ""), Math.max(0, gb - free), price);
    }
}
