package dev.costfit.assessment;

import dev.costfit.model.InstanceHours;
import java.util.List;

/** One number of a platform's capacity (instances, concurrency, memory), with its unit. */
public record Figure(String key, String label, double value, String unit) {

    /** The quietest hour, the mean and the busiest hour of instance counts: {@code tasksMin}, {@code tasksMean}, … */
    public static List<Figure> spread(String plural, InstanceHours counts) {
        return List.of(new Figure(plural + "Min", plural + ", quietest hour", counts.min(), plural),
                new Figure(plural + "Mean", plural + ", mean", counts.mean(), plural),
                new Figure(plural + "Max", plural + ", busiest hour", counts.max(), plural));
    }
}
