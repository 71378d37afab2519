package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Observability;
import dev.costfit.units.DataSize;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Amazon CloudWatch Logs (glue reference §4): every delivery's log bytes ingested, Lambda's at the tiered price of
 * vended logs (since 2025-05-01), a container's at the custom-log price; stored by the GB-month for the retention.
 * The free 5 GB a month is shared by ingestion and storage (applied with --free-tier, to ingestion first).
 */
final class CloudWatchLogs {

    private CloudWatchLogs() {
    }

    static GlueBill bill(Observability o, Work work, GlueSite site, PricingContext context) {
        if (o.logBytesPerRequest().bytes() <= 0) {
            return GlueBill.NONE;
        }
        Catalog catalog = context.catalog();
        double gb = work.deliveries() * o.logBytesPerRequest().bytes() / DataSize.GIB;
        double free = context.freeTier() ? catalog.freeTier("cloudwatch.logs").value().magnitude() : 0;
        List<CostLine> lines = new ArrayList<>();
        Price ingestion = catalog.price(site.lambda() ? "cloudwatch.logs.vended" : "cloudwatch.logs.ingestion",
                site.region());
        String name = "CloudWatch Logs ingestion" + (site.lambda() ? " (Lambda's, vended)" : "")
                + (free > 0 ? " (after " + Numbers.grouped(free, 0) + " GB free)" : "");
        lines.addAll(CostLines.tieredAfterFree(name, gb, free, ingestion));
        double freeLeft = Math.max(0, free - gb);
        // Steady state: the logs of the last retention_days are stored, compressed: CloudWatch bills the bytes it
        // stores, which AWS's calculator takes at 15% of those ingested (an estimate; counting them uncompressed
        // billed 6.7 times as much, an expert review's finding).
        double share = ((dev.costfit.units.Percent) catalog.estimate("cloudwatch.logs.stored-share").value())
                .fraction();
        double stored = gb * share * o.retentionDays() / Month.DAYS;
        Price storage = catalog.price(PriceKeys.CLOUDWATCH_LOGS_STORAGE, site.region());
        lines.add(CostLines.single("CloudWatch Logs storage (" + o.retentionDays() + " days, compressed to "
                + Numbers.grouped(share * 100, 0) + "% (estimate))", Math.max(0, stored - freeLeft), storage));
        return GlueBill.of(lines);
    }
}
