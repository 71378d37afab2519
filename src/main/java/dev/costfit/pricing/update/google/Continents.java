package dev.costfit.pricing.update.google;

import java.util.Locale;

/**
 * Continents as Cloud Run's egress SKUs name them ("North America", "MiddleEast", "AsiaPacific"), reduced to a
 * token, and the continent a Google region is on by its name's prefix (https://cloud.google.com/about/locations).
 * A SKU for one continent is never taken for a region on another, whatever regions the SKU lists.
 */
final class Continents {

    private Continents() {
    }

    static String token(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    static String of(String region) {
        if (region.startsWith("us-") || region.startsWith("northamerica-")) {
            return "northamerica";
        }
        if (region.startsWith("southamerica-")) {
            return "southamerica";
        }
        if (region.startsWith("europe-")) {
            return "europe";
        }
        if (region.startsWith("me-")) {
            return "middleeast";
        }
        if (region.startsWith("asia-")) {
            return "asiapacific";
        }
        if (region.startsWith("australia-")) {
            return "oceania";
        }
        return region.startsWith("africa-") ? "africa" : "";
    }
}
