package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Delivery;
import dev.costfit.profile.Profile;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * An Amazon SQS standard queue in front of the compute (glue reference §2), or behind an EventBridge rule in front of
 * a container service ({@link EventBridgeBus}): every API action is a request and each
 * 64 KB chunk of its payload another — the producer's SendMessage per message, the consumer's ReceiveMessage per
 * batch (up to 10 messages) and DeleteMessageBatch per batch, the empty receives of the long-polling consumers while
 * nothing arrives, each retry's receive, and the move of a message that failed every attempt into the dead-letter
 * queue. The first 1M requests a month are free (with --free-tier).
 */
final class SqsQueue {

    private SqsQueue() {
    }

    static GlueBill bill(Profile profile, Work work, GlueSite site, PricingContext context) {
        Catalog catalog = context.catalog();
        Delivery d = profile.glue().delivery();
        DataSize chunk = catalog.sizeLimit("sqs.chunk");
        DataSize size = profile.payload().request();
        double chunks = size.increments(chunk);
        double perReceive = catalog.countLimit("sqs.receive.max-messages");
        double retriesPerMessage = work.messages() > 0 ? work.deliveries() / work.messages() : 1;

        double receives = work.monthly(rate -> {
            double m = Math.min(perReceive, Batching.messagesPerBatch(d, rate));
            return rate * retriesPerMessage / m * new DataSize(m * size.bytes()).increments(chunk);
        });
        double deletes = work.monthly(rate -> rate * (1 - d.failing().fraction())
                / Math.min(perReceive, Batching.messagesPerBatch(d, rate)));
        // Each idle poller's long poll returns empty when no message reaches it within the wait: with P pollers
        // sharing a Poisson stream of rate λ, a poll of W seconds is empty with probability exp(-λW/P).
        double pollers = catalog.countLimit("sqs.pollers");
        double wait = catalog.durationLimit("sqs.long-poll.wait").seconds();
        double empty = work.monthly(rate -> pollers / wait * Math.exp(-rate * wait / pollers));

        Price price = catalog.price(PriceKeys.SQS_REQUESTS, site.region());
        List<CostLine> lines = new ArrayList<>();
        // Component names stay short (they repeat on every AWS platform); the rules are in this class's comment.
        lines.add(CostLines.single("sqs.requests:send", "SQS SendMessage" + (chunks > 1 ? " (" + Numbers.grouped(
                chunks, 0) + " 64 KB chunks each)" : ""), work.messages() * chunks, price));
        lines.add(CostLines.single("sqs.requests:consume", "SQS ReceiveMessage and DeleteMessageBatch",
                receives + deletes, price));
        lines.add(CostLines.single("sqs.requests:empty-receive", "SQS empty receives (idle long polls)", empty,
                price));
        if (d.deadLetterQueue()) {
            double dead = work.messages() * d.failing().fraction();
            lines.add(CostLines.single("sqs.requests:dead-letter", "SQS dead-letter queue", dead * chunks, price));
        }
        double total = lines.stream().mapToDouble(CostLine::quantity).sum();
        price.cost(total); // volume beyond the catalog's tiers is a missing price, not the first tier's
        double free = context.freeTier() ? catalog.freeTier("sqs.requests").value().magnitude() : 0;
        return GlueBill.of(FreeAllowance.apply(lines, free));
    }
}
