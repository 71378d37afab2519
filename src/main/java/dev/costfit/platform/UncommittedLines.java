package dev.costfit.platform;

import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Discount;
import dev.costfit.profile.PricingOption;
import dev.costfit.units.EnglishList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a commitment left lines on demand, where a reader would otherwise take the month for a committed one: the
 * plan covers the line but the catalog has its rate only in other regions (Compute Savings Plans "automatically apply
 * to EC2 instance usage regardless of ... Region ..., and also apply to Fargate or Lambda usage", the Savings Plans
 * overview, glue-and-discounts-reference.md CS1; the catalog's Lambda and Fargate rates are us-east-1's), or only
 * for the other architecture (AWS's published table gives provisioned concurrency x86_64 rates only,
 * glue-and-discounts-reference.md §9, S3b), or the line is Spot capacity, which no Savings Plan covers (it is
 * billed at the Spot price; the catalog's discounts section names no Spot line).
 */
final class UncommittedLines {

    /**
     * How a note ends where a line the plan covers is priced on demand for want of this region's rate: the month is
     * then on-demand where the plan would apply (at most the committed cost), not to be compared with committed ones.
     */
    static final String NO_RATE_HERE = "on demand: no commitment rate here";

    private final Catalog catalog;
    private final PricingOption option;
    private final String region;
    private final Set<String> elsewhere = new LinkedHashSet<>();
    private final Set<String> ratedIn = new TreeSet<>();
    private String elsewherePlan = "";
    private final Set<String> otherArchitecture = new LinkedHashSet<>();
    private String otherArchitecturePlan = "";
    private String ratedArchitecture = "";
    private final Set<String> spot = new LinkedHashSet<>();
    private final Set<String> spotMeters = new LinkedHashSet<>();
    private final Set<String> onDemandKeys = new LinkedHashSet<>();

    UncommittedLines(Catalog catalog, PricingOption option, String region) {
        this.catalog = catalog;
        this.option = option;
        this.region = region;
    }

    /** Whether a note ends in {@link #NO_RATE_HERE}: the month is on demand where a commitment would apply. */
    static boolean lacksRegionalRate(List<String> notes) {
        return notes.stream().anyMatch(n -> n.endsWith(NO_RATE_HERE));
    }

    /** A line the commitment found no discount for in this region. */
    void add(CostLine line) {
        String key = line.key();
        int at = key.indexOf(":spot");
        if (at >= 0) {
            spot.add(line.component());
            spotMeters.add(key.substring(0, at));
            return;
        }
        onDemandKeys.add(key);
        List<Discount> there = ratedElsewhere(key);
        if (!there.isEmpty()) {
            elsewhere.add(line.component());
            elsewherePlan = there.get(0).plan();
            there.forEach(d -> d.regions().stream().filter(r -> !r.equals(region)).forEach(ratedIn::add));
            return;
        }
        Optional<String> sibling = otherArchitecture(key);
        if (sibling.isEmpty()) {
            return;
        }
        Optional<Discount> rated = Commitments.rate(catalog, option, sibling.get(), region)
                .or(() -> ratedElsewhere(sibling.get()).stream().findFirst());
        if (rated.isPresent()) {
            otherArchitecture.add(line.component());
            otherArchitecturePlan = rated.get().plan();
            ratedArchitecture = sibling.get().contains("arm64") ? "arm64" : "x86_64";
        }
    }

    /**
     * Whether the notes say all there is to say about an uncommitted platform: every line the commitment could take
     * is explained (a rate missing here, or Spot capacity with no on-demand part of its meter beside it, as a
     * Fargate service on Spot), so "the catalog has no published discount" would mislead.
     */
    boolean explains() {
        return !elsewhere.isEmpty() || !otherArchitecture.isEmpty()
                || !spot.isEmpty() && spotMeters.stream().noneMatch(onDemandKeys::contains);
    }

    /** The notes, in the order: rates missing in this region, for this architecture, then Spot. */
    List<String> notes() {
        List<String> out = new ArrayList<>();
        if (!elsewhere.isEmpty()) {
            out.add(option.label() + ": " + EnglishList.of(List.copyOf(elsewhere)) + (elsewhere.size() == 1
                    ? " stays" : " stay") + " on demand in " + region + ": the catalog has " + elsewherePlan
                    + " rates for " + (elsewhere.size() == 1 ? "it" : "them") + " in " + EnglishList.of(
                    List.copyOf(ratedIn)) + " only, though the plan applies in every region (put your rates in a "
                    + "--catalog overlay); " + NO_RATE_HERE);
        }
        if (!otherArchitecture.isEmpty()) {
            boolean one = otherArchitecture.size() == 1;
            out.add(option.label() + ": " + EnglishList.of(List.copyOf(otherArchitecture))
                    + (one ? " stays" : " stay") + " on demand: a " + otherArchitecturePlan + " covers "
                    + (one ? "it" : "them") + ", but the catalog has its rate for " + ratedArchitecture
                    + " only (none was found published for " + (ratedArchitecture.equals("arm64") ? "x86_64"
                    : "arm64") + "); put your rate in a --catalog overlay");
        }
        if (!spot.isEmpty()) {
            out.add(option.label() + ": Spot capacity is not eligible for Savings Plans: " + EnglishList.of(
                    List.copyOf(spot)) + (spot.size() == 1 ? " stays" : " stay") + " at the Spot price, none of it "
                    + "committed");
        }
        return out;
    }

    /** The discounts rating {@code key} under the option (or less upfront) in a region other than this one. */
    private List<Discount> ratedElsewhere(String key) {
        List<Discount> found = new ArrayList<>();
        for (Discount d : catalog.discounts()) {
            boolean rates = Commitments.fallbacks(option).stream().anyMatch(tried -> d.regions().stream()
                    .anyMatch(r -> !r.equals(region) && d.covers(tried, key, r)));
            if (rates) {
                found.add(d);
            }
        }
        return found;
    }

    /** The same meter for the other architecture ("lambda.provisioned.x86_64" for ".arm64"), if the key names one. */
    private static Optional<String> otherArchitecture(String key) {
        if (key.contains("arm64")) {
            return Optional.of(key.replace("arm64", "x86_64"));
        }
        return key.contains("x86_64") ? Optional.of(key.replace("x86_64", "arm64")) : Optional.empty();
    }
}
