package dev.costfit.assessment;

import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import java.util.List;

/**
 * How a platform's compute use spreads over the hours of its traffic pattern: a weight per pattern hour (instances
 * running, or requests) and the month hours each stands for. A commitment covers only the steady base, the least
 * any hour uses; {@link #steadyShare()} is that base as a share of the month's use.
 */
public record HourlyUsage(List<Double> weights, List<Double> monthHours) {

    /** Work with no hourly base (a job's runs come and go): nothing is steady enough to commit. */
    public static final HourlyUsage NONE = new HourlyUsage(List.of(), List.of());

    public HourlyUsage {
        weights = List.copyOf(weights);
        monthHours = List.copyOf(monthHours);
        if (weights.size() != monthHours.size()) {
            throw new IllegalArgumentException("a weight per hour: " + weights.size() + " vs " + monthHours.size());
        }
    }

    /** Use in proportion to the instances running each hour (tasks, pods' nodes). */
    public static HourlyUsage of(InstanceHours instances) {
        return new HourlyUsage(instances.hours().stream().map(c -> (double) c.instances()).toList(),
                instances.hours().stream().map(InstanceHours.Count::monthHours).toList());
    }

    /** Use in proportion to each hour's requests (billed duration, busy instance time). */
    public static HourlyUsage ofRequests(HourlyLoad load) {
        return new HourlyUsage(load.hours().stream().map(HourlyLoad.Hour::rate).toList(),
                load.hours().stream().map(HourlyLoad.Hour::monthHours).toList());
    }

    /**
     * The least hour's use as a share of the mean hour's: committing that much of each hour's on-demand spend never
     * leaves commitment unused. 1 for a flat pattern, 0 when some hour uses nothing or there are no hours.
     */
    public double steadyShare() {
        double hours = 0;
        double total = 0;
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < weights.size(); i++) {
            if (monthHours.get(i) <= 0) {
                continue;
            }
            hours += monthHours.get(i);
            total += weights.get(i) * monthHours.get(i);
            least = Math.min(least, weights.get(i));
        }
        if (hours == 0 || total <= 0) {
            return 0;
        }
        double mean = total / hours;
        // A flat pattern's least hour is its mean, up to the rounding of the sum: all of it is steady.
        return least >= mean * (1 - 1e-9) ? 1 : least / mean;
    }
}
