package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.LongestRequest;
import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.TimeSpan;
import java.util.Optional;

/**
 * The longest one unit of work may run on a platform whatever the profile says: a function's maximum timeout
 * (Lambda's 15 minutes), or, on containers, which have none, the visibility timeout of the SQS queue their work
 * comes through.
 *
 * <p>A profile that states a timeout is held to it on every setting ({@link SpeedLimits}) and its timeout to the
 * platform's maximum here. A job that states none has no timeout of its own: holding it to its measured duration
 * refused every setting the least bit slower, so latency.max_slowdown never applied to jobs and I/O-bound jobs were
 * priced on a whole vCPU they do not need (a reviewer's finding: 1.5 to 1.8 times the month). Its tasks are held
 * instead to this limit at the time they take on the setting chosen: a 14-minute task fits Lambda at a memory that
 * runs it in 15 minutes, and not at one that takes 16.
 *
 * @param most the longest
 * @param what what the limit is, as the checks' texts name it ("the longest a Lambda function runs")
 */
record RunLimit(TimeSpan most, String what) {

    /** The limit's name where a job states no timeout: what it checks is how long a task runs. */
    static final String RUN_TIME = "run time";

    /**
     * Containers' limit: none of their own; where they poll an SQS queue for their work, its visibility timeout,
     * within which a message's work must end or it is delivered again (the same limit {@link DeliveryLimits} holds a
     * stated timeout to).
     */
    static Optional<RunLimit> ofContainers(Profile profile, String platformId, Catalog catalog) {
        if (!DeliveryLimits.throughSqs(profile, platformId)) {
            return Optional.empty();
        }
        return Optional.of(new RunLimit(catalog.durationLimit("sqs.visibility.max"),
                "SQS's longest visibility timeout, within which a polled message's work must end"));
    }

    /**
     * The profile's timeout against this limit: a stated timeout longer does not fit, whatever the setting. A job
     * that states none is held here by its task at a whole vCPU, the fastest any setting runs it (without cpu_time,
     * what it takes on every setting), and by its time on each setting in {@link SpeedLimits}.
     *
     * @param qualifier   what follows the check's name (" (event-driven)"), or nothing
     * @param allowedNote what follows the limit in the allowed text, or nothing
     */
    LimitCheck check(Profile profile, String qualifier, String allowedNote, String workaround) {
        TimeSpan task = profile.longestDuration();
        if (profile.timeout().isPresent()) {
            TimeSpan timeout = profile.timeout().get();
            // A timeout set above the limit for work that ends within it at a whole vCPU: lowering it is the fix.
            String lower = !timeout.isLongerThan(most) || task.isLongerThan(most) ? "" : lowering(profile, task);
            // A batch of queued messages no max bounds: its timeout is set where its tail ends (Deliveries), and
            // the text says how many of the busiest batches run past the limit.
            LongestRequest requests = LongestRequest.of(profile);
            String batch = requests.batch().map(b -> " (a batch's; no max is stated, and "
                    + requests.beyond(most.seconds()) + "; at most " + LongestRequest.share(b.held()).replace("about ",
                    "") + (b.held() > LongestRequest.NEGLIGIBLE ? ", as many as of the messages past their own "
                    + "timeout" : "") + ")").orElse("");
            return LimitCheck.of(!timeout.isLongerThan(most), LimitCheck.Severity.HARD, "timeout" + qualifier,
                    () -> timeout.displayBeside(most) + batch, () -> most.display() + allowedNote, lower + workaround);
        }
        return LimitCheck.of(!task.isLongerThan(most), LimitCheck.Severity.HARD, RUN_TIME + qualifier,
                () -> task.displayBeside(most) + " (a task at a whole vCPU; no timeout stated)",
                () -> most.display() + allowedNote, workaround);
    }

    /**
     * The advice to lower a timeout to this limit, for work whose longest stated figure, {@code longest} at a whole
     * vCPU, lies within it. A job's task, a stated max, or a mean that nothing spreads is the longest: lowering is
     * safe. A p95 or p99 is not: the share of requests the fitted log-normal puts past the limit
     * ({@link LongestRequest}) is said, and where it is more than {@link LongestRequest#NEGLIGIBLE} the advice holds
     * only if no request runs longer, since the lowered timeout would stop those.
     */
    private String lowering(Profile profile, TimeSpan longest) {
        String to = "lower the timeout to " + most.display();
        if (!(profile.workload() instanceof Workload.Service service)) {
            return to + " (the longest task takes " + longest.display() + " at a whole vCPU), or ";
        }
        LongestRequest requests = LongestRequest.of(service.duration());
        if (requests.bounds()) {
            return to + " (the longest request takes " + longest.display() + " at a whole vCPU), or ";
        }
        String stated = "no max is stated: the " + requests.name() + " is " + longest.display() + " at a whole vCPU, "
                + "and " + requests.beyond(most.seconds());
        return requests.endsWithin(most.seconds()) ? to + " (" + stated + "), or "
                : to + " only if no request runs longer (" + stated + ", which that timeout would stop), or ";
    }
}
