package dev.costfit.pricing;

import dev.costfit.profile.PricingOption;
import dev.costfit.yaml.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A published commitment discount: which pricing options it belongs to, which cost lines it covers (by their keys),
 * how much it takes off, where, and where it was read. The catalog's {@code discounts} section holds them, so a new
 * platform whose lines a plan covers needs only catalog data.
 *
 * @param keys     cost-line keys it covers: exact, or ending in {@code *} for every key with that beginning; a
 *                 volume tier (/tier-N) counts as its key
 * @param fraction the share taken off the on-demand price (0.17 is 17% off)
 * @param rate     the committed price as published, when it was published as a price (with {@code onDemand}, the
 *                 on-demand price it was published beside; {@code fraction} is then 1 − rate / onDemand)
 * @param regions  where it applies; empty: every region
 * @param ceiling  true when only an "up to" figure is published: the most the plan takes off, not a typical rate
 */
public record Discount(String plan, List<PricingOption> options, List<String> keys, double fraction,
                       Optional<Double> rate, Optional<Double> onDemand, Set<String> regions, boolean ceiling,
                       String description, LocalDate effective, String source, Location origin) {

    public Discount {
        options = List.copyOf(options);
        keys = List.copyOf(keys);
        regions = Set.copyOf(regions);
    }

    /** A volume tier after the first in a line's key: the same meter as its key's. */
    private static final java.util.regex.Pattern TIER = java.util.regex.Pattern.compile("/tier-[0-9]+");

    /** Whether it discounts the line keyed {@code lineKey} under {@code option} in {@code region}. */
    public boolean covers(PricingOption option, String lineKey, String region) {
        if (!options.contains(option) || !regions.isEmpty() && !regions.contains(region)) {
            return false;
        }
        // Compiled once: a platform's choice under a commitment asks of every line of every setting it compares.
        String key = lineKey.indexOf('/') < 0 ? lineKey : TIER.matcher(lineKey).replaceFirst("");
        return keys.stream().anyMatch(k -> k.endsWith("*") ? key.startsWith(k.substring(0, k.length() - 1))
                : key.equals(k));
    }
}
