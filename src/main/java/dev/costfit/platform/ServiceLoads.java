package dev.costfit.platform;

import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.TimeSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's hourly load for each request time, built once per platform assessment: the settings a platform
 * compares (pod and task sizes at or above the request's threads, a shape's limits and its usage) mostly run a
 * request equally fast, and then share one load and the occupancy tables and percentiles it keeps. In a search
 * the load is shared wider, by every platform and setting that asks for the same traffic and request time
 * ({@link #of}). Empty for a job.
 */
final class ServiceLoads {

    private final Profile profile;
    private final PricingContext context;
    private final Map<Double, Optional<HourlyLoad>> built = new HashMap<>();

    ServiceLoads(Profile profile, PricingContext context) {
        this.profile = profile;
        this.context = context;
    }

    /** The load with {@code seconds} as the mean time a request is in flight; empty for a job. */
    Optional<HourlyLoad> at(double seconds) {
        // A look-up first: computeIfAbsent would make its lambda on every call, most of which find the load.
        Optional<HourlyLoad> load = built.get(seconds);
        if (load == null) {
            load = profile.workload() instanceof Workload.Service service ? Optional.of(of(context, service, seconds))
                    : Optional.empty();
            built.put(seconds, load);
        }
        return load;
    }

    /**
     * The service's load with {@code seconds} in flight, kept for the search ({@link dev.costfit.pricing.Reused}):
     * in one probe of a break-even search, or one row of a map, Lambda, Cloud Run, Fargate, EKS and the managed
     * instances often ask for the same one (a request that mostly waits takes as long on each), and a load works out
     * its Poisson tables and percentiles once. Its key is all it is made of.
     */
    static HourlyLoad of(PricingContext context, Workload.Service service, double seconds) {
        return context.reused().get(List.of("hourly-load", service.traffic(), seconds),
                () -> HourlyLoad.of(service.traffic(), TimeSpan.ofSeconds(seconds)));
    }
}
