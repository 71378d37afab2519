package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CommittedLevel;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.Simplicity;
import dev.costfit.model.HourlyLoad;
import dev.costfit.assessment.HourlyUsage;
import dev.costfit.model.FleetSize;
import dev.costfit.model.InstanceHours;
import dev.costfit.model.RequestTime;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.network.FunctionFrontDoor;
import dev.costfit.network.InternetEgress;
import dev.costfit.network.NatGateway;
import dev.costfit.network.NetworkTraffic;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.InstanceType;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileDefaults;
import dev.costfit.profile.Runtime;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * AWS Lambda Managed Instances (glue-and-discounts-reference.md §8): Lambda functions on EC2 instances in the
 * account, each execution environment running many requests at once. Environments are sized at each size worth
 * trying ({@link ExecutionEnvironment}) as LMI scales them, on CPU ({@link EnvironmentDemand}), packed onto the
 * catalog's EC2 type that makes the month cheapest, never fewer than 3 instances; billed as instance-hours, a 15%
 * management fee and requests ({@link ManagedInstanceCharges}), never by each request's duration. Requests do not
 * start cold (environments run ahead of traffic); traffic that more than doubles within 5 minutes may be throttled.
 */
public final class LambdaManagedInstancesPlatform implements Platform {

    static final String ID = "lambda-managed-instances";

    private static final PlatformInfo INFO = new PlatformInfo(ID, "Lambda Managed Instances",
            Simplicity.MANAGED_INSTANCES, Cloud.AWS, "execution environment", true);

    /** Instances are sized to the hour's load; no cold start is billed (see {@link Platform#costRisesWithLoad}). */
    @Override
    public boolean costRisesWithLoad() {
        return true;
    }

    @Override
    public PlatformInfo info() {
        return INFO;
    }

    /** An instance type and how many environments of the size one instance holds. */
    private record Fit(InstanceType type, int perInstance) {}

    /**
     * A fit whose type has a price here: the instance's hourly price, and its hourly charge with the management fee.
     */
    private record PricedFit(Fit fit, double price, double hourly) {}

    /**
     * What instance types are ranked by: what differs between them, their instances' month (the instance, its
     * management fee and its public IPv4 address) under the pricing option. Under a commitment the instance line's
     * committed level (the hourly instances that make the month least, which depend on the environments an instance
     * holds) is at
     * the plan's rate, as {@link Commitments} bills it; the fee is "not discounted" (the LMI best-practices page),
     * and an address is no EC2 instance usage. A job's runs come and go: nothing of them is committed.
     *
     * @param committed the share the plan takes off the instance line's committed level (0: on demand)
     * @param levels    the committed levels by environments per instance (null on demand)
     */
    private record InstanceRanking(EnvironmentDemand demand, double ipv4, double committed,
                                   CommittedLevelsByFit levels) {

        static InstanceRanking of(CostUnderOption under, EnvironmentDemand demand, double ipv4) {
            double committed = demand.load().isPresent() ? under.fraction("lmi.instances") : 0;
            return new InstanceRanking(demand, ipv4, committed, committed > 0
                    ? new CommittedLevelsByFit(demand.environments(), demand.minInstances(), committed) : null);
        }

        /** A fit's instances' month: its instance-hours at its hourly charge and address, the base committed. */
        double month(PricedFit f) {
            double hours = demand.instanceHours(f.fit().perInstance());
            if (committed <= 0) {
                return hours * (f.hourly() + ipv4);
            }
            return hours * (f.hourly() - f.price() + ipv4)
                    + Commitments.lineCost(hours, f.price(), committed, levels.of(f.fit().perInstance()));
        }

        /**
         * No more than the month of a fit that holds {@code perInstance} environments with an hourly charge of at
         * least {@code hourly}: its fewest instance-hours, all of the charge at the plan's rate (the fee is part of
         * it, so this is lower still).
         */
        double floor(int perInstance, double hourly) {
            double hours = demand.leastInstanceHours(perInstance);
            return committed <= 0 ? hours * (hourly + ipv4)
                    : hours * ipv4 + Commitments.lineCost(hours, hourly, committed, CommittedLevel.ALL);
        }
    }

    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        Assessment assessed = assessAllowed(profile, context);
        return ArchitectureNote.ofTypes(profile, context, assessed, any -> assessAllowed(any, context.searching()),
                "instance types").orElse(assessed);
    }

    /** A Lambda function's longest run, also on managed instances. */
    private static RunLimit runLimit(Catalog catalog) {
        return new RunLimit(catalog.durationLimit("lambda.timeout"),
                "the longest a Lambda function runs, also on managed instances");
    }

    /** The assessment on the types the profile's architecture allows. */
    private Assessment assessAllowed(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        List<LimitCheck> limits = new ArrayList<>();
        limits.add(LimitCheck.of(profile.gpu().isEmpty(), LimitCheck.Severity.HARD, "GPU",
                () -> profile.gpu().map(g -> g.count() + " × " + g.type().spelling()).orElse("none"),
                () -> "none (general purpose, compute and memory optimized instances)",
                () -> GpuAlternatives.workaround(profile.gpu(), catalog, false, profile.region()))
                .atEveryRate());
        limits.add(ManagedInstanceRuntime.check(profile, context));
        limits.add(runLimit(catalog).check(profile, "", " (a Lambda function's, also on managed instances)",
                "split the work into steps under 15 minutes chained with Step Functions, or run it as a container "
                        + "task (Fargate, EKS)").atEveryRate());
        limits.addAll(InvokePayloadLimits.check(profile, catalog));
        List<ExecutionEnvironment> sizes = limits.stream().anyMatch(LimitCheck::blocks) ? List.of()
                : ExecutionEnvironment.sizes(profile, catalog);
        DataSize maxMemory = catalog.sizeLimit("lmi.memory.max");
        limits.add(LimitCheck.of(!profile.memory().isLargerThan(maxMemory), LimitCheck.Severity.HARD,
                "execution environment memory", () -> profile.memory().display(), () -> "at most " + maxMemory.display()
                        + " (" + Numbers.grouped(catalog.countLimit("lmi.vcpu.max"), 0) + " vCPU)",
                "need less memory per environment, or run it on Fargate or EKS").atEveryRate());
        if (limits.stream().anyMatch(LimitCheck::blocks) || sizes.isEmpty()) {
            return Assessment.unfit(INFO, "", limits, Capacity.NONE, List.of(), List.of());
        }
        RequestTime time = RequestTime.of(profile);
        // The types an environment may run on, and their prices, are the same for every environment size.
        List<InstanceType> types = InstanceFleet.candidates(profile, context, List.of()).stream()
                .filter(t -> t.gpu().isEmpty() && t.baseline() >= 1).toList();
        Map<String, Price> instancePrices = InstanceFleet.prices(profile, context, List.of());
        // What a size's environments ask hour by hour, worked out once for its bound and its assessment.
        double utilization = context.catalog().estimate("lmi.cpu.target").value().magnitude();
        Map<ExecutionEnvironment, EnvironmentDemand> demands = new java.util.HashMap<>();
        Function<ExecutionEnvironment, EnvironmentDemand> demandOf = env -> demands
                .computeIfAbsent(env, e -> EnvironmentDemand.of(profile, context, e, time.at(e.vcpu()), utilization));
        CostUnderOption under = CostUnderOption.of(profile, context, INFO.cloud());
        java.util.function.BiFunction<ExecutionEnvironment, PricingContext, SettingChoice.Candidate> candidateIn =
                (env, in) -> new SettingChoice.Candidate(() -> env.label() + " environments", time.at(env.vcpu()),
                        time.slowdownAt(env.vcpu()), assessAt(profile, in, under, time, env, types, instancePrices,
                        limits, demandOf.apply(env)));
        Function<ExecutionEnvironment, SettingChoice.Candidate> candidate = env -> candidateIn.apply(env, context);
        if (!context.tradeOffs()) {
            // A search reads the chosen size alone: each is bounded by its instances' least month, and only those
            // that can still be chosen are assessed in full.
            java.util.function.ToDoubleFunction<ExecutionEnvironment> bound = env -> leastInstances(profile, context,
                    env, types, instancePrices, demandOf);
            return SettingChoice.chooseCheapestFirst(context, under, sizes, bound, env -> time.at(env.vcpu()),
                    candidate);
        }
        // Each size for the table as a search prices it (the same fit and cost, without the words), then the chosen
        // one in full, as Lambda's settings are.
        PricingContext unshown = context.searching();
        return SettingChoice.chooseThenShow(under, sizes, env -> candidateIn.apply(env, unshown), candidate);
    }

    /**
     * No more than an environment size's month where it is usable: its instances and their management fee alone,
     * at the fewest instance-hours its environments can take on the least hourly charge of the types that hold as
     * many ({@link PriceGroups#leastFloor}, the floor {@link #assessAt} ranks types by, without the public IPv4
     * addresses), with room for rounding; the requests and the network only add to it. Infinite where no type
     * holding the size is priced (the size is then not priced either).
     */
    private static double leastInstances(Profile profile, PricingContext context, ExecutionEnvironment env,
                                         List<InstanceType> types, Map<String, Price> instancePrices,
                                         Function<ExecutionEnvironment, EnvironmentDemand> demandOf) {
        PriceGroups<PricedFit> priced = pricedFits(profile, context, env, fits(profile, context, env, types),
                instancePrices);
        if (priced.options().isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        EnvironmentDemand demand = demandOf.apply(env);
        return priced.leastFloor((perInstance, hourly) -> demand.leastInstanceHours(perInstance) * hourly)
                * (1 - 1e-9);
    }

    /**
     * The types that hold an environment size: worked out once a run for every profile with the same size,
     * architecture and GPU, from which the types follow ({@link PricingContext#reusedAcrossProfiles}).
     */
    private static List<Fit> fits(Profile profile, PricingContext context, ExecutionEnvironment env,
                                  List<InstanceType> types) {
        return context.reusedAcrossProfiles(List.of("lmi.fits", env, profile.architecture(), profile.gpu()),
                () -> types.stream().map(t -> new Fit(t, env.perInstance(t))).filter(f -> f.perInstance() > 0)
                        .toList());
    }

    /**
     * The fits whose type is priced here, with their hourly charge (instance and management fee), grouped by
     * environments per instance: an instance's month is its hours at that count times its charge. Worked out once a
     * run for every profile with the same size, architecture, GPU and region (the prices follow from the region).
     */
    private static PriceGroups<PricedFit> pricedFits(Profile profile, PricingContext context,
                                                     ExecutionEnvironment env, List<Fit> fits,
                                                     Map<String, Price> instancePrices) {
        double fee = ManagedInstanceCharges.feeShare(context.catalog());
        return context.reusedAcrossProfiles(List.of("lmi.priced-fits", env, profile.architecture(), profile.gpu(),
                profile.region()), () -> new PriceGroups<>(fits.stream()
                .filter(f -> instancePrices.containsKey(f.type().name()))
                .map(f -> new PricedFit(f, instancePrices.get(f.type().name()).unitPrice(),
                        ManagedInstanceCharges.hourly(instancePrices.get(f.type().name()), fee)))
                .toList(), f -> f.fit().perInstance(), PricedFit::hourly));
    }

    private Assessment assessAt(Profile profile, PricingContext context, CostUnderOption under, RequestTime time,
                                ExecutionEnvironment env, List<InstanceType> types, Map<String, Price> instancePrices,
                                List<LimitCheck> baseLimits, EnvironmentDemand demand) {
        Catalog catalog = context.catalog();
        double seconds = time.at(env.vcpu());
        TimeSpan longest = TimeSpan.ofSeconds(time.longestAt(env.vcpu()));
        List<LimitCheck> limits = new ArrayList<>(baseLimits);
        limits.addAll(SpeedLimits.check(profile, context, time, env.vcpu(), List.of("lmi", env.vcpu(),
                env.memoryGb()), () -> env.label() + " environments", Optional.of(runLimit(catalog))));
        FrontDoorPlan door = FrontDoorPlan.forFunctions(profile, catalog, longest);
        limits.addAll(FunctionFrontDoor.limits(profile, door, seconds, longest, catalog));
        List<String> notes = new ArrayList<>();
        // A search reads the fit and the cost alone: the assumptions and notes a report lists are not written for it.
        if (context.forReport()) {
            door.note().ifPresent(notes::add);
        }
        List<String> assumptions = context.forReport() ? assumptions(profile, context, env) : new ArrayList<>();
        List<Fit> fits = fits(profile, context, env, types);
        limits.add(LimitCheck.of(!fits.isEmpty(), LimitCheck.Severity.HARD, "instance type",
                () -> "an instance that holds a " + env.label() + " execution environment",
                () -> "the catalog's general purpose, compute and memory optimized types"
                        + (profile.architecture().spelling().equals("any") ? "" : " on "
                        + profile.architecture().spelling()),
                "need less memory per environment, or add a larger instance type with --catalog"));
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(INFO, "", limits, Capacity.NONE, notes, assumptions);
        }
        PriceGroups<PricedFit> priced = pricedFits(profile, context, env, fits, instancePrices);
        if (priced.options().isEmpty()) {
            return Assessment.unpriced(INFO, "", limits, Capacity.NONE, notes, assumptions, "the catalog has no "
                    + "price in " + profile.region() + " for any of the " + fits.size() + " instance types that "
                    + "hold the environment; " + catalog.howToAdd(profile.region()));
        }
        try {
            double ipv4 = profile.network().privateSubnets() ? 0
                    : catalog.price(PriceKeys.PUBLIC_IPV4, profile.region()).unitPrice();
            InstanceRanking ranking = InstanceRanking.of(under, demand, ipv4);
            List<PricedFit> two = priced.cheapestTwo(ranking::month, ranking::floor);
            PricedFit chosenFit = two.get(0);
            Fit chosen = chosenFit.fit();
            limits.add(scaling(demand, chosen.perInstance(), catalog));
            List<CostLine> lines = lines(profile, context, chosen, demand, seconds, door, assumptions);
            if (two.size() > 1 && context.forReport()) {
                PricedFit next = two.get(1);
                notes.add(chosen.type().name() + " instances make the month cheapest ("
                        + Numbers.count(chosen.perInstance(), "environment") + " of " + env.label() + " each); "
                        + NextType.clause(next.fit().type().name(), ranking.month(next) - ranking.month(chosenFit)));
            }
            Capacity capacity = Capacity.shownIf(context.forReport(),
                    () -> capacity(profile, env, chosen, demand, seconds));
            sharing(profile, time, env, capacity).ifPresent(notes::add);
            if (env.concurrencyStated() && profile.concurrencyPerInstance() > env.concurrency()) {
                notes.add(concurrencyCut(profile, catalog, env, demand));
            }
            // A commitment covers the level of hourly instances that makes the month least (a job's: none).
            return Assessment.priced(INFO, chosen.type().name(), limits, lines, capacity, coldStarts(), notes,
                    assumptions).withUsage(demand.load().isPresent()
                    ? HourlyUsage.of(demand.instances(chosen.perInstance())) : HourlyUsage.NONE);
        } catch (MissingPriceException e) {
            return Assessment.unpriced(INFO, "", limits, Capacity.NONE, notes, assumptions, e.getMessage());
        }
    }

    /**
     * LMI scales asynchronously on CPU; traffic that more than doubles within 5 minutes may be throttled (the
     * scaling page). A service grows so by its burst and by its pattern's steps: an hour's rate starts at once, so
     * the largest rise in environments from one pattern hour to the next ({@link PatternStep}) counts as growth
     * within minutes, as a burst does; where the pattern's hours sample a smooth curve (diurnal), its rate ramps
     * across the hour, and only the rise within the 5 minutes counts. A QUOTA, not a HARD limit: the workload runs,
     * and the team avoids the throttling by keeping the environments the growth needs running (the function's minimum
     * execution environments, which is the capacity this assessment prices; moved ahead of the busy hours on a
     * schedule) or by a queue in front — an action before launch, as with a quota, not a wall. HARD would drop a
     * priced, workable platform for every profile with a burst above 2x.
     */
    private static LimitCheck scaling(EnvironmentDemand demand, int perInstance, Catalog catalog) {
        double allowed = catalog.countLimit("lmi.scaling.growth");
        TimeSpan window = catalog.durationLimit("lmi.scaling.window");
        double growth = demand.growth(perInstance, window);
        // Worded when a report reads it: a search checks the limit at every rate. Figures, not the demand, are
        // captured: a report's results keep their texts.
        boolean service = demand.load().isPresent();
        double burst = demand.load().map(HourlyLoad::burst).orElse(1.0);
        PatternStep step = demand.step();
        Supplier<String> required = () -> !service
                ? Numbers.grouped(growth, 2) + "x the instances kept between runs, when a run starts"
                : !step.rises() ? Numbers.grouped(growth, 2) + "x within minutes (traffic.burst)"
                : step.ramp() ? Numbers.grouped(growth, 2) + "x within minutes, the larger of the pattern's "
                + "largest hour-to-hour rise (into " + step.hourName() + ": " + Numbers.count(step.from(),
                "environment") + " to " + step.to() + " over the hour, as its hours sample a smooth curve and its "
                + "rate ramps across the hour: " + Numbers.grouped(step.growthWithin(window), 2) + "x within "
                + window.display() + ") and traffic.burst (" + Numbers.grouped(burst, 2) + "x)"
                : Numbers.grouped(growth, 2) + "x within minutes, the larger of the pattern's largest hour-to-hour "
                + "step (into " + step.hourName() + ": " + Numbers.count(step.from(), "environment") + " to "
                + step.to() + ", " + Numbers.grouped(step.ratio(), 2) + "x at once, as an hour's rate starts on the "
                + "hour) and traffic.burst (" + Numbers.grouped(burst, 2) + "x)";
        return LimitCheck.of(growth <= allowed + 1e-9, LimitCheck.Severity.QUOTA, "scaling speed", required,
                () -> "traffic at most " + Numbers.grouped(allowed, 0) + "x within " + window.display()
                        + "; faster growth may be throttled while LMI adds instances",
                "keep the capacity the growth needs running (set the function's minimum execution environments to "
                        + "the peak priced here; EventBridge Scheduler can move it with the traffic pattern, ahead of "
                        + "the busy hours), or put a queue in front");
    }

    private static List<CostLine> lines(Profile profile, PricingContext context, Fit fit, EnvironmentDemand demand,
                                        double seconds, FrontDoorPlan door, List<String> assumptions) {
        Catalog catalog = context.catalog();
        String region = profile.region();
        double instanceHours = demand.instanceHours(fit.perInstance());
        List<CostLine> lines = new ArrayList<>(ManagedInstanceCharges.lines(fit.type(), instanceHours,
                profile.workPerMonth() * BilledRequests.perInvocation(profile, catalog),
                BilledRequests.lineName(profile, catalog, ""), region, catalog));
        lines.addAll(FunctionFrontDoor.lines(profile, door, seconds, catalog));
        NetworkTraffic traffic = NetworkTraffic.of(profile, catalog);
        // The instances run in the capacity provider's VPC subnets, as EKS nodes do.
        if (NatGateway.needed(profile, traffic)) {
            lines.addAll(NatGateway.lines(profile, traffic, region, catalog));
            assumptions.add("the instances run in the capacity provider's private subnets (network.private): "
                    + "outbound calls pass a NAT gateway; LLM call bodies estimated at the catalog's bytes per token");
        } else if (!profile.network().privateSubnets()) {
            lines.add(CostLines.single("vpc.public-ipv4:lmi-instances", "Public IPv4 addresses of the instances",
                    instanceHours, catalog.price(PriceKeys.PUBLIC_IPV4, region)));
            assumptions.add("the instances run in public subnets (network.private: false), each with a public IPv4 "
                    + "address");
        }
        lines.addAll(InternetEgress.lines(traffic, region, context));
        return lines;
    }

    private static List<String> assumptions(Profile profile, PricingContext context, ExecutionEnvironment env) {
        Catalog catalog = context.catalog();
        List<String> out = new ArrayList<>();
        out.add(ManagedInstanceRuntime.assumption(profile, catalog));
        out.add("execution environments of " + env.label() + ": whole vCPUs times 2, 4 or 8 GB (LMI's memory-to-vCPU "
                + "ratios), the least that holds the profile's memory and LMI's " + catalog.sizeLimit("lmi.memory.min")
                .display() + " minimum");
        boolean cut = env.concurrencyStated() && profile.concurrencyPerInstance() > env.concurrency();
        out.add("an environment takes at most " + Numbers.count(env.concurrency(), "request") + " at once"
                + (cut ? " (concurrency_per_instance's " + profile.concurrencyPerInstance() + ", cut to the most "
                + "AWS allows: " + (ExecutionEnvironment.perVcpuBinds(catalog, env.vcpu())
                ? (int) catalog.countLimit("lmi.concurrency.per-vcpu.max") + " per vCPU)"
                : "PerExecutionEnvironmentMaxConcurrency's " + (int) catalog.countLimit("lmi.concurrency.max") + ")")
                : env.concurrencyStated() ? " (concurrency_per_instance, as PerExecutionEnvironmentMaxConcurrency)"
                : " (the " + profile.runtime().spelling() + " default, " + ManagedInstanceRuntime
                .defaultConcurrencyPerVcpu(profile, catalog) + " per vCPU; state concurrency_per_instance if the "
                + "function sets PerExecutionEnvironmentMaxConcurrency)"));
        if (profile.workload() instanceof Workload.Service) {
            out.add("environments follow the hour as LMI scales them, on CPU: the hour's λ × "
                    + TimeSpan.ofSeconds(profile.cpuTime().seconds()).display() + " of CPU at "
                    + catalog.estimate("lmi.cpu.target").value().display() + " utilisation (estimate: AWS publishes "
                    + "no figure, but its default keeps \"enough headroom for your traffic to double within 5 minutes "
                    + "without throttles\", so no more than half the CPU in use) or its burst at full use, whichever "
                    + "is larger, and the 99th percentile of requests in flight × the burst ÷ " + env.concurrency()
                    + "; at least "
                    + Math.max((int) catalog.countLimit("lmi.environments.min"), profile.minInstances())
                    + " environments");
        } else {
            out.add("a run's tasks run at once, one request each, and a job's memory"
                    + (profile.vcpu().isPresent() ? " and vcpu are" : " is") + " each task's: an environment of "
                    + env.label() + " runs at most " + Numbers.count(env.tasksAtOnce(profile), "task") + " at once "
                    + "(its memory and vCPU are shared by the requests it runs); runs in progress at once share the "
                    + "environments; the " + (int) catalog.countLimit("lmi.instances.min") + " instances LMI keeps "
                    + "run all month, and those the runs need beyond them bill while they run (per second, 60 s "
                    + "minimum); LMI scaling out for a run is assumed to take no time");
        }
        out.add("at least " + (int) catalog.countLimit("lmi.instances.min") + " instances (Availability Zone "
                + "resilience); instances of the catalog's general purpose, compute and memory optimized types (not "
                + "burstable or GPU types), packed by vCPU and memory with nothing reserved for the Lambda agent (LMI "
                + "publishes no reserve)");
        out.add(instancePricing(profile, context));
        if (profile.runtime() == Runtime.PYTHON && profile.workload() instanceof Workload.Service) {
            out.add("Python runs each concurrent request in its own process: the environment's memory must hold them "
                    + "all; costfit takes the profile's memory for the whole environment");
        }
        if (!profile.cpuModel()) {
            out.add(ProfileDefaults.CPU_MODEL_OFF);
        }
        if (context.freeTier()) {
            out.add("no free tier: the pricing page gives none for Lambda Managed Instances");
        }
        out.add("LMI is offered in every AWS commercial region but Tel Aviv, Bahrain, UAE and Auckland (AWS's LMI "
                + "power for Kiro, 2026); the catalog's EC2 prices decide where it is priced");
        return out;
    }

    /**
     * How the instances are priced, in the words of what the bill holds: on demand, or under the pricing option's
     * commitment where the catalog has a discount for the instance line ({@link Commitments} applies it to the
     * committed level afterwards and its notes give the figures). Either way the fee is a share of the on-demand price:
     * "These pricing options apply to the underlying EC2 compute (the 15% management fee is not discounted)" (the
     * LMI best-practices page).
     */
    private static String instancePricing(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        String fee = "the management fee is " + catalog.limit("lmi.management-fee").value().display() + " of the "
                + "on-demand price, which no Savings Plan or Reserved Instance discounts";
        var option = context.optionFor(profile);
        if (option.onDemand()) {
            return "instances at the EC2 on-demand price; " + fee + "; a Compute Savings Plan on them is priced "
                    + "where the catalog has its rate (--pricing), Reserved Instances are not";
        }
        if (!Commitments.covers(catalog, option, "lmi.instances", profile.region())) {
            return "instances at the EC2 on-demand price: the catalog has no " + option.label() + " rate for them in "
                    + profile.region() + "; " + fee;
        }
        // A job's runs come and go (no steady hourly use, as the usage it reports says): nothing is committed.
        if (!(profile.workload() instanceof Workload.Service)) {
            return "instances at the EC2 on-demand price: a job's runs come and go, so " + option.label()
                    + " commits none of them; " + fee;
        }
        return "instances under " + option.label() + ": its committed level (the hourly instances that make the "
                + "month least) at the "
                + "catalog's Savings Plan rate, the rest at the EC2 on-demand price (the notes give the figures); "
                + fee + "; Reserved Instances are not priced";
    }

    /**
     * Why a concurrency_per_instance above what an environment may take is cut: AWS's 64 requests per vCPU (the
     * scaling page), else the API's 1,600. The environments are then sized at the cut figure (more of them, or a
     * size with more vCPUs if that makes the month cheaper: every size is priced).
     */
    private static String concurrencyCut(Profile profile, Catalog catalog, ExecutionEnvironment env,
                                         EnvironmentDemand demand) {
        int stated = profile.concurrencyPerInstance();
        String cut = "an execution environment of " + env.vcpu() + " vCPU takes at most " + env.concurrency()
                + " requests at once, not concurrency_per_instance's " + stated;
        if (!ExecutionEnvironment.perVcpuBinds(catalog, env.vcpu())) {
            return cut + " (PerExecutionEnvironmentMaxConcurrency's most)";
        }
        int perVcpu = (int) catalog.countLimit("lmi.concurrency.per-vcpu.max");
        int vcpuForAll = (int) Math.ceil(stated / (double) perVcpu);
        boolean larger = vcpuForAll <= catalog.countLimit("lmi.vcpu.max")
                && ExecutionEnvironment.mostRequests(catalog, vcpuForAll) >= stated;
        return cut + " (AWS allows " + perVcpu + " per vCPU), and the environments are sized so: up to "
                + Numbers.count(demand.environments().max(), "environment") + (larger ? "; environments of "
                + vcpuForAll + " vCPU would take all " + stated + " (every size is priced: the trade-off table)" : "");
    }

    /** Requests never wait for a start: environments run ahead of traffic. */
    private static ColdStarts coldStarts() {
        return new ColdStarts(0, 0, TimeSpan.ZERO, TimeSpan.ZERO, true, List.of("no cold starts: LMI starts "
                + "execution environments ahead of traffic and scales them in the background on CPU; a request finds a "
                + "running environment, or is throttled if traffic outgrows the capacity running"));
    }

    /**
     * The reason LMI beats Lambda on waiting work, in words from its own figures: requests share an environment
     * while they wait, and no one bills the wait.
     */
    private static java.util.Optional<String> sharing(Profile profile, RequestTime time, ExecutionEnvironment env,
                                                      Capacity capacity) {
        double perEnvironment = capacity.figures().stream().filter(f -> f.key().equals("requestsPerInstance"))
                .mapToDouble(Figure::value).findFirst().orElse(0);
        if (perEnvironment < 2 || time.waiting() < time.at(env.vcpu()) / 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("bills instances, not each request's duration: about "
                + Numbers.grouped(perEnvironment, 0) + " requests share each " + env.vcpu() + "-vCPU execution "
                + "environment while each waits ~" + TimeSpan.ofSeconds(time.waiting()).display() + " on "
                + (profile.llm().isPresent() ? "the LLM API" : "I/O") + "; Lambda would give each request an "
                + "environment of its own and bill every second of the wait");
    }

    private static Capacity capacity(Profile profile, ExecutionEnvironment env, Fit fit, EnvironmentDemand demand,
                                     double seconds) {
        InstanceHours environments = demand.environments();
        InstanceHours instances = demand.instances(fit.perInstance());
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("environmentVcpu", "vCPU per execution environment", env.vcpu(), "vCPU"),
                new Figure("environmentMemoryGb", "memory per execution environment", env.memoryGb(), "GB"),
                new Figure("requestsPerEnvironmentMax", "requests an environment takes at once", env.concurrency(),
                        "requests"),
                new Figure("environmentsPerInstance", "environments per instance", fit.perInstance(), "environments"),
                new Figure("requestSeconds", "mean wall time per request", seconds, "s")));
        // A job's environments and instances are those of its runs in progress over the month (runs that outlast
        // the time between them overlap and share them), with the instances kept all month between runs.
        figures.addAll(Figure.spread("environments", environments));
        figures.addAll(Figure.spread("instances", instances));
        figures.add(new Figure("instanceHours", "instance-hours a month", demand.instanceHours(fit.perInstance()),
                "instance-hours"));
        if (demand.load().isEmpty()) {
            String overlap = JobRuns.overlap(profile, seconds);
            return new Capacity(Numbers.count(demand.instancesPerRun(fit.perInstance()), fit.type().name()
                    + " instance") + " per run (" + Numbers.count(demand.perRun(), "environment") + " of "
                    + env.label() + ", " + Numbers.count(env.tasksAtOnce(profile), "task") + " at once each), "
                    + demand.minInstances() + " kept all month" + (overlap.isEmpty() ? "" : overlap + ": " + Numbers.count(instances.max(),
                    "instance") + " then"), figures);
        }
        HourlyLoad load = demand.load().get();
        double used = profile.workPerMonth() * profile.cpuTime().seconds() / Month.SECONDS;
        figures.add(new Figure("requestsPerInstance", "requests in flight per environment, mean",
                load.meanInFlight() / environments.mean(), "requests"));
        figures.add(new Figure("vcpuUsedMean", "vCPU the requests burn, mean", used, "vCPU"));
        figures.add(new Figure("vcpuBoughtMean", "vCPU of the instances, mean", instances.mean() * fit.type().vcpu(),
                "vCPU"));
        String summary = Numbers.rangeCount(instances.min(), instances.max(), fit.type().name() + " instance") + " ("
                + Numbers.count(fit.perInstance(), "environment") + " of " + env.label() + " each); "
                + Numbers.rangeCount(environments.min(), environments.max(), "environment") + ", up to "
                + env.concurrency() + " requests each";
        return new Capacity(summary, figures);
    }
}
