package dev.costfit.profile;

import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.Optional;

/**
 * The estimates a profile stated as ranges (services only); each one present is a range of more than one point,
 * whose expected value is the profile's own.
 */
public record Ranges(Optional<Estimate<Rate>> rate, Optional<Estimate<TimeSpan>> meanDuration,
                     Optional<Estimate<TimeSpan>> cpuTime) {

    public static final Ranges NONE = new Ranges(Optional.empty(), Optional.empty(), Optional.empty());

    public boolean any() {
        return rate.isPresent() || meanDuration.isPresent() || cpuTime.isPresent();
    }
}
