package dev.costfit.platform;

import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.HourlyUsage;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.Simplicity;
import dev.costfit.profile.Cloud;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.network.FunctionFrontDoor;
import dev.costfit.network.InternetEgress;
import dev.costfit.network.NetworkTraffic;
import dev.costfit.pricing.PriceKey;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.model.BilledDuration;
import dev.costfit.model.ColdStartPlan;
import dev.costfit.model.LongestRequest;
import dev.costfit.model.RequestTime;
import dev.costfit.network.NatGateway;
import dev.costfit.network.NetworkTraffic;
import dev.costfit.profile.ProfileDefaults;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.TrafficPattern;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.FargateSize;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.Price;
import dev.costfit.profile.Architecture;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * AWS Lambda (pricing-reference.md §1): requests plus GB-seconds of billed duration (1 ms increments, monthly
 * volume tiers per architecture), ephemeral storage above 512 MB, streamed bytes beyond 6 MB per response. One
 * request per execution environment, so concurrency equals the requests in flight.
 */
public final class LambdaPlatform implements Platform {

    private static final Architecture[] ARCHITECTURES = {Architecture.X86_64, Architecture.ARM64};
    private static final Map<Architecture, PriceKey> DURATION_KEYS = PriceKeys.LAMBDA_DURATION;
    private static final Map<Architecture, PriceKey> PROVISIONED_KEYS = PriceKeys.LAMBDA_PROVISIONED;
    private static final Map<Architecture, PriceKey> PROVISIONED_DURATION_KEYS = PriceKeys.LAMBDA_PROVISIONED_DURATION;

    /** Relative and absolute room for rounding in a bracket's ends. */
    private static final double ROUNDING = 1e-9;

    private static final PlatformInfo INFO = new PlatformInfo("lambda", "AWS Lambda", Simplicity.FUNCTIONS, Cloud.AWS,
            "environment", false);

    @Override
    public PlatformInfo info() {
        return INFO;
    }

    /** Memory the function is configured with, the vCPU it gets, and why the memory differs from the profile's. */
    record Sizing(double memoryMb, double vcpu, List<String> notes) {}

    /**
     * What the month asks of Lambda on one memory setting; {@code peakRate}: invocations a second at the peak hour
     * with its burst (0 for a job, whose tasks start together).
     */
    record Demand(double invocations, double seconds, double billedSeconds, double meanConcurrency,
                  int peakConcurrency, Supplier<String> peakBasis, int burstStep, double peakRate) {}

    /**
     * Memory settings worth pricing when the CPU model is on: the profile's own, the least that keeps the request
     * within latency.max_slowdown, one and more whole vCPUs (up to the request's threads), and the settings Lambda
     * Power Tuning tries by default — every one at or above the profile's memory.
     */
    private static final double[] POWER_TUNING_MB = {128, 256, 512, 1024, 1536, 2048, 3008, 4096, 5120, 6144, 8192,
        10240};

    /** An SQS event source mapping hands the function batches of messages (glue reference §2). */
    @Override
    public Profile asInvoked(Profile profile, Catalog catalog) {
        return dev.costfit.glue.Deliveries.asBatches(profile, catalog);
    }

    /**
     * The cheapest memory setting's assessment; a report's also says what SnapStart would do where the profile left
     * it off ({@link SnapStartAlternative}: the month with it stated, as a search prices it).
     */
    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        return SnapStartAlternative.added(profile, context, chosenSetting(profile, context),
                on -> chosenSetting(on, context.searching()));
    }

    /** The cheapest memory setting's assessment, chosen among those {@link #settings} gives. */
    private Assessment chosenSetting(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        RequestTime time = requestTime(profile, catalog);
        Floor floor = floor(profile, catalog);
        WarmCapacity warm = new WarmCapacity(profile, context);
        List<Double> memories = settings(profile, context, time, floor.memoryMb());
        Function<Double, Sizing> sizing = memory -> new Sizing(memory, vcpuOf(memory, catalog), floor.notes());
        Function<Prepared, SettingChoice.Candidate> full = p -> priced(profile, context, time, warm, p);
        CostUnderOption under = CostUnderOption.of(profile, context, INFO.cloud());
        if (!context.tradeOffs()) {
            // A search bounds each setting by its least bill, which leaves out cold starts and what is kept warm,
            // and models them (the costly part) only for settings that can still be chosen.
            List<Prepared> settings = memories.stream().map(m -> prepare(profile, context, time, sizing.apply(m)))
                    .toList();
            java.util.function.ToDoubleFunction<Prepared> bound = p -> p.settled()
                    .map(a -> a.usable() ? a.platformCost() : Double.POSITIVE_INFINITY)
                    .orElseGet(() -> leastBill(profile, context, p.sizing(), p.demand(), p.shared(), warm));
            return SettingChoice.chooseCheapestFirst(context, under, settings, bound, p -> time.at(p.sizing().vcpu()),
                    full);
        }
        // A report's table reads each setting's fit, cost and speed: each is priced as a search prices it (the same
        // figures, without the words only the chosen setting's assessment shows), then the chosen one in full; the
        // two share its cold-start plan (WarmCapacity#forChoice).
        PricingContext unshown = context.searching();
        WarmCapacity forChoice = warm.forChoice();
        return SettingChoice.chooseThenShow(under, memories, memory -> priced(profile, unshown, time, forChoice,
                prepare(profile, unshown, time, sizing.apply(memory))),
                memory -> full.apply(prepare(profile, context, time, sizing.apply(memory))));
    }

    /** A prepared memory setting as a candidate, priced in {@code context} with the cold starts {@code warm} gives. */
    private SettingChoice.Candidate priced(Profile profile, PricingContext context, RequestTime time,
                                           WarmCapacity warm, Prepared p) {
        return candidate(time, p, () -> finish(profile, context, time, p, warm.lambda(p.demand().billedSeconds(),
                p.latency(), p.cause())));
    }

    /** Requests, billed GB-seconds and the network's bytes grow with the rate, on every memory setting alike. */
    @Override
    public boolean floorRisesWithLoad() {
        return true;
    }

    /**
     * Provisioned concurrency is bought hour by hour ({@link WarmCapacity#lambda}): a pattern hour's count moves one
     * environment at a time, by 1/24 (or 1/168) of the mean hour's, and hours move together only where their loads
     * do. Hours of the same weight move at the same rate (the hour before them aside), and those within 1% of it at
     * rates the search's 0.1% cannot always tell apart, so each such group is taken as one step: a diurnal day's 2
     * hours (1/12), a business-hours week's 118 quiet ones, a flat day's 24 (one environment).
     */
    @Override
    public double keptWarmStep(Profile profile) {
        if (!(profile.workload() instanceof Workload.Service s)) {
            return 1;
        }
        TrafficPattern pattern = TrafficPattern.of(s.traffic().pattern());
        return (double) pattern.mostHoursAlike(1.01) / pattern.hours();
    }

    /** Each memory setting's least bill ({@link #leastBill}), its front door, NAT gateway and egress included. */
    @Override
    public double costFloor(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        RequestTime time = requestTime(profile, catalog);
        WarmCapacity warm = new WarmCapacity(profile, context);
        double increment = catalog.durationLimit("lambda.billing.granularity").seconds();
        BilledDuration spread = BilledDuration.of(profile);
        double least = Double.POSITIVE_INFINITY;
        // The network lines depend on the front door alone, but for a load balancer's, which follow the requests in
        // flight: worked out once a front door, not once a memory setting, where a search asks at every rate.
        Map<dev.costfit.profile.FrontDoor, List<CostLine>> network = new java.util.EnumMap<>(
                dev.costfit.profile.FrontDoor.class);
        for (double memory : settings(profile, context, time, floor(profile, catalog).memoryMb())) {
            double vcpu = vcpuOf(memory, catalog);
            double seconds = time.at(vcpu);
            // lines reads the invocations and the billed duration alone.
            Demand demand = new Demand(profile.workPerMonth(), seconds,
                    BilledMean.of(context, spread, seconds, increment), 0, 0, () -> "", 0, 0);
            FrontDoorPlan door = FrontDoorPlan.forFunctions(profile, catalog, TimeSpan.ofSeconds(time.longestAt(vcpu)));
            List<CostLine> shared = door.door() == dev.costfit.profile.FrontDoor.ALB
                    ? networkLines(profile, context, door, demand, new ArrayList<>())
                    : network.computeIfAbsent(door.door(), d -> networkLines(profile, context, door, demand,
                            new ArrayList<>()));
            least = Math.min(least, leastBill(profile, context, new Sizing(memory, vcpu, List.of()), demand, shared,
                    warm));
        }
        return least;
    }

    /**
     * Where every memory setting's cold starts only add the INIT they bill
     * ({@link WarmCapacity#lambdaColdStartsBillInitAlone}), Lambda's cost lies between the least bill of its usable
     * settings ({@link #leastBill}: exactly each one's bill but for that INIT) and the least of those bills with the
     * INIT of the most cold starts the model can give ({@link ColdStartPlan#mostColdStarts}) at the dearest duration
     * price, widened by the setting tie the choice allows ({@link SettingChoice#chooseCheapestFirst}). A setting is
     * usable there exactly when it is not settled (unfit or unpriced whatever its cold starts) and some architecture
     * allowed is priced. Services only (a job's cold starts are modelled apart).
     */
    @Override
    public Optional<CostBracket> bracket(Profile profile, PricingContext context) {
        if (!(profile.workload() instanceof Workload.Service service)) {
            return Optional.empty();
        }
        Catalog catalog = context.catalog();
        RequestTime time = requestTime(profile, catalog);
        Floor floor = floor(profile, catalog);
        WarmCapacity warm = new WarmCapacity(profile, context);
        double lifetime = ColdStartEstimates.lambdaLifetime(catalog);
        double keepAlive = ColdStartEstimates.keepAlive("lambda", profile, catalog).seconds();
        double dearest = dearestDuration(profile, catalog);
        double least = Double.POSITIVE_INFINITY;
        double most = Double.POSITIVE_INFINITY;
        double coldStarts = 0;
        for (double memory : settings(profile, context, time, floor.memoryMb())) {
            Prepared p = prepare(profile, context, time, new Sizing(memory, vcpuOf(memory, catalog), floor.notes()));
            if (p.settled().isPresent()) {
                continue;
            }
            if (!warm.lambdaColdStartsBillInitAlone(p.latency(), p.demand().billedSeconds())) {
                return Optional.empty();
            }
            double bill = leastBill(profile, context, p.sizing(), p.demand(), p.shared(), warm, true);
            if (bill == Double.POSITIVE_INFINITY) {
                continue;
            }
            double cold = ColdStartPlan.mostColdStarts(ServiceLoads.of(context, service, p.demand().billedSeconds()),
                    keepAlive, 1, lifetime);
            least = Math.min(least, bill);
            most = Math.min(most, bill + cold * p.init().seconds() * p.sizing().memoryMb() / 1024 * dearest);
            coldStarts = Math.max(coldStarts, cold);
        }
        // Room for rounding: a full assessment sums its lines in another order (compensated).
        double upper = most * (1 + SETTING_TIE) * (1 + ROUNDING) + ROUNDING;
        least *= 1 - ROUNDING;
        if (!Double.isFinite(least) || !Double.isFinite(upper) || !Double.isFinite(coldStarts)) {
            return Optional.empty(); // none usable, or beyond figures: the full assessment says why
        }
        CostLine bill = new CostLine("lambda.least-bill", "least bill of the usable memory settings", 1, "month",
                least, least, false);
        Assessment lower = Assessment.priced(INFO, "", List.of(), List.of(bill), Capacity.NONE,
                dev.costfit.assessment.ColdStarts.unmodelled(TimeSpan.ZERO, TimeSpan.ZERO), List.of(), List.of());
        return Optional.of(new CostBracket(lower, upper - least, coldStarts));
    }

    /** The dearest duration price of the architectures allowed (an INIT line pays one of their tiers' prices). */
    private static double dearestDuration(Profile profile, Catalog catalog) {
        double dearest = 0;
        for (Architecture arch : ARCHITECTURES) {
            if (profile.architecture().allows(arch)) {
                try {
                    for (dev.costfit.pricing.Tier tier : catalog.price(DURATION_KEYS.get(arch), profile.region())
                            .tiers()) {
                        dearest = Math.max(dearest, tier.price());
                    }
                } catch (MissingPriceException e) {
                    // Not priced here: no setting bills it either.
                }
            }
        }
        return dearest;
    }

    /**
     * The least a memory setting can bill: its lines with no cold start and nothing provisioned, plus {@code shared}
     * (front door, NAT gateway, egress), on the cheaper architecture allowed and priced — exactly its bill but for
     * the INIT of its cold starts where nothing is bought. Provisioned concurrency moves duration to the provisioned
     * environments' cheaper price (and adds their own charge, left out here): where the SLO may buy it, the duration
     * is bounded at the least of that price and the cheapest tier, the free tier still taken off, which only lowers
     * the bound. Infinite where no architecture allowed is priced (the bill has none either).
     */
    private static double leastBill(Profile profile, PricingContext context, Sizing sizing, Demand demand,
                                    List<CostLine> shared, WarmCapacity warm) {
        return leastBill(profile, context, sizing, demand, shared, warm,
                warm.lambdaBuysNothing(coldStartLatency(profile, context.catalog(), sizing.memoryMb())));
    }

    /** As above, where it is known whether the setting buys nothing for its cold starts. */
    private static double leastBill(Profile profile, PricingContext context, Sizing sizing, Demand demand,
                                    List<CostLine> shared, WarmCapacity warm, boolean buysNothing) {
        Catalog catalog = context.catalog();
        WarmCapacity.Warmth none = warm.lambdaUncounted(TimeSpan.ZERO);
        double freeGbSeconds = context.freeTier() ? catalog.freeTier("lambda.duration").value().magnitude() : 0;
        double gbSeconds = demand.invocations() * demand.billedSeconds() * sizing.memoryMb() / 1024;
        double least = Double.POSITIVE_INFINITY;
        for (Architecture arch : ARCHITECTURES) {
            if (!profile.architecture().allows(arch)) {
                continue;
            }
            try {
                double cost = CostLines.total(shared);
                for (CostLine line : lines(profile, context, arch, sizing, demand, none, 0)) {
                    cost += buysNothing || !line.key().startsWith("lambda.duration.") ? line.monthlyCost() : 0;
                }
                if (!buysNothing) {
                    Price duration = catalog.price(DURATION_KEYS.get(arch), profile.region());
                    double cheapest = duration.tiers().stream().mapToDouble(dev.costfit.pricing.Tier::price).min()
                            .orElseThrow();
                    double provisioned = catalog.price(PROVISIONED_DURATION_KEYS.get(arch),
                            profile.region()).unitPrice();
                    cost += Math.max(0, gbSeconds - freeGbSeconds) * Math.min(cheapest, provisioned);
                }
                least = Math.min(least, cost);
            } catch (MissingPriceException e) {
                // Not priced on this architecture here: the bill leaves it out too.
            }
        }
        return least;
    }

    /** A memory setting as a candidate: its assessment if settled before its cold starts, else {@code finished}. */
    private static SettingChoice.Candidate candidate(RequestTime time, Prepared p,
                                                     Supplier<Assessment> finished) {
        double vcpu = p.sizing().vcpu();
        return new SettingChoice.Candidate(() -> fmtMb(p.sizing().memoryMb()), time.at(vcpu), time.slowdownAt(vcpu),
                p.settled().orElseGet(finished));
    }

    /** The least memory the function may have: the profile's, Lambda's minimum, and what its vcpu asks for. */
    private record Floor(double memoryMb, List<String> notes) {}

    private static List<Double> settings(Profile profile, PricingContext context, RequestTime time, double floor) {
        Catalog catalog = context.catalog();
        java.util.TreeSet<Double> out = new java.util.TreeSet<>();
        out.add(floor);
        if (!time.cpuModel()) {
            return List.copyOf(out);
        }
        double perVcpu = catalog.sizeLimit("lambda.memory.per-vcpu").mib();
        double max = catalog.sizeLimit("lambda.memory.max").mib();
        double needed = time.vcpuWithin(profile.maxSlowdown().fraction(),
                profile.timeoutOr(runLimit(catalog).most()).seconds(), LongestRequest.of(profile));
        // Clamped to the largest setting first, then raised to the floor: where the profile needs more memory than
        // Lambda has, the floor alone remains (and breaks the memory limit), never a setting below it.
        out.add(Math.max(floor, Math.min(max, Math.ceil(needed * perVcpu - 1e-9))));
        for (int k = 1; k <= Math.min(time.threads(), (int) catalog.countLimit("lambda.vcpu.max")); k++) {
            out.add(Math.max(floor, Math.min(max, k * perVcpu)));
        }
        for (double mb : POWER_TUNING_MB) {
            if (mb >= floor && mb <= max) {
                out.add(mb);
            }
        }
        if (!context.forReport()) {
            // Beyond the least that is fast enough and the vCPU the threads use, more memory only costs more (the
            // request takes no less time): such a setting is never chosen, and a search need not price it.
            double fastest = Math.max(floor, Math.min(max, Math.max(Math.ceil(needed * perVcpu - 1e-9),
                    Math.min(time.threads(), catalog.countLimit("lambda.vcpu.max")) * perVcpu)));
            out.removeIf(mb -> mb > fastest + 1e-9);
        }
        return List.copyOf(out);
    }

    /** A request's time on Lambda: its work, and at least as long as its streamed response takes to send. */
    private static RequestTime requestTime(Profile profile, Catalog catalog) {
        return RequestTime.of(profile).atLeast(ResponseStream.seconds(profile, catalog));
    }

    /** The longest a function runs: what a timeout may be at most, and what holds a job that states none. */
    static RunLimit runLimit(Catalog catalog) {
        return new RunLimit(catalog.durationLimit("lambda.timeout"), "the longest a Lambda function runs");
    }

    /** vCPU of a memory setting: memory / 1,769 MB, at most Lambda's 6. */
    private static double vcpuOf(double memoryMb, Catalog catalog) {
        return Math.min(memoryMb / catalog.sizeLimit("lambda.memory.per-vcpu").mib(),
                catalog.countLimit("lambda.vcpu.max"));
    }

    /**
     * A memory setting assessed up to its cold starts, which only the SLO check and the cost lines depend on; or,
     * where it does not fit or lacks a price before them, its assessment ({@code settled}).
     */
    private record Prepared(Sizing sizing, Demand demand, List<LimitCheck> limits, Capacity capacity,
                            List<String> notes, List<String> assumptions, List<CostLine> shared, TimeSpan latency,
                            String cause, TimeSpan init, String wanted, Optional<Assessment> settled) {}

    private Prepared prepare(Profile profile, PricingContext context, RequestTime time, Sizing sizing) {
        Catalog catalog = context.catalog();
        Demand demand = demand(profile, context, time.at(sizing.vcpu()));
        TimeSpan longest = TimeSpan.ofSeconds(time.longestAt(sizing.vcpu()));
        List<LimitCheck> limits = limits(profile, sizing, demand, catalog);
        limits.addAll(SpeedLimits.check(profile, context, time, sizing.vcpu(), List.of("lambda", sizing.memoryMb()),
                () -> fmtMb(sizing.memoryMb()), Optional.of(runLimit(catalog))));
        Capacity capacity = Capacity.shownIf(context.forReport(), () -> capacity(sizing, demand));
        List<String> notes = new ArrayList<>(sizing.notes());
        // A search reads the fit and the cost alone: the assumptions a report lists are not written for it.
        List<String> assumptions = context.forReport() ? assumptions(profile, demand, context, time, sizing)
                : new ArrayList<>();
        FrontDoorPlan door = FrontDoorPlan.forFunctions(profile, catalog, longest);
        if (context.forReport()) {
            door.note().ifPresent(notes::add);
            ResponseStream.runtimeNote(profile).ifPresent(notes::add);
            if (time.floorBindsAt(sizing.vcpu())) {
                notes.add(ResponseStream.note(profile, catalog, time.workAt(sizing.vcpu())));
            }
        }
        limits.addAll(FunctionFrontDoor.limits(profile, door, demand.seconds(), longest, catalog));
        String wanted = profile.architecture() == Architecture.ANY ? "any" : profile.architecture().spelling();
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return settled(sizing, demand, Assessment.unfit(INFO, wanted, limits, capacity, notes, assumptions));
        }

        List<CostLine> shared;
        try {
            shared = networkLines(profile, context, door, demand, assumptions);
        } catch (MissingPriceException e) {
            return settled(sizing, demand, Assessment.unpriced(INFO, wanted, limits, capacity, notes, assumptions,
                    e.getMessage()));
        }
        boolean snapStart = profile.platforms().lambda().snapStartOn();
        TimeSpan latency = coldStartLatency(profile, catalog, sizing.memoryMb());
        String cause = snapStart ? profile.runtime().spelling() + " restored from a SnapStart snapshot (estimate)"
                : ColdStartEstimates.cause(profile, sizing.memoryMb());
        // With SnapStart INIT runs once, when a version is published; a cold start bills its restore instead.
        TimeSpan init = snapStart ? latency : ColdStartEstimates.lambdaInit(profile, catalog, sizing.memoryMb());
        if (snapStart) {
            snapStartNote(profile, catalog, sizing, latency).ifPresent(notes::add);
        } else {
            TimeSpan initLimit = catalog.durationLimit("lambda.init.max");
            limits.add(LimitCheck.of(!init.isLongerThan(initLimit), LimitCheck.Severity.ADVISORY, "INIT phase",
                    () -> init.display() + " (cold start initialisation)", () -> initLimit.display(),
                    "longer, Lambda retries INIT within the first invocation, which then counts it against the "
                            + "timeout: start faster (SnapStart for Java, lazy imports) or keep provisioned "
                            + "concurrency"));
        }
        return new Prepared(sizing, demand, limits, capacity, notes, assumptions, shared, latency, cause, init,
                wanted, Optional.empty());
    }

    /** How long a cold start makes a request wait on a memory setting: a SnapStart restore, or INIT's estimate. */
    private static TimeSpan coldStartLatency(Profile profile, Catalog catalog, double memoryMb) {
        return profile.platforms().lambda().snapStartOn() ? ColdStartEstimates.lambdaRestore(profile, catalog)
                : ColdStartEstimates.latency("lambda", profile, catalog, memoryMb);
    }

    private static Prepared settled(Sizing sizing, Demand demand, Assessment assessment) {
        return new Prepared(sizing, demand, List.of(), Capacity.NONE, List.of(), List.of(), List.of(), TimeSpan.ZERO,
                "", TimeSpan.ZERO, "", Optional.of(assessment));
    }

    /** The assessment on one memory setting, with its cold starts and what was kept warm. */
    private Assessment finish(Profile profile, PricingContext context, RequestTime time, Prepared p,
                              WarmCapacity.Warmth warmth) {
        Sizing sizing = p.sizing();
        List<LimitCheck> limits = new ArrayList<>(p.limits());
        List<String> notes = new ArrayList<>(p.notes());
        warmth.slo().ifPresent(limits::add);
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(INFO, p.wanted(), limits, p.capacity(), warmth.coldStarts(), notes,
                    p.assumptions());
        }
        List<Variant> priced = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Architecture arch : ARCHITECTURES) {
            try {
                List<CostLine> lines = new ArrayList<>(lines(profile, context, arch, sizing, p.demand(), warmth,
                        p.init().seconds()));
                lines.addAll(p.shared());
                priced.add(new Variant(arch, lines));
            } catch (MissingPriceException e) {
                missing.add(e.getMessage());
            }
        }
        List<Variant> allowed = priced.stream().filter(v -> profile.architecture().allows(v.arch())).toList();
        if (allowed.isEmpty()) {
            // Both architectures miss the same request price in most regions: said once.
            return Assessment.unpriced(INFO, p.wanted(), limits, p.capacity(), notes, p.assumptions(),
                    String.join("; ", missing.stream().distinct().toList()));
        }
        // The architecture whose month is least under the pricing option, as the memory is chosen.
        CostUnderOption under = CostUnderOption.of(profile, context, INFO.cloud());
        java.util.function.ToDoubleFunction<Variant> month = v -> under.onDemand() ? CostLines.total(v.lines())
                : under.of(v.lines(), usage(profile, time, sizing, warmth, v.arch()));
        Variant chosen = allowed.stream().min(Comparator.comparingDouble(month)).orElseThrow();
        if (warmth.any() && context.freeTier()) {
            notes.add("no free tier: it does not apply to functions with provisioned concurrency");
        }
        Assessment assessed = Assessment.priced(INFO, chosen.arch().spelling(), limits, chosen.lines(),
                p.capacity(), warmth.coldStarts(), notes, p.assumptions())
                .withUsage(usage(profile, time, sizing, warmth, chosen.arch()))
                .withLongestRequest(TimeSpan.ofSeconds(time.longestAt(sizing.vcpu())));
        if (context.forReport()) {
            Optional<Variant> other = priced.stream().filter(v -> v != chosen).findFirst();
            if (other.isPresent()) {
                Assessment billedOther = assessed.withLines(other.get().lines(), List.of())
                        .withUsage(usage(profile, time, sizing, warmth, other.get().arch()));
                assessed = ArchitectureNote.added(assessed, profile, context, chosen.arch(),
                        month.applyAsDouble(chosen), billedOther, other.get().arch(),
                        month.applyAsDouble(other.get()));
            }
        }
        if (context.forReport() && context.tradeOffs()) {
            return provisionedForPrice(profile, context, chosen.arch(), sizing, p.demand(), warmth, assessed);
        }
        return assessed;
    }

    /**
     * Where nothing is provisioned ({@code auto}, and no latency SLO that needs it) but provisioned environments would
     * cost less than on demand: {@code assessed} with the note that says how many, all month, and about what they
     * save ({@link ProvisionedForPrice}), and that saving as an {@link Alternative}. On demand and without the free
     * tier only: under a commitment both months would be discounted alike, and provisioned concurrency forfeits the
     * free tier.
     */
    private static Assessment provisionedForPrice(Profile profile, PricingContext context, Architecture arch,
                                                  Sizing sizing, Demand demand, WarmCapacity.Warmth warmth,
                                                  Assessment assessed) {
        if (warmth.any() || warmth.plan().isEmpty() || profile.platforms().lambda().provisionedConcurrency()
                .isPresent() || profile.platforms().lambda().snapStartOn() || context.freeTier()
                || !context.optionFor(profile).onDemand()) {
            return assessed;
        }
        Catalog catalog = context.catalog();
        String region = profile.region();
        Optional<Price> provisioned = catalog.knownPrice(PROVISIONED_KEYS.get(arch), region);
        Optional<Price> onProvisioned = catalog.knownPrice(PROVISIONED_DURATION_KEYS.get(arch), region);
        if (provisioned.isEmpty() || onProvisioned.isEmpty()) {
            return assessed;
        }
        double memoryGb = sizing.memoryMb() / 1024;
        Price duration = catalog.price(DURATION_KEYS.get(arch), region);
        // The month's last tier: the GB-seconds provisioning takes off the on-demand bill come off its top.
        List<dev.costfit.pricing.TierUse> tiers = duration.split(demand.invocations() * demand.billedSeconds()
                * memoryGb);
        double onDemand = tiers.isEmpty() ? duration.unitPrice() : tiers.get(tiers.size() - 1).price();
        double configured = provisioned.get().unitPrice();
        double running = onProvisioned.get().unitPrice();
        double breakEven = ProvisionedForPrice.breakEvenShare(configured, running, onDemand);
        ColdStartPlan plan = warmth.plan().get();
        int environments = ProvisionedForPrice.environments(plan.load(), breakEven);
        double saved = environments == 0 ? 0
                : ProvisionedForPrice.saving(plan, environments, memoryGb, configured, running, onDemand);
        int[] byHour = ProvisionedForPrice.environmentsByHour(plan.load(), breakEven);
        double scheduled = ProvisionedForPrice.saving(plan, byHour, memoryGb, configured, running, onDemand);
        // A cent at least: below that the note would word a saving the report rounds away.
        if (!(Math.max(saved, scheduled) >= 0.01)) {
            return assessed;
        }
        int fewest = java.util.Arrays.stream(byHour).min().orElse(0);
        int most = java.util.Arrays.stream(byHour).max().orElse(0);
        String note = ProvisionedForPrice.note(saved >= 0.01 ? environments : 0, saved, fewest, most, scheduled,
                breakEven);
        // One count all month is what a profile can state; a schedule by the hour it cannot.
        return saved >= 0.01 ? assessed.withAlternative(note, new Alternative(
                "platforms.lambda.provisioned_concurrency: " + environments, saved)) : assessed.withNote(note);
    }

    /**
     * What SnapStart does for this function, in words: restores do not depend on INIT, so a function that starts
     * faster than a restore gains nothing; and what it costs.
     */
    private static java.util.Optional<String> snapStartNote(Profile profile, Catalog catalog, Sizing sizing,
                                                            TimeSpan restore) {
        TimeSpan without = ColdStartEstimates.latency("lambda", profile, catalog, sizing.memoryMb());
        String charge = SnapStartCharges.billed(profile.runtime())
                ? "its snapshot cache and each restore are billed (" + profile.runtime().spelling() + ")"
                : "no SnapStart charge for Java";
        if (restore.isLongerThan(without)) {
            return java.util.Optional.of("SnapStart: a cold start restores in about " + restore.display()
                    + ", slower than the " + without.display() + " this function is estimated to start in without it: "
                    + "SnapStart pays off when initialisation takes seconds (state cold_start.init if yours does); "
                    + charge);
        }
        return java.util.Optional.of("SnapStart: a cold start restores in about " + restore.display() + " instead of "
                + without.display() + " (" + ColdStartEstimates.cause(profile, sizing.memoryMb()) + "); " + charge);
    }

    private record Variant(Architecture arch, List<CostLine> lines) {}

    /**
     * How a memory setting's lines are used hour by hour, on {@code arch}: in proportion to the requests, but for
     * provisioned environments, billed configured every hour, busy or not: their own hourly shape.
     */
    private static HourlyUsage usage(Profile profile, RequestTime time, Sizing sizing, WarmCapacity.Warmth warmth,
                                     Architecture arch) {
        HourlyUsage usage = CloudFunctionsGen2Platform.requestUsage(profile, time.at(sizing.vcpu()));
        if (!warmth.any()) {
            return usage;
        }
        int[] kept = warmth.kept();
        double monthHours = warmth.plan().orElseThrow().load().monthHoursPerHour();
        return usage.withLine(PROVISIONED_KEYS.get(arch).name(), new HourlyUsage(
                java.util.Arrays.stream(kept).mapToObj(k -> (double) k).toList(),
                java.util.Collections.nCopies(kept.length, monthHours)));
    }

    /** The workaround for a function too large for Lambda: Fargate's largest task, from the catalog's sizes. */
    private static String onFargate(Catalog catalog, java.util.function.ToDoubleFunction<FargateSize> of,
                                    String unit) {
        double most = catalog.fargateSizes().stream().mapToDouble(of).max().orElse(0);
        return "run it on Fargate (up to " + Numbers.grouped(most, 0) + unit + ") or EKS";
    }

    private static Floor floor(Profile profile, Catalog catalog) {
        List<String> notes = new ArrayList<>();
        double min = catalog.sizeLimit("lambda.memory.min").mib();
        double perVcpu = catalog.sizeLimit("lambda.memory.per-vcpu").mib();
        double memory = Math.ceil(profile.memory().mib() - 1e-9);
        if (memory < min) {
            memory = min;
            notes.add("memory raised from " + profile.memory().display() + " to " + fmtMb(min)
                    + ", Lambda's smallest setting");
        }
        if (profile.vcpu().isPresent()) {
            // Up to Lambda's 6 vCPU, the largest setting grants them ("8846-10240 MB -> 6 cores", S2/S19), though
            // 1,769 MB a vCPU would ask 10,614 MB for 6: a vCPU count Lambda offers is not refused for that.
            double forVcpu = Math.ceil(profile.vcpu().getAsDouble() * perVcpu);
            if (profile.vcpu().getAsDouble() <= catalog.countLimit("lambda.vcpu.max")) {
                forVcpu = Math.min(forVcpu, catalog.sizeLimit("lambda.memory.max").mib());
            }
            if (forVcpu > memory) {
                notes.add("memory raised from " + fmtMb(memory) + " to " + fmtMb(forVcpu) + " for "
                        + Numbers.grouped(profile.vcpu().getAsDouble(), 3) + " vCPU: Lambda allocates CPU in "
                        + "proportion to memory, one vCPU per " + fmtMb(perVcpu));
                memory = forVcpu;
            }
        }
        return new Floor(memory, notes);
    }


    /** @param seconds a request's mean wall time on this memory setting */
    private static Demand demand(Profile profile, PricingContext context, double seconds) {
        Catalog catalog = context.catalog();
        double increment = catalog.durationLimit("lambda.billing.granularity").seconds();
        // Each invocation is "rounded up to the nearest 1 ms" (pricing-reference.md §1.1) on its own: E[ceil(D/g)]·g.
        double billed = BilledMean.of(context, BilledDuration.of(profile), seconds, increment);
        if (profile.workload() instanceof Workload.Service service) {
            HourlyLoad load = ServiceLoads.of(context, service, seconds);
            HourlyLoad.Hour peak = load.peak();
            // The p99 of a rarely busy hour is 0, but a request in flight holds an environment: at least one.
            int sizing = Math.max(load.sizingConcurrency(peak), peak.rate() > 0 ? 1 : 0);
            int p99 = load.inFlightP99(peak);
            // Worded when a report reads it: a search makes a demand per memory setting at every rate. Figures, not
            // the load, are captured: a report's results keep their texts.
            double inFlight = peak.inFlight();
            double burst = load.burst();
            Supplier<String> basis = () -> "p99 of the requests in flight at the peak hour ("
                    + Numbers.grouped(inFlight, 1) + " on average)"
                    + (burst > 1 ? " × " + Numbers.grouped(burst, 2) + "x burst" : "");
            return new Demand(profile.workPerMonth(), seconds, billed, load.meanInFlight(), sizing, basis,
                    Math.max(0, sizing - p99), peak.rate() * burst);
        }
        var schedule = ((Workload.Job) profile.workload()).schedule();
        double mean = schedule.tasksPerMonth() * seconds / Month.SECONDS;
        // Runs that take longer than the time between them overlap: their tasks run at once too.
        String overlap = JobRuns.inProgress(profile, seconds);
        return new Demand(profile.workPerMonth(), seconds, billed, mean, JobRuns.tasksAtOnce(profile, seconds),
                () -> "every task of a run at once" + overlap, schedule.tasks(), 0);
    }

    private static List<LimitCheck> limits(Profile profile, Sizing sizing, Demand demand, Catalog catalog) {
        // Room for the speed, front-door and INIT checks prepare adds: some twenty a setting, grown twice before.
        List<LimitCheck> checks = new ArrayList<>(24);
        checks.add(LimitCheck.of(profile.gpu().isEmpty(), LimitCheck.Severity.HARD, "GPU",
                () -> profile.gpu().map(g -> g.count() + " × " + g.type().spelling()).orElse("none"), () -> "none",
                () -> GpuAlternatives.workaround(profile.gpu(), catalog, false, profile.region()))
                .atEveryRate());

        checks.add(runLimit(catalog).check(profile, "", "", "split the work into steps under 15 minutes chained "
                + "with Step Functions, or run it as a container task (Fargate, EKS)"));

        double maxMemory = catalog.sizeLimit("lambda.memory.max").mib();
        checks.add(LimitCheck.of(sizing.memoryMb() <= maxMemory, LimitCheck.Severity.HARD, "memory",
                () -> fmtMb(sizing.memoryMb()), () -> fmtMb(maxMemory),
                () -> onFargate(catalog, FargateSize::memoryGb, " GB")).atEveryRate());

        double maxVcpu = catalog.countLimit("lambda.vcpu.max");
        if (profile.vcpu().isPresent()) {
            double vcpu = profile.vcpu().getAsDouble();
            checks.add(LimitCheck.of(vcpu <= maxVcpu, LimitCheck.Severity.HARD, "vCPU",
                    () -> Numbers.grouped(vcpu, 3),
                    () -> Numbers.grouped(maxVcpu, 0) + " (at " + fmtMb(maxMemory) + ")",
                    () -> onFargate(catalog, FargateSize::vcpu, " vCPU")));
        }

        checks.addAll(InvokePayloadLimits.check(profile, catalog));
        ResponseStream.check(profile, catalog).ifPresent(checks::add);

        DataSize maxTmp = catalog.sizeLimit("lambda.tmp.max");
        DataSize tmp = tmp(profile, catalog);
        checks.add(LimitCheck.of(!tmp.isLargerThan(maxTmp), LimitCheck.Severity.HARD,
                "ephemeral storage (/tmp)", () -> tmp.display(), () -> maxTmp.display(),
                "mount EFS, or use a container (Fargate up to 200 GB)"));
        if (profile.platforms().lambda().snapStartOn()) {
            DataSize snapTmp = catalog.sizeLimit("lambda.snapstart.tmp.max");
            checks.add(LimitCheck.of(!tmp.isLargerThan(snapTmp), LimitCheck.Severity.HARD,
                    "ephemeral storage with SnapStart", () -> tmp.display(), () -> snapTmp.display(),
                    "keep /tmp at 512 MB (S3 for larger files), or turn SnapStart off (platforms.lambda.snapstart)"));
        }

        double account = catalog.countLimit("lambda.concurrency.account");
        boolean queued = profile.trigger() == dev.costfit.profile.Trigger.QUEUE;
        if (queued) {
            checks.add(QueueScaling.concurrency(demand, account, catalog));
        } else {
            checks.add(LimitCheck.of(demand.peakConcurrency() <= account, LimitCheck.Severity.QUOTA,
                    "concurrent executions",
                    () -> Numbers.grouped(demand.peakConcurrency(), 0) + " (" + demand.peakBasis().get() + ")",
                    () -> Numbers.grouped(account, 0) + " per account and region (default quota)",
                    "ask AWS for a concurrency quota increase (tens of thousands are granted), and reserve "
                            + "concurrency for this function"));
        }
        // Provisioned environments count against the same quota, busy or not: a count the profile sets (stated, or
        // min_instances on auto) can pass it where the requests in flight do not.
        int provisioned = WarmCapacity.lambdaKeptByProfile(profile);
        if (provisioned > 0) {
            checks.add(LimitCheck.of(provisioned <= account, LimitCheck.Severity.QUOTA, "provisioned concurrency",
                    () -> Numbers.grouped(provisioned, 0) + " environments (" + (profile.platforms().lambda()
                            .provisionedConcurrency().isPresent() ? "platforms.lambda.provisioned_concurrency"
                            : "min_instances") + ")",
                    () -> Numbers.grouped(account, 0) + " concurrent executions per account and region (default "
                            + "quota)", "ask AWS for a concurrency quota increase, or keep fewer warm"));
        }
        SyncRequestRate.check(profile, demand.peakRate(), account, catalog).ifPresent(checks::add);

        if (queued) {
            checks.add(QueueScaling.rate(demand, catalog));
            return checks;
        }
        double step = catalog.countLimit("lambda.scaling.environments");
        TimeSpan interval = catalog.durationLimit("lambda.scaling.interval");
        double secondsToScale = Math.ceil(demand.burstStep() / step) * interval.seconds();
        // With no burst beyond the hour's load (no traffic.burst), the check says so rather than "0 ... at once".
        checks.add(LimitCheck.of(demand.burstStep() <= step, LimitCheck.Severity.ADVISORY, "scaling rate",
                () -> demand.burstStep() == 0 ? BurstLaunch.none("environments")
                        : Numbers.grouped(demand.burstStep(), 0) + " new environments at once"
                        + (demand.burstStep() > step ? " (about " + Numbers.grouped(secondsToScale, 0)
                        + " s to add them; requests beyond are throttled meanwhile)" : ""),
                () -> "+" + Numbers.grouped(step, 0) + " per " + interval.display() + " per function",
                "provisioned concurrency for the base of the burst, or a queue in front to absorb it"));
        return checks;
    }

    private static List<CostLine> lines(Profile profile, PricingContext context, Architecture arch, Sizing sizing,
                                        Demand demand, WarmCapacity.Warmth warmth, double initSeconds) {
        Catalog catalog = context.catalog();
        String region = profile.region();
        // The free tier does not apply to functions with provisioned concurrency (pricing-reference.md §1.1).
        boolean free = context.freeTier() && !warmth.any();
        double memoryGb = sizing.memoryMb() / 1024;
        List<CostLine> lines = new ArrayList<>();

        Price requests = catalog.price(PriceKeys.LAMBDA_REQUESTS, region);
        double freeRequests = free ? catalog.freeTier("lambda.requests").value().magnitude() : 0;
        double billableRequests = Math.max(0, demand.invocations() * BilledRequests.perInvocation(profile, catalog)
                - freeRequests);
        lines.add(CostLines.single(() -> BilledRequests.lineName(profile, catalog,
                free ? "after " + Numbers.compact(freeRequests) + " free" : ""), billableRequests, requests));

        Price duration = catalog.price(DURATION_KEYS.get(arch), region);
        double gbSeconds = demand.invocations() * demand.billedSeconds() * memoryGb;
        double onProvisioned = 0;
        if (warmth.any()) {
            ColdStartPlan plan = warmth.plan().orElseThrow();
            // An hour's term depends on its load and the count kept alone, and a week's 168 hours hold a few such
            // pairs, the hour before's the same most hours: its term is kept (Erlang's recurrence is O(kept)), and
            // the sum is the same, term for term. Each setting of every rate a search asks sums them: 5% of a
            // portfolio's samples when each hour worked its term out (2026-12-07).
            HourlyLoad load = plan.load();
            int[] keptByHour = warmth.kept();
            int lastSlot = -1;
            int lastKept = -1;
            double term = 0;
            for (int h = 0; h < keptByHour.length; h++) {
                int slot = load.slotOf(h);
                int kept = keptByHour[h];
                if (slot != lastSlot || kept != lastKept) {
                    HourlyLoad.Hour hour = load.loadOf(h);
                    term = hour.inFlight() > 0 ? load.requestsIn(h) * demand.billedSeconds() * memoryGb
                            * plan.servedByKept(hour, kept) / hour.inFlight() : 0;
                    lastSlot = slot;
                    lastKept = kept;
                }
                onProvisioned += term;
            }
            Supplier<String> kept = plan.keptSummaryLater(warmth.kept()); // not the plan: see keptSummaryLater
            lines.add(CostLines.single(() -> "Provisioned concurrency (" + kept.get() + " environments configured)",
                    plan.keptHours(warmth.kept()) * 3600 * memoryGb,
                    catalog.price(PROVISIONED_KEYS.get(arch), region)));
            lines.add(CostLines.single("Duration on provisioned environments (" + arch.spelling() + ")",
                    onProvisioned, catalog.price(PROVISIONED_DURATION_KEYS.get(arch), region)));
        }
        double freeGbSeconds = free ? catalog.freeTier("lambda.duration").value().magnitude() : 0;
        double onDemand = Math.max(0, gbSeconds - onProvisioned - freeGbSeconds);
        List<CostLine> durationLines = CostLines.tiered(() -> "Duration (" + arch.spelling()
                + (free ? ", after " + Numbers.grouped(freeGbSeconds, 0) + " GB-s free" : "") + ")", onDemand,
                duration);
        double used = gbSeconds - onProvisioned;
        if (durationLines.isEmpty() && used > 0) {
            // The free tier takes it all: the line stays, at 0 GB-s billed and $0, as the Requests and INIT lines do
            // where it takes theirs, and names the GB-s it takes, which no quantity shows then (a review found the
            // line gone, and the duration with it). Where no duration is billed on demand at all, no line.
            durationLines = List.of(CostLine.of(duration.key(), () -> "Duration (" + arch.spelling() + ", "
                    + Numbers.grouped(used, 0) + " GB-s within " + Numbers.grouped(freeGbSeconds, 0) + " GB-s free)",
                    0, duration.unit(), duration.unitPrice()));
        }
        lines.addAll(durationLines);
        double coldPerMonth = warmth.coldStarts().perMonth();
        boolean snapStart = profile.platforms().lambda().snapStartOn();
        if (coldPerMonth > 0 && initSeconds > 0) {
            // INIT is billed as duration (since 1 Aug 2025): what the free tier left over covers it first, the rest
            // pays the price of the tier the month's duration ends in. With SnapStart, the restore's runtime load and
            // after-restore hooks are billed instead ("Billed Restore Duration"); costfit bills the whole restore.
            double marginal = durationLines.isEmpty() ? duration.unitPrice()
                    : durationLines.get(durationLines.size() - 1).unitPrice();
            double freeLeft = Math.max(0, freeGbSeconds - (gbSeconds - onProvisioned));
            double init = coldPerMonth * initSeconds * memoryGb;
            lines.add(CostLine.of(duration.key() + (snapStart ? ":restore" : ":init"), () -> (snapStart
                    ? "Restore duration on cold starts (" : "INIT on cold starts (") + Numbers.grouped(coldPerMonth, 0)
                    + " × " + TimeSpan.ofSeconds(initSeconds).display() + ")", Math.max(0, init - freeLeft),
                    duration.unit(), marginal));
        }
        if (snapStart && SnapStartCharges.billed(profile.runtime())) {
            lines.addAll(SnapStartCharges.lines(memoryGb, Month.SECONDS, coldPerMonth, region, catalog));
        }

        double includedTmp = catalog.sizeLimit("lambda.tmp.included").gib();
        double extraGb = tmp(profile, catalog).gib() - includedTmp;
        if (extraGb > 1e-12) {
            Price storage = catalog.price(PriceKeys.LAMBDA_EPHEMERAL_STORAGE, region);
            lines.add(CostLines.single(() -> "Ephemeral storage above " + fmtMb(includedTmp * 1024),
                    extraGb * demand.billedSeconds() * demand.invocations(), storage));
        }

        double unbilled = catalog.sizeLimit("lambda.streaming.unbilled").bytes();
        double streamedExtra = profile.payload().response().bytes() - unbilled;
        if (FunctionFrontDoor.streams(profile) && streamedExtra > 0) {
            Price streaming = catalog.price(PriceKeys.LAMBDA_STREAMING, region);
            double gb = streamedExtra / DataSize.GIB * demand.invocations();
            double freeGb = free ? catalog.freeTier("lambda.streaming").value().magnitude() : 0;
            lines.add(CostLines.single(() -> "Response streaming beyond the first 6 MB of each response"
                    + (free ? " (after " + Numbers.grouped(freeGb, 0) + " GB free)" : ""),
                    Math.max(0, gb - freeGb), streaming));
        }
        return lines;
    }

    /**
     * The front door, the NAT gateway of a function in a VPC that calls out, and the bytes sent to the internet: the
     * same whichever architecture runs the function.
     */
    private static List<CostLine> networkLines(Profile profile, PricingContext context, FrontDoorPlan door,
                                               Demand demand, List<String> assumptions) {
        List<CostLine> lines = new ArrayList<>(FunctionFrontDoor.lines(profile, door, demand.seconds(),
                context.catalog()));
        lines.addAll(requestNetwork(profile, context, assumptions));
        return lines;
    }

    /**
     * The NAT gateway of a function in a VPC that calls out, and the bytes sent to the internet: the request's
     * traffic alone, whatever memory or architecture runs it (a pipeline prices them once, {@link PipelineNetwork}).
     *
     * @throws MissingPriceException where the catalog lacks the NAT gateway's or the egress's prices
     */
    static List<CostLine> requestNetwork(Profile profile, PricingContext context, List<String> assumptions) {
        Catalog catalog = context.catalog();
        List<CostLine> lines = new ArrayList<>();
        NetworkTraffic traffic = NetworkTraffic.of(profile, catalog);
        // Lambda runs outside any VPC unless the profile puts it in one; there, calls out need a NAT gateway.
        if (profile.network().privateStated() && NatGateway.needed(profile, traffic)) {
            lines.addAll(NatGateway.lines(profile, traffic, profile.region(), catalog));
            assumptions.add("the function runs in the VPC's private subnets (network.private: true): its outbound "
                    + "calls pass a NAT gateway");
        } else if (traffic.callsOut()) {
            assumptions.add("the function runs outside a VPC and calls out directly; state network.private: true "
                    + "if it must run in the VPC (a NAT gateway is then priced)");
        }
        lines.addAll(InternetEgress.lines(traffic, profile.region(), context));
        return lines;
    }

    private static Capacity capacity(Sizing sizing, Demand demand) {
        List<Figure> figures = List.of(
                new Figure("invocations", "invocations a month", demand.invocations(), "invocations"),
                new Figure("requestSeconds", "mean wall time per invocation", demand.seconds(), "s"),
                new Figure("billedDurationMs", "billed duration per invocation", demand.billedSeconds() * 1000, "ms"),
                new Figure("memoryMb", "memory configured", sizing.memoryMb(), "MB"),
                new Figure("vcpu", "vCPU equivalent", sizing.vcpu(), "vCPU"),
                new Figure("meanConcurrency", "mean concurrency", demand.meanConcurrency(), "environments"),
                new Figure("peakConcurrency", "peak concurrency", demand.peakConcurrency(), "environments"));
        String summary = Numbers.grouped(demand.peakConcurrency(), 0) + " concurrent at peak (mean "
                + Numbers.significant(demand.meanConcurrency(), 3) + "), " + fmtMb(sizing.memoryMb());
        return new Capacity(summary, figures);
    }

    private static List<String> assumptions(Profile profile, Demand demand, PricingContext context,
                                            RequestTime time, Sizing sizing) {
        List<String> out = new ArrayList<>();
        if (time.cpuModel()) {
            out.add(fmtMb(sizing.memoryMb()) + " gives " + Numbers.grouped(sizing.vcpu(), 3) + " vCPU (memory ÷ "
                    + "1,769 MB): the " + TimeSpan.ofSeconds(time.cpu()).display() + " of CPU take "
                    + TimeSpan.ofSeconds(time.cpu() / time.share(sizing.vcpu())).display() + ", plus "
                    + TimeSpan.ofSeconds(time.waiting()).display() + " waiting: "
                    + TimeSpan.ofSeconds(time.workAt(sizing.vcpu())).display() + " a request");
        } else {
            out.add(ProfileDefaults.CPU_MODEL_OFF);
        }
        out.add(BilledDuration.of(profile).assumption("invocation", demand.seconds(),
                context.catalog().durationLimit("lambda.billing.granularity").seconds()));
        out.add("one request per execution environment: concurrency_per_instance does not apply to Lambda");
        out.add(context.freeTier()
                ? "free tier applied (1M requests and 400,000 GB-s a month); it is per account, shared by every "
                        + "function"
                : "free tier not applied: this is the marginal cost of the workload (--free-tier applies it)");
        out.add("peak concurrency: " + demand.peakBasis().get());
        return out;
    }

    /** /tmp configured: the profile's storage, at least the 512 MB every function has. */
    private static DataSize tmp(Profile profile, Catalog catalog) {
        DataSize included = catalog.sizeLimit("lambda.tmp.included");
        return profile.storageNeeded().isLargerThan(included) ? profile.storageNeeded() : included;
    }

    private static String fmtMb(double mb) {
        return Numbers.grouped(mb, 0) + " MB";
    }
}
