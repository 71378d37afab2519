package dev.costfit.profile;

import dev.costfit.units.DataSize;
import dev.costfit.units.Percent;
import java.util.Optional;

/**
 * What a workload writes to its logs and traces: log bytes per request (ingested and kept {@code retentionDays}),
 * and whether requests are traced: a stated share of them, or (empty) X-Ray's default rule.
 */
public record Observability(DataSize logBytesPerRequest, int retentionDays, boolean tracing,
                            Optional<Percent> traceSampling) {

    /** Whether anything here is billed at all. */
    public boolean any() {
        return logBytesPerRequest.bytes() > 0 || tracing;
    }
}
