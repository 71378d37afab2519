package dev.costfit.profile;

/**
 * How a Lambda function runs the queued messages of one batch: one after another (a loop over the records, the
 * default), or all at once, awaited together (Promise.all, asyncio.gather), so the batch lasts about its slowest
 * message.
 */
public enum BatchHandling implements Choice {
    SEQUENTIAL, CONCURRENT
}
