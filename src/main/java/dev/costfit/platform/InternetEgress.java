package dev.costfit.platform;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Price;
import dev.costfit.units.Numbers;
import java.util.List;

/** Data transfer out to the internet (pricing-reference.md §6.7): tiered per GB, 100 GB free with --free-tier. */
final class InternetEgress {

    private InternetEgress() {
    }

    static List<CostLine> lines(NetworkTraffic traffic, String region, PricingContext context) {
        double gb = traffic.egressGb();
        if (gb <= 0) {
            return List.of();
        }
        Catalog catalog = context.catalog();
        Price price = catalog.price("egress.internet", region);
        double free = context.freeTier() ? catalog.freeTier("egress.internet").value().magnitude() : 0;
        String name = "Data transfer out to the internet" + (free > 0 ? " (after " + Numbers.grouped(free, 0)
                + " GB free)" : "");
        return CostLines.tiered(name, Math.max(0, gb - free), price);
    }
}
