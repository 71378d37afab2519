package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Delivery;
import dev.costfit.profile.Profile;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Amazon EventBridge in front of the compute (glue reference §3): each custom event published, each 64 KB chunk of
 * it another event; rules and same-account delivery cost nothing. A dead-letter queue on the target is an SQS queue:
 * each event that fails every attempt is one SendMessage per chunk.
 */
final class EventBridgeBus {

    private EventBridgeBus() {
    }

    static GlueBill bill(Profile profile, Work work, GlueSite site, PricingContext context) {
        Catalog catalog = context.catalog();
        Delivery d = profile.glue().delivery();
        DataSize size = profile.payload().request();
        double chunks = size.increments(catalog.sizeLimit("eventbridge.chunk"));
        List<CostLine> lines = new ArrayList<>();
        lines.add(CostLines.single("EventBridge custom events" + (chunks > 1 ? " (" + Numbers.grouped(chunks, 0)
                + " 64 KB chunks each)" : ""),
                work.messages() * chunks, catalog.price("eventbridge.events", site.region())));
        if (d.deadLetterQueue()) {
            double sqsChunks = size.increments(catalog.sizeLimit("sqs.chunk"));
            lines.add(CostLines.single("sqs.requests:dead-letter", "SQS dead-letter queue of the target",
                    work.messages() * d.failing().fraction() * sqsChunks, catalog.price("sqs.requests",
                            site.region())));
        }
        return GlueBill.of(lines);
    }
}
