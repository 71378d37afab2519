package dev.costfit.profile;

import dev.costfit.units.TimeSpan;
import java.util.Optional;

/** A profile's own cold-start figures, replacing the catalog's estimates. */
public record ColdStartOverride(Optional<TimeSpan> init, Optional<TimeSpan> keepAlive) {

    public static final ColdStartOverride NONE = new ColdStartOverride(Optional.empty(), Optional.empty());
}
