package dev.costfit.profile;

import dev.costfit.units.Rate;

/** Mean request rate, its shape over the day or week, and short peaks above the hourly rate. */
public record Traffic(Rate rate, PatternSpec pattern, double burst) {}
