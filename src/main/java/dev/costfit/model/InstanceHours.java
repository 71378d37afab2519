package dev.costfit.model;

import dev.costfit.units.CompensatedSum;
import dev.costfit.units.Month;
import java.util.List;

/**
 * Instances (tasks, pods or nodes) running in each pattern hour, and what that adds up to in a month. The sums are
 * taken once, on first use: sizing, limits, cost lines and the capacity figures each ask for them, over up to 168
 * hours. Confined to the thread that assesses, like every engine object.
 */
public final class InstanceHours {

    /** {@code instances} running during a pattern hour that stands for {@code monthHours} hours of the month. */
    public record Count(int instances, double monthHours) {}

    private final List<Count> hours;
    private boolean summed;
    private int min;
    private int max;
    private double perMonth;
    private double mean;

    public InstanceHours(List<Count> hours) {
        this(hours, false);
    }

    /** @param owned whether the list is the caller's own, wrapped rather than copied ({@link #owning}) */
    private InstanceHours(List<Count> hours, boolean owned) {
        this.hours = owned ? java.util.Collections.unmodifiableList(hours) : List.copyOf(hours);
    }

    /**
     * Over a list only the caller held, which nothing changes after: not copied (a container's sizing makes one
     * per task or pod size at every rate a search asks about).
     */
    static InstanceHours owning(List<Count> hours) {
        return new InstanceHours(hours, true);
    }

    /**
     * A job's instances over the month: {@code perRun} for each run in progress, where runs started evenly overlap
     * {@code inProgress} at once on average ({@link dev.costfit.profile.Schedule#runsInProgress}): ⌊x⌋ runs for part
     * of the month and ⌈x⌉ for the rest, in the shares whose mean is x. So the quietest count, the mean and the
     * busiest are those of the month, as a service's hours are.
     */
    public static InstanceHours periodic(int perRun, double inProgress) {
        double least = Math.floor(inProgress);
        double share = inProgress - least;
        if (share == 0) {
            return new InstanceHours(List.of(new Count(times(perRun, least), Month.HOURS)));
        }
        return new InstanceHours(List.of(new Count(times(perRun, least), Month.HOURS * (1 - share)),
                new Count(times(perRun, least + 1), Month.HOURS * share)));
    }

    private static int times(int perRun, double runs) {
        return (int) Math.min(Integer.MAX_VALUE, perRun * runs);
    }

    public List<Count> hours() {
        return hours;
    }

    public int min() {
        return sums().min;
    }

    public int max() {
        return sums().max;
    }

    /** Instance-hours in a 730-hour month. */
    public double perMonth() {
        return sums().perMonth;
    }

    /** Mean instances running over the month. */
    public double mean() {
        return sums().mean;
    }

    private InstanceHours sums() {
        if (!summed) {
            int least = Integer.MAX_VALUE;
            int most = Integer.MIN_VALUE;
            // Compensated as DoubleStream.sum compensates, so that every figure is the same to the last bit.
            CompensatedSum instanceHours = new CompensatedSum();
            CompensatedSum total = new CompensatedSum();
            for (Count c : hours) {
                least = Math.min(least, c.instances());
                most = Math.max(most, c.instances());
                instanceHours.add(c.instances() * c.monthHours());
                total.add(c.monthHours());
            }
            min = hours.isEmpty() ? 0 : least;
            max = hours.isEmpty() ? 0 : most;
            perMonth = instanceHours.value();
            double months = total.value();
            mean = months == 0 ? 0 : perMonth / months;
            summed = true;
        }
        return this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InstanceHours that && hours.equals(that.hours);
    }

    @Override
    public int hashCode() {
        return hours.hashCode();
    }

    @Override
    public String toString() {
        return "InstanceHours[hours=" + hours + "]";
    }
}
