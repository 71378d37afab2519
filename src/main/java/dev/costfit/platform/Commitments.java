package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Discount;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.PricingOption;
import dev.costfit.profile.Profile;
import dev.costfit.units.Money;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pricing option applied to an assessment's cost lines. Only the steady base is committed: the least on-demand
 * spend of any hour of the week on the lines a catalog discount covers (the assessment's {@link
 * dev.costfit.assessment.HourlyUsage}, line by line where a line's use has a shape of its own: provisioned
 * environments configured all month are steady however the requests come). That base is paid every hour at the
 * discounted rate; the rest of each covered line stays on demand, and so does every line no discount names (requests, egress, API Gateway, load
 * balancers, NAT, the cluster fee, LLM tokens). Committing the least hour means no hour leaves commitment unused,
 * so the month costs base × (1 − discount) + (use − base) exactly, hour by hour.
 *
 * <p>Settings (memory, task size, node type) stay those chosen on on-demand prices: the commitment discounts them.
 */
public final class Commitments {

    private Commitments() {
    }

    public static Assessment apply(Assessment assessment, Profile profile, Catalog catalog, PricingOption option) {
        if (option.onDemand() || !assessment.usable()) {
            return assessment;
        }
        // AWS discounts are per AWS region; Google's CUD rates are the same in every region (entries name none).
        String region = assessment.info().cloud() == Cloud.AWS ? profile.region() : "";
        List<CostLine> lines = new ArrayList<>();
        Set<Applied> used = new LinkedHashSet<>();
        double committedOnDemand = 0;
        double coveredOnDemand = 0;
        double committedPaid = 0;
        boolean covered = false;
        UncommittedLines uncommitted = new UncommittedLines(catalog, option, region);
        for (CostLine line : assessment.lines()) {
            Optional<Applied> discount = line.shared() ? Optional.empty()
                    : discount(catalog, option, line.key(), region);
            covered |= discount.isPresent();
            if (discount.isEmpty() && !line.shared()) {
                uncommitted.add(line);
            }
            double share = discount.isEmpty() ? 0 : assessment.usage().forLine(line.key()).steadyShare();
            if (discount.isEmpty() || share <= 0 || line.quantity() <= 0) {
                lines.add(line);
                continue;
            }
            used.add(discount.get());
            Applied applied = discount.get();
            Discount d = applied.discount();
            CostLine committed = CostLine.of(qualified(line.key()), () -> line.component() + ", committed base ("
                    + d.plan() + ", " + Numbers.grouped(d.fraction() * 100, 1) + "% off"
                    + (d.ceiling() ? ", the published ceiling" : "")
                    + (applied.bound() ? ", at least: the rate of " + applied.from().label() : "")
                    + ")", line.quantity() * share, line.unit(), line.unitPrice() * (1 - d.fraction()));
            committedOnDemand += line.monthlyCost() * share;
            coveredOnDemand += line.monthlyCost();
            committedPaid += committed.monthlyCost();
            lines.add(committed);
            if (share < 1) {
                lines.add(CostLine.of(line.key(), () -> line.component() + ", above the committed base (on demand)",
                        line.quantity() * (1 - share), line.unit(), line.unitPrice()));
            }
        }
        List<String> notes = new ArrayList<>();
        if (used.isEmpty()) {
            if (covered) {
                notes.add(option.label() + ": nothing committed, the work has no steady hourly base");
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
        notes.add(option.label() + ": commits " + Numbers.grouped(committedOnDemand / coveredOnDemand * 100, 1)
                + "% of the covered use (the "
                + "least hour's), " + Money.format(committedOnDemand / Month.HOURS) + " an hour of on-demand spend for "
                + Money.format(perHour) + " an hour, " + paid + "; the rest on demand");
        for (Applied applied : used) {
            Discount d = applied.discount();
            notes.add(d.plan() + " " + Numbers.grouped(d.fraction() * 100, 1) + "% off " + String.join(", ",
                    d.keys()) + (d.rate().isPresent() ? " (" + Money.unitPrice(d.rate().get()) + " against "
                    + Money.unitPrice(d.onDemand().get()) + " on demand)" : "") + (d.ceiling() ? ": AWS publishes only this 'up to' figure, the best case; "
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
        for (PricingOption tried : fallbacks(option)) {
            Optional<Discount> found = catalog.discount(tried, key, region);
            if (found.isPresent()) {
                return Optional.of(new Applied(found.get(), tried, !tried.equals(option)));
            }
        }
        return Optional.empty();
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
