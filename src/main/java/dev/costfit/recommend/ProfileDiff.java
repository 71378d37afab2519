package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** How one profile changed between two sets: its fields, each platform's cost, and the recommendation. */
public record ProfileDiff(String name, Status status, Optional<ProfileResult> base, Optional<ProfileResult> head,
                          List<FieldChange> fields, List<PlatformChange> platforms) {

    public enum Status { ADDED, REMOVED, CHANGED, UNCHANGED }

    public record FieldChange(String path, String before, String after) {}

    /** A platform's monthly cost (without shared lines) before and after; empty where it did not fit. */
    public record PlatformChange(String platform, String name, OptionalDouble before, OptionalDouble after) {

        public OptionalDouble delta() {
            return before.isPresent() && after.isPresent() ? OptionalDouble.of(after.getAsDouble()
                    - before.getAsDouble()) : OptionalDouble.empty();
        }
    }

    public ProfileDiff {
        fields = List.copyOf(fields);
        platforms = List.copyOf(platforms);
    }

    public Optional<Assessment> recommendedBefore() {
        return base.flatMap(r -> r.recommendation().chosen());
    }

    public Optional<Assessment> recommendedAfter() {
        return head.flatMap(r -> r.recommendation().chosen());
    }

    /** The recommended platform's monthly cost; 0 for a profile that is absent or fits nothing. */
    public double costBefore() {
        return recommendedBefore().map(Assessment::platformCost).orElse(0.0);
    }

    public double costAfter() {
        return recommendedAfter().map(Assessment::platformCost).orElse(0.0);
    }

    public boolean recommendationChanged() {
        return status == Status.CHANGED && !recommendedBefore().map(Assessment::platform).orElse("none")
                .equals(recommendedAfter().map(Assessment::platform).orElse("none"));
    }

    /** The relative change of the recommended cost, when there was one before. */
    public OptionalDouble increase() {
        double before = costBefore();
        return before > 0 && status == Status.CHANGED ? OptionalDouble.of(costAfter() / before - 1)
                : OptionalDouble.empty();
    }
}
