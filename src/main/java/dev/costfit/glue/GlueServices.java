package dev.costfit.glue;

import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;

/**
 * The services around the compute that a profile uses, priced on the cloud of the platform assessed: the queue or
 * event bus in front of it, its logs and traces, its secrets. The same on every platform of one cloud, except that
 * Lambda's logs are vended logs, that secrets read per cold start follow the platform's cold starts, and that an
 * event reaches a container service through an SQS queue (see {@link EventBridgeBus}).
 */
public final class GlueServices {

    private GlueServices() {
    }

    public static GlueBill bill(Profile profile, GlueSite site, PricingContext context) {
        Work work = Work.of(profile);
        GlueBill bill = GlueBill.NONE;
        boolean aws = site.cloud() == Cloud.AWS;
        if (profile.trigger() == Trigger.QUEUE) {
            bill = bill.plus(aws ? priced("SQS", site, () -> SqsQueue.bill(profile, work, site, context))
                    : priced("Pub/Sub", site, () -> PubSubTopic.bill(profile, work, site, context)));
        } else if (profile.trigger() == Trigger.EVENT) {
            bill = bill.plus(aws ? priced("EventBridge", site, () -> EventBridgeBus.bill(profile, work, site, context))
                    : GlueBill.of(java.util.List.of(), "the event delivery (Eventarc) is not priced here (no "
                    + "sourced price in the catalog): " + GlueBill.LEFT_OUT));
            if (aws && !site.eventBridgeInvokes()) {
                // A container service is no rule target: the events reach it through a queue (EventBridgeBus).
                bill = bill.plus(priced("SQS", site, () -> SqsQueue.bill(profile, work, site, context)))
                        .plus(GlueBill.of(java.util.List.of(), EventBridgeBus.TO_QUEUE));
            }
        }
        var o = profile.glue().observability();
        if (aws) {
            bill = bill.plus(priced("CloudWatch Logs", site, () -> CloudWatchLogs.bill(o, work, site, context)))
                    .plus(priced("X-Ray", site, () -> XRayTraces.bill(o, work, site,
                            site.lambda() ? Deliveries.messagesPerInvocation(profile, context.catalog()) : 1,
                            context)));
        } else {
            bill = bill.plus(priced("Cloud Logging", site, () -> CloudLogging.bill(o, work, site, context)));
        }
        if (profile.glue().secrets().isPresent()) {
            var s = profile.glue().secrets().get();
            bill = bill.plus(aws ? priced("Secrets Manager", site, () -> SecretStores.secretsManager(s, work, site,
                    context)) : priced("Secret Manager", site, () -> SecretStores.secretManager(s, work, site,
                    context)));
        }
        return bill;
    }

    /**
     * Whether the glue's bill follows the platform's cold starts (secrets read once per cold start): if not, a
     * search that only needs the cost may leave the cold starts unmodelled where they buy nothing.
     */
    public static boolean billsColdStarts(Profile profile) {
        return profile.glue().secrets().filter(s -> s.reads() != dev.costfit.profile.SecretReads.PER_REQUEST)
                .isPresent();
    }

    /**
     * A service whose price the catalog lacks in the region is left out with a note: it is the same on every
     * platform of the cloud, so the comparison still holds, and a missing glue price never makes the compute
     * unpriced.
     */
    private static GlueBill priced(String service, GlueSite site, java.util.function.Supplier<GlueBill> bill) {
        try {
            return bill.get();
        } catch (MissingPriceException e) {
            return GlueBill.of(java.util.List.of(), service + " is not priced in " + site.region() + " ("
                    + e.getMessage() + "): " + GlueBill.LEFT_OUT);
        }
    }
}
