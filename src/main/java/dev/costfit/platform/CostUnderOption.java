package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.HourlyUsage;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Discount;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.PricingOption;
import dev.costfit.profile.Profile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a platform's choice among its settings (a memory, a task, pod or environment size, a node or instance type)
 * compares: each setting's month under the pricing option in force, as the report then bills it. On demand that is
 * the month of its lines; under a commitment, the month {@link Commitments} gives them, at its own rates and split.
 * A setting chosen on demand and discounted afterwards made the committed month fall as the load rose: EKS under 3
 * years all upfront billed t3a.medium nodes at 6.8/s ($234.94, the cheaper on demand) and c6a.large at 6.95/s
 * ($218.94), where c6a.large nodes cost $218.27 under the plan at 6.8/s. Choosing by the month under the option,
 * every rate's month is the least of its settings' months at that rate.
 */
final class CostUnderOption {

    /** Every setting on demand: its month is its lines' (a choice made without a profile: tests). */
    static final CostUnderOption ON_DEMAND = new CostUnderOption(null, PricingOption.ON_DEMAND, "");

    private final Catalog catalog;
    private final PricingOption option;
    /** The region the platform's discounts are looked up in ({@link Commitments#region}). */
    private final String region;
    /**
     * Each line key's discount ({@link Commitments#rate}), looked up once: a choice prices every line of every
     * setting it compares, and a look-up reads every discount of the catalog. Confined to the thread that assesses.
     */
    private final Map<String, Optional<Discount>> rates = new HashMap<>();

    private CostUnderOption(Catalog catalog, PricingOption option, String region) {
        this.catalog = catalog;
        this.option = option;
        this.region = region;
    }

    private Optional<Discount> rate(String key) {
        return rates.computeIfAbsent(key, k -> Commitments.rate(catalog, option, k, region));
    }

    /** The option {@code context} prices {@code profile} under, for a platform on {@code cloud}. */
    static CostUnderOption of(Profile profile, PricingContext context, Cloud cloud) {
        PricingOption option = context.optionFor(profile);
        return option.onDemand() ? ON_DEMAND
                : new CostUnderOption(context.catalog(), option, Commitments.region(cloud, profile));
    }

    boolean onDemand() {
        return option.onDemand();
    }

    /** A setting's month: its platform cost on demand, else as {@link Commitments#apply} bills it. */
    double of(Assessment assessment) {
        return option.onDemand() || !assessment.usable() ? assessment.platformCost()
                : Commitments.cost(assessment.lines(), assessment.usage(), this::rate);
    }

    /** The month of a setting's lines, used hour by hour as {@code usage}: their total on demand. */
    double of(List<CostLine> lines, HourlyUsage usage) {
        return option.onDemand() ? CostLines.total(lines) : Commitments.cost(lines, usage, this::rate);
    }

    /**
     * A cost no higher than a setting's month under the option, from {@code onDemand}, one no higher than its month
     * on demand: times the least share of its on-demand price any line pays ({@link Commitments#leastShare}).
     */
    double bound(double onDemand) {
        return option.onDemand() ? onDemand : onDemand * Commitments.leastShare(catalog, option);
    }

    /**
     * The share of the line keyed {@code key} that the option takes off its committed level, at the rate
     * {@link Commitments#apply} takes: 0 on demand or where the catalog has none.
     */
    double fraction(String key) {
        return option.onDemand() ? 0 : rate(key).map(Discount::fraction).orElse(0.0);
    }
}
