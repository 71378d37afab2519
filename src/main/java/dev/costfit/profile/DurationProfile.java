package dev.costfit.profile;

import dev.costfit.units.TimeSpan;
import java.util.Optional;

/**
 * Wall time of one request: the mean, which bills, and the percentiles a profile states, which size limits and, where
 * each request bills its own time rounded up, spread the durations that are rounded (BilledDuration). A batch of
 * queued messages run at once also says how many ({@code atOnce}): their CPU together holds it at least that long.
 * A batch whose messages no max bounds carries their tail ({@code batch}): its longest is then the busiest batch's,
 * by the messages' model, not a percentile of the batch's own.
 */
public record DurationProfile(TimeSpan mean, Optional<TimeSpan> p50, Optional<TimeSpan> p95,
                              Optional<TimeSpan> p99, Optional<TimeSpan> max, AtOnce atOnce,
                              Optional<MessageBatch> batch) {

    /** One request's durations, nothing run beside it. */
    public DurationProfile(TimeSpan mean, Optional<TimeSpan> p50, Optional<TimeSpan> p95, Optional<TimeSpan> p99,
                           Optional<TimeSpan> max) {
        this(mean, p50, p95, p99, max, AtOnce.ONE);
    }

    /** A unit of work whose longest its stated figures give (a max bounds it, or its mean alone). */
    public DurationProfile(TimeSpan mean, Optional<TimeSpan> p50, Optional<TimeSpan> p95, Optional<TimeSpan> p99,
                           Optional<TimeSpan> max, AtOnce atOnce) {
        this(mean, p50, p95, p99, max, atOnce, Optional.empty());
    }

    public static DurationProfile ofMean(TimeSpan mean) {
        return new DurationProfile(mean, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The longest a request is stated to take: max, else p99, else p95, else the mean; for a batch its messages' tail
     * spreads, the busiest batch's at that level ({@link MessageBatch#longest}).
     */
    public TimeSpan longest() {
        return max.or(() -> batch.map(MessageBatch::longest)).or(() -> p99).or(() -> p95).orElse(mean);
    }

    /** Which statistic {@link #longest()} is, for messages. */
    public String longestName() {
        return max.isPresent() ? "max" : batch.isPresent() ? batch.get().longestName() : p99.isPresent() ? "p99"
                : p95.isPresent() ? "p95" : "mean";
    }
}
