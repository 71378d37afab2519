package dev.costfit.pricing;

import java.util.Optional;

/**
 * For an AWS region whose nearest Google region bills at Tier 2: a Tier 1 region close by, for Cloud Run functions
 * (2nd gen) and for 1st gen, each with its distance in km (great-circle between the cities the regions are named
 * after; a rough figure, for a note, never for a price).
 */
public record GoogleAlternatives(Optional<Nearby> gen2, Optional<Nearby> gen1) {

    /** A Google region and how far it is, in km. */
    public record Nearby(String region, long km) {}
}
