package dev.costfit.pricing;

import java.time.LocalDate;
import java.util.Set;

/**
 * The average EC2 Spot saving over on-demand of one instance family in some regions, and how often its Spot
 * instances were interrupted, as the AWS Spot Instance Advisor reported them: a past average, not a price; the Spot
 * price of the day differs by type, zone and hour.
 *
 * @param fraction     the mean of the Advisor's "savings over on-demand" over the family's sizes in the catalog
 * @param interruption the Advisor's frequency-of-interruption buckets those sizes fell in ("<5% to >20%")
 */
public record SpotSaving(String family, Set<String> regions, double fraction, String interruption,
                         LocalDate effective, String source) {

    public SpotSaving {
        regions = Set.copyOf(regions);
    }
}
