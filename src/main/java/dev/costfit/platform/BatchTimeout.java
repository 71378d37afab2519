package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.glue.Deliveries;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Profile;
import dev.costfit.units.TimeSpan;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Lambda's 15 minutes hold a batch of queued messages, not one message: where a message fits and its busiest batch
 * does not, the fix is a smaller delivery.batch_size, not steps or containers (which the timeout check offers for a
 * request that is itself too long).
 */
final class BatchTimeout {

    private BatchTimeout() {
    }

    /** {@code own}, Lambda's assessment of {@code whole} in batches: a failed timeout reworded where less fits. */
    static Assessment reworded(Assessment own, Profile whole, Catalog catalog) {
        OptionalInt fits = Deliveries.largestBatchWithin(whole, catalog.durationLimit("lambda.timeout"));
        if (fits.isEmpty() || own.limits().stream().noneMatch(l -> l.limit().equals("timeout") && !l.ok())) {
            return own;
        }
        int n = fits.getAsInt();
        TimeSpan limit = catalog.durationLimit("lambda.timeout");
        // Where no max bounds the messages, a batch's tail is its messages' (Deliveries.batchTimeout): the text
        // says the timeout a batch of n needs and how many such batches run past the 15 minutes.
        Optional<String> tail = Deliveries.batchOf(whole, n).map(r -> "lower delivery.batch_size to " + n
                + " or fewer: a batch of " + n + " needs a timeout of "
                + TimeSpan.ofSeconds(Deliveries.batchTimeout(whole, n)).display() + ", within Lambda's "
                + limit.display() + " (no max is stated, and " + r.beyond(limit.seconds()) + ")");
        String text = tail.orElseGet(() -> Deliveries.concurrent(whole) ? "lower delivery.batch_size to " + n
                + " or fewer: the slowest of a batch of " + n + " run at once then ends within Lambda's 15 minutes"
                : "lower delivery.batch_size to " + n + " or fewer: a batch of " + n + " runs at most the "
                + whole.serviceTimeout().display() + " timeout plus " + (n - 1) + " × the "
                + whole.meanDuration().display() + " mean, within Lambda's 15 minutes");
        return own.withLimits(l -> l.limit().equals("timeout") && !l.ok() ? l.withWorkaround(() -> text) : l);
    }
}
