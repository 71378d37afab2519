package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Observability;
import dev.costfit.units.DataSize;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Google Cloud Logging (https://cloud.google.com/stackdriver/pricing): $0.50 per GiB streamed into log storage,
 * which includes 30 days of retention; retention beyond them by the GiB-month. The first 50 GiB of a project's month
 * are free (applied with --free-tier). Cloud Trace is not priced here.
 */
final class CloudLogging {

    private static final double INCLUDED_DAYS = 30;

    private CloudLogging() {
    }

    static GlueBill bill(Observability o, Work work, GlueSite site, PricingContext context) {
        List<String> notes = new ArrayList<>();
        if (o.tracing()) {
            notes.add("Cloud Trace is not priced here (no sourced price in the catalog): tracing on Google is left "
                    + "out of this total");
        }
        if (o.logBytesPerRequest().bytes() <= 0) {
            return new GlueBill(List.of(), List.of(), notes);
        }
        Catalog catalog = context.catalog();
        double gb = work.deliveries() * o.logBytesPerRequest().bytes() / DataSize.GIB;
        double free = context.freeTier() ? catalog.freeTier("logging.ingestion").value().magnitude() : 0;
        List<CostLine> lines = new ArrayList<>(CostLines.tieredAfterFree("Cloud Logging ingestion"
                + (free > 0 ? " (after " + Numbers.grouped(free, 0) + " GiB free)" : ""), gb, free,
                catalog.price(PriceKeys.LOGGING_INGESTION, site.region())));
        double beyond = o.retentionDays() - INCLUDED_DAYS;
        if (beyond > 0) {
            lines.add(CostLines.single("Cloud Logging retention beyond 30 days",
                    gb * beyond / Month.DAYS, catalog.price(PriceKeys.LOGGING_RETENTION, site.region())));
        }
        return new GlueBill(lines, List.of(), notes);
    }
}
