package dev.costfit.platform;

import dev.costfit.model.InstanceHours;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;

/**
 * A job's instances over the month, for the figures and quotas that count what runs at once: runs started evenly
 * that take longer than the time between them overlap (a run every 27 minutes of 29 minutes each has two in
 * progress 7% of the time). A job's bill counts each run apart and is the same either way.
 */
final class JobRuns {

    private JobRuns() {
    }

    /** {@code perRun} instances for each run in progress, when a run takes {@code seconds}. */
    static InstanceHours running(Profile profile, int perRun, double seconds) {
        return InstanceHours.periodic(perRun, schedule(profile).runsInProgress(seconds));
    }

    /**
     * The most tasks in progress at once ({@link dev.costfit.profile.Schedule#tasksAtOnce}), as a count of
     * instances or environments: beyond the largest int, no quota is near anyway.
     */
    static int tasksAtOnce(Profile profile, double seconds) {
        return (int) Math.min(Integer.MAX_VALUE, schedule(profile).tasksAtOnce(seconds));
    }

    /**
     * How long a task's instance waits, idle, for the next task it could run. Runs start evenly, one every I; one of
     * D seconds frees its instances D after it started, and the first start after that is m·I after it started, m
     * the most runs in progress at once: they wait m·I − D (I − D where runs do not overlap), not I. An instance kept
     * idle at least that long is reused by that run (it starts warm, and under instance-based billing it bills that
     * wait too); one ended sooner leaves that run to start its own.
     *
     * @param seconds a task's wall time on the setting
     */
    static double idleBeforeNextRun(Profile profile, double seconds) {
        var schedule = schedule(profile);
        double interval = 1 / schedule.runs().perSecond();
        return Math.max(0, schedule.mostRunsAtOnce(seconds) * interval - seconds);
    }

    /** The words a peak's basis adds where runs overlap: ", 2 runs in progress at once". */
    static String inProgress(Profile profile, double seconds) {
        int runs = schedule(profile).mostRunsAtOnce(seconds);
        return runs > 1 ? ", " + runs + " runs in progress at once" : "";
    }

    private static dev.costfit.profile.Schedule schedule(Profile profile) {
        return ((Workload.Job) profile.workload()).schedule();
    }

    /** The words a "per run" summary adds where runs overlap: the most in progress at once. */
    static String overlap(Profile profile, double seconds) {
        int runs = schedule(profile).mostRunsAtOnce(seconds);
        return runs > 1 ? ", up to " + Numbers.count(runs, "run") + " at once" : "";
    }
}
