package dev.costfit.glue;

import dev.costfit.profile.Delivery;

/**
 * Messages Lambda hands one invocation from a queue: what arrives within the batching window, at most the batch
 * size, at least one. With no window Lambda invokes as soon as a receive returns, so one message is counted (at a
 * rate where messages pile up between polls a receive returns more; counting one is the conservative side).
 */
public final class Batching {

    private Batching() {
    }

    public static double messagesPerBatch(Delivery delivery, double ratePerSecond) {
        return Math.min(delivery.batchSize(), Math.max(1, ratePerSecond * delivery.batchWindow().seconds()));
    }
}
