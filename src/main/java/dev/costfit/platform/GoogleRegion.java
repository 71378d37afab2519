package dev.costfit.platform;

import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Profile;
import java.util.Optional;

/** The Google region a profile is priced in: its `gcp_region`, else the catalog's nearest to its AWS region. */
record GoogleRegion(String name, Optional<String> note) {

    static GoogleRegion of(Profile profile, Catalog catalog) {
        if (profile.gcpRegion().isPresent()) {
            return new GoogleRegion(profile.gcpRegion().get(), Optional.empty());
        }
        String nearest = catalog.gcpNearest().get(profile.region());
        if (nearest == null) {
            throw new dev.costfit.pricing.MissingPriceException("the catalog names no Google region near "
                    + profile.region() + "; set gcp_region in the profile");
        }
        return new GoogleRegion(nearest, Optional.of("Google region " + nearest + ", the nearest to "
                + profile.region() + " (set gcp_region to choose)"));
    }

    /** Google's free egress allowance counts only within North America. */
    boolean inNorthAmerica() {
        return name.startsWith("us-") || name.startsWith("northamerica-");
    }
}
