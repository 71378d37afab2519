package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.platform.Platform;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The platform recommended for one profile at one rate after another, as the break-even search asks for it,
 * assessing only the platforms that can still matter at each rate.
 *
 * <p>A platform whose cost rises with the load ({@link Platform#costRisesWithLoad()}) costs at any rate at least
 * what it cost at a lower one, less the setting tie. Where that is already beyond the simplicity margin of a
 * platform assessed at this rate, it can be neither the cheapest nor within the margin of the cheapest, so leaving
 * it out changes neither ({@link Recommender#choose}): the answer is exactly that of assessing every platform. The
 * first time a rising platform has no cost known at or below the rate asked for, they are all assessed at
 * {@link BreakEven#LOWEST} too, the lowest rate the search scans, so that every later rate has a bound; where it
 * also has a cost floor (Fargate's and EKS's: the least of the bounds their sizes are chosen by), the floor is worked
 * out when that bound does not already leave it out, and the larger of the two bounds it. Every other
 * platform is bounded the same way by its cost floor ({@link Platforms#costFloor}), and platforms are assessed least
 * bound first, so that the cheapest is known early and the dearest are left out. A floor that rises with the load
 * ({@link Platform#floorRisesWithLoad}: the functions') is itself bounded by its value at a lower rate, and worked
 * out only when that bound comes first. As the search asks for the
 * recommended platform's id alone, a platform is also left out where it could only be dearer than the cheapest found
 * and a simpler (or as simple and cheaper) platform within the margin is already known: it would not be chosen.
 * Where a platform's costly part only adds to its bill (Lambda's cold starts, where they bill only their INIT), the
 * choice is first made with it at both ends of its bracket, and only where the two differ is it assessed in full
 * ({@link #apply}).
 * A platform a limit no rate changes keeps out ({@link Assessment#unfitAtEveryRate()}: a GPU Lambda cannot give, a
 * runtime Lambda Managed Instances does not run) fits at no rate, and is assessed no more once that is seen. Where a
 * limit every platform's assessment shares blocks the rate ({@link Platforms#sharedLimitsBlock}: an LLM API's rate
 * limit below the mean calls a minute), no platform is usable and none is assessed: half of a search's bisection
 * towards such a limit lies beyond it, where every platform was assessed in full, none bounded by a cheapest.
 *
 * <p>For a service with a latency SLO it also counts, at the rates the scan asks, the instances each function keeps
 * warm ({@link BreakEven.KeptWarm}), from the assessments it made there or assessing the function where it left it
 * out, so that the scan can look for their changes between its rates; and for a service it tells the bounds, units
 * and costs by which the scan looks for bands of containers' whole units next to a crossing
 * ({@link BreakEven.Costs}), from the same assessments.
 *
 * <p>A map's drawing asks the same of its cells with no margin ({@link #contenders}): the cheapest alone. Along a
 * rate row its cells are the row's profile at one rate after another; across other inputs only the cost floors
 * bound ({@code alongRate} false).
 */
final class RateSearch implements Function<Profile, BreakEven.Answer>, BreakEven.KeptWarm, BreakEven.Costs {

    /** Room for rounding in costs that rise with the load (a tie may differ in its last bits). */
    private static final double ROUNDING = 1e-9;

    private final Profile profile;
    private final List<Platform> platforms;
    private final PricingContext context;
    private final Recommender recommender;
    /**
     * Whether the profiles asked about differ only in their rate, so that a rising platform's cost at a lower rate
     * bounds it at a higher one; where they differ in more (the cells of a map along another input), rising
     * platforms are not bounded.
     */
    private final boolean alongRate;
    /** Each rising platform's cost at the rates it was usable at. */
    private final Map<String, TreeMap<Double, Double>> known = new HashMap<>();
    /** Each floor that rises with the load, at the rates it was worked out at (along a rate only). */
    private final Map<String, TreeMap<Double, Double>> floors = new HashMap<>();
    /** Platforms that fit at no rate of the profile ({@link Assessment#unfitAtEveryRate()}), along a rate only. */
    private final java.util.Set<String> unfit = new java.util.HashSet<>();
    /**
     * Where the search may look past the scan's rates (a service, along its rate: for changes of the instances kept
     * warm, {@link BreakEven.KeptWarm}, with a latency SLO; for bands of whole units, {@link BreakEven.Costs}), every
     * platform's full assessment at each rate asked, to look at it without assessing again.
     */
    private final Map<Double, Map<Platform, Assessment>> assessedAt;
    /** Where {@link #assessedAt} is kept, each platform's bracket at each rate asked ({@link Platforms#bracket}). */
    private final Map<Double, Map<Platform, java.util.Optional<Platforms.Bracket>>> bracketsAt = new HashMap<>();
    private boolean lowestAssessed;
    private int assessed;
    private int decidedByBracket;
    private int floorsAsked;
    private int floorsWorkedOut;

    /**
     * @param platforms the platforms on the profile's clouds, in the order a full assessment lists them
     * @param context   a search's pricing context
     */
    RateSearch(Profile profile, List<Platform> platforms, PricingContext context, Recommender recommender) {
        this(profile, platforms, context, recommender, true);
    }

    /** @param alongRate whether every profile asked about is {@code profile} at another rate (see the field) */
    RateSearch(Profile profile, List<Platform> platforms, PricingContext context, Recommender recommender,
               boolean alongRate) {
        this.profile = profile;
        this.platforms = List.copyOf(platforms);
        this.context = context;
        this.recommender = recommender;
        this.alongRate = alongRate;
        this.assessedAt = alongRate && profile.workload() instanceof dev.costfit.profile.Workload.Service
                ? new HashMap<>() : null;
    }

    /**
     * Takes in what the profile's own assessments (a report's, at its own rate) tell of every rate: the platforms
     * that fit at none are not assessed again, and a rising platform's cost there bounds it at every rate above (a
     * report prices the setting a search would choose, so the cost is the one a search would find there).
     */
    RateSearch knowing(List<Assessment> atOwnRate) {
        if (alongRate) {
            atOwnRate.stream().filter(Assessment::unfitAtEveryRate).forEach(a -> unfit.add(a.platform()));
            double rate = BreakEven.rateOf(profile);
            for (Assessment a : atOwnRate) {
                for (Platform p : platforms) {
                    if (p.id().equals(a.platform())) {
                        remember(p, rate, a);
                        if (assessedAt != null) {
                            assessedAt.computeIfAbsent(rate, r -> new java.util.IdentityHashMap<>()).put(p, a);
                        }
                    }
                }
            }
        }
        return this;
    }

    /**
     * The id of the platform recommended for {@code atRate} (the profile at another rate), or "none", and how close
     * it is to changing ({@link Recommender#slack}): a platform left out counts at its bound, so the slack is at
     * most that of assessing every platform; where that would call the answer close to changing
     * ({@link BreakEven#CLOSE}), the answer can give the full one ({@link #fullSlack}), assessing the platforms
     * left out that could lower it.
     *
     * <p>A platform that offers a bracket ({@link Platforms#bracket}: Lambda, where its cold starts only add the
     * INIT they bill) is first taken at the bracket's two ends, every other platform as it is. Were it to cost
     * {@code x} instead, with the others fixed, it would be recommended at {@code x} only if it were at any lower
     * cost (a lower cost keeps it within the margin and ahead of each platform it was ahead of, and lets no
     * other in: the cheapest can only fall), and another platform recommended at both ends would be at every cost
     * in between (it stays within the margin, as the cheapest is at least the lower end's; whatever it was ahead of
     * at the upper end is within the margin at x only if it was at the upper end; and the bracketed platform, if it
     * is within the margin at x, is dearer than at the lower end, where it was behind). So the same answer at both
     * ends is the answer at the true cost, which is then never worked out; different answers take it in full.
     * Where the bracketed platform is left out before it is assessed (its bound), both ends are that answer. The
     * slack is then the lesser of the two ends': each way a cost can change the choice is further from it at the
     * true cost than at one end or the other.
     */
    @Override
    public BreakEven.Answer apply(Profile atRate) {
        double margin = 1 + recommender.simplicityMargin();
        Probe probe = new Probe(atRate);
        if (assessedAt != null) {
            Map<Platform, Assessment> before = assessedAt.putIfAbsent(probe.rate, probe.full);
            if (before != null) {
                probe.full.putAll(before);
                assessedAt.put(probe.rate, probe.full);
            }
        }
        Recommender.Choice lower = recommender.choose(contenders(atRate, margin, true, probe, End.LOWER));
        BreakEven.Answer answer = new BreakEven.Answer(lower.id(), slack(lower, probe));
        if (probe.bracketed != null) {
            Recommender.Choice upper = recommender.choose(contenders(atRate, margin, true, probe, End.UPPER));
            if (lower.id().equals(upper.id())) {
                decidedByBracket++;
                answer = new BreakEven.Answer(lower.id(), Math.min(answer.slack(), slack(upper, probe)));
            } else {
                probe.bracketed = null;
                Recommender.Choice exact = recommender.choose(contenders(atRate, margin, true, probe, End.EXACT));
                answer = new BreakEven.Answer(exact.id(), slack(exact, probe));
            }
        }
        // A report says where the scan's rates were close to changing: there the slack is the one every platform's
        // assessment gives, not a bound's — worked out only when asked (a bisection's rates never ask).
        return answer.slack() < BreakEven.CLOSE && (probe.bracketed != null || anyLeft(probe))
                ? new BreakEven.Answer(answer.id(), answer.slack(), () -> fullSlack(probe))
                : answer;
    }

    private static boolean anyLeft(Probe probe) {
        for (boolean left : probe.left) {
            if (left) {
                return true;
            }
        }
        return false;
    }

    /**
     * The slack every platform's assessment would give where it is close ({@link BreakEven#CLOSE}), and at least
     * {@code CLOSE} elsewhere: the ranked platforms assessed in full (a bracketed one too), then, one at a time, the
     * platform left out whose bound gives the least slack, as long as that is below both the slack of those assessed
     * and {@code CLOSE} — its own cost floor first, where its bound was another's. A platform's slack only grows with
     * its cost, so one whose bound already gives more than the least cannot give less in full; and a platform the
     * ranking left out changes neither the cheapest nor the choice.
     */
    private double fullSlack(Probe probe) {
        boolean[] left = probe.left.clone();
        List<Assessment> known = new ArrayList<>(left.length);
        for (int i = 0; i < left.length; i++) {
            if (!left[i]) {
                known.add(probe.assessment(probe.fitting[i], End.EXACT));
            }
        }
        while (true) {
            Recommender.Choice choice = recommender.choose(known);
            double slack = recommender.slack(choice);
            int binding = -1;
            double least = Double.POSITIVE_INFINITY;
            for (int i = 0; i < left.length; i++) {
                double bound = left[i] ? recommender.slackAgainst(choice, probe.fitting[i].info().simplicity(),
                        probe.bounds[i]) : Double.POSITIVE_INFINITY;
                if (bound < least) {
                    least = bound;
                    binding = i;
                }
            }
            if (binding < 0 || least >= Math.min(slack, BreakEven.CLOSE)) {
                return Math.min(slack, least);
            }
            if (!probe.exact[binding]) {
                // A bound from a lower rate first gives way to the platform's own floor, a few multiplications,
                // which may already put it beyond the slack that matters.
                probe.ownFloor(binding);
                continue;
            }
            left[binding] = false;
            known.add(probe.assessment(probe.fitting[binding], End.EXACT));
        }
    }

    /** A choice's slack, with the platforms its last ranking left out at their bounds. */
    private double slack(Recommender.Choice choice, Probe probe) {
        double slack = recommender.slack(choice);
        for (int i = 0; i < probe.left.length && slack > 0; i++) {
            if (probe.left[i]) {
                slack = Math.min(slack, recommender.slackAgainst(choice, probe.fitting[i].info().simplicity(),
                        probe.bounds[i]));
            }
        }
        return slack;
    }

    /** Which cost a bracketed platform is taken at. */
    private enum End { LOWER, UPPER, EXACT }

    /**
     * One rate's assessments and bounds, each worked out once however many times its choice is: the full
     * assessments, and the one platform taken at its bracket's ends (at most one: the argument in {@link #apply}
     * moves one cost).
     */
    private final class Probe {

        private final Profile atRate;
        private final double rate;
        /**
         * Whether a limit every platform's assessment shares blocks this rate ({@link Platforms#sharedLimitsBlock}),
         * known once for the rate's choices.
         */
        private final boolean blocked;
        private final Map<Platform, Assessment> full = new java.util.IdentityHashMap<>();
        private Platform bracketed;
        private Platforms.Bracket bracket;
        private double[] bounds;
        /** Which bounds are the platforms' own: a floor bounded by one at a lower rate is not, until worked out. */
        private boolean[] exact;
        /** The platforms that may fit, as the bounds list them, and those the last ranking left out unassessed. */
        private Platform[] fitting = new Platform[0];
        private boolean[] left = new boolean[0];

        Probe(Profile atRate) {
            this.atRate = atRate;
            this.rate = BreakEven.rateOf(atRate);
            this.blocked = Platforms.sharedLimitsBlock(atRate, context.catalog());
        }

        /**
         * Bounds platform {@code i} by its own cost floor at this rate where its bound was another rate's (a rising
         * platform by the larger of the two).
         */
        void ownFloor(int i) {
            Platform p = fitting[i];
            double floor = floor(p, atRate, rate);
            bounds[i] = p.costRisesWithLoad() ? Math.max(bounds[i], floor) : floor;
            exact[i] = true;
        }

        Assessment assessment(Platform p, End end) {
            if (end != End.EXACT && (bracketed == null || bracketed == p)) {
                if (bracketed == null) {
                    java.util.Optional<Platforms.Bracket> b = bracketAt(p, rate, () -> atRate);
                    if (b.isPresent()) {
                        bracketed = p;
                        bracket = b.get();
                    }
                }
                if (bracketed == p) {
                    return end == End.LOWER ? bracket.lower() : bracket.upper();
                }
            }
            Assessment a = full.get(p);
            if (a == null) {
                a = assess(p, atRate, rate);
                full.put(p, a);
            }
            return a;
        }
    }

    /**
     * The assessments of every platform that may cost at most {@code margin} times the cheapest that fits here
     * (1: the cheapest itself, as a map's cell shows it), in the platforms' own order, as a full assessment lists
     * them, so that ties are broken the same way; the others are left out unassessed.
     */
    List<Assessment> contenders(Profile atRate, double margin) {
        return contenders(atRate, margin, false, new Probe(atRate), End.EXACT);
    }

    /**
     * @param idOnly whether only the recommended platform's id is asked for ({@link #apply}): then a platform that
     *               can be neither the cheapest nor chosen over one already assessed is left out too
     *               ({@link #outranked})
     */
    private List<Assessment> contenders(Profile atRate, double margin, boolean idOnly, Probe probe, End end) {
        double rate = probe.rate;
        if (probe.blocked) {
            // Every platform's assessment would carry the blocked limit: none is usable, whatever it costs.
            return List.of();
        }
        // Arrays and loops, not streams and maps: a search asks this some 25 times a profile, of 5 or 6 platforms.
        Platform[] fitting = new Platform[platforms.size()];
        int n = 0;
        for (Platform p : platforms) {
            if (!unfit.contains(p.id())) {
                fitting[n++] = p;
            }
        }
        if (alongRate && !lowestAssessed && rate > BreakEven.LOWEST && unbounded(fitting, n, rate)) {
            lowestAssessed = true;
            Profile lowest = BreakEven.atRate(profile, BreakEven.LOWEST);
            for (int i = 0; i < n; i++) {
                if (fitting[i].costRisesWithLoad()) {
                    assess(fitting[i], lowest, BreakEven.LOWEST);
                }
            }
        }
        // The bounds of the rate's first choice serve its others: what they add to the rising platforms' costs
        // known is this rate's full assessments, the same each time.
        if (probe.bounds == null || probe.bounds.length != n) {
            probe.bounds = new double[n];
            probe.exact = new boolean[n];
            for (int i = 0; i < n; i++) {
                Platform p = fitting[i];
                // Where only the id is asked, a floor that rises with the load is first bounded by the floor at a
                // lower rate, and worked out only if that bound does not already leave the platform out.
                double below = idOnly && alongRate && p.floorRisesWithLoad() ? floorBelow(p, rate) : 0;
                floorsAsked += p.costRisesWithLoad() ? 0 : 1;
                // A rising platform is first bounded by its cost at a lower rate, and its floor worked out only if
                // that bound does not already leave it out.
                probe.exact[i] = !p.costRisesWithLoad() && below <= 0;
                probe.bounds[i] = p.costRisesWithLoad() ? bound(p, rate) : below > 0 ? below : floor(p, atRate, rate);
            }
        }
        double[] bounds = probe.bounds;
        boolean[] exact = probe.exact;
        probe.fitting = fitting;
        boolean[] taken = new boolean[n];
        Assessment[] here = new Assessment[n];
        List<Assessment> assessed = new ArrayList<>(n);
        double cheapest = Double.POSITIVE_INFINITY;
        // Least bound first, equals in the platforms' order. A floor bounded from below is worked out when it comes
        // first and put back at its own place: the platforms taken are then those, in the order, that every floor
        // worked out would give, and a floor whose bound is already beyond the margin is never worked out.
        for (int i = least(bounds, taken); i >= 0; i = least(bounds, taken)) {
            double bound = bounds[i];
            if (bound > cheapest * margin * (1 + ROUNDING) + ROUNDING) {
                break; // bounds ascend and the cheapest only falls: every platform left is beyond the margin too
            }
            if (!exact[i]) {
                probe.ownFloor(i);
                continue;
            }
            taken[i] = true;
            if (idOnly && outranked(fitting[i], bound, cheapest, assessed)) {
                continue;
            }
            Assessment a = probe.assessment(fitting[i], end);
            here[i] = a;
            assessed.add(a);
            cheapest = a.usable() ? Math.min(cheapest, a.platformCost()) : cheapest;
        }
        List<Assessment> inOrder = new ArrayList<>(assessed.size());
        probe.left = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (here[i] != null) {
                inOrder.add(here[i]);
            } else {
                probe.left[i] = true;
            }
        }
        return java.util.Collections.unmodifiableList(inOrder);
    }

    /**
     * Whether a platform bounded at {@code bound} cannot be recommended whatever it costs, given the platforms
     * assessed so far: its cost is beyond the cheapest found, and bounds ascend, so the cheapest — and with it the
     * margin — is already final; and a platform within the margin is simpler than it ({@link Recommender#choose}),
     * or as simple and cheaper than its bound. Such a platform changes neither the cheapest nor the choice.
     */
    private boolean outranked(Platform p, double bound, double cheapest, Collection<Assessment> assessed) {
        if (!(bound > cheapest * (1 + ROUNDING) + ROUNDING)) {
            return false;
        }
        for (Assessment a : assessed) {
            if (a.usable() && recommender.withinMargin(a.platformCost(), cheapest)) {
                int simpler = a.simplicity().compareTo(p.simplicity());
                if (simpler < 0 || (simpler == 0 && bound > a.platformCost() * (1 + ROUNDING) + ROUNDING)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The platform not yet taken whose bound is least, the first of equals; -1 where every one is taken. */
    private static int least(double[] bounds, boolean[] taken) {
        int least = -1;
        for (int i = 0; i < bounds.length; i++) {
            if (!taken[i] && (least < 0 || Double.compare(bounds[i], bounds[least]) < 0)) {
                least = i;
            }
        }
        return least;
    }

    /** A platform's cost floor at this rate ({@link Platforms#costFloor}), kept to bound it at higher rates. */
    private double floor(Platform p, Profile atRate, double rate) {
        floorsWorkedOut += p.costRisesWithLoad() ? 0 : 1; // counted as floorsAsked counts them
        double floor = Platforms.costFloor(p, atRate, context);
        if (alongRate && p.floorRisesWithLoad() && floor > 0) {
            floors.computeIfAbsent(p.id(), k -> new TreeMap<>()).put(rate, floor);
        }
        return floor;
    }

    /**
     * A rising floor at a rate the search asks again (the steps a break-even looks through for bands start at the
     * scan's own rates): the one worked out there before, else worked out now.
     */
    private double floorAt(Platform p, double rate) {
        TreeMap<Double, Double> known = floors.get(p.id());
        Double there = known == null ? null : known.get(rate);
        return there != null ? there : floor(p, BreakEven.atRate(profile, rate), rate);
    }

    /**
     * The least a floor that rises with the load ({@link Platform#floorRisesWithLoad}) can be at this rate: its value
     * at the highest rate at or below it worked out so far, with room for rounding; 0 where none was.
     */
    private double floorBelow(Platform p, double rate) {
        TreeMap<Double, Double> known = floors.get(p.id());
        Map.Entry<Double, Double> below = known == null ? null : known.floorEntry(rate);
        return below == null ? 0 : below.getValue() * (1 - ROUNDING);
    }

    /** Whether a rising platform among the first {@code n} has no cost known at or below the rate to bound it. */
    private boolean unbounded(Platform[] fitting, int n, double rate) {
        for (int i = 0; i < n; i++) {
            if (fitting[i].costRisesWithLoad() && bound(fitting[i], rate) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The platforms whose instances kept warm can change with the load here: those whose cost does not rise with it
     * (the functions), for a service with a latency SLO searched along its rate; none otherwise.
     */
    @Override
    public List<String> platforms() {
        if (assessedAt == null || profile.latency().isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Platform p : platforms) {
            if (!p.costRisesWithLoad() && !unfit.contains(p.id())) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    @Override
    public double step(String id) {
        Platform p = byId(id);
        return p == null ? 1 : p.keptWarmStep(profile);
    }

    /** The instances {@code id} keeps warm at this rate, infinite where it is not usable: assessed once a rate. */
    @Override
    public double kept(String id, Profile atRate) {
        Platform p = byId(id);
        if (p == null) {
            return Double.POSITIVE_INFINITY;
        }
        return keptAt(p, BreakEven.rateOf(atRate));
    }

    /**
     * The instances a platform keeps warm at a rate, infinite where it is not usable ({@link #boundingAt}: a bracket
     * keeps as many and fits exactly where the full assessment does, {@link dev.costfit.platform.CostBracket}). A
     * bracket spares the cold-start model where a latency SLO is met with none kept: Lambda at busy rates, whose
     * passes cost most (their levels grow with the square root of the requests in flight).
     */
    private double keptAt(Platform p, double rate) {
        Assessment a = boundingAt(p, rate, false);
        return a.usable() ? a.coldStarts().keptWarm() : Double.POSITIVE_INFINITY;
    }

    /**
     * A platform's assessment at a rate where a bound of its cost will do: its full assessment where the search has
     * one, else its bracket's end where it offers one ({@code upper} for the most it can cost, else the least), which
     * fits exactly where the full assessment does and keeps as many warm; else its full assessment, made now.
     */
    private Assessment boundingAt(Platform p, double rate, boolean upper) {
        Map<Platform, Assessment> here = assessedAt.get(rate);
        Assessment a = here == null ? null : here.get(p);
        if (a != null) {
            return a;
        }
        java.util.Optional<Platforms.Bracket> bracket = bracketAt(p, rate, () -> BreakEven.atRate(profile, rate));
        if (bracket.isPresent()) {
            return upper ? bracket.get().upper() : bracket.get().lower();
        }
        return assessedAt(p, rate);
    }

    /**
     * {@link Platforms#bracket} at a rate, worked out once a rate where the search keeps its assessments; the profile
     * at that rate is made only to work it out, as {@link #assessedAt} makes it only to assess.
     */
    private java.util.Optional<Platforms.Bracket> bracketAt(Platform p, double rate,
                                                            java.util.function.Supplier<Profile> atRate) {
        if (assessedAt == null) {
            return Platforms.bracket(p, atRate.get(), context);
        }
        return bracketsAt.computeIfAbsent(rate, r -> new java.util.IdentityHashMap<>())
                .computeIfAbsent(p, x -> Platforms.bracket(x, atRate.get(), context));
    }

    /**
     * Whether a platform other than the answer can come near enough to it between two rates to take over, whatever
     * its count does there: it costs at least its cost floor at the lower rate (which rises with the load,
     * {@link Platform#floorRisesWithLoad}), and must cost less than the answer, within the margin where it is
     * simpler, less the margin where the answer is ({@link #within}, as {@link Recommender#choose} decides). Worked
     * out before the platform is counted: most functions a search left out cannot come near.
     */
    @Override
    public boolean mayComeNear(String id, String answer, double low, double high) {
        Platform p = byId(id);
        Platform x = byId(answer);
        if (p == null || x == null || p == x || !p.floorRisesWithLoad()) {
            return true;
        }
        double most = most(x, low, high);
        return most == Double.POSITIVE_INFINITY || nearEnough(floorAt(p, low), p, x,
                most);
    }

    /**
     * A platform whose count rises between two rates costs more after the rise: it can lead only before it, where it
     * costs at least its cost at the lower rate (its bracket's lower end, where it was not assessed in full), less
     * what a function's bill can fall between its changes (the INIT of cold starts that traffic spares: at most 5%
     * taken). Where the rising platform is the answer itself, any other may lead after its rise: that is not bounded
     * here.
     */
    @Override
    public boolean mayLeadBeforeRise(String id, String answer, double low, double high) {
        Platform p = byId(id);
        Platform x = byId(answer);
        if (p == null || x == null || p == x) {
            return true;
        }
        Assessment ownLow = boundingAt(p, low, false);
        double most = most(x, low, high);
        return !ownLow.usable() || most == Double.POSITIVE_INFINITY || nearEnough(ownLow.platformCost()
                * Math.exp(-BreakEven.CLOSE) / (1 + Platform.SETTING_TIE), p, x, most);
    }

    /**
     * Whether a platform costing at least {@code least} can lead an answer costing at most {@code most}: come under
     * it by the share {@link #within} says. (Being the cheapest alone changes nothing: a less simple platform that
     * undercuts the old cheapest but not the answer less the margin leaves the answer within the margin of it, and
     * the simplest of a smaller set.)
     */
    private boolean nearEnough(double least, Platform p, Platform x, double most) {
        return least < most * within(p, x) + ROUNDING;
    }

    /**
     * The most the answer can cost between two rates at which it is recommended: the larger of its costs there (or
     * of its bracket's upper ends, where it was not assessed in full), widened by the setting tie and the 5% a
     * function's bill may fall between its changes; infinite where it is not usable at both, or where its own count
     * falls between them (it may cost an instance more inside).
     */
    private double most(Platform x, double low, double high) {
        Assessment lower = boundingAt(x, low, true);
        Assessment upper = boundingAt(x, high, true);
        if (!lower.usable() || !upper.usable() || keptAt(x, high) < keptAt(x, low)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(lower.platformCost(), upper.platformCost()) * (1 + Platform.SETTING_TIE)
                * Math.exp(BreakEven.CLOSE);
    }

    /** The platforms that may fit, for a service searched along its rate; none otherwise. */
    @Override
    public List<String> candidates() {
        if (assessedAt == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Platform p : platforms) {
            if (!unfit.contains(p.id())) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    /** A container's (cost rising with the load: tasks, nodes, instances sized to each hour). */
    @Override
    public boolean wholeUnits(String id) {
        Platform p = byId(id);
        return p != null && p.costRisesWithLoad();
    }

    /**
     * A rising platform at least its cost at the lower rate (its cost at or below it, where only what is known is
     * asked), less the setting tie; a function at least the lesser of its costs (or its bracket's lower ends, where
     * it was not assessed in full) at both ends, less the 5% its bill may fall between them (INIT that traffic
     * spares), or its cost floor at the lower rate where only what is known is asked. 0 where it is usable at one end
     * only; infinite where at neither.
     */
    @Override
    public double least(String id, double low, double high, boolean exact) {
        Platform p = byId(id);
        if (!exact) {
            return p.costRisesWithLoad() ? bound(p, low)
                    : p.floorRisesWithLoad() ? floorAt(p, low) : 0;
        }
        Assessment atLow = boundingAt(p, low, false);
        if (p.costRisesWithLoad() && atLow.usable()) {
            return atLow.platformCost() / (1 + Platform.SETTING_TIE);
        }
        Assessment atHigh = boundingAt(p, high, false);
        if (!atLow.usable() || !atHigh.usable()) {
            return atLow.usable() || atHigh.usable() ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.min(atLow.platformCost(), atHigh.platformCost()) * Math.exp(-BreakEven.CLOSE)
                / (1 + Platform.SETTING_TIE);
    }

    /** A rising answer at most its cost at the higher rate, with the setting tie; a function as {@link #most}. */
    @Override
    public double most(String id, double low, double high) {
        Platform x = byId(id);
        if (!x.costRisesWithLoad()) {
            return most(x, low, high);
        }
        Assessment a = assessedAt(x, high);
        return a.usable() ? a.platformCost() * (1 + Platform.SETTING_TIE) : Double.POSITIVE_INFINITY;
    }

    /**
     * A function has no units (its instances kept warm are {@link WarmChanges}'); a container's are steady where
     * their count — the instances running in its mean hour ({@link dev.costfit.assessment.HourlyUsage#mean}) —
     * moves by less than 4.9% between the two rates, or is more than 19.5 at both ({@link WarmChanges#MOST_KEPT}),
     * and their size too: its cost per unit moves by less than 5% (a single Fargate task steps from $139.84 to
     * $170.30 a month where it needs the next size, its count still one). Its cost then steps by less than the 5% a
     * band must lead by. (One unit more in the hours whose count changes at a rate moves the bill by at most its
     * month hours' share of the unit-hours, at most one unit of the mean hour's; it is assumed that a size chosen
     * between the two rates runs no fewer units than at either — 24 rates a decade over 2,522 generated services
     * found no band it missed.)
     */
    @Override
    public boolean steadyUnits(String id, double low, double high) {
        Platform p = byId(id);
        if (!p.costRisesWithLoad()) {
            return true;
        }
        Assessment a = assessedAt(p, low);
        Assessment b = assessedAt(p, high);
        if (!a.usable() || !b.usable()) {
            return false;
        }
        double fewer = Math.min(a.usage().mean(), b.usage().mean());
        double more = Math.max(a.usage().mean(), b.usage().mean());
        boolean count = !(fewer < more * Math.exp(-BreakEven.CLOSE)) || fewer > WarmChanges.MOST_KEPT;
        // A unit's size may step too (a larger task, where one task no longer holds the hour): its cost per unit.
        double perLow = a.platformCost() / Math.max(a.usage().mean(), 1);
        double perHigh = b.platformCost() / Math.max(b.usage().mean(), 1);
        return count && perHigh <= perLow * Math.exp(BreakEven.CLOSE) * (1 + Platform.SETTING_TIE);
    }

    @Override
    public boolean anyAhead(String answer, List<String> others, double rate) {
        Assessment a = assessedAt(byId(answer), rate);
        if (!a.usable()) {
            return true;
        }
        for (String id : others) {
            Assessment o = assessedAt(byId(id), rate);
            if (o.usable() && o.platformCost() < a.platformCost() * within(id, answer)) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link Recommender#slackAgainst} has it, with one platform's cost moving: a simpler platform takes over
     * within the margin (of the cheapest, at most the answer), one as simple below the answer, one less simple below
     * the answer less the margin; with room for rounding.
     */
    @Override
    public double within(String id, String answer) {
        return within(byId(id), byId(answer));
    }

    private double within(Platform p, Platform answer) {
        int simpler = p.simplicity().compareTo(answer.simplicity());
        double margin = 1 + recommender.simplicityMargin();
        return (simpler < 0 ? margin : simpler == 0 ? 1 : 1 / margin) * (1 + ROUNDING);
    }

    private Platform byId(String id) {
        for (Platform p : platforms) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /**
     * A platform's full assessment at a rate, made once a rate: the profile at that rate is made only to assess it (a
     * search looks at the same rates' assessments many times).
     */
    private Assessment assessedAt(Platform p, double rate) {
        Map<Platform, Assessment> here = assessedAt.computeIfAbsent(rate, r -> new java.util.IdentityHashMap<>());
        Assessment a = here.get(p);
        if (a == null) {
            a = assess(p, BreakEven.atRate(profile, rate), rate);
            here.put(p, a);
        }
        return a;
    }

    /** Rates whose answer a bracket gave without the bracketed platform's full assessment (for tests). */
    int decidedByBracket() {
        return decidedByBracket;
    }

    /** Platform assessments made so far (for tests: how much the bounds saved). */
    int assessed() {
        return assessed;
    }

    /** Cost floors a rate needed a bound from, and those worked out (for tests: how much the lower rates saved). */
    int[] floors() {
        return new int[] {floorsAsked, floorsWorkedOut};
    }

    private Assessment assess(Platform p, Profile atRate, double rate) {
        assessed++;
        Assessment a = Platforms.assess(p, atRate, context);
        if (alongRate && a.unfitAtEveryRate()) {
            unfit.add(p.id());
        }
        if (alongRate) {
            remember(p, rate, a);
        }
        return a;
    }

    /** A rising platform's cost where it is usable, which bounds it at every higher rate. */
    private void remember(Platform p, double rate, Assessment a) {
        if (p.costRisesWithLoad() && a.usable()) {
            known.computeIfAbsent(p.id(), k -> new TreeMap<>()).put(rate, a.platformCost());
        }
    }

    /**
     * The least a rising platform can cost at this rate, from its cost at or below it; 0 (every cost is at least
     * that) where it was never usable there.
     */
    private double bound(Platform p, double rate) {
        TreeMap<Double, Double> costs = known.get(p.id());
        Map.Entry<Double, Double> below = costs == null ? null : costs.floorEntry(rate);
        // The setting choice may take a faster setting up to the tie dearer at the lower rate.
        return below == null ? 0 : below.getValue() / (1 + Platform.SETTING_TIE);
    }
}
