package dev.costfit.pricing;

import java.util.Objects;

/**
 * A price key with the unit the code that bills it counts in: a cost line multiplies GB-seconds, vCPU-hours or
 * requests by the price, so it asks for the price per that unit, and the catalog holds every entry of the key per
 * it, converted where the entry is written per another span of time ({@link CatalogLoader#merge}). Made only by
 * {@link PriceKeys}, which lists every key costfit bills: the loader converts into the units listed there, so a key
 * in hand always finds its prices in its own unit. Name and unit are interned, as the catalog's keys are, so that
 * a look-up matches by identity.
 */
public final class PriceKey {

    private final String name;
    private final String unit;

    PriceKey(String name, String unit) {
        this.name = name.intern();
        this.unit = unit.intern();
    }

    /** The catalog's key: "fargate.ephemeral-storage". */
    public String name() {
        return name;
    }

    /** The unit its cost lines count and its prices are per: "GB-second". */
    public String unit() {
        return unit;
    }

    /**
     * How many of this key's units one {@code written} unit is, when a price written per it converts exactly (as the
     * loader converts an entry): one GB-hour is 3600 GB-seconds. Empty when the loader would refuse the unit.
     */
    public java.util.OptionalDouble unitsIn(String written) {
        return PriceUnit.of(written).in(PriceUnit.of(unit));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriceKey k && k.name.equals(name) && k.unit.equals(unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unit);
    }

    @Override
    public String toString() {
        return name + " per " + unit;
    }
}
