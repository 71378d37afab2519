package dev.costfit.model;

import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.MessageBatch;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.Optional;

/**
 * The longest a service's requests run, as far as its stated durations vouch for it. A stated max bounds every
 * request, and where the profile states only the mean, costfit takes every request to last the mean
 * ({@link BilledDuration#AT_THE_MEAN}): either is the longest request. A p99 or a p95 is not: by the log-normal costfit
 * fits to the stated durations ({@link BilledDuration#of}, its mean the stated mean: D = m·e^(σZ − σ²/2)) a share of
 * the requests, P(D &gt; t) = Q((ln(t/m) + σ²/2)/σ), runs past any time t. A limit set just above a p95 stops some of
 * them (an expert review's finding: mean 8 min, p50 7 min and p95 14 min were told to "lower the timeout to 15 min",
 * where σ = ln(14/7)/1.645 = 0.421 puts 4.4% of the requests past 15 minutes).
 *
 * <p>A batch of queued messages whose messages no max bounds ({@link MessageBatch}) is the unit of work on Lambda:
 * its share past a limit is its busiest batch's by its messages' log-normal ({@link BatchTail}: their sum, or their
 * slowest where they run at once), not a log-normal fitted to the batch's own figures.
 *
 * @param seconds the longest figure stated (max, p99, p95 or the mean), at the setting read; a batch's, its busiest
 *                batch's at that level
 * @param name    which figure it is: "max", "p99", "p95" or "mean"
 * @param mean    the mean at the setting read (of the month's mean batch, for a batch)
 * @param sigma   the fitted log-normal's σ (one message's, for a batch); 0 where every request lasts the mean
 * @param batch   the batch the unit of work is, where its messages' tail decides its own; empty for a request
 */
public record LongestRequest(double seconds, String name, double mean, double sigma, Optional<MessageBatch> batch) {

    /** A request's (or a unit of work's that no batch tail spreads). */
    public LongestRequest(double seconds, String name, double mean, double sigma) {
        this(seconds, name, mean, sigma, Optional.empty());
    }

    /**
     * The share of requests past a limit taken as none. A request past a timeout or an idle timeout fails (Lambda stops
     * it, billed to the limit; a load balancer closes its connection): above 0.1% that alone would spend the whole
     * error budget of a 99.9% availability objective, so a limit that cuts more is no safe setting.
     */
    public static final double NEGLIGIBLE = 0.001;

    /** The stated durations, at the setting they were stated for. */
    public static LongestRequest of(DurationProfile durations) {
        if (durations.batch().isPresent()) {
            MessageBatch batch = durations.batch().get();
            return new LongestRequest(durations.longest().seconds(), durations.longestName(),
                    durations.mean().seconds(), batch.sigma(), durations.batch());
        }
        return new LongestRequest(durations.longest().seconds(), durations.longestName(),
                durations.mean().seconds(), BilledDuration.of(durations).sigma());
    }

    /** A profile's requests: a service's stated durations; a job's task, whose one stated duration bounds it. */
    public static LongestRequest of(Profile profile) {
        if (profile.workload() instanceof Workload.Service service) {
            return of(service.duration());
        }
        double task = profile.longestDuration().seconds();
        return new LongestRequest(task, "task", task, 0);
    }

    /**
     * The same requests at a setting where the longest takes {@code longest} seconds: every request stretched as the
     * longest is (RequestTime stretches the longest as it does the mean), so the log-normal keeps its σ.
     */
    public LongestRequest at(double longest) {
        return seconds > 0 ? new LongestRequest(longest, name, mean * longest / seconds, sigma, batch) : this;
    }

    /** The same requests at a setting where their mean takes {@code mean} seconds, the longest stretched as it is. */
    public LongestRequest atMean(double mean) {
        return this.mean > 0 ? new LongestRequest(seconds * mean / this.mean, name, mean, sigma, batch) : this;
    }

    /** Whether the longest figure bounds every request: a max, or the mean where nothing spreads the requests. */
    public boolean bounds() {
        return name.equals("max") || !(sigma > 0);
    }

    /**
     * The share of requests that run longer than {@code limit} seconds, by the fitted log-normal; past a bound, none
     * where it lies within the limit, and taken as all where it does not (how many reach it, a max does not say).
     * A batch's: the share of the busiest batches, by its messages' ({@link BatchTail}).
     */
    public double shareBeyond(double limit) {
        if (bounds()) {
            return seconds > limit ? 1 : 0;
        }
        if (batch.isPresent()) {
            MessageBatch b = batch.get();
            return BatchTail.shareBeyond(limit, mean / b.perMessage(), sigma, b.messages(), b.atOnce());
        }
        return Normal.tail((Math.log(limit / mean) + sigma * sigma / 2) / sigma);
    }

    /**
     * Whether the requests end within {@code limit} seconds: the longest stated within it, and where it bounds them
     * not, no more than {@link #NEGLIGIBLE} of them past it by the fitted log-normal.
     */
    public boolean endsWithin(double limit) {
        return seconds <= limit && (bounds() || shareBeyond(limit) <= NEGLIGIBLE);
    }

    /**
     * Whether these requests, on a setting, end within the timeout the profile states ({@code timeout} seconds), where
     * {@code measured} are the same requests at the speed they were measured at: the longest stated within it, and
     * where it does not bound them, no more than {@link #NEGLIGIBLE} more of them past it than as measured.
     *
     * <p>Not {@link #endsWithin}: the profile's durations were measured under its own timeout, and the reader holds
     * its stated percentiles within it, so the share the fitted log-normal puts past it as measured is stopped there
     * already, or is the fit's tail rather than the service's; no setting is refused for it (as latency.max_slowdown
     * never refuses the speed measured). What a slower setting adds to it is the setting's. An absolute 0.1% would
     * refuse every setting of a profile whose own timeout the fit reaches: the chat API's mean 6 s, p50 4 s and p95
     * 30 s (σ = ln 7.5 / 1.6449 = 1.2250) put Q((ln 20 + 0.75028) / 1.2250) = Q(3.0580) = 0.11% past its 120 s.
     */
    public boolean endWithinOwnTimeout(double timeout, LongestRequest measured) {
        return seconds <= timeout * (1 + 1e-9) && (bounds() || addedBeyond(timeout, measured) <= NEGLIGIBLE + 1e-12);
    }

    /** The share more of these requests than of {@code measured} past {@code limit} seconds; none where bound. */
    public double addedBeyond(double limit, LongestRequest measured) {
        return bounds() ? 0 : Math.max(0, shareBeyond(limit) - measured.shareBeyond(limit));
    }

    /**
     * The most mean seconds these requests may take on a setting and still end within the profile's timeout as
     * {@link #endWithinOwnTimeout} has it, every request stretched as the mean is: where the longest stated reaches
     * it, and where that does not bound them, where the share past it reaches {@code measured}'s plus
     * {@link #NEGLIGIBLE}: Q((ln(t/m) + σ²/2)/σ) = p at m = t·e^(σ²/2 − σ·z), Q(z) = p.
     */
    public double mostMeanWithin(double timeout, LongestRequest measured) {
        double byLongest = seconds > 0 ? mean * timeout / seconds : Double.POSITIVE_INFINITY;
        double allowed = measured.shareBeyond(timeout) + NEGLIGIBLE;
        if (bounds() || allowed >= 1) {
            return byLongest;
        }
        if (batch.isPresent()) {
            // The busiest batch's time past which that share runs, at a mean of one: the mean scales it.
            MessageBatch b = batch.get();
            double unit = BatchTail.beyondShare(allowed, 1, sigma, b.messages(), b.atOnce());
            return Math.min(byLongest, timeout / unit * b.perMessage());
        }
        // Acklam's quantile (1.15e-9) refined by one Newton step on the exact tail: the mean found must pass the
        // check that reads that tail.
        double z = -Normal.quantile(allowed);
        z += (Normal.tail(z) - allowed) / Normal.pdf(z);
        return Math.min(byLongest, timeout * Math.exp(sigma * sigma / 2 - sigma * z));
    }

    /**
     * What a text says of the requests past {@code limit} where the longest figure does not bound them: "about 4.4% of
     * requests run past 15 min by the log-normal fitted to the stated durations".
     */
    public String beyond(double limit) {
        if (batch.isPresent()) {
            MessageBatch b = batch.get();
            String past = share(shareBeyond(limit)) + " of the busiest batches (" + Numbers.grouped(b.messages(), 2)
                    + " messages " + (b.atOnce() ? "at once" : "one after another") + ") run past "
                    + TimeSpan.ofSeconds(limit).display();
            return past + (b.atOnce() ? ", each lasting its slowest message, by the log-normal fitted to the stated "
                    + "durations" : " by the Fenton–Wilkinson log-normal of the sum of their fitted log-normals");
        }
        return share(shareBeyond(limit)) + " of requests run past " + TimeSpan.ofSeconds(limit).display()
                + " by the log-normal fitted to the stated durations";
    }

    /** The longest figure as a text names it: "p99", or for a batch "the busiest batch's p99". */
    public String figure() {
        return batch.isPresent() ? "busiest batch's " + name : name;
    }

    /** A share as a percentage to two significant figures: "about 4.4%", "about 0.021%", "under 0.001%". */
    public static String share(double share) {
        double percent = share * 100;
        return percent < 0.001 ? "under 0.001%" : percent > 99.9 ? "over 99.9%"
                : "about " + Numbers.significant(percent, 2) + "%";
    }
}
