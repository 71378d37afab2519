package dev.costfit.platform;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.GoogleAlternatives;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.PriceKey;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Google region a profile is priced in: its `gcp_region`, else the catalog's nearest to its AWS region
 * (`gcp_nearest`). 1st gen runs only in its own, shorter list of regions: where the nearest region has none, the
 * catalog names the nearest that does (`gcp_nearest_gen1`). Where the nearest region bills at Tier 2 and a Tier 1
 * region is close (`gcp_tier1_nearby`), a note says so ({@link TierOne}), which a report prices
 * ({@link TierOneRegion}).
 *
 * @param tierOne the Tier 1 region a note names, where it names one
 */
record GoogleRegion(String name, List<String> notes, Optional<TierOne> tierOne) {

    GoogleRegion {
        notes = List.copyOf(notes);
    }

    GoogleRegion(String name, List<String> notes) {
        this(name, notes, Optional.empty());
    }

    /**
     * A Tier 1 region close to a Tier 2 one, and why a note names it ("europe-west2 bills Cloud Run functions at Tier
     * 2 prices; europe-west1, about 760 km away, is Tier 1 and bills vCPU-seconds 29% less").
     */
    record TierOne(String region, String why) {

        /** The YAML that states it. */
        String setting() {
            return "gcp_region: " + region;
        }

        /** The note where its month is not priced, or would not cost less. */
        String note() {
            return why + ": set " + setting() + " to price it there";
        }

        /**
         * The note where it would cost {@code month} a month, {@code saved} less; {@code whose}, what the month is of
         * ({@link dev.costfit.assessment.SettingNote.Wording#at}).
         */
        String note(double month, double saved, String whose) {
            return why + ": " + setting() + " would cost " + dev.costfit.units.Money.format(month) + " a month"
                    + whose + ", " + dev.costfit.units.Money.format(saved) + " ("
                    + dev.costfit.units.Numbers.significant(saved / (month + saved) * 100, 2) + "%) less";
        }
    }

    /** The name of the region of Cloud Run functions, empty where the catalog names no Google region near. */
    static Optional<String> gen2Name(Profile profile, Catalog catalog) {
        return profile.gcpRegion().or(() -> nearestTo(profile, catalog));
    }

    /**
     * The region of Cloud Run functions (2nd gen).
     *
     * @param noted whether its notes are written (a report's); a search, a cost floor, reads the name alone
     */
    static GoogleRegion forGen2(Profile profile, Catalog catalog, boolean noted) {
        if (profile.gcpRegion().isPresent()) {
            return new GoogleRegion(profile.gcpRegion().get(), List.of());
        }
        String nearest = nearest(profile, catalog);
        if (!noted) {
            return new GoogleRegion(nearest, List.of());
        }
        List<String> notes = new ArrayList<>(List.of("Google region " + nearest + ", the nearest to "
                + profile.region() + " (set gcp_region to choose)"));
        Optional<TierOne> tierOne = alternatives(profile, catalog).flatMap(GoogleAlternatives::gen2).map(tier1 ->
                tierOne(nearest, tier1, "Cloud Run functions", PriceKeys.GCF2_VCPU_REQUEST, "vCPU-seconds", catalog));
        tierOne.ifPresent(t -> notes.add(t.note()));
        return new GoogleRegion(nearest, notes, tierOne);
    }

    /** The region of Cloud Functions 1st gen: the nearest region that runs it (notes as {@link #forGen2}). */
    static GoogleRegion forGen1(Profile profile, Catalog catalog, boolean noted) {
        if (profile.gcpRegion().isPresent()) {
            String chosen = profile.gcpRegion().get();
            PriceKey invocations = PriceKeys.GCF1_INVOCATIONS;
            if (!catalog.hasPrice(invocations, chosen) && catalog.prices().containsKey(invocations.name())) {
                throw new MissingPriceException("1st gen runs only in its own regions, and the catalog prices none in "
                        + chosen + " (it prices 1st gen in " + String.join(", ", new TreeSet<>(
                        catalog.prices().get(invocations.name()).keySet())) + "); set gcp_region to one of them, "
                        + "or add 1st gen prices for " + chosen + " with --catalog");
            }
            return new GoogleRegion(chosen, List.of());
        }
        String nearest = nearest(profile, catalog);
        String gen1 = catalog.gcpNearestGen1().getOrDefault(profile.region(), nearest);
        if (!noted) {
            return new GoogleRegion(gen1, List.of());
        }
        List<String> notes = new ArrayList<>();
        notes.add(gen1.equals(nearest)
                ? "Google region " + nearest + ", the nearest to " + profile.region() + " (set gcp_region to choose)"
                : "1st gen does not run in " + nearest + ", the Google region nearest to " + profile.region()
                        + ": priced in " + gen1 + ", the nearest region that runs it (set gcp_region to choose)");
        Optional<TierOne> tierOne = alternatives(profile, catalog).flatMap(GoogleAlternatives::gen1).map(tier1 ->
                tierOne(gen1, tier1, "1st gen", PriceKeys.GCF1_CPU, "GHz-seconds", catalog));
        tierOne.ifPresent(t -> notes.add(t.note()));
        return new GoogleRegion(gen1, notes, tierOne);
    }

    private static String nearest(Profile profile, Catalog catalog) {
        return nearestTo(profile, catalog).orElseThrow(() -> new MissingPriceException(
                "the catalog names no Google region near " + profile.region() + "; set gcp_region in the profile"));
    }

    /** The Google region the catalog names nearest to the profile's AWS region, if any. */
    private static Optional<String> nearestTo(Profile profile, Catalog catalog) {
        return Optional.ofNullable(catalog.gcpNearest().get(profile.region()));
    }

    private static Optional<GoogleAlternatives> alternatives(Profile profile, Catalog catalog) {
        return Optional.ofNullable(catalog.gcpTier1Nearby().get(profile.region()));
    }

    /** "europe-west2 bills ... at Tier 2; europe-west1, about 760 km away, is Tier 1 and bills ... 29% less". */
    private static TierOne tierOne(String region, GoogleAlternatives.Nearby tier1, String what, PriceKey key,
                                   String unit, Catalog catalog) {
        String saving = "";
        if (catalog.hasPrice(key, region) && catalog.hasPrice(key, tier1.region())) {
            double here = catalog.price(key, region).unitPrice();
            double there = catalog.price(key, tier1.region()).unitPrice();
            if (there < here) {
                saving = " and bills " + unit + " " + Math.round(100 * (1 - there / here)) + "% less";
            }
        }
        long km = Math.round(tier1.km() / 10.0) * 10;
        return new TierOne(tier1.region(), region + " bills " + what + " at Tier 2 prices; " + tier1.region()
                + ", about " + km + " km away, is Tier 1" + saving);
    }

    /**
     * The continent a Google region's name starts with, as Cloud Run's egress SKUs name them ("North America to
     * North America", "Europe to Europe", ...).
     */
    String continent() {
        if (name.startsWith("us-") || name.startsWith("northamerica-")) {
            return "North America";
        }
        if (name.startsWith("southamerica-")) {
            return "South America";
        }
        if (name.startsWith("europe-")) {
            return "Europe";
        }
        if (name.startsWith("me-")) {
            return "the Middle East";
        }
        if (name.startsWith("asia-")) {
            return "Asia Pacific";
        }
        if (name.startsWith("australia-")) {
            return "Oceania";
        }
        return name.startsWith("africa-") ? "Africa" : "its continent";
    }

    /** Google's free egress allowance counts only within North America. */
    boolean inNorthAmerica() {
        return name.startsWith("us-") || name.startsWith("northamerica-");
    }
}
