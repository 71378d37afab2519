package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKeys;
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
 *
 * <p>A rule invokes a Lambda function (or one on Lambda Managed Instances) itself, but not a long-running container
 * service: its targets are a function, an ECS RunTask (a task per event), an API destination or an SQS queue
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html). On Fargate and EKS the events go to an
 * SQS queue the workers poll, priced as under trigger: queue ({@link SqsQueue}, whose redrive policy then holds the
 * retries and the dead-letter queue, so the target's own dead-letter line is not added). An API destination behind the
 * load balancer would do too, at $0.20 per million invocations (https://aws.amazon.com/eventbridge/pricing/): the
 * note names it, and only the queue is priced, so the delivery is not counted twice.
 */
final class EventBridgeBus {

    /** What an assessment says where the events reach the containers through a queue. */
    static final String TO_QUEUE = "EventBridge delivers to an SQS queue the service's workers poll (an EventBridge "
            + "rule target); an API destination behind the load balancer is the other way: $0.20 per million";

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
                work.messages() * chunks, catalog.price(PriceKeys.EVENTBRIDGE_EVENTS, site.region())));
        if (d.deadLetterQueue() && site.eventBridgeInvokes()) {
            double sqsChunks = size.increments(catalog.sizeLimit("sqs.chunk"));
            lines.add(CostLines.single("sqs.requests:dead-letter", "SQS dead-letter queue of the target",
                    work.messages() * d.failing().fraction() * sqsChunks, catalog.price(PriceKeys.SQS_REQUESTS,
                            site.region())));
        }
        return GlueBill.of(lines);
    }
}
