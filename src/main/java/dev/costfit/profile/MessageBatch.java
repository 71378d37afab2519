package dev.costfit.profile;

import dev.costfit.units.TimeSpan;

/**
 * A unit of work that is a batch of queued messages (Lambda's SQS event source), where no max bounds a message: the
 * batch's durations are then those of its messages, each spread as the log-normal fitted to the stated durations,
 * summed where the handler runs them one after another and the slowest of them where it runs them at once
 * (dev.costfit.model.BatchTail). A stated max, or a mean alone, bounds a batch without this: its longest is the
 * DurationProfile's max.
 *
 * @param messages    messages in the busiest hour's batch, which the timeout and Lambda's 15 minutes must hold
 * @param atOnce      whether the handler awaits them together (delivery.batch_handling: concurrent)
 * @param perMessage  the batch's mean over one message's mean: the mean batch's messages one after another, or the
 *                    expected slowest of them at once
 * @param sigma       the σ of the log-normal fitted to one message's stated durations
 * @param held        the share of the busiest batches the function's timeout may leave running past it: as many as
 *                    the messages' own timeout leaves of them by that log-normal, at least 0.1% (LongestRequest's
 *                    NEGLIGIBLE); a batch of one is then held as the message is
 * @param longest     the busiest batch's duration at the level of the message's longest stated figure (its p99 where
 *                    the message states a p99), by that model
 * @param longestName which figure that is: "p99", "p95" or "mean"
 */
public record MessageBatch(double messages, boolean atOnce, double perMessage, double sigma, double held,
                           TimeSpan longest, String longestName) {
}
