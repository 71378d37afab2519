package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.Catalog;
import dev.costfit.units.Numbers;

/**
 * How Lambda scales a function an SQS event source mapping feeds: "up to 300 more instances per minute", up to 1,000
 * concurrent batches (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html). Messages that find
 * no instance wait in the queue, delayed rather than throttled or lost: what a synchronous caller's checks say (a
 * queue in front to absorb a burst) does not apply to a function that already has one.
 */
final class QueueScaling {

    private QueueScaling() {
    }

    /**
     * Batches in flight at the peak against the mapping's 1,000 and the account's quota: over them only at the peak,
     * the backlog waits in the queue (advisory); over them at the mean, it grows without end (a quota to act on).
     */
    static LimitCheck concurrency(LambdaPlatform.Demand demand, double account, Catalog catalog) {
        double mapping = catalog.countLimit("sqs.esm.concurrency.max");
        double most = Math.min(account, mapping);
        boolean meanOver = demand.meanConcurrency() > most;
        return LimitCheck.of(demand.peakConcurrency() <= most, meanOver ? LimitCheck.Severity.QUOTA
                        : LimitCheck.Severity.ADVISORY, "concurrent batches (SQS)",
                () -> Numbers.grouped(demand.peakConcurrency(), 0) + " (" + demand.peakBasis().get() + ")",
                () -> Numbers.grouped(mapping, 0) + " concurrent batches an SQS event source mapping invokes; "
                        + Numbers.grouped(account, 0) + " executions per account and region (default quota)",
                meanOver ? "even the mean is over it, so the backlog grows without end: put more messages in each "
                        + "invocation (delivery.batch_size, batch_window), split the queue across functions, or ask "
                        + "AWS for a concurrency quota increase"
                        : "nothing is lost: at the peak the backlog waits in the queue until batches in flight "
                        + "finish; put more messages in each invocation (delivery.batch_size, batch_window) if the "
                        + "delay matters");
    }

    /** New instances a burst needs against the mapping's 300 a minute: the messages wait in the queue meanwhile. */
    static LimitCheck rate(LambdaPlatform.Demand demand, Catalog catalog) {
        double step = catalog.countLimit("sqs.esm.scaling.per-minute");
        int burst = demand.burstStep();
        double seconds = Math.ceil(burst / step) * 60;
        return LimitCheck.of(burst <= step, LimitCheck.Severity.ADVISORY, "scaling rate (SQS)",
                () -> burst == 0 ? BurstLaunch.none("environments")
                        : Numbers.grouped(burst, 0) + " new environments at once" + (burst > step ? " (about "
                        + Numbers.grouped(seconds, 0) + " s to add them; the messages wait in the queue meanwhile)"
                        : ""),
                () -> "+" + Numbers.grouped(step, 0) + " instances a minute per SQS event source mapping",
                "nothing is lost: the backlog waits in the queue while Lambda adds instances; provisioned "
                        + "concurrency for the base of the burst if the delay matters");
    }
}
