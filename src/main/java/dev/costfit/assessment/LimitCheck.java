package dev.costfit.assessment;

/** One limit of a platform checked against a profile: what it needs, what is allowed, and what to do if it fails. */
public record LimitCheck(String limit, String required, String allowed, boolean ok, Severity severity,
                         String workaround) {

    /** What a failed check means. */
    public enum Severity {
        /** A hard limit: the workload cannot run here as described. */
        HARD,
        /** A default quota: it can run after asking the provider for more. */
        QUOTA,
        /** It runs, with a caveat (throttling during a burst, say). */
        ADVISORY
    }

    public static LimitCheck of(boolean ok, Severity severity, String limit, String required, String allowed,
                                String workaround) {
        return new LimitCheck(limit, required, allowed, ok, severity, workaround);
    }

    public boolean blocks() {
        return !ok && severity == Severity.HARD;
    }
}
