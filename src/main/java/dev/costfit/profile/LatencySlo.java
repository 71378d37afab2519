package dev.costfit.profile;

import dev.costfit.units.Percent;
import dev.costfit.units.TimeSpan;

/** At most {@code coldStartShare} of requests may wait longer than {@code coldStartBudget} for a cold start. */
public record LatencySlo(TimeSpan coldStartBudget, Percent coldStartShare) {}
