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
        return InstanceHours.periodic(perRun, ((Workload.Job) profile.workload()).schedule()
                .runsInProgress(seconds));
    }

    /** The words a "per run" summary adds where runs overlap: the most in progress at once. */
    static String overlap(Profile profile, double seconds) {
        int runs = ((Workload.Job) profile.workload()).schedule().mostRunsAtOnce(seconds);
        return runs > 1 ? ", up to " + Numbers.count(runs, "run") + " at once" : "";
    }
}
