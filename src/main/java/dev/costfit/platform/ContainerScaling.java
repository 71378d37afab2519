package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.function.Supplier;

/**
 * Whether a container service's tasks (pods) follow its pattern's hour-to-hour steps. Each hour is priced with the
 * tasks it needs, as if they ran from the hour's start; the pattern gives the hour one rate, so its step starts at once
 * ({@link PatternStep}). ECS target tracking reacts in minutes — its scale-out alarm wants the metric above target for
 * 3 datapoints within 3 minutes (coldstart-reference.md §4.2), then each new task takes its start — and on EKS new pods
 * wait for nodes: "nodes can take multiple minutes to become available" (§4.3). Until then the tasks of the hour before
 * carry the new hour: an hour's tasks are sized for its CPU work at the target utilisation or its burst at full use,
 * whichever is larger ({@link dev.costfit.model.ContainerSizing}), so at full use they take that headroom times their
 * hour's load. A step beyond it queues requests for those minutes: an ADVISORY, as LMI's scaling speed is a check
 * before launch — the service runs, and scheduled scaling ahead of the step (or a higher minimum) avoids it.
 */
final class ContainerScaling {

    private ContainerScaling() {
    }

    /**
     * The check for a service whose hours keep {@code tasks} (one count per distinct load of {@code load}).
     *
     * @param utilization the CPU target the tasks are sized for
     * @param startup     how long one of them takes to start (an estimate)
     * @param what        "task" or "pod"
     * @param scaler      what adds them and how fast, as the check's text says it
     */
    static LimitCheck check(HourlyLoad load, InstanceHours tasks, double utilization, TimeSpan startup,
                            String what, String scaler) {
        PatternStep step = PatternStep.largest(load, tasks);
        double headroom = Math.max(1 / utilization, load.burst());
        // Figures, not the load, are captured: a report's results keep their texts.
        Supplier<String> required = () -> Numbers.grouped(step.ratio(), 2) + "x at once, the pattern's largest "
                + "hour-to-hour step (into " + step.hourName() + ": " + Numbers.count(step.from(), what) + " to "
                + step.to() + ", as an hour's rate starts on the hour)";
        Supplier<String> allowed = () -> Numbers.grouped(headroom, 2) + "x, what the " + what + "s running take at "
                + "full CPU (sized for the " + Numbers.grouped(utilization * 100, 0) + "% CPU target or the burst) "
                + "while " + scaler + ", then about " + startup.display() + " (estimate) for each to start";
        return LimitCheck.of(!step.rises() || step.ratio() <= headroom + 1e-9, LimitCheck.Severity.ADVISORY,
                "scaling speed", required, allowed, "scale on a schedule ahead of the step (Application Auto Scaling "
                        + "scheduled actions raise the service's minimum " + what + "s before the busy hours), or "
                        + "keep the peak's " + what + "s running");
    }

    /** ECS target tracking's reaction, as {@link #check} words it. */
    static final String ECS = "target tracking adds more: about 3 minutes above target";
    /** The HPA's and the node autoscaler's, as {@link #check} words it. */
    static final String EKS = "the HPA adds more and the node autoscaler starts nodes for them: minutes";

    /** The assumption a report lists: the pattern's steps are met ahead of time, as the check above says. */
    static String assumption(String what, String autoscaling) {
        return "each hour's " + what + "s are priced as running from the hour's start: the pattern's hour-to-hour "
                + "steps are assumed met by scheduled scaling (or scaling ahead of the step), since " + autoscaling
                + " alone takes minutes to add " + what + "s (the scaling-speed check says where a step outruns the "
                + what + "s running)";
    }
}
