package dev.costfit.units;

/** A value with a unit, as read from a profile or the catalog's limits. */
public sealed interface Quantity permits DataSize, TimeSpan, Rate, Percent, Count {

    /** The value as a person would write it, with its unit ("512 MB", "900 s", "20/s"). */
    String display();

    /** The value in the base unit (bytes, seconds, per second, fraction, count). */
    double magnitude();
}
