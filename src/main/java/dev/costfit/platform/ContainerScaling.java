package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.model.Poisson;
import dev.costfit.model.TrafficPattern;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

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
 *
 * <p>A pattern whose hours sample a smooth curve (the diurnal preset, {@link TrafficPattern#ramps()}) does not step:
 * its rate ramps from one hour's to the next's across the hour, and the autoscaler follows a ramp, adding tasks as the
 * metric crosses its target, each a reaction and a start after the load that asked for it. So the tasks running lag the
 * load by that time alone, and carry the hour before's load plus the rise over that time (the rise within an hour
 * taken as even): for the diurnal cosine, at most 16% of the mean an hour, about 1% over ECS's 3 minutes and 40 s. The
 * new hour's whole load at once, which a real step (business hours' 08:00) asks, would flag a smooth curve whose tasks
 * are sized a whole task apart (an expert review's finding: 2 tasks to 3 into 09:00 at 5/s, diurnal).
 */
final class ContainerScaling {

    private ContainerScaling() {
    }

    /**
     * What adds the tasks (pods), as the check's text words it, and how long it takes to ask for them once the load
     * is above target (their start then follows): the lag a ramp's tasks run behind its load.
     */
    record Scaler(String words, TimeSpan reaction) {
    }

    /**
     * The check for a service whose hours keep {@code tasks} (one count per distinct load of {@code load}) of
     * {@code vcpu} each, sized for {@code need}.
     *
     * @param startup how long one of them takes to start (an estimate)
     * @param what    "task" or "pod"
     * @param scaler  what adds them and how fast
     */
    static LimitCheck check(HourlyLoad load, InstanceHours tasks, ContainerNeed need, double vcpu, TimeSpan startup,
                            String what, Scaler scaler) {
        List<HourlyLoad.Hour> distinct = load.distinctHours();
        double[] whole = new double[distinct.size()];
        for (int i = 0; i < whole.length; i++) {
            HourlyLoad.Hour hour = distinct.get(i);
            whole[i] = atFullUse(hour.rate(), () -> load.inFlightP99(hour), need, vcpu);
        }
        // A step asks its new hour's whole work at once; a ramp, the hour before's and its change until more run.
        TimeSpan lag = TimeSpan.ofSeconds(scaler.reaction().seconds() + startup.seconds());
        boolean ramp = load.pattern().ramps();
        double share = Math.min(1, lag.seconds() / 3600);
        Step step = Step.largest(load, tasks, !ramp ? (before, into) -> whole[into] : (before, into) -> {
            HourlyLoad.Hour was = distinct.get(before);
            HourlyLoad.Hour is = distinct.get(into);
            double inFlight = was.inFlight() + (is.inFlight() - was.inFlight()) * share;
            return atFullUse(was.rate() + (is.rate() - was.rate()) * share,
                    () -> Poisson.quantile(inFlight, HourlyLoad.SIZING_QUANTILE), need, vcpu);
        });
        // Figures, not the load, are captured: a report's results keep their texts.
        String pattern = load.pattern().name();
        Supplier<String> required = () -> step.from() == 0 ? "no hour-to-hour step (a flat pattern)"
                : !ramp ? "the work of " + Numbers.grouped(step.work(), 2) + " " + what + "s at full use at once, the "
                + "pattern's largest hour-to-hour step (into " + PatternStep.hourName(step.hour(), load.hourCount())
                + ", sized " + Numbers.count(step.from(), what) + " to " + step.to() + ", as an hour's rate starts on "
                + "the hour)"
                : "the work of " + Numbers.grouped(step.work(), 2) + " " + what + "s at full use by the time more "
                + "run, the most any hour-to-hour change asks (into " + PatternStep.hourName(step.hour(),
                load.hourCount()) + ", sized " + Numbers.count(step.from(), what) + " to " + step.to() + "): the "
                + pattern + " pattern's hours sample a smooth curve, so its rate ramps across the hour and the "
                + what + "s running carry the hour before's load and its change over the " + lag.display() + " until "
                + "more run (" + scaler.reaction().display() + " to react, then " + startup.display() + " to start; "
                + Numbers.grouped(share * 100, 1) + "% of the hour's change)";
        Supplier<String> allowed = () -> step.from() == 0 ? "nothing to carry" : Numbers.count(step.from(), what)
                + ", those running, at full use (the "
                + "hour before's, sized for the " + Numbers.grouped(need.utilization() * 100, 0) + "% CPU target or "
                + "the burst) while " + scaler.words() + ", then about " + startup.display() + " (estimate) for "
                + "each to start";
        return LimitCheck.of(step.work() <= step.from() + 1e-9, LimitCheck.Severity.ADVISORY,
                "scaling speed", required, allowed, "scale on a schedule ahead of the " + (ramp ? "rise" : "step")
                        + " (Application Auto Scaling scheduled actions raise the service's minimum " + what + "s "
                        + "before the busy hours), or "
                        + "keep the peak's " + what + "s running");
    }

    /**
     * What {@code rate} requests a second ask of containers of {@code vcpu} run at full use: their CPU work
     * λ·cpu_time over the vCPU, and where a container's concurrency is stated, the 99th percentile of the requests in
     * flight ({@code inFlightP99}) over it.
     */
    private static double atFullUse(double rate, IntSupplier inFlightP99, ContainerNeed need, double vcpu) {
        double cpu = rate * need.cpuSeconds() / vcpu;
        return need.concurrency().isPresent()
                ? Math.max(cpu, inFlightP99.getAsInt() / (double) need.concurrency().getAsInt()) : cpu;
    }

    /** The work, in containers at full use, that the tasks running carry into a step: slots of distinct loads. */
    @FunctionalInterface
    private interface Carried {
        double of(int before, int into);
    }

    /**
     * The step whose new hour asks the most of the containers the hour before keeps: {@code work} in containers at
     * full use against {@code from}, those running; {@code to}, what the new hour is sized with. The pattern
     * repeats, so its last hour steps into its first. {@code from} 0 where there is no step.
     */
    private record Step(double work, int from, int to, int hour) {

        static Step largest(HourlyLoad load, InstanceHours tasks, Carried carried) {
            List<InstanceHours.Count> counts = tasks.hours();
            if (counts.size() < 2) {
                return new Step(0, 0, 0, 0);
            }
            int n = load.hourCount();
            Step best = null;
            // Hours that repeat a step ask the same and never come first: the first hour of each step is enough.
            for (int i = 0; i < load.stepCount(); i++) {
                int h = load.stepHour(i);
                int before = load.slotOf((h - 1 + n) % n);
                int into = load.slotOf(h);
                int from = counts.get(before).instances();
                double work = carried.of(before, into);
                if (best == null || work / from > best.work() / best.from() + 1e-12) {
                    best = new Step(work, from, counts.get(into).instances(), h);
                }
            }
            return best;
        }
    }

    /**
     * ECS target tracking: its scale-out alarm wants 3 datapoints above target within 3 minutes (coldstart-reference.md
     * §4.2, "~3 minutes above target to add tasks"), then each task takes startup.fargate.
     */
    static final Scaler ECS = new Scaler("target tracking adds more: about 3 minutes above target",
            TimeSpan.ofSeconds(180));
    /**
     * The HPA and the node autoscaler. Their reaction is taken at the slow end of the figures for a pod that needs a
     * node, Cluster Autoscaler's 3-5 minutes from a pending pod to a ready node (coldstart-reference.md §4.3, [C14]),
     * and the pod's start (startup.eks, Karpenter's 60-90 s) follows it again: the slow side, as it flags more.
     */
    static final Scaler EKS = new Scaler("the HPA adds more and the node autoscaler starts nodes for them: minutes",
            TimeSpan.ofSeconds(300));

    /**
     * The assumption a report lists: each hour's containers are priced as running from the hour's start, and how the
     * pattern's changes are met, as {@link #check} reads them. A step (business hours, spiky, hourly weights a profile
     * writes) is met ahead of time by scheduled scaling, since the autoscaler alone takes minutes; a ramp (the diurnal
     * preset, {@link TrafficPattern#ramps()}) is followed by the autoscaler itself, the containers running carrying its
     * rise over the {@code scaler}'s reaction and a start; a flat pattern has neither.
     *
     * @param autoscaling what adds them, in words ("target tracking")
     * @param startup     how long one takes to start (an estimate)
     */
    static String assumption(TrafficPattern pattern, String what, String autoscaling, Scaler scaler,
                             TimeSpan startup) {
        String priced = "each hour's " + what + "s are priced as running from the hour's start: ";
        if (pattern.weights().stream().distinct().count() <= 1) {
            return priced + "the " + pattern.name() + " pattern's hours all ask the same, with no hour-to-hour change "
                    + "to meet";
        }
        if (pattern.ramps()) {
            TimeSpan lag = TimeSpan.ofSeconds(scaler.reaction().seconds() + startup.seconds());
            return priced + "the " + pattern.name() + " pattern's hours sample a smooth curve, so its rate ramps from "
                    + "one hour's to the next's, and " + autoscaling + " follows the ramp with no scheduled scaling: "
                    + "it asks for more " + what + "s about " + scaler.reaction().display() + " after the load that "
                    + "needs them and each starts in about " + startup.display() + " (estimate), so the " + what
                    + "s running carry the rise over those " + lag.display() + " (the scaling-speed check says where "
                    + "that outruns them)";
        }
        return priced + "the pattern's hour-to-hour steps are assumed met by scheduled scaling (or scaling ahead of "
                + "the step), since " + autoscaling + " alone takes minutes to add " + what + "s (the scaling-speed "
                + "check says where a step outruns the " + what + "s running)";
    }
}
