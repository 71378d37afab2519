package dev.costfit.model;

import java.util.List;

/** Instances (tasks, pods or nodes) running in each pattern hour, and what that adds up to in a month. */
public record InstanceHours(List<Count> hours) {

    /** {@code instances} running during a pattern hour that stands for {@code monthHours} hours of the month. */
    public record Count(int instances, double monthHours) {}

    public InstanceHours {
        hours = List.copyOf(hours);
    }

    public int min() {
        return hours.stream().mapToInt(Count::instances).min().orElse(0);
    }

    public int max() {
        return hours.stream().mapToInt(Count::instances).max().orElse(0);
    }

    /** Instance-hours in a 730-hour month. */
    public double perMonth() {
        return hours.stream().mapToDouble(c -> c.instances() * c.monthHours()).sum();
    }

    /** Mean instances running over the month. */
    public double mean() {
        double total = hours.stream().mapToDouble(Count::monthHours).sum();
        return total == 0 ? 0 : perMonth() / total;
    }
}
