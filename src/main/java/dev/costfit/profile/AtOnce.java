package dev.costfit.profile;

/**
 * Messages one unit of work runs at once: a Lambda invocation whose handler awaits a batch's queued messages
 * together (delivery.batch_handling: concurrent). Their CPU, cpu_time each, shares the invocation's vCPU, so the
 * batch lasts at least their CPU together over it ({@link dev.costfit.model.RequestTime}).
 *
 * @param mean    messages at once in the month's mean batch (1: a request alone)
 * @param busiest messages at once in the busiest hour's batch, which its longest (the timeout) must hold
 */
public record AtOnce(double mean, double busiest) {

    /** A request alone: nothing else runs beside it. */
    public static final AtOnce ONE = new AtOnce(1, 1);
}
