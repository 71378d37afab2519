package dev.costfit.profile;

import dev.costfit.units.Percent;
import dev.costfit.units.TimeSpan;
import java.util.OptionalInt;

/**
 * How queued messages or events reach the compute: messages per Lambda invocation (at most {@code batchSize},
 * gathered for up to {@code batchWindow}), the attempts a failing message gets before it moves to a dead-letter
 * queue ({@code attempts}, empty when no redrive is configured), and the share of messages that fail every attempt.
 */
public record Delivery(int batchSize, TimeSpan batchWindow, OptionalInt attempts, Percent failing) {

    /** Deliveries per message: the first, plus a retry for each further attempt of the failing share. */
    public double deliveriesPerMessage() {
        return 1 + failing.fraction() * (attempts.orElse(1) - 1);
    }

    /** Whether a dead-letter queue receives what fails every attempt (a redrive policy is configured). */
    public boolean deadLetterQueue() {
        return attempts.isPresent();
    }
}
