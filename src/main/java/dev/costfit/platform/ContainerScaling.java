package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Whether a container service's tasks (pods) follow its pattern's hour-to-hour steps. Each hour is priced with the
 * tasks it needs, as if they ran from the hour's start; the pattern gives the hour one rate, so its step starts at once
 * ({@link PatternStep}). ECS target tracking reacts in minutes — its scale-out alarm wants the metric above target for
 * 3 datapoints within 3 minutes (coldstart-reference.md §4.2), then each new task takes its start — and on EKS new pods
 * wait for nodes: "nodes can take multiple minutes to become available" (§4.3). Until then the tasks of the hour before
 * carry the new hour at full use: their whole CPU, and where the profile states a container's concurrency, that many
 * requests each. The new hour needs its CPU work λ·cpu_time and the 99th percentile of its requests in flight (without
 * the burst, which a step is not); beyond what those tasks carry, requests queue for those minutes: an ADVISORY, as
 * LMI's scaling speed is a check before launch — the service runs, and scheduled scaling ahead of the step (or a
 * higher minimum) avoids it. Compared in the work itself, not in whole task counts: one task at a third of its CPU
 * that the next hour takes to two thirds is sized as two, yet carries it alone.
 */
final class ContainerScaling {

    private ContainerScaling() {
    }

    /**
     * The check for a service whose hours keep {@code tasks} (one count per distinct load of {@code load}) of
     * {@code vcpu} each, sized for {@code need}.
     *
     * @param startup how long one of them takes to start (an estimate)
     * @param what    "task" or "pod"
     * @param scaler  what adds them and how fast, as the check's text says it
     */
    static LimitCheck check(HourlyLoad load, InstanceHours tasks, ContainerNeed need, double vcpu, TimeSpan startup,
                            String what, String scaler) {
        Step step = Step.largest(load, tasks, hour -> atFullUse(load, hour, need, vcpu));
        // Figures, not the load, are captured: a report's results keep their texts.
        Supplier<String> required = () -> step.from() == 0 ? "no hour-to-hour step (a flat pattern)"
                : "the work of " + Numbers.grouped(step.work(), 2) + " " + what + "s at full use at once, the "
                + "pattern's largest hour-to-hour step (into " + PatternStep.hourName(step.hour(), load.hourCount())
                + ", sized " + Numbers.count(step.from(), what) + " to " + step.to() + ", as an hour's rate starts on "
                + "the hour)";
        Supplier<String> allowed = () -> step.from() == 0 ? "nothing to carry" : Numbers.count(step.from(), what)
                + ", those running, at full use (the "
                + "hour before's, sized for the " + Numbers.grouped(need.utilization() * 100, 0) + "% CPU target or "
                + "the burst) while " + scaler + ", then about " + startup.display() + " (estimate) for each to start";
        return LimitCheck.of(step.work() <= step.from() + 1e-9, LimitCheck.Severity.ADVISORY,
                "scaling speed", required, allowed, "scale on a schedule ahead of the step (Application Auto Scaling "
                        + "scheduled actions raise the service's minimum " + what + "s before the busy hours), or "
                        + "keep the peak's " + what + "s running");
    }

    /**
     * What an hour asks of containers of {@code vcpu} run at full use: its CPU work λ·cpu_time over their vCPU, and
     * where a container's concurrency is stated, the 99th percentile of its requests in flight over it.
     */
    private static double atFullUse(HourlyLoad load, HourlyLoad.Hour hour, ContainerNeed need, double vcpu) {
        double cpu = hour.rate() * need.cpuSeconds() / vcpu;
        return need.concurrency().isPresent()
                ? Math.max(cpu, load.inFlightP99(hour) / (double) need.concurrency().getAsInt()) : cpu;
    }

    /**
     * The step whose new hour asks the most of the containers the hour before keeps: {@code work} in containers at
     * full use against {@code from}, those running; {@code to}, what the new hour is sized with. The pattern
     * repeats, so its last hour steps into its first. {@code from} 0 where there is no step.
     */
    private record Step(double work, int from, int to, int hour) {

        static Step largest(HourlyLoad load, InstanceHours tasks, ToDoubleFunction<HourlyLoad.Hour> atFullUse) {
            List<InstanceHours.Count> counts = tasks.hours();
            if (counts.size() < 2) {
                return new Step(0, 0, 0, 0);
            }
            double[] work = new double[counts.size()];
            List<HourlyLoad.Hour> distinct = load.distinctHours();
            for (int i = 0; i < work.length; i++) {
                work[i] = atFullUse.applyAsDouble(distinct.get(i));
            }
            int n = load.hourCount();
            Step best = null;
            // Hours that repeat a step ask the same and never come first: the first hour of each step is enough.
            for (int i = 0; i < load.stepCount(); i++) {
                int h = load.stepHour(i);
                int before = load.slotOf((h - 1 + n) % n);
                int into = load.slotOf(h);
                int from = counts.get(before).instances();
                if (best == null || work[into] / from > best.work() / best.from() + 1e-12) {
                    best = new Step(work[into], from, counts.get(into).instances(), h);
                }
            }
            return best;
        }
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
