package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import dev.costfit.platform.Platform;
import dev.costfit.platform.Commitments;
import dev.costfit.platform.Platforms;
import dev.costfit.profile.PricingOption;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.Profile;
import dev.costfit.profile.RegionPatterns;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs every selected platform on a profile, ranks them, finds the break-even rate and explains the result.
 * Pure: the same inputs give the same result.
 */
public final class Evaluator {

    private final List<Platform> platforms;
    private final PricingContext context;
    private final Recommender recommender;
    /** Regions every profile is compared in (`--region a,b,c`); empty: each profile's own `regions`. */
    private final List<String> compared;

    public Evaluator(List<Platform> platforms, PricingContext context, Recommender recommender) {
        this(platforms, context, recommender, List.of());
    }

    private Evaluator(List<Platform> platforms, PricingContext context, Recommender recommender,
                      List<String> compared) {
        this.platforms = List.copyOf(platforms);
        this.context = context;
        this.recommender = recommender;
        this.compared = List.copyOf(compared);
    }

    /** The same evaluator, comparing every profile in these AWS regions instead of its own `regions`. */
    public Evaluator comparingRegions(List<String> regions) {
        return new Evaluator(platforms, context, recommender, regions);
    }

    /** Every platform, the recommendation, its reasons and the break-even rate. */
    public ProfileResult evaluate(Profile profile) {
        return evaluate(profile, true);
    }

    /** As {@link #evaluate(Profile)}; without the break-even search (limits-only reports, sweeps) if asked. */
    public ProfileResult evaluate(Profile profile, boolean withBreakEven) {
        // One store for the profile's own assessments and its search: what no rate changes (node types and their
        // prices, pod fits, speed checks) is worked out once for both. Its keys name every input of what they keep,
        // none of which is the report-or-search choice.
        PricingContext own = context.reusing();
        List<Assessment> assessments = assess(profile, own);
        Recommender.Choice choice = recommender.choose(assessments);
        // The search starts from the answer at the profile's own rate, which the assessments above have given.
        RateSearch search = withBreakEven ? rateSearch(profile, own.searching()).knowing(assessments) : null;
        Optional<BreakEven> breakEven = withBreakEven ? Optional.of(BreakEven.find(profile,
                new BreakEven.Answer(choice.id(), recommender.slack(choice)), search, search, search))
                : Optional.empty();
        // Where an LLM service leaves cpu_time out, the answer at round values of it, each found as a map's cell is
        // (only the platforms that can be recommended there assessed), and that platform's month there.
        Optional<CpuTimeLadder> ladder = withBreakEven ? CpuTimeLadder.of(profile, p -> {
            String id = new RateSearch(p, onClouds(p), own.searching(), recommender, false).apply(p).id();
            double month = platform(id).map(x -> Platforms.assess(x, p, own.searching()).platformCost())
                    .orElse(Double.NaN);
            return new CpuTimeLadder.Rung(id, month);
        }) : Optional.empty();
        List<String> reasons = new java.util.ArrayList<>(Reasons.explain(profile, assessments, choice,
                recommender.simplicityMargin(), breakEven, ladder, this::name));
        PricingOption inForce = context.optionFor(profile);
        List<Assessment> onDemand = inForce.onDemand() ? List.of()
                : assess(profile, context.pricedAs(PricingOption.ON_DEMAND));
        bestCase(profile, inForce, onDemand, choice).ifPresent(r -> reasons.add(Math.min(1, reasons.size()), r));
        return new ProfileResult(profile, assessments, new Recommendation(choice.chosen(), choice.runnerUp(),
                reasons, breakEven, ladder), comparison(profile, inForce, assessments, onDemand, own.searching()),
                regions(profile, assessments), Optional.empty());
    }

    /**
     * Where the recommendation under a commitment rests on an "up to" figure (AWS publishes only "up to 66%" for EC2
     * under a Compute Savings Plan, a best case across instance types, where Fargate's and Lambda's rates are
     * published prices): which figure, and what would be recommended at published rates alone.
     */
    private Optional<String> bestCase(Profile profile, PricingOption inForce, List<Assessment> onDemand,
                                      Recommender.Choice choice) {
        if (inForce.onDemand() || choice.chosen().isEmpty()) {
            return Optional.empty();
        }
        List<Assessment> published = onDemand.stream()
                .map(a -> Commitments.applyPublished(a, profile, context.catalog(), inForce)).toList();
        Recommender.Choice without = recommender.choose(published);
        if (without.id().equals(choice.id())) {
            return Optional.empty();
        }
        Assessment chosen = choice.chosen().get();
        List<String> figures = onDemand.stream().filter(a -> a.platform().equals(chosen.platform())).findFirst()
                .map(a -> Commitments.bestCases(a, profile, context.catalog(), inForce)).orElse(List.of());
        String other = without.chosen().map(Assessment::platformName).orElse("no platform");
        boolean otherPublished = without.chosen().flatMap(w -> onDemand.stream()
                .filter(a -> a.platform().equals(w.platform())).findFirst())
                .map(a -> Commitments.bestCases(a, profile, context.catalog(), inForce).isEmpty()).orElse(false);
        String atPublished = without.chosen().map(w -> " (" + w.platformName() + " "
                + dev.costfit.units.Money.format(w.platformCost()) + ", " + chosen.platformName() + " "
                + published.stream().filter(a -> a.platform().equals(chosen.platform())).findFirst()
                .map(a -> dev.costfit.units.Money.format(a.platformCost())).orElse("unpriced") + ")").orElse("");
        return Optional.of(chosen.platformName() + " is recommended on a best case: under " + inForce.label()
                + ", its month takes AWS's " + dev.costfit.units.EnglishList.of(figures) + ", the most the plan "
                + "saves (across instance types), not a published rate" + (otherPublished ? " as " + other + "'s is"
                : "") + "; at published rates alone " + other + " would be recommended" + atPublished
                + ": check your own rate (Cost Explorer) before committing");
    }

    /**
     * With two or more regions to compare, every platform in each: the profile evaluated with that `region`, as
     * `--region R` would (the profile's own region reuses {@code here}). Google platforms follow each region's
     * nearest Google region unless gcp_region pins them.
     */
    private Optional<RegionComparison> regions(Profile profile, List<Assessment> here) {
        List<String> regions = !compared.isEmpty() ? compared
                : RegionPatterns.expand(profile.regions(), context.catalog().regions("aws"));
        if (regions.size() < 2) {
            return Optional.empty();
        }
        List<List<Assessment>> byRegion = regions.stream()
                .map(r -> r.equals(profile.region()) ? here : assess(profile.withRegion(r))).toList();
        List<Boolean> allowed = regions.stream().map(r -> RegionPatterns.allows(profile.regions(), r)).toList();
        List<String> google = regions.stream().map(r -> Platforms.googleRegion(profile.withRegion(r),
                context.catalog()).orElse("none")).toList();
        return Optional.of(RegionComparison.of(regions, allowed, google, profile.gcpRegion().isPresent(), byRegion,
                recommender, id -> platforms.stream().anyMatch(p -> p.id().equals(id)
                        && p.info().cloud() == Cloud.GCP)));
    }

    /**
     * Under a commitment, every platform on demand and under each commitment option (the one in force too): each
     * option's assessments, as the report's own are made under the option in force ({@code inForce}), since a
     * platform chooses its settings by their month under the option; the others as a search assesses them
     * ({@code searching}: the same months). Nothing on demand (the default). At published rates alone, each option
     * is applied to the on-demand assessments' lines: their settings' month without the best case, no less than the
     * least such month.
     */
    private Optional<PricingComparison> comparison(Profile profile, PricingOption inForce, List<Assessment> inForceOnes,
                                                   List<Assessment> onDemand, PricingContext searching) {
        if (inForce.onDemand()) {
            return Optional.empty();
        }
        List<PricingOption> options = new java.util.ArrayList<>(PricingOption.COMPARED);
        if (!options.contains(inForce)) {
            options.add(inForce);
        }
        List<List<Assessment>> byOption = options.stream().map(option -> option.onDemand() ? onDemand
                : option.equals(inForce) ? inForceOnes : assess(profile, searching.pricedAs(option))).toList();
        List<List<Assessment>> published = options.stream().map(option -> onDemand.stream()
                .map(a -> Commitments.applyPublished(a, profile, context.catalog(), option)).toList()).toList();
        return Optional.of(PricingComparison.of(inForce, options, byOption, published, recommender));
    }

    /** Every profile, in order; profiles are independent and the engine is pure, so they are evaluated in parallel. */
    public List<ProfileResult> evaluateAll(List<Profile> profiles, boolean withBreakEven) {
        return profiles.parallelStream().map(p -> evaluate(p, withBreakEven)).toList();
    }

    /** Every platform's assessment on the profile's clouds (`clouds`), without ranking. */
    public List<Assessment> assess(Profile profile) {
        return assess(profile, context);
    }

    /** The same for a search: the answers alone, without settings priced only for the trade-off table. */
    public List<Assessment> assessForSearch(Profile profile) {
        return assess(profile, context.searching());
    }

    /**
     * {@link #assessForSearch} for the profiles of one search on one thread (a row of a map): what they share is
     * worked out once ({@link dev.costfit.pricing.Reused}, whose keys name every input of what they keep).
     */
    public Function<Profile, List<Assessment>> assessingForOneSearch() {
        PricingContext reusing = context.searching().reusing();
        return profile -> assess(profile, reusing);
    }

    private List<Assessment> assess(Profile profile, PricingContext in) {
        return onClouds(profile).stream().map(p -> Platforms.assess(p, profile, in)).toList();
    }

    /**
     * For the cells of one map row on one thread, where only each cell's cheapest platform is drawn: the
     * assessments of the platforms that could be it, the others left unassessed ({@link RateSearch#contenders}
     * with no margin), so that each cell has the same cheapest platform and state as with every platform.
     *
     * @param alongRate whether the row's cells differ in their rate alone, asked in ascending rate: a rising
     *                  platform's cost at one then bounds it at the next (else only the cost floors bound)
     */
    public Function<Profile, List<Assessment>> contendersForOneRow(boolean alongRate) {
        PricingContext reusing = context.searching().reusing();
        RateSearch[] row = new RateSearch[1];
        return profile -> {
            if (!alongRate) {
                return new RateSearch(profile, onClouds(profile), reusing, recommender, false).contenders(profile, 1);
            }
            if (row[0] == null) {
                row[0] = new RateSearch(profile, onClouds(profile), reusing, recommender, true);
            }
            return row[0].contenders(profile, 1);
        };
    }

    /** The platforms on the profile's clouds (`clouds`), in their order. */
    private List<Platform> onClouds(Profile profile) {
        return platforms.stream().filter(p -> profile.clouds().contains(p.info().cloud())).toList();
    }

    /** The ranking of a set of assessments (what `recommend` would choose). */
    public Recommender.Choice choose(List<Assessment> assessments) {
        return recommender.choose(assessments);
    }

    /**
     * The recommendation at one rate after another of this profile, for the break-even search: the same answers as
     * {@link #recommendedId}, assessing fewer platforms.
     */
    RateSearch rateSearch(Profile profile) {
        return rateSearch(profile, context.searching().reusing());
    }

    private RateSearch rateSearch(Profile profile, PricingContext searching) {
        return new RateSearch(profile, onClouds(profile), searching, recommender);
    }

    /** The id of the platform recommended for a profile, or "none". */
    public String recommendedId(Profile profile) {
        return recommender.choose(assessForSearch(profile)).id();
    }

    public PricingContext context() {
        return context;
    }

    private String name(String id) {
        return platform(id).map(Platform::displayName).orElse("no platform");
    }

    /** The platform with this id, none for "none". */
    private Optional<Platform> platform(String id) {
        return platforms.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
