package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Delivery;
import dev.costfit.profile.Profile;
import dev.costfit.units.DataSize;
import java.util.ArrayList;
import java.util.List;

/**
 * A Google Pub/Sub topic and push subscription in front of Cloud Functions (https://cloud.google.com/pubsub/pricing):
 * $40 per TiB of throughput, counting the publish and every delivery, each at least 1,000 bytes; a dead-letter topic
 * is one more publish of each message that failed every attempt. The first 10 GiB a month are free (--free-tier).
 */
final class PubSubTopic {

    private PubSubTopic() {
    }

    static GlueBill bill(Profile profile, Work work, GlueSite site, PricingContext context) {
        Catalog catalog = context.catalog();
        Delivery d = profile.glue().delivery();
        double bytes = Math.max(catalog.sizeLimit("pubsub.request.min").bytes(), profile.payload().request().bytes());
        List<CostLine> lines = new ArrayList<>();
        lines.add(CostLines.single("pubsub.throughput", "Pub/Sub throughput (publish and delivery)",
                (work.messages() + work.deliveries()) * bytes / DataSize.GIB, catalog.price(PriceKeys.PUBSUB_THROUGHPUT,
                        site.region())));
        if (d.deadLetterQueue()) {
            lines.add(CostLines.single("pubsub.throughput:dead-letter", "Pub/Sub dead-letter topic",
                    work.messages() * d.failing().fraction() * bytes / DataSize.GIB,
                    catalog.price(PriceKeys.PUBSUB_THROUGHPUT, site.region())));
        }
        double free = context.freeTier() ? catalog.freeTier("pubsub.throughput").value().magnitude() : 0;
        return GlueBill.of(FreeAllowance.apply(lines, free));
    }
}
