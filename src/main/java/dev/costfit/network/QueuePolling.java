package dev.costfit.network;

import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;

/**
 * The SQS API calls a consumer makes itself to take its work off a queue: ReceiveMessage long polls,
 * DeleteMessageBatch, ChangeMessageVisibility. A container service (Fargate, EKS) polls its queue — and the queue
 * EventBridge delivers its events to, as a container service is no rule target (GlueServices) — so from private
 * subnets the calls reach SQS's public endpoint through a NAT gateway. A Lambda function does not: its event source
 * mapping polls on the service side, and an EventBridge rule invokes it.
 *
 * @param polls      whether the consumer polls SQS itself
 * @param bodyBytes  bytes received per unit of work (each delivery: a retry is one of its own, as the profile the
 *                   platforms see has its retries added to the rate): the message body (payload.request), whatever
 *                   the batch, as a receive of n messages returns n bodies. The calls' own request and response
 *                   bytes (headers, receipt handles, attributes) and the empty receives' are left out: neither
 *                   reference gives a figure for them (pricing-reference.md §6.8, glue-and-discounts-reference.md
 *                   §2)
 */
public record QueuePolling(boolean polls, double bodyBytes) {

    /** No SQS calls of its own: a function, or a workload nothing feeds through a queue. */
    public static final QueuePolling NONE = new QueuePolling(false, 0);

    /**
     * A container service's polling: queued messages (trigger: queue) and events (trigger: event, through the SQS
     * queue they are delivered to); a scheduled job polls nothing.
     */
    public static QueuePolling ofContainers(Profile profile) {
        if (profile.trigger() != Trigger.QUEUE && profile.trigger() != Trigger.EVENT) {
            return NONE;
        }
        return new QueuePolling(true, profile.payload().request().bytes());
    }
}
