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
     * Whether strict mode fails on it: every failure but a run that was slow (over the time limit) and still
     * finished — slow runs are findings to report, and only a run past the hard cap fails the build.
     */
    boolean failsStrictly() {
        return failure() && !key.equals("slow");
    }

    boolean sameClassAs(Verdict other) {
        return outcome == other.outcome && key.equals(other.key);
    }
}
