package dev.costfit.platform;

import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.model.ColdStartPlan;
import dev.costfit.model.HourlyLoad;
import dev.costfit.glue.GlueServices;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.LatencySlo;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The latency SLO's policy for instances kept warm: how many a function platform keeps (Lambda's provisioned
 * concurrency hour by hour, Cloud Run's minimum instances all month) so that at most the SLO's share of requests
 * waits for a cold start longer than its budget, the cold starts that remain, and the check that says whether the
 * SLO is met.
 */
final class WarmCapacity {

    private final Profile profile;
    private final PricingContext context;
    /**
     * Whether the cold starts are worded and modelled for a report to show; where not (a search, or a report's
     * settings before one is chosen), minimum instances leave out the cold starts that neither cost nor risk the SLO.
     */
    private final boolean shown;
    /**
     * Outcomes already worked out for this profile, by everything they depend on: settings that give a request the
     * same time (every Lambda memory above what its threads use, say) share one, and the hour-by-hour cold-start
     * model runs once for them.
     */
    private final java.util.Map<java.util.List<Object>, Warmth> solved = new java.util.HashMap<>();
    /**
     * Lambda's hour-by-hour cold-start plans by the request's wall time, shared with the {@link #forChoice} twin:
     * a plan keeps its level passes, so the chosen setting's assessment in full does not run them again.
     */
    private final java.util.Map<Double, ColdStartPlan> lambdaPlans;

    /** Instances kept warm for one profile's settings, each outcome worked out once. */
    WarmCapacity(Profile profile, PricingContext context) {
        this(profile, context, context.forReport(), new java.util.HashMap<>());
    }

    private WarmCapacity(Profile profile, PricingContext context, boolean shown,
                         java.util.Map<Double, ColdStartPlan> lambdaPlans) {
        this.profile = profile;
        this.context = context;
        this.shown = shown;
        this.lambdaPlans = lambdaPlans;
    }

    /**
     * The same for a report's settings before one is chosen ({@link SettingChoice#chooseThenShow}): their fit and
     * cost exactly, as a search has them, without the cold starts only the chosen setting's assessment shows, or
     * its words.
     */
    WarmCapacity forChoice() {
        return new WarmCapacity(profile, context, false, lambdaPlans);
    }

    /** {@link #lambda(double, TimeSpan, String, boolean)} for this profile, once per outcome. */
    Warmth lambda(double seconds, TimeSpan latency, String cause) {
        return solved.computeIfAbsent(java.util.List.of("lambda", seconds, latency.seconds(), cause),
                k -> lambda(seconds, latency, cause, shown));
    }

    /** {@link #minimumInstances(String, Profile, PricingContext, double, double, double, int)}, once per outcome. */
    Warmth minimumInstances(String platform, double seconds, double capacity, double memoryMb, int maxInstances) {
        TimeSpan latency = ColdStartEstimates.latency(platform, profile, context.catalog(), memoryMb);
        return solved.computeIfAbsent(java.util.List.of(platform, seconds, capacity, latency.seconds(),
                maxInstances), k -> minimumInstances(platform, profile, context, seconds, capacity, memoryMb,
                maxInstances, shown));
    }

    /** Instances kept warm in each pattern hour, the month's cold starts, and the SLO check. */
    record Warmth(ColdStarts coldStarts, int[] kept, Optional<ColdStartPlan> plan, Optional<LimitCheck> slo) {

        /**
         * The cold starts say how many are kept in the mean hour, as a search compares it from one rate to the next
         * (every pattern hour stands for the same month hours; a count kept all month may be given as one).
         */
        Warmth {
            double sum = 0;
            for (int k : kept) {
                sum += k;
            }
            coldStarts = coldStarts.keeping(kept.length == 0 ? 0 : sum / kept.length);
        }

        boolean any() {
            for (int k : kept) {
                if (k > 0) {
                    return true;
                }
            }
            return false;
        }

        /** The profile's minimum instances or more, the same every hour (Cloud Run). */
        int constant() {
            return kept.length == 0 ? 0 : kept[0];
        }
    }

    /**
     * Whether Lambda buys no provisioned concurrency on a setting whose cold start waits {@code latency} (as
     * {@link #lambda} decides): the profile sets none (0, or SnapStart, which excludes it), or on auto no SLO can be
     * missed for want of it (none stated, or a budget the cold start stays within). Its cold starts then only add
     * their INIT (or restore) duration to the bill, and {@link #lambdaUncounted} bounds the setting's cost from below.
     */
    boolean lambdaBuysNothing(TimeSpan latency) {
        OptionalInt knob = provisionedConcurrency(profile);
        if (knob.isPresent()) {
            return knob.getAsInt() == 0;
        }
        return lambdaKeptByProfile(profile) == 0 && !sloAtStake(profile.latency(), latency);
    }

    /**
     * The environments the profile itself has Lambda keep every hour, whatever its SLO: the count it states
     * (platforms.lambda.provisioned_concurrency), or on auto its min_instances ("kept warm / always running", DESIGN
     * §2), kept as provisioned concurrency; none with SnapStart, which excludes it, or for a job, whose runs start
     * their own.
     */
    static int lambdaKeptByProfile(Profile profile) {
        return profile.workload() instanceof Workload.Service
                ? provisionedConcurrency(profile).orElse(profile.minInstances()) : 0;
    }

    /**
     * Whether Lambda's cold starts on a setting whose requests bill {@code seconds} only add the INIT they bill: it
     * buys nothing for them and its SLO's check passes whatever their number — no SLO they can miss (none stated, or
     * a budget the cold start stays within), or one the hour-by-hour model meets with none kept, as its bounds show
     * ({@link #metWithNoneKept}: provisioned concurrency, off or on auto, then buys none) — and no SnapStart restore
     * is charged for each. A search then bounds Lambda's bill without modelling them ({@link LambdaPlatform#bracket}).
     */
    boolean lambdaColdStartsBillInitAlone(TimeSpan latency, double seconds) {
        OptionalInt knob = provisionedConcurrency(profile);
        if (profile.platforms().lambda().snapStartOn() || knob.isPresent() && knob.getAsInt() > 0
                || knob.isEmpty() && lambdaKeptByProfile(profile) > 0) {
            return false;
        }
        return !sloAtStake(profile.latency(), latency) || metWithNoneKept(profile, context,
                ColdStartEstimates.keepAlive("lambda", profile, context.catalog()), seconds, 1,
                ColdStartEstimates.lambdaLifetime(context.catalog()));
    }

    /**
     * Whether a service's latency SLO is met with no instance kept warm, as the bounds of
     * {@link ColdStartPlan#noneKeptMeets} show without the hour-by-hour model: the plan {@link #lambda} and
     * {@link #minimumInstances} would make, on requests of {@code seconds} with the platform's {@code keepAlive},
     * keeps none (from a floor of none) and meets it. False for a job, or where the bounds cannot tell.
     */
    private static boolean metWithNoneKept(Profile profile, PricingContext context, TimeSpan keepAlive,
                                           double seconds, double capacity, double lifetime) {
        if (!(profile.workload() instanceof Workload.Service service) || profile.latency().isEmpty()) {
            return false;
        }
        return ColdStartPlan.noneKeptMeets(ServiceLoads.of(context, service, seconds), keepAlive.seconds(), capacity,
                lifetime, profile.latency().get().coldStartShare().fraction());
    }

    /**
     * A SnapStart restore's wait, where the profile can turn SnapStart on (a runtime it supports, no number of
     * provisioned concurrency, not on already) and the restore stays within the SLO's budget: no cold start then
     * misses it, whatever their share.
     */
    private Optional<TimeSpan> snapStartWithinBudget(Optional<LatencySlo> slo) {
        if (slo.isEmpty() || profile.platforms().lambda().snapStartOn()
                || !dev.costfit.profile.SnapStart.RUNTIMES.contains(profile.runtime())
                || profile.platforms().lambda().provisionedConcurrency().orElse(0) > 0) {
            return Optional.empty();
        }
        TimeSpan restore = ColdStartEstimates.lambdaRestore(profile, context.catalog());
        return restore.isLongerThan(slo.get().coldStartBudget()) ? Optional.empty() : Optional.of(restore);
    }

    /** Whether a cold start waiting {@code latency} can miss the SLO: one is stated, and the wait passes its budget. */
    private static boolean sloAtStake(Optional<LatencySlo> slo, TimeSpan latency) {
        return slo.isPresent() && latency.isLongerThan(slo.get().coldStartBudget());
    }

    /** platforms.lambda.provisioned_concurrency: a number, or empty for auto; none with SnapStart, which excludes it. */
    private static OptionalInt provisionedConcurrency(Profile profile) {
        return profile.platforms().lambda().snapStartOn() ? OptionalInt.of(0)
                : profile.platforms().lambda().provisionedConcurrency();
    }

    /** Lambda with its cold starts left out (none counted, nothing kept): a lower bound where it buys nothing. */
    Warmth lambdaUncounted(TimeSpan latency) {
        return new Warmth(ColdStarts.unmodelled(latency, ColdStartEstimates.keepAlive("lambda", profile,
                context.catalog())), new int[0], Optional.empty(), Optional.empty());
    }

    /**
     * Lambda: provisioned concurrency, from `platforms.lambda.provisioned_concurrency` (a number, or off) or, on
     * auto, hour by hour the fewest environments that meet the SLO.
     *
     * @param seconds  the request's wall time on this memory setting (the W of Little's law)
     * @param latency  how long a cold start makes a request wait
     * @param shown    whether the cold starts are worded (the figures and the SLO's check are the same either way)
     */
    private Warmth lambda(double seconds, TimeSpan latency, String cause, boolean shown) {
        Catalog catalog = context.catalog();
        TimeSpan keepAlive = ColdStartEstimates.keepAlive("lambda", profile, catalog);
        if (!(profile.workload() instanceof Workload.Service service)) {
            ColdStarts job = forJob(profile, seconds, latency, keepAlive, cause);
            return new Warmth(job, new int[0], Optional.empty(), jobSlo(profile, job));
        }
        // The plan depends on the request's time alone here (the profile's keep-alive and lifetime are fixed).
        ColdStartPlan plan = lambdaPlans.computeIfAbsent(seconds, s -> new ColdStartPlan(ServiceLoads.of(context,
                service, s), keepAlive.seconds(), 1, ColdStartEstimates.lambdaLifetime(catalog)));
        HourlyLoad load = plan.load();
        int[] none = new int[load.hourCount()];
        ColdStartPlan.Outcome unaided = plan.evaluate(none);
        // SnapStart and provisioned concurrency exclude each other: with SnapStart none is ever bought.
        boolean snapStart = profile.platforms().lambda().snapStartOn();
        OptionalInt knob = provisionedConcurrency(profile);
        Optional<LatencySlo> slo = profile.latency();
        boolean needsHelp = sloAtStake(slo, latency)
                && unaided.worstHourShare() > slo.get().coldStartShare().fraction();
        int floor = knob.isEmpty() ? lambdaKeptByProfile(profile) : 0;
        int[] kept = knob.isPresent() && knob.getAsInt() > 0 ? filled(none.length, knob.getAsInt())
                : needsHelp && knob.isEmpty() ? plan.keptPerHour(slo.get().coldStartShare().fraction(), floor)
                : floor > 0 ? filled(none.length, floor) : none;
        ColdStartPlan.Outcome outcome = kept == none ? unaided : plan.evaluate(kept);
        boolean met = met(slo, latency, outcome);
        // The sentences a report shows; a search reads the figures alone.
        List<String> explanation = new ArrayList<>();
        boolean provisioned = Arrays.stream(kept).anyMatch(k -> k > 0);
        if (shown) {
            explanation.add(coldSentence(outcome, latency, cause, keepAlive, "environments"));
            if (provisioned) {
                explanation.add("provisioned concurrency: " + plan.keptSummary(kept)
                        + (Arrays.stream(kept).allMatch(k -> k == 1) ? " environment" : " environments")
                        + (knob.isPresent() ? " (platforms.lambda.provisioned_concurrency)"
                        : needsHelp ? ", hour by hour, the fewest that meet the latency SLO in every hour"
                        + (floor > 0 ? " (at least min_instances' " + floor + ")" : "")
                        : " (min_instances, kept warm as provisioned concurrency)") + "; without it "
                        + WorstHour.shares(load, unaided, "would start cold"));
            }
        }
        // The check's text holds the figures it words, not the plan (a report's results keep their checks); the
        // counts are copied only where there is provisioned concurrency to word.
        Supplier<String> keptText = provisioned ? plan.keptSummaryLater(kept) : () -> "";
        // The SLO is judged on the worst hour: its share, named by the hour's kind, is worded beside the month's.
        double worstShare = outcome.worstHourShare();
        double monthShare = outcome.share();
        String worstKind = slo.isPresent() ? WorstHour.kind(load, outcome.worstHour()) : "";
        // Worded when a report reads it (a search reads whether the SLO is met), from the figure alone. Offered only
        // where the SLO is missed: a met SLO needs no workaround, least of all a restore slower than the own start.
        Optional<TimeSpan> restoreWithin = met ? Optional.empty() : snapStartWithinBudget(slo);
        Supplier<String> snapStartFirst = () -> restoreWithin.map(restore -> "turn SnapStart on "
                + "(platforms.lambda.snapstart: on: a cold start restores in about " + restore.display()
                + ", within the budget), ").orElse("");
        Optional<LimitCheck> check = slo.map(target -> LimitCheck.of(met, LimitCheck.Severity.HARD,
                ColdStarts.SLO_CHECK, () -> sloText(target),
                () -> WorstHour.shares(worstShare, worstKind, monthShare, "wait " + latency.display()
                        + (provisioned ? " with provisioned concurrency " + keptText.get() : "")),
                () -> snapStart ? "SnapStart cannot be combined with provisioned concurrency: turn it off "
                        + "(platforms.lambda.snapstart: off) so provisioned concurrency can be bought, or run it on "
                        + "containers, scaled ahead of demand"
                        : knob.isPresent() && knob.getAsInt() == 0
                        ? snapStartFirst.get() + "allow provisioned concurrency "
                        + "(platforms.lambda.provisioned_concurrency: auto), or run it on containers, scaled ahead "
                        + "of demand"
                        : snapStartFirst.get() + "provision more concurrency, or run it on containers, scaled ahead "
                        + "of demand"));
        ColdStarts coldStarts = new ColdStarts(outcome.share(), outcome.coldPerMonth(), latency, keepAlive, met,
                explanation);
        return new Warmth(coldStarts, kept, Optional.of(plan), check);
    }

    /**
     * Cloud Run functions keep {@code min_instances} warm all month; where the latency SLO needs more, the fewest
     * that meet it in every hour are kept instead (Cloud Run's minimum cannot follow the clock).
     *
     * @param seconds  the busy time one request stands for (the W of Little's law on this setting)
     * @param capacity requests one instance serves at once, not necessarily whole (Cloud Run's at full CPU)
     */
    private static Warmth minimumInstances(String platform, Profile profile, PricingContext context, double seconds,
                                           double capacity, double memoryMb, int maxInstances, boolean shown) {
        Catalog catalog = context.catalog();
        TimeSpan latency = ColdStartEstimates.latency(platform, profile, catalog, memoryMb);
        TimeSpan keepAlive = ColdStartEstimates.keepAlive(platform, profile, catalog);
        String cause = ColdStartEstimates.cause(platform, profile, memoryMb);
        int floor = profile.minInstances();
        if (!(profile.workload() instanceof Workload.Service service)) {
            ColdStarts job = forJob(profile, seconds, latency, keepAlive, cause);
            return new Warmth(job, new int[] {floor}, Optional.empty(), jobSlo(profile, job));
        }
        Optional<LatencySlo> slo = profile.latency();
        boolean sloAtStake = sloAtStake(slo, latency);
        // Cost and fit only (a search, a setting not yet chosen): cold starts that neither cost nor risk the SLO
        // need not be modelled.
        if (!shown && !GlueServices.billsColdStarts(profile) && (!sloAtStake
                || floor == 0 && metWithNoneKept(profile, context, keepAlive, seconds, capacity,
                        Double.POSITIVE_INFINITY))) {
            // Cloud Run bills its minimum instances, not its cold starts: without an SLO a cold start could miss, or
            // with one its bounds show met with none kept, the floor is kept and the hour-by-hour model would change
            // nothing a search compares.
            return new Warmth(ColdStarts.unmodelled(latency, keepAlive), new int[] {floor}, Optional.empty(),
                    slo.map(target -> LimitCheck.of(true, LimitCheck.Severity.HARD, ColdStarts.SLO_CHECK,
                            () -> sloText(target), () -> "cold starts wait " + latency.display(), "")));
        }
        ColdStartPlan plan = minimumInstancesPlan(context, service, seconds, capacity, keepAlive);
        HourlyLoad load = plan.load();
        int hours = load.hourCount();
        ColdStartPlan.Outcome unaided = plan.evaluate(filled(hours, floor));
        boolean needsHelp = sloAtStake && unaided.worstHourShare() > slo.get().coldStartShare().fraction();
        int kept = needsHelp ? Math.min(maxInstances, plan.keptAllMonth(slo.get().coldStartShare().fraction(), floor))
                : floor;
        int[] perHour = filled(hours, kept);
        ColdStartPlan.Outcome outcome = kept == floor ? unaided : plan.evaluate(perHour);
        boolean met = met(slo, latency, outcome);
        // The sentences a report shows; a search reads the figures alone.
        List<String> explanation = new ArrayList<>();
        if (shown) {
            explanation.add(coldSentence(outcome, latency, cause, keepAlive, "instances"));
            if (kept > floor) {
                explanation.add("min_instances raised from " + floor + " to " + kept + " to meet the latency SLO in "
                        + "every hour; without it " + WorstHour.shares(load, unaided, "would start cold"));
            }
        }
        String worstKind = slo.isPresent() ? WorstHour.kind(load, outcome.worstHour()) : "";
        Optional<LimitCheck> check = slo.map(target -> LimitCheck.of(met, LimitCheck.Severity.HARD,
                ColdStarts.SLO_CHECK, () -> sloText(target),
                () -> WorstHour.shares(outcome.worstHourShare(), worstKind, outcome.share(), "wait "
                        + latency.display() + (kept > 0 ? " with " + Numbers.count(kept, "minimum instance") : "")),
                "more minimum instances than the " + maxInstances + " allowed; run it on containers, scaled "
                        + "ahead of demand"));
        return new Warmth(new ColdStarts(outcome.share(), outcome.coldPerMonth(), latency, keepAlive, met,
                explanation), perHour, Optional.of(plan), check);
    }

    /**
     * The hour-by-hour model behind {@link #minimumInstances} on a setting of a service: the instances it counts warm,
     * busy or idle within the keep-alive, are those Cloud Run keeps alive, which its instance-based billing bills
     * (cloud.google.com/run/pricing: "billed for the entire lifecycle of the instance"). The warmth's own plan where
     * it made one.
     *
     * @param seconds  the busy time one request stands for (the W of Little's law on this setting)
     * @param capacity requests one instance serves at once, not necessarily whole (Cloud Run's at full CPU)
     */
    ColdStartPlan minimumInstancesPlan(Warmth warmth, String platform, double seconds, double capacity) {
        return warmth.plan().orElseGet(() -> minimumInstancesPlan(context,
                (Workload.Service) profile.workload(), seconds, capacity,
                ColdStartEstimates.keepAlive(platform, profile, context.catalog())));
    }

    private static ColdStartPlan minimumInstancesPlan(PricingContext context, Workload.Service service,
                                                      double seconds, double capacity, TimeSpan keepAlive) {
        return new ColdStartPlan(ServiceLoads.of(context, service, seconds), keepAlive.seconds(), capacity,
                Double.POSITIVE_INFINITY);
    }

    /**
     * A service's containers start ahead of demand: requests never wait for a start, a burst beyond the capacity does.
     * Ahead of the pattern's hour-to-hour steps too, which target tracking alone follows in minutes: that is assumed
     * met by scheduled scaling, and {@link ContainerScaling} checks where a step outruns the running capacity; a
     * pattern that ramps (the diurnal preset) the autoscaler follows, the containers running carrying its rise while
     * more start, which the same check weighs. A job's Fargate tasks do not: each run starts its tasks anew and each
     * waits its start, which is also when it reads its secrets (secrets.reads: per-cold-start); EKS's pods,
     * {@link #forEksJob}.
     */
    static ColdStarts forContainers(PricingContext context, Profile profile, TimeSpan startup, String what) {
        if (profile.workload() instanceof Workload.Job job) {
            // Every task of every run starts: as many cold starts as tasks, all of them.
            List<String> words = context.reusedAcrossProfiles(List.of("containers-job", startup, what),
                    () -> List.of("each run starts its " + what + "s anew, none kept between runs: each waits about "
                            + startup.display() + " (estimate) to start before its work begins"));
            return new ColdStarts(1, job.schedule().tasksPerMonth(), startup, TimeSpan.ZERO,
                    jobSloMet(profile.latency(), startup, 1), words);
        }
        String met = met(profile, what);
        // The same for every rate and every profile with the same start-up: a run words it once.
        return context.reusedAcrossProfiles(List.of("containers-warm", startup, what, met),
                () -> forContainers(startup, what, met));
    }

    /**
     * How a service's pattern's hour-to-hour changes are met, in words (empty: it has none). A pattern whose hours
     * all weigh the same has no change to meet; one that samples a smooth curve ramps, which the autoscaler follows
     * (ContainerScaling); any other steps, met ahead by scheduled scaling.
     */
    private static String met(Profile profile, String what) {
        dev.costfit.profile.PatternSpec pattern = ((Workload.Service) profile.workload()).traffic().pattern();
        double[] weights = pattern.hourlyWeights();
        boolean changes = Arrays.stream(weights).anyMatch(w -> w != weights[0]);
        return !changes ? "" : dev.costfit.model.TrafficPattern.of(pattern).ramps()
                ? ", the pattern's ramp from hour to hour followed by autoscaling (the " + what + "s running carry "
                + "its rise while more start)"
                : ", the pattern's hour-to-hour steps met by scheduled scaling (autoscaling alone takes minutes)";
    }

    /**
     * The pod slots an EKS service's running nodes leave spare beside its pods.
     *
     * @param least    the fewest in any hour: at least that many in every hour
     * @param most     the most in any hour
     * @param perNode  pods one node holds
     * @param nodeType the node type priced
     */
    record Spare(int least, int most, int perNode, String nodeType) {}

    /**
     * An EKS service's pods, which run ahead of demand as any container service's do ({@link #forContainers}). A
     * burst beyond them waits for new pods, and how long depends on where they land, which the nodes priced say: a
     * pod that fits a pod slot the running nodes leave spare (the packing rounds nodes up: ⌈pods ÷ pods per node⌉,
     * at least the minimum) starts on a node that runs and holds its image, {@code podStart}; one that needs a new
     * node waits for that node to start and join the cluster, {@code nodeStart}.
     */
    static ColdStarts forEksService(PricingContext context, Profile profile, TimeSpan podStart, TimeSpan nodeStart,
                                    Supplier<Spare> spare) {
        if (!context.forReport()) {
            // A search reads no words, nor the spare slots they count. Not kept across profiles by the spare slots:
            // those vary with every rate, and 6,000 generated profiles filled the store with 1,516 such texts, after
            // which every value it keeps (pod fits, Fargate sizes, Lambda Managed Instances' fits) was worked out
            // anew at every assessment (2026-12-07: 7,675 pod fits and 9,747 instance fits).
            return new ColdStarts(0, 0, nodeStart, TimeSpan.ZERO, true, List.of());
        }
        String met = met(profile, "pod");
        return new ColdStarts(0, 0, nodeStart, TimeSpan.ZERO, true, List.of("requests do not wait for pod starts: "
                + "they run ahead of demand, sized for the CPU and requests in flight of the hour and its burst" + met
                + "; " + burst(spare.get(), podStart, nodeStart)));
    }

    /** Where a burst beyond the pods running waits for new ones: "up to 7 start in about 5 s (estimate) on ...". */
    private static String burst(Spare spare, TimeSpan podStart, TimeSpan nodeStart) {
        String packed = Numbers.count(spare.perNode(), "pod") + " per " + spare.nodeType() + " node";
        String newNode = "about " + nodeStart.display() + " (estimate) for a new node to start and join the cluster";
        String onSpare = "in about " + podStart.display() + " (estimate; a running node holds the image)";
        if (spare.least() > 0) {
            return "a burst beyond that waits for new pods: " + (spare.least() == 1 ? "one starts" : "up to "
                    + spare.least() + " start") + " " + onSpare + " on the pod slots the running nodes leave spare (at "
                    + "least " + spare.least() + " in every hour, at " + packed + "), and any more wait " + newNode
                    + ", or are shed if they overflow the queue";
        }
        if (spare.most() > 0) {
            return "a burst beyond that waits for new pods: in the fullest hour the running nodes leave no pod slot "
                    + "spare (" + packed + "), so its new pods wait " + newNode + "; in hours that leave up to "
                    + spare.most() + " spare, those that fit start " + onSpare + "; a burst that overflows the queue "
                    + "is shed";
        }
        return "a burst beyond that waits for new pods: the running nodes leave no pod slot spare (" + packed + "), so "
                + "each new pod waits " + newNode + ", or is shed if it overflows the queue";
    }

    /**
     * An EKS job's pods, each of which starts with every run. On nodes launched for the run (EksPlatform bills them
     * so where the next run comes later than a node starts), each waits its node's start, {@code nodeStart} (a pod
     * that needs a new node); on nodes kept from the run before, no node starts: each waits its own start alone,
     * {@code podStart}, the node already holding its image. Either is a cold start, and reads its secrets then.
     *
     * @param podStart a pod's start where the nodes are kept for the next run; empty where they are launched for each
     */
    static ColdStarts forEksJob(PricingContext context, Profile profile, Optional<TimeSpan> podStart,
                                TimeSpan nodeStart) {
        TimeSpan start = podStart.orElse(nodeStart);
        List<String> words = context.reusedAcrossProfiles(List.of("eks-job", podStart, nodeStart),
                () -> List.of(podStart.isPresent()
                        ? "each run's pods start on the nodes kept from the run before: no node starts, and each pod "
                        + "waits only its own start, about " + podStart.get().display() + " (estimate: the node "
                        + "already holds the image; a new node would take " + nodeStart.display() + ") before its "
                        + "work begins"
                        : "each run launches its nodes and starts its pods on them, none kept between runs: each pod "
                        + "waits about " + nodeStart.display() + " (estimate) for its node to start and join the "
                        + "cluster and for itself to start, before its work begins"));
        var schedule = ((Workload.Job) profile.workload()).schedule();
        return new ColdStarts(1, schedule.tasksPerMonth(), start, TimeSpan.ZERO, jobSloMet(profile.latency(), start,
                1), words);
    }

    /** @param met how the pattern's hour-to-hour changes are met, in words (empty: it has none) */
    private static ColdStarts forContainers(TimeSpan startup, String what, String met) {
        return new ColdStarts(0, 0, startup, TimeSpan.ZERO, true, List.of("requests do not wait for " + what
                + " starts: they run ahead of demand, sized for the CPU and requests in flight of the hour and its "
                + "burst" + met + "; a burst beyond that waits about " + startup.display() + " (estimate) for new "
                + what + "s, or is shed if it overflows the queue"));
    }

    /**
     * A job's cold starts: a run's tasks start cold unless a run ended within the keep-alive before it started, its
     * instances idle for {@link JobRuns#idleBeforeNextRun} (the wait instance-based billing on Cloud Run bills too).
     *
     * @param seconds a task's wall time on this setting
     */
    private static ColdStarts forJob(Profile profile, double seconds, TimeSpan latency, TimeSpan keepAlive,
                                     String cause) {
        var schedule = ((Workload.Job) profile.workload()).schedule();
        double idle = JobRuns.idleBeforeNextRun(profile, seconds);
        double colds = idle > keepAlive.seconds() ? schedule.tasksPerMonth() : 0;
        double share = colds / schedule.tasksPerMonth();
        return new ColdStarts(share, colds, latency, keepAlive, jobSloMet(profile.latency(), latency, share),
                List.of("each run's tasks start cold unless a run ended within the " + keepAlive.display()
                        + " keep-alive before it started; each waits about " + latency.display() + " (" + cause
                        + ")"));
    }

    /**
     * A job's latency SLO, judged as a service's is: the share of its tasks that start cold against the SLO's share,
     * where a cold start waits longer than its budget. Nothing is kept warm for a job here (no provisioned
     * concurrency or minimum instances are bought for its runs), so where its tasks start cold the SLO is missed and
     * the check says so, with what would meet it. Empty for a service or where no SLO is stated.
     */
    static Optional<LimitCheck> jobSlo(Profile profile, ColdStarts coldStarts) {
        if (!(profile.workload() instanceof Workload.Job)) {
            return Optional.empty();
        }
        double share = coldStarts.share();
        TimeSpan latency = coldStarts.latency();
        return profile.latency().map(target -> LimitCheck.of(jobSloMet(Optional.of(target), latency, share),
                LimitCheck.Severity.HARD, ColdStarts.SLO_CHECK, () -> sloText(target),
                () -> Numbers.significant(share * 100, 3) + "% of the job's tasks start cold, each waiting about "
                        + latency.display(),
                "keep instances warm between runs (provisioned concurrency, min_instances or a long-running "
                        + "service; not modelled for a job here), or use Lambda Managed Instances, whose environments "
                        + "run ahead of traffic"));
    }

    /** {@code limits} and, for a job with a latency SLO, its check on {@code coldStarts} ({@link #jobSlo}). */
    static List<LimitCheck> withJobSlo(List<LimitCheck> limits, Profile profile, ColdStarts coldStarts) {
        Optional<LimitCheck> check = jobSlo(profile, coldStarts);
        if (check.isEmpty()) {
            return limits;
        }
        List<LimitCheck> all = new ArrayList<>(limits);
        all.add(check.get());
        return all;
    }

    private static boolean jobSloMet(Optional<LatencySlo> slo, TimeSpan latency, double share) {
        return !sloAtStake(slo, latency) || share <= slo.get().coldStartShare().fraction() + 1e-12;
    }

    private static boolean met(Optional<LatencySlo> slo, TimeSpan latency, ColdStartPlan.Outcome outcome) {
        return !sloAtStake(slo, latency) || outcome.worstHourShare() <= slo.get().coldStartShare().fraction() + 1e-12;
    }

    private static String coldSentence(ColdStartPlan.Outcome outcome, TimeSpan latency, String cause,
                                       TimeSpan keepAlive, String what) {
        return Numbers.significant(outcome.share() * 100, 3) + "% of requests start cold (about "
                + Numbers.grouped(outcome.coldPerMonth(), 0) + " a month), each waiting about " + latency.display()
                + " (" + cause + "); idle " + what + " kept about " + keepAlive.display() + " (estimate)";
    }

    /** The SLO's sentence: "at most 1% of requests wait more than 1 s". */
    static String sloText(LatencySlo slo) {
        return "at most " + slo.coldStartShare().display() + " of requests wait more than "
                + slo.coldStartBudget().display() + " for a cold start";
    }

    private static int[] filled(int length, int value) {
        int[] out = new int[length];
        Arrays.fill(out, value);
        return out;
    }
}
