package dev.costfit.profile;

import dev.costfit.units.Percent;
import dev.costfit.units.TimeSpan;
import java.util.OptionalInt;

/**
 * How queued messages or events reach the compute: messages per Lambda invocation (at most {@code batchSize},
 * gathered for up to {@code batchWindow}), the attempts a failing message gets ({@code attempts}, empty for one
 * attempt: nothing fails, or nothing is retried), the share of messages that fail every attempt, and whether what
 * fails every attempt moves to a dead-letter queue ({@code deadLetterQueue}: a redrive policy the profile states
 * with {@code attempts}; an event's default retries, Lambda's asynchronous ones, have none), and how the function
 * runs a batch's messages ({@code batchHandling}: one after another unless the profile says at once).
 */
public record Delivery(int batchSize, TimeSpan batchWindow, OptionalInt attempts, Percent failing,
                       boolean deadLetterQueue, BatchHandling batchHandling) {

    /** A delivery whose attempts, when stated, configure a dead-letter queue (a redrive policy). */
    public Delivery(int batchSize, TimeSpan batchWindow, OptionalInt attempts, Percent failing) {
        this(batchSize, batchWindow, attempts, failing, attempts.isPresent());
    }

    /** A delivery that runs a batch's messages one after another (the default). */
    public Delivery(int batchSize, TimeSpan batchWindow, OptionalInt attempts, Percent failing,
                    boolean deadLetterQueue) {
        this(batchSize, batchWindow, attempts, failing, deadLetterQueue, BatchHandling.SEQUENTIAL);
    }

    /** Deliveries per message: the first, plus a retry for each further attempt of the failing share. */
    public double deliveriesPerMessage() {
        return 1 + failing.fraction() * (attempts.orElse(1) - 1);
    }

    /** The same delivery tried once: nothing is retried, nothing moves to a dead-letter queue. */
    public Delivery withoutRetries() {
        return new Delivery(batchSize, batchWindow, OptionalInt.empty(), failing, false, batchHandling);
    }

    /** The same delivery with {@code other} attempts (a service's own bounds on them: Pub/Sub's 5 to 100). */
    public Delivery withAttempts(int other) {
        return new Delivery(batchSize, batchWindow, OptionalInt.of(other), failing, deadLetterQueue, batchHandling);
    }
}
