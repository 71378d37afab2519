package dev.costfit.platform;

import dev.costfit.model.HourlyLoad;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.TimeSpan;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A service's hourly load for each request time, built once per platform assessment: the settings a platform
 * compares (pod and task sizes at or above the request's threads, a shape's limits and its usage) mostly run a
 * request equally fast, and then share one load and the occupancy tables and percentiles it keeps. Empty for a job.
 */
final class ServiceLoads {

    private final Profile profile;
    private final Map<Double, Optional<HourlyLoad>> built = new HashMap<>();

    ServiceLoads(Profile profile) {
        this.profile = profile;
    }

    /** The load with {@code seconds} as the mean time a request is in flight; empty for a job. */
    Optional<HourlyLoad> at(double seconds) {
        return built.computeIfAbsent(seconds, s -> profile.workload() instanceof Workload.Service service
                ? Optional.of(HourlyLoad.of(service.traffic(), TimeSpan.ofSeconds(s))) : Optional.empty());
    }
}
