package dev.costfit.assessment;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One limit of a platform checked against a profile: what it needs, what is allowed, and what to do if it fails.
 *
 * <p>What is required and what is allowed are texts with figures in them, which only a report reads: a search
 * reads whether the check passes. They are written when first read ({@link #of(boolean, Severity, String, Supplier,
 * Supplier, String)}), so the assessments of a break-even search or a map do not format numbers nobody sees
 * (issue 13; {@link DeferredText}). Otherwise a check behaves as a record of its seven components.
 *
 * <p>A check that reads only what no request rate changes (a GPU, the runtime, the memory) says so
 * ({@link #atEveryRate()}): where it blocks, the platform fits the profile at no rate, and a search along the rate
 * assesses it no more (EveryRateChecksTest assesses each such check at rates from 0.001/s to 100,000/s).
 */
public final class LimitCheck {

    /** What a failed check means. */
    public enum Severity {
        /** A hard limit: the workload cannot run here as described. */
        HARD,
        /** A default quota: it can run after asking the provider for more. */
        QUOTA,
        /** It runs, with a caveat (throttling during a burst, say). */
        ADVISORY
    }

    private final String limit;
    private final boolean ok;
    private final Severity severity;
    /** Texts written or deferred ({@link DeferredText#read}). */
    private final Object workaround;
    private final Object required;
    private final Object allowed;
    private final boolean sameAtEveryRate;

    private LimitCheck(boolean ok, Severity severity, String limit, Object workaround, Object required, Object allowed,
                       boolean sameAtEveryRate) {
        this.limit = Objects.requireNonNull(limit);
        this.ok = ok;
        this.severity = Objects.requireNonNull(severity);
        this.workaround = Objects.requireNonNull(workaround);
        this.required = required;
        this.allowed = allowed;
        this.sameAtEveryRate = sameAtEveryRate;
    }

    public static LimitCheck of(boolean ok, Severity severity, String limit, String required, String allowed,
                                String workaround) {
        return new LimitCheck(ok, severity, limit, DeferredText.written(workaround), DeferredText.written(required),
                DeferredText.written(allowed), false);
    }

    /** As above, with the texts that carry figures written only when a report reads them. */
    public static LimitCheck of(boolean ok, Severity severity, String limit, Supplier<String> required,
                                Supplier<String> allowed, String workaround) {
        return new LimitCheck(ok, severity, limit, DeferredText.written(workaround), DeferredText.deferred(required),
                DeferredText.deferred(allowed), false);
    }

    /** As above, with a workaround that carries figures too. */
    public static LimitCheck of(boolean ok, Severity severity, String limit, Supplier<String> required,
                                Supplier<String> allowed, Supplier<String> workaround) {
        return new LimitCheck(ok, severity, limit, DeferredText.deferred(workaround), DeferredText.deferred(required),
                DeferredText.deferred(allowed), false);
    }

    /** The same check, known to come out the same at every request (or run) rate of the profile. */
    public LimitCheck atEveryRate() {
        return new LimitCheck(ok, severity, limit, workaround, required, allowed, true);
    }

    /** The same check with another workaround (a batch's: a smaller batch_size where the platform's is more). */
    public LimitCheck withWorkaround(Supplier<String> other) {
        return new LimitCheck(ok, severity, limit, DeferredText.deferred(other), required, allowed, sameAtEveryRate);
    }

    /** Whether no request (or run) rate of the profile changes this check's outcome. */
    public boolean sameAtEveryRate() {
        return sameAtEveryRate;
    }

    public String limit() {
        return limit;
    }

    public String required() {
        return DeferredText.read(required);
    }

    public String allowed() {
        return DeferredText.read(allowed);
    }

    public boolean ok() {
        return ok;
    }

    public Severity severity() {
        return severity;
    }

    public String workaround() {
        return DeferredText.read(workaround);
    }

    public boolean blocks() {
        return !ok && severity == Severity.HARD;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LimitCheck c && ok == c.ok && severity == c.severity && limit.equals(c.limit)
                && sameAtEveryRate == c.sameAtEveryRate && workaround().equals(c.workaround())
                && required().equals(c.required()) && allowed().equals(c.allowed());
    }

    @Override
    public int hashCode() {
        return Objects.hash(limit, required(), allowed(), ok, severity, workaround(), sameAtEveryRate);
    }

    @Override
    public String toString() {
        return "LimitCheck[limit=" + limit + ", required=" + required() + ", allowed=" + allowed() + ", ok=" + ok
                + ", severity=" + severity + ", workaround=" + workaround() + ", sameAtEveryRate=" + sameAtEveryRate
                + "]";
    }
}
