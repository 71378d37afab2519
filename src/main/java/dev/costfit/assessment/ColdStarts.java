package dev.costfit.assessment;

import dev.costfit.units.TimeSpan;
import java.util.List;

/**
 * Cold starts of a platform for a profile: the share of requests that wait for a new instance, how long they wait,
 * how many there are a month, and what was bought to meet the latency SLO (provisioned concurrency, minimum
 * instances) — or, for containers, what happens to a burst beyond the running capacity.
 *
 * @param keptWarm the instances kept warm (provisioned concurrency, minimum instances) in the mean hour of the month:
 *                 where traffic keeps instances warm instead and this falls, the platform's cost falls with it (0
 *                 where none is kept)
 */
public record ColdStarts(double share, double perMonth, TimeSpan latency, TimeSpan keepAlive, boolean sloMet,
                         List<String> explanation, double keptWarm) {

    public ColdStarts {
        explanation = List.copyOf(explanation);
    }

    /** Cold starts with no instance kept warm. */
    public ColdStarts(double share, double perMonth, TimeSpan latency, TimeSpan keepAlive, boolean sloMet,
                      List<String> explanation) {
        this(share, perMonth, latency, keepAlive, sloMet, explanation, 0);
    }

    /** The same cold starts with {@code kept} instances kept warm ({@link #keptWarm}). */
    public ColdStarts keeping(double kept) {
        return kept == keptWarm ? this : new ColdStarts(share, perMonth, latency, keepAlive, sloMet, explanation, kept);
    }

    public static final ColdStarts NONE = new ColdStarts(0, 0, TimeSpan.ZERO, TimeSpan.ZERO, true, List.of());

    /** The name of the check that judges the latency SLO (a pipeline's step prefixes it with the step). */
    public static final String SLO_CHECK = "cold-start latency SLO";

    /**
     * These cold starts as {@code limits} judge them: the SLO not met where its check fails, whatever the figures say
     * (an unfit platform may never have modelled them: {@link #NONE} must not read as a met SLO there).
     */
    public ColdStarts judgedBy(List<LimitCheck> limits) {
        boolean failed = limits.stream().anyMatch(l -> !l.ok() && l.limit().endsWith(SLO_CHECK));
        return failed && sloMet ? new ColdStarts(share, perMonth, latency, keepAlive, false, explanation, keptWarm)
                : this;
    }

    /**
     * Cold starts a search left unmodelled because they change neither the cost nor the fit (no SLO they could miss,
     * nothing billed per cold start): counted as none. Reports never show a search's assessments.
     */
    public static ColdStarts unmodelled(TimeSpan latency, TimeSpan keepAlive) {
        return new ColdStarts(0, 0, latency, keepAlive, true, List.of("cold starts not modelled: this search "
                + "prices cost and fit, which they do not change"));
    }
}
