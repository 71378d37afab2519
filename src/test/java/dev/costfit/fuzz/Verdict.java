package dev.costfit.fuzz;

/**
 * The judgement of one run.
 *
 * @param outcome  how it ended
 * @param detail   what went wrong, for people (empty when nothing did)
 * @param key      the failure class as the minimiser keeps it: a smaller case must fail with the same key
 * @param signature a finer grouping for the report (key plus where: command, format, field)
 * @param millis   how long the run took
 * @param exit     the exit code (-1 if the run did not return one)
 */
record Verdict(Outcome outcome, String detail, String key, String signature, long millis, int exit) {

    boolean failure() {
        return outcome.failure();
    }

    /**
     * Whether it fails before any re-timing: every failure but a slow run (over the time limit, or stopped at the
     * hard cap) — on a shared machine that may be the others' load, so such a run counts only if it is slow again
     * when re-timed alone, by its CPU time ({@link Campaign}, {@link CaseRunner#alone}).
     */
    boolean failsUntimed() {
        return failure() && outcome != Outcome.SLOW;
    }

    boolean sameClassAs(Verdict other) {
        return outcome == other.outcome && key.equals(other.key);
    }
}
