package dev.costfit.cli;

import dev.costfit.profile.RegionPatterns;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The AWS regions --region names, read against the catalog: exact codes or the globs a profile's `regions` takes
 * (us-*: every US region the catalog knows, in its order), each region once in the order first named — a region
 * named twice had printed two identical columns and "costs the same in the 2 regions".
 */
final class RegionOption {

    private RegionOption() {
    }

    /**
     * A verb that prices in one region (diff, map, breakeven), and what it says where several are named.
     *
     * @param verbSays "diff prices both sets in one region"
     * @param paths    the profiles, for the recommend command that compares regions instead
     */
    record OneRegion(String verbSays, String paths) {}

    /**
     * @param text   the option's value, or null where it is not given (then no region)
     * @param aws    the AWS regions the catalog knows
     * @param google the Google regions it knows, to point a Google region to gcp_region
     * @param one    where only one region may be priced, or null
     */
    static List<String> regions(String text, Set<String> aws, Set<String> google, OneRegion one) {
        if (text == null) {
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>();
        for (String item : text.split(",")) {
            String region = item.trim();
            if (region.contains("*") || region.contains("?")) {
                List<String> matched = RegionPatterns.expand(List.of(region), aws);
                if (matched.isEmpty()) {
                    throw new InputException(Location.ofFile("--region"), "", "'" + region + "' names no AWS "
                            + "region the catalog knows. The catalog knows " + String.join(", ", aws)
                            + "; add others with --catalog.");
                }
                named.addAll(matched);
            } else if (aws.contains(region)) {
                named.add(region);
            } else if (google.contains(region)) {
                throw new InputException(Location.ofFile("--region"), "", "'" + region + "' is a Google Cloud "
                        + "region; --region names the AWS region. To price Cloud Functions there, set gcp_region: "
                        + region + " in the profile.");
            } else {
                throw new InputException(Location.ofFile("--region"), "", unknown(region, aws));
            }
        }
        if (one != null && named.size() > 1) {
            String first = named.iterator().next();
            String all = String.join(",", named);
            throw new InputException(Location.ofFile("--region"), "", "found '" + text + "'"
                    + (all.equals(text.replace(" ", "")) ? "" : " (" + String.join(", ", named) + ")")
                    + ", but " + one.verbSays() + "; give one (--region " + first + "), or compare regions side by "
                    + "side with costfit recommend --region " + all + " " + one.paths());
        }
        return List.copyOf(named);
    }

    /** An AWS region the catalog does not know, with the closest names and the whole list. */
    static String unknown(String region, Set<String> known) {
        return "unknown AWS region '" + region + "'." + Suggestions.didYouMean(region, known)
                + " The catalog knows " + String.join(", ", known) + "; add others with --catalog.";
    }
}
