package dev.costfit.profile;

import dev.costfit.units.Percent;
import java.util.List;
import java.util.OptionalInt;

/** Settings that only one platform has. */
public record PlatformKnobs(Lambda lambda, Fargate fargate, Eks eks, CloudFunctionsGen2 cloudFunctionsGen2) {

    /**
     * {@code provisionedConcurrency}: empty = auto (bought only where the latency SLO needs it); 0 = never.
     * {@code snapStart}: cold starts restore a snapshot (the reader has checked the runtime allows it).
     */
    public record Lambda(OptionalInt provisionedConcurrency, SnapStart snapStart) {
        public boolean snapStartOn() {
            return snapStart == SnapStart.ON;
        }
    }

    public record Fargate(boolean spot, Percent targetUtilization) {}

    /**
     * {@code nodeTypes} empty = every type in the catalog; {@code spot}: nodes above {@code onDemandBase} run on
     * EC2 Spot; {@code support}: the support the cluster's Kubernetes version is in, which sets its fee.
     */
    public record Eks(Percent clusterShare, List<String> nodeTypes, Percent targetUtilization, boolean spot,
                      int onDemandBase, EksSupport support) {
        public Eks {
            nodeTypes = List.copyOf(nodeTypes);
        }
    }

    /**
     * {@code networkTier}: the tier its internet responses are billed in (see {@link NetworkTier});
     * {@code cpuTarget} and {@code concurrencyTarget}: Cloud Run's scaling targets where the profile sets them
     * (else the catalog's defaults).
     */
    public record CloudFunctionsGen2(GcfBilling billing, NetworkTier networkTier,
                                     java.util.Optional<Percent> cpuTarget,
                                     java.util.Optional<Percent> concurrencyTarget) {}
}
