package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CommittedLevel;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.HourlyUsage;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Discount;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.PricingOption;
import dev.costfit.profile.Profile;
import dev.costfit.units.CompensatedSum;
import dev.costfit.units.Money;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pricing option applied to an assessment's cost lines. Each line a catalog discount covers commits the hourly
 * level of its use that makes its month least ({@link HourlyUsage#committed}, from the assessment's {@link
 * HourlyUsage}, line by line where a line's use has a shape of its own: provisioned environments configured all
 * month are steady however the requests come), as a FinOps team sizes a plan (AWS Cost Explorer recommends the
 * hourly commitment that saves the most). The level is paid every hour at the discounted rate, used or not; the use
 * above it in each hour stays on demand, and so does every line no discount names (requests, egress, API Gateway,
 * load balancers, NAT, the cluster fee, LLM tokens). Committing the least hour's use instead left money on the table
 * and made the month fall as the quiet hours gained load.
 *
 * <p>A platform chooses its settings (memory, task or pod size, node or instance type) by their month under the
 * option ({@link CostUnderOption}, which prices each by {@link #cost} and {@link #lineCost}, this class's own split):
 * a setting chosen on demand and discounted afterwards made the committed month fall as the load rose, where the
 * on-demand choice moved to a setting the plan discounts more.
 */
public final class Commitments {

    private Commitments() {
    }

    public static Assessment apply(Assessment assessment, Profile profile, Catalog catalog, PricingOption option) {
        return apply(assessment, profile, catalog, option, true);
    }

    /**
     * As {@link #apply}, at published rates alone: no "up to" figure (a ceiling, AWS's best case, such as EC2's "up to
     * 66%" across instance types) is taken, so a line with only a ceiling stays on demand or takes the rate of the
     * same term with less upfront. For a report to say where a best case, not a published rate, decides an answer.
     */
    public static Assessment applyPublished(Assessment assessment, Profile profile, Catalog catalog,
                                            PricingOption option) {
        return apply(assessment, profile, catalog, option, false);
    }

    private static Assessment apply(Assessment assessment, Profile profile, Catalog catalog, PricingOption option,
                                    boolean bestCases) {
        if (option.onDemand() || !assessment.usable()) {
            return assessment;
        }
        String region = region(assessment.info().cloud(), profile);
        List<CostLine> lines = new ArrayList<>();
        Set<Applied> used = new LinkedHashSet<>();
        double committedOnDemand = 0;
        double coveredOnDemand = 0;
        double usedOnDemand = 0;
        double unusedPaid = 0;
        double committedPaid = 0;
        boolean covered = false;
        UncommittedLines uncommitted = new UncommittedLines(catalog, option, region);
        for (CostLine line : assessment.lines()) {
            Optional<Applied> discount = line.shared() ? Optional.empty()
                    : discount(catalog, option, line.key(), region, bestCases);
            covered |= discount.isPresent();
            if (discount.isEmpty() && !line.shared()) {
                uncommitted.add(line);
            }
            CommittedLevel level = discount.isEmpty() ? CommittedLevel.NONE
                    : assessment.usage().forLine(line.key()).committed(discount.get().discount().fraction());
            if (discount.isEmpty() || level.base() <= 0 || line.quantity() <= 0) {
                lines.add(line);
                continue;
            }
            used.add(discount.get());
            Applied applied = discount.get();
            Discount d = applied.discount();
            Base base = Base.of(line.quantity(), line.unitPrice(), d.fraction(), level);
            CostLine committed = CostLine.of(qualified(line.key()), () -> line.component() + ", committed level ("
                    + d.plan() + ", " + Numbers.grouped(d.fraction() * 100, 1) + "% off"
                    + (d.ceiling() ? ", the published ceiling" : "")
                    + (applied.bound() ? ", at least: the rate of " + applied.from().label() : "")
                    + ")", base.quantity(), line.unit(), base.unitPrice());
            committedOnDemand += line.monthlyCost() * level.base();
            coveredOnDemand += line.monthlyCost();
            usedOnDemand += line.monthlyCost() * level.covered();
            unusedPaid += committed.monthlyCost() * (level.unused() / level.base());
            committedPaid += committed.monthlyCost();
            lines.add(committed);
            if (base.above() > 0) {
                lines.add(CostLine.of(line.key(), () -> line.component() + ", above the committed level (on demand)",
                        base.above(), line.unit(), line.unitPrice()));
            }
        }
        List<String> notes = new ArrayList<>();
        if (used.isEmpty()) {
            if (covered) {
                notes.add(option.label() + ": nothing committed, no hourly level of the work's use would make the "
                        + "month cheaper under it (it has too few busy hours, or none steady)");
            } else if (!uncommitted.explains()) {
                notes.add(option.label() + ": the catalog has no published discount for " + assessment.platformName()
                        + (region.isEmpty() ? "" : " in " + region) + " under this option; priced on demand");
            }
            notes.addAll(uncommitted.notes());
            return assessment.withLines(lines, notes);
        }
        double perHour = committedPaid / Month.HOURS;
        // Google's committed use discounts take no upfront payment: "The commitment fee is billed monthly"
        // (https://cloud.google.com/run/cud), whatever the payment the option names for AWS.
        String paid = assessment.info().cloud() == Cloud.GCP ? "billed monthly (Google's committed use discounts "
                + "have no upfront payment" + (option.payment() == PricingOption.Payment.NO_UPFRONT ? ""
                : ": the same commitment as with no upfront") + ")" : switch (option.payment()) {
            case NO_UPFRONT -> "paid every hour";
            case PARTIAL_UPFRONT -> "half paid upfront (" + Money.format(perHour * 8760 * option.years() / 2)
                    + "), half every hour; shown amortised";
            case ALL_UPFRONT -> "paid upfront (" + Money.format(perHour * 8760 * option.years())
                    + " for the term), shown amortised at " + Money.format(committedPaid) + " a month";
        };
        // The level that makes the month least may be more than the quietest hours use: say what it covers and what
        // those hours leave unused, as AWS's recommendations report utilisation beside the saving.
        double unusedShare = unusedPaid / committedPaid;
        notes.add(option.label() + ": commits " + Money.format(committedOnDemand / Month.HOURS) + " an hour of "
                + "on-demand spend for " + Money.format(perHour) + " an hour (the level that makes the month least), "
                + paid + "; it covers " + Numbers.grouped(usedOnDemand / coveredOnDemand * 100, 1) + "% of the "
                + "eligible use" + (unusedShare >= 0.0005 ? ", and the quieter hours leave "
                + Numbers.grouped(unusedShare * 100, 1) + "% of it unused (" + Money.format(unusedPaid) + " a month)"
                : ", none of it unused") + "; the rest on demand");
        for (Applied applied : used) {
            Discount d = applied.discount();
            notes.add(d.plan() + " " + Numbers.grouped(d.fraction() * 100, 1) + "% off " + String.join(", ",
                    d.keys()) + (d.rate().isPresent() ? " (" + Money.unitPrice(d.rate().get()) + " against "
                    + Money.unitPrice(d.onDemand().get()) + " on demand)" : "")
                    + (d.ceiling() ? ": AWS publishes only this 'up to' figure, the best case; "
                    + "put your own rate in a --catalog overlay" : "") + (applied.bound() ? ": the rate of "
                    + applied.from().label() + ", as the catalog has none for " + option.label() + "; paying more "
                    + "upfront never costs more (AWS calls all upfront the highest savings), so this is the least "
                    + "it saves; put your rate in a --catalog overlay" : "") + "; " + d.source() + " ("
                    + d.effective() + ")");
        }
        notes.addAll(uncommitted.notes());
        return assessment.withLines(lines, notes);
    }

    /**
     * A covered line split as {@link #apply} splits it: its committed level ({@code level.base()} of its quantity,
     * paid whether used or not) at the discounted price, and the use above it ({@code above}) at its own.
     */
    private record Base(double quantity, double unitPrice, double above) {

        static Base of(double quantity, double unitPrice, double fraction, CommittedLevel level) {
            return new Base(quantity * level.base(), unitPrice * (1 - fraction), quantity * level.above());
        }

        /** The two parts' cost, each a line's quantity × unit price as {@link CostLine#of} works it out. */
        double cost(double onDemandPrice) {
            return above > 0 ? quantity * unitPrice + above * onDemandPrice : quantity * unitPrice;
        }
    }

    /**
     * The platform cost {@link #apply} gives lines used hour by hour as {@code usage}, each discounted at
     * {@code rates} of its key ({@link #rate}, which a caller that prices many settings keeps), without writing the
     * lines or their notes: the same lines split the same way and summed in the same order, so a setting chosen by
     * it costs exactly what the report bills.
     */
    static double cost(List<CostLine> lines, HourlyUsage usage,
                       java.util.function.Function<String, Optional<Discount>> rates) {
        // As Assessment sums a platform cost: compensated, the lines every platform shares left out.
        CompensatedSum sum = new CompensatedSum();
        for (CostLine line : lines) {
            if (line.shared()) {
                continue;
            }
            Optional<Discount> discount = rates.apply(line.key());
            CommittedLevel level = discount.isEmpty() ? CommittedLevel.NONE
                    : usage.forLine(line.key()).committed(discount.get().fraction());
            if (discount.isEmpty() || level.base() <= 0 || line.quantity() <= 0) {
                sum.add(line.monthlyCost());
                continue;
            }
            Base base = Base.of(line.quantity(), line.unitPrice(), discount.get().fraction(), level);
            sum.add(base.quantity() * base.unitPrice());
            if (base.above() > 0) {
                sum.add(base.above() * line.unitPrice());
            }
        }
        return sum.value();
    }

    /**
     * What a line of {@code quantity} at {@code unitPrice} costs where {@code fraction} is taken off its committed
     * {@code level} ({@link HourlyUsage#committed}): {@link #apply}'s split, for a platform that ranks many instance
     * types by a line before it writes one (EKS nodes, Lambda Managed Instances, at {@link CostUnderOption#fraction}).
     */
    static double lineCost(double quantity, double unitPrice, double fraction, CommittedLevel level) {
        if (fraction <= 0 || level.base() <= 0 || quantity <= 0) {
            return quantity * unitPrice;
        }
        return Base.of(quantity, unitPrice, fraction, level).cost(unitPrice);
    }

    /**
     * The share of its on-demand price no line pays less than under {@code option}: 1 less the deepest discount the
     * catalog has for it (or, as {@link #apply} takes them, for the same term with less upfront), in any region. A
     * month's on-demand lower bound times this is a lower bound of its month under the option.
     */
    static double leastShare(Catalog catalog, PricingOption option) {
        if (option.onDemand()) {
            return 1;
        }
        double deepest = 0;
        for (PricingOption tried : fallbacks(option)) {
            for (Discount d : catalog.discounts()) {
                if (d.options().contains(tried)) {
                    deepest = Math.max(deepest, d.fraction());
                }
            }
        }
        return 1 - deepest;
    }

    /**
     * The region a discount is looked up in: AWS discounts are per AWS region; Google's CUD rates are the same in
     * every region (entries name none).
     */
    static String region(Cloud cloud, Profile profile) {
        return cloud == Cloud.AWS ? profile.region() : "";
    }

    /**
     * A discount applied to a line, and the option whose rate it is: the one in force, or — where the catalog has no
     * rate for it — the same term with less paid upfront, a bound (the option in force saves at least that much).
     */
    private record Applied(Discount discount, PricingOption from, boolean bound) {}

    /**
     * The catalog's discount for a line under {@code option}, else under the same term with less upfront: all
     * upfront, then partial, then no upfront. A commitment paid more upfront is never dearer than one of the same
     * term paid less upfront ("AllUpfront (highest savings)", AWS Cost Optimization Hub's PreferredCommitment,
     * https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_CostOptimizationHub_PreferredCommitment.html;
     * every Fargate and Lambda rate in the catalog agrees), so the rate of the next option down bounds the real one.
     */
    private static Optional<Applied> discount(Catalog catalog, PricingOption option, String key, String region) {
        return discount(catalog, option, key, region, true);
    }

    private static Optional<Applied> discount(Catalog catalog, PricingOption option, String key, String region,
                                              boolean bestCases) {
        for (PricingOption tried : fallbacks(option)) {
            Optional<Discount> found = bestCases ? catalog.discount(tried, key, region)
                    : catalog.publishedDiscount(tried, key, region);
            if (found.isPresent()) {
                return Optional.of(new Applied(found.get(), tried, !tried.equals(option)));
            }
        }
        return Optional.empty();
    }


    /**
     * The "up to" figures (ceilings) {@link #apply} takes off an assessment's lines under {@code option}, in the
     * words of a reason: "AWS's 'up to 66%' off EC2 nodes (c6a.large)". Empty where every discount is a rate.
     */
    public static List<String> bestCases(Assessment assessment, Profile profile, Catalog catalog,
                                         PricingOption option) {
        if (option.onDemand() || !assessment.usable()) {
            return List.of();
        }
        String region = region(assessment.info().cloud(), profile);
        Set<String> out = new LinkedHashSet<>();
        for (CostLine line : assessment.lines()) {
            Optional<Applied> applied = line.shared() ? Optional.empty()
                    : discount(catalog, option, line.key(), region);
            if (applied.isPresent() && applied.get().discount().ceiling()) {
                out.add("'up to " + Numbers.grouped(applied.get().discount().fraction() * 100, 1) + "%' off "
                        + line.component());
            }
        }
        return List.copyOf(out);
    }

    /** The option, then the same term with less upfront, in the order {@link #discount} tries them. */
    static List<PricingOption> fallbacks(PricingOption option) {
        PricingOption.Payment[] payments = PricingOption.Payment.values(); // no, partial, all upfront
        List<PricingOption> out = new ArrayList<>();
        for (int p = option.payment().ordinal(); p >= 0; p--) {
            out.add(new PricingOption(option.years(), payments[p]));
        }
        return out;
    }

    /** The discount {@link #apply} would give the line {@code key} in {@code region}, if any. */
    static Optional<Discount> rate(Catalog catalog, PricingOption option, String key, String region) {
        return discount(catalog, option, key, region).map(Applied::discount);
    }

    /**
     * Whether an assessment's notes say a line the plan covers stayed on demand for want of a rate in its region: its
     * month is then an on-demand figure where the plan would apply, not to be compared with committed months.
     */
    public static boolean lacksRegionalRate(List<String> notes) {
        return UncommittedLines.lacksRegionalRate(notes);
    }

    /**
     * Whether {@code option} discounts the cost line {@code key} in {@code region} (its own rate or, as {@link #apply}
     * takes it, that of the same term with less upfront): for a platform to word what its lines are priced at.
     */
    static boolean covers(Catalog catalog, PricingOption option, String key, String region) {
        return !option.onDemand() && discount(catalog, option, key, region).isPresent();
    }

    /** The key of a committed line: the line's own, qualified "committed" ({@link CostLine#qualified}). */
    private static String qualified(String key) {
        return CostLine.qualified(key, "committed");
    }
}
