package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.CommittedLevel;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.HourlyUsage;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.Simplicity;
import dev.costfit.model.FleetSize;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.model.NodeReserve;
import dev.costfit.network.ContainerNetwork;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.InstanceType;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.EksSupport;
import dev.costfit.profile.Gpu;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Money;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Amazon EKS on EC2 nodes (pricing-reference.md §3): the cluster fee (times the profile's share of the cluster),
 * pods sized as an autoscaler sizes them ({@link ContainerNeed}) at each pod size worth trying, packed onto the node
 * type that makes the month cheapest after the node's reserve ({@link NodeReserve}) and its max-pods limit; GPU
 * profiles only on GPU nodes of the asked model.
 */
public final class EksPlatform implements Platform {

    /** Pod CPU requests worth trying, besides the profile's vcpu and its threads. */
    private static final double[] POD_VCPU = {0.25, 0.5, 1, 2, 4, 8, 16};

    /** EC2 bills Linux instances per second with a 60-second minimum (pricing-reference.md §3.2). */
    private static final double EC2_MINIMUM_SECONDS = 60;

    private static final PlatformInfo INFO = new PlatformInfo("eks", "Amazon EKS", Simplicity.KUBERNETES, Cloud.AWS,
            "pod", true);

    /** Pods and nodes are sized to the hour's load; no cold start is billed (see {@link Platform#costRisesWithLoad}). */
    @Override
    public boolean costRisesWithLoad() {
        return true;
    }

    @Override
    public PlatformInfo info() {
        return INFO;
    }

    /**
     * The least of the bounds a search sizes pods by ({@link #cpuBound}: the pods each size's CPU work alone needs on
     * the least its nodes can cost, with the cluster and the network lines every size has alike): no size costs
     * less, whichever is chosen. 0 for a job, and where a named node type is unknown or no size has a priced node.
     */
    @Override
    public double costFloor(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        if (!unknownNodeTypes(profile, catalog).isEmpty()) {
            return 0;
        }
        List<String> named = profile.platforms().eks().nodeTypes();
        ContainerNeed need = ContainerNeed.of(profile, catalog,
                profile.platforms().eks().targetUtilization().fraction(), false);
        List<Double> podSizes = podSizes(profile, need);
        if (podSizes.isEmpty()) {
            return 0;
        }
        List<InstanceType> types = InstanceFleet.candidates(profile, context, named);
        Map<String, Price> nodePrices = InstanceFleet.prices(profile, context, named);
        ServiceLoads loads = new ServiceLoads(profile, context);
        double shared = sharedCost(profile, context, FrontDoorPlan.forContainers(profile, catalog), need, podSizes,
                loads);
        double least = Double.POSITIVE_INFINITY;
        for (double podVcpu : podSizes) {
            least = Math.min(least, cpuBound(profile, context, need, podVcpu,
                    fitOf(profile, context, need, podVcpu, types, nodePrices), loads, shared));
        }
        return least;
    }

    /** The node types the profile names that the catalog does not know. */
    private static List<String> unknownNodeTypes(Profile profile, Catalog catalog) {
        return profile.platforms().eks().nodeTypes().stream()
                .filter(name -> !catalog.instanceTypes().containsKey(name)).toList();
    }

    /**
     * What every pod size costs alike: the cluster fee and the network lines (at the first size's request time: any
     * size's would do).
     */
    private static double sharedCost(Profile profile, PricingContext context, FrontDoorPlan door, ContainerNeed need,
                                     List<Double> podSizes, ServiceLoads loads) {
        return clusterFee(profile, context.catalog()).monthlyCost() + ContainerNetwork.sharedCost(profile, door,
                loads.at(need.seconds(podSizes.get(0))), context.catalog(), context);
    }

    /** A node type, the pod it runs (vCPU request, memory), and how many of the pods fit on one node (0: none). */
    record Packing(InstanceType type, double podVcpu, double podMemoryGb, int podsPerNode, double allocatableVcpu,
                   double allocatableGb) {}

    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        Assessment assessed = assessAllowed(profile, context);
        return ArchitectureNote.ofTypes(profile, context, assessed, any -> assessAllowed(any, context.searching()),
                "node types").orElse(assessed);
    }

    /** The assessment on the types the profile's architecture allows. */
    private Assessment assessAllowed(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        ContainerNeed need = ContainerNeed.of(profile, catalog,
                profile.platforms().eks().targetUtilization().fraction(), context.forReport());
        List<String> notes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>(need.assumptions());
        assumptions.add("node reserve as the EKS AMI sets it: kube-reserved CPU (6% of the first core, then less) "
                + "and memory (255 MiB + 11 MiB per pod), 100 MiB eviction threshold, kube-proxy and aws-node, "
                + "off the 92.5% of a node's advertised memory its kernel reports (Karpenter's VM overhead)");
        FrontDoorPlan door = FrontDoorPlan.forContainers(profile, catalog);
        door.note().ifPresent(notes::add);

        List<LimitCheck> limits = new ArrayList<>();
        List<String> unknown = unknownNodeTypes(profile, catalog);
        if (!unknown.isEmpty()) {
            limits.add(LimitCheck.of(false, LimitCheck.Severity.HARD, "node types", () -> String.join(", ", unknown),
                    () -> "types in the catalog: " + String.join(", ", catalog.instanceTypes().keySet()),
                    "name types from the catalog, or add the type and its price with --catalog"));
        }
        List<String> named = profile.platforms().eks().nodeTypes();
        List<InstanceType> anywhere = InstanceFleet.candidates(profile, context, named);
        // Only the types AWS offers in the region: a family the catalog records the regions of (its GPU families)
        // is not there elsewhere, which is "does not fit", not a price the catalog lacks.
        List<InstanceType> types = context.reusedAcrossProfiles(List.of("eks.offered", named,
                profile.architecture(), profile.gpu(), profile.region()), () -> anywhere.stream()
                .filter(t -> catalog.offered(t, profile.region())).toList());
        String allowed = context.reusedAcrossProfiles(List.of("eks.allowed", named, profile.architecture(),
                profile.gpu(), profile.region()), () -> types.isEmpty() && !anywhere.isEmpty()
                ? notOffered(profile, anywhere) : allowedText(profile, types)); // the same for every pod size and rate
        String nodeWorkaround = types.isEmpty() && !anywhere.isEmpty()
                ? "run it in a region AWS offers " + String.join(", ", anywhere.stream().map(InstanceType::family)
                        .distinct().toList()) + " in, or ask for another GPU model"
                : profile.gpu().isPresent()
                ? "ask for a GPU model and memory a catalog node type has, or add a larger GPU type with --catalog"
                : "lower the pod's memory, or allow larger node types (platforms.eks.node_types)";
        Map<String, Price> nodePrices = InstanceFleet.prices(profile, context, named);
        ServiceLoads loads = new ServiceLoads(profile, context);
        // A search bounds each pod size by what its cheapest nodes cost and what every size has alike (the cluster
        // and the network lines), and prices in full only the sizes that can still be chosen.
        List<Double> podSizes = podSizes(profile, need);
        double shared = podSizes.isEmpty() ? 0 : ContainerSizePlan.shared(context,
                () -> sharedCost(profile, context, door, need, podSizes, loads));
        // Before planning a pod size (its limits, the requests in flight it holds, its node types ranked hour by
        // hour), a search bounds it by the pods its CPU work alone needs on the least its nodes can cost.
        Map<Double, PodFit> fits = new java.util.HashMap<>();
        java.util.function.DoubleFunction<PodFit> fit = podVcpu -> fits.computeIfAbsent(podVcpu,
                v -> fitOf(profile, context, need, v, types, nodePrices));
        CostUnderOption under = CostUnderOption.of(profile, context, INFO.cloud());
        return SettingChoice.chooseSize(context, under, podSizes, podVcpu -> cpuBound(profile, context, need, podVcpu,
                fit.apply(podVcpu), loads, shared), podVcpu -> planPod(profile, context, under, need, podVcpu,
                fit.apply(podVcpu), allowed, nodeWorkaround, door, limits, notes, assumptions, loads, shared),
                (podVcpu, plan, in) -> pricePod(profile, in, under, need, door, plan), (podVcpu, assessment) -> {
                    double seconds = need.seconds(podVcpu);
                    return new SettingChoice.Candidate(() -> Numbers.grouped(podVcpu, 3) + " vCPU pods", seconds,
                            need.time().slowdownAt(podVcpu), assessment);
                });
    }

    /** Pod CPU requests to try: the usual sizes, the profile's vcpu and its threads, at or above its vcpu. */
    private static List<Double> podSizes(Profile profile, ContainerNeed need) {
        TreeSet<Double> sizes = new TreeSet<>();
        double floor = need.floorVcpu();
        if (floor > 0) {
            sizes.add(floor);
        }
        if (profile.threads() > 1) {
            sizes.add((double) profile.threads());
        }
        for (double v : POD_VCPU) {
            sizes.add(v);
        }
        return sizes.stream().filter(v -> v >= floor - 1e-9).toList();
    }

    /**
     * A pod size worked out up to its node types ranked by what their nodes cost: the two cheapest, and as the
     * bound the first one's node lines and {@code shared}, what every size costs alike.
     */
    private ContainerSizePlan<List<Packing>> planPod(Profile profile, PricingContext context, CostUnderOption under,
                                                     ContainerNeed need, double podVcpu, PodFit fit, String allowed,
                                                     String nodeWorkaround,
                                                     FrontDoorPlan door, List<LimitCheck> baseLimits,
                                                     List<String> baseNotes, List<String> baseAssumptions,
                                                     ServiceLoads loads, double shared) {
        Catalog catalog = context.catalog();
        List<LimitCheck> limits = new ArrayList<>(baseLimits);
        List<String> notes = new ArrayList<>(baseNotes);
        List<String> assumptions = new ArrayList<>(baseAssumptions);
        double seconds = need.seconds(podVcpu);
        limits.addAll(SpeedLimits.check(profile, context, need.time(), podVcpu, List.of("eks", podVcpu),
                () -> Numbers.grouped(podVcpu, 3) + "-vCPU pods", RunLimit.ofContainers(profile, id(), catalog)));
        List<Packing> fitting = fit.fitting();
        String podText = fit.podText(); // the text, not the fit and its ranking, is what a report's result keeps
        limits.add(LimitCheck.of(!fitting.isEmpty(), LimitCheck.Severity.HARD, "node type",
                () -> podText, () -> allowed, nodeWorkaround));
        Optional<HourlyLoad> load = loads.at(seconds);
        limits.addAll(ContainerNetwork.limits(profile, door, load,
                TimeSpan.ofSeconds(need.time().longestAt(podVcpu)), catalog));
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return ContainerSizePlan.settled(Assessment.unfit(INFO, "", limits, Capacity.NONE, notes, assumptions));
        }
        InstanceHours pods = load.map(l -> need.instances(l, podVcpu)).orElseGet(() -> new InstanceHours(List.of(
                new InstanceHours.Count(((Workload.Job) profile.workload()).schedule().tasks(), 0))));
        // Advisory, read by reports alone (as Fargate's).
        if (load.isPresent() && context.forReport()) {
            limits.add(ContainerScaling.check(load.get(), pods, need, podVcpu,
                    (TimeSpan) catalog.estimate("startup.eks").value(), "pod", ContainerScaling.EKS));
            assumptions.add(ContainerScaling.assumption(load.get().pattern(), "pod",
                    "the HPA with the node autoscaler", ContainerScaling.EKS,
                    (TimeSpan) catalog.estimate("startup.eks").value()));
        }
        if (fit.withPrice().options().isEmpty()) {
            return ContainerSizePlan.settled(Assessment.unpriced(INFO, "", limits, Capacity.NONE, notes, assumptions,
                    fitting.size() == 1
                    ? missingNodeMessage(catalog, fitting.get(0), profile) : "the catalog has no price in "
                    + profile.region() + " for any of the " + fitting.size() + " node types that fit ("
                    + String.join(", ", fitting.stream().limit(8).map(f -> f.type().name()).toList())
                    + (fitting.size() > 8 ? " and " + (fitting.size() - 8) + " more" : "") + "); "
                    + catalog.howToAdd(profile.region())));
        }
        try {
            // Only the node lines differ from one node type to another: rank the types by those, exactly, under
            // the pricing option.
            Ranking ranking = cheapestTwo(profile, catalog, under, fit.withPrice(), load, pods, seconds);
            return new ContainerSizePlan<>(limits, notes, assumptions, load, pods, seconds, Capacity.NONE,
                    ranking.least() + shared, ranking.two(), null);
        } catch (MissingPriceException e) {
            return ContainerSizePlan.settled(Assessment.unpriced(INFO, "", limits, Capacity.NONE, notes, assumptions,
                    e.getMessage()));
        }
    }

    /**
     * The node types a pod size fits, worked out once a run for every profile that shares the key's inputs
     * ({@link PricingContext#reusedAcrossProfiles}): the types and prices passed in follow from the named types, the
     * architecture, the GPU and the region, and the packing from the pod, its storage and Spot.
     */
    private static PodFit fitOf(Profile profile, PricingContext context, ContainerNeed need, double podVcpu,
                                List<InstanceType> types, Map<String, Price> nodePrices) {
        // A burstable node sustains only its baseline: a pod is taken to use its request at the target without end
        // (per pod, so more pods never make a type fit that fewer did not: a month never falls with more burst).
        double sustained = podVcpu * need.utilization();
        return context.reusedAcrossProfiles(List.of("eks.pod-fit", profile.platforms().eks().nodeTypes(),
                        profile.architecture(), profile.gpu(), profile.region(), profile.storageNeeded(),
                        profile.platforms().eks().spot(), podVcpu, need.memoryGb(), sustained),
                () -> podFit(profile, context.catalog(), need, podVcpu, sustained, types, nodePrices));
    }

    /**
     * A pod size's bound before its plan: the pods its CPU work alone needs, on the node type whose floor is least
     * (its fewest node-hours for those pods, at its group's least price: {@link PriceGroups#leastFloor}), and what
     * every size has alike, with the plan's room for rounding. No more than the plan's bound, whose pods also hold
     * the requests in flight and whose nodes are whole, hour by hour. 0 for a job, or where no node type has a
     * price (bounded by the plan alone).
     */
    private static double cpuBound(Profile profile, PricingContext context, ContainerNeed need, double podVcpu,
                                   PodFit fit, ServiceLoads loads, double shared) {
        Optional<HourlyLoad> load = loads.at(need.seconds(podVcpu));
        if (load.isEmpty() || fit.withPrice().options().isEmpty()) {
            return 0;
        }
        NodeCharges charges = NodeCharges.of(profile, context.catalog());
        FleetSize fleet = FleetSize.of(need.instancesForCpu(load.get(), podVcpu));
        int minNodes = profile.ha() ? 2 : 1;
        double least = fit.withPrice().leastFloor((perNode, price) -> charges.cost(
                fleet.leastInstanceHours(perNode, minNodes), perNode, price));
        return (least + shared) * (1 - 1e-9);
    }

    /**
     * A pod size priced in full: the cost lines of its two cheapest node types under the pricing option (the choice,
     * and the next).
     */
    private Assessment pricePod(Profile profile, PricingContext context, CostUnderOption under, ContainerNeed need,
                                FrontDoorPlan door, ContainerSizePlan<List<Packing>> plan) {
        Catalog catalog = context.catalog();
        List<LimitCheck> limits = plan.limits();
        List<String> notes = new ArrayList<>(plan.notes());
        List<String> assumptions = new ArrayList<>(plan.assumptions());
        List<Priced> priced = new ArrayList<>();
        try {
            // The full cost lines of the cheapest two (the choice, and the next one the note names).
            List<Packing> ranked = plan.ranked();
            if (!context.forReport()) {
                // A search reads the cost alone: the first by rank is the cheapest in full (on Spot too, the
                // on-demand base ranked in), and the next is priced only for the note.
                ranked = ranked.subList(0, 1);
            }
            for (Packing packing : ranked) {
                priced.add(price(profile, context, under, packing, door, plan.load(), plan.instances(),
                        plan.seconds(), need.cpuSeconds()));
            }
        } catch (MissingPriceException e) {
            return Assessment.unpriced(INFO, "", limits, Capacity.NONE, notes, assumptions, e.getMessage());
        }
        Priced chosen = priced.stream().min(Comparator.comparingDouble(Priced::cost)).orElseThrow();
        if (priced.size() > 1) {
            Priced next = priced.stream().filter(p -> p != chosen).min(Comparator.comparingDouble(Priced::cost))
                    .orElseThrow();
            notes.add(chosen.packing().type().name() + " nodes make the month cheapest ("
                    + Numbers.count(chosen.packing().podsPerNode(), "pod") + " per node); "
                    + NextType.clause(next.packing().type().name(), next.cost() - chosen.cost()));
        }
        if (context.forReport() && profile.platforms().eks().clusterShare().fraction() >= 1) {
            notes.add("the cluster fee counts in full (" + Money.format(clusterFee(profile, catalog).monthlyCost())
                    + " a month, a dedicated cluster); most teams share one: set platforms.eks.cluster_share");
        }
        assumptions.addAll(chosen.assumptions());
        if (context.forReport()) {
            standardSupportAssumption(profile, catalog).ifPresent(assumptions::add);
        }
        notes.addAll(chosen.notes());
        ColdStarts coldStarts = profile.workload() instanceof Workload.Job
                ? WarmCapacity.forEksJob(context, profile, keptForNextRun(profile, catalog, plan.seconds())
                        ? Optional.of(podStart(catalog)) : Optional.empty(), nodeStart(catalog))
                : WarmCapacity.forEksService(context, profile, podStart(catalog), nodeStart(catalog),
                        () -> spareSlots(profile, chosen.packing(), plan.instances()));
        return Assessment.priced(INFO, chosen.packing().type().name(), WarmCapacity.withJobSlo(limits, profile,
                coldStarts), chosen.lines(), chosen.capacity(), coldStarts, notes, assumptions)
                .withUsage(chosen.usage());
    }

    private static String missingNodeMessage(Catalog catalog, Packing packing, Profile profile) {
        try {
            catalog.price(packing.type().priceKey(), profile.region());
            return "";
        } catch (MissingPriceException e) {
            return e.getMessage();
        }
    }

    /** The two cheapest packings by their node lines, and the first one's node lines. */
    private record Ranking(List<Packing> two, double least) {}

    /**
     * The two packings whose month costs least under the pricing option. What differs between node types is only
     * what their nodes cost: the node-hours at the type's price, each node's public IPv4 address, and the gp3 volume
     * under the pods' storage; the cluster fee and the load balancer, NAT and egress lines are the same whatever the
     * node. This ranks every type by that part, exactly and without building cost lines ({@link
     * PriceGroups#cheapestTwo}: the part depends on the pods a node holds and rises with its price). Under a
     * commitment the node line's committed level (the hourly nodes that make the month least, which depend on the
     * pods a node holds) is at the plan's rate, as {@link Commitments} bills it; the volumes and addresses are not
     * EC2 instance usage, which is all a Compute Savings Plan covers of a node (glue-and-discounts-reference.md CS1).
     * On Spot above an on-demand base, the base's node-hours are at the on-demand price (committed as the full
     * pricing commits them) and the rest at the Spot price ({@link SpotNodeLines}): the month weighs two prices whose
     * ratio differs by family, so a type's Spot price alone does not rank it.
     */
    private static Ranking cheapestTwo(Profile profile, Catalog catalog, CostUnderOption under,
                                       PriceGroups<Ranked> packings, Optional<HourlyLoad> load, InstanceHours pods,
                                       double seconds) {
        clusterFee(profile, catalog);   // missing prices are reported in the order the lines have
        NodeCharges charges = NodeCharges.of(profile, catalog);
        // The month's pod counts, each with the hours it runs: a node type needs ceil(pods / pods per node) nodes.
        FleetSize fleet = FleetSize.of(pods);
        int minNodes = profile.ha() ? 2 : 1;
        // A job's nodes come and go: nothing is committed (its usage is none). On Spot, only the base's nodes.
        double fraction = load.isPresent() ? under.fraction("eks.nodes") : 0;
        boolean spot = profile.platforms().eks().spot();
        int base = spot ? profile.platforms().eks().onDemandBase() : 0;
        if (base > 0) {
            return aboveBase(profile, catalog, packings, load, pods, seconds, charges, fleet, base, fraction);
        }
        double committed = spot ? 0 : fraction;
        // One formula for a type's node lines and for their floor (its pods per node at the fewest node-hours they
        // can take, at the group's least price, all of them at the plan's rate): the floor is the same sum with
        // smaller factors. No committed month is less than all its node-hours at the plan's rate: the level is paid
        // on every hour, at least the hours' use up to it.
        PriceGroups.Floor lines;
        PriceGroups.Floor floor;
        if (committed > 0) {
            CommittedLevelsByFit levels = new CommittedLevelsByFit(pods, minNodes, committed);
            lines = (perNode, price) -> {
                double nodeHours = fleet.instanceHours(perNode, minNodes);
                return charges.cost(nodeHours, perNode, 0)
                        + Commitments.lineCost(nodeHours, price, committed, levels.of(perNode));
            };
            floor = (perNode, price) -> {
                double nodeHours = fleet.leastInstanceHours(perNode, minNodes);
                return charges.cost(nodeHours, perNode, 0)
                        + Commitments.lineCost(nodeHours, price, committed, CommittedLevel.ALL);
            };
        } else {
            lines = (perNode, price) -> {
                double nodeHours = load.isPresent() ? fleet.instanceHours(perNode, minNodes)
                        : jobNodeHours(profile, catalog, perNode, seconds);
                return charges.cost(nodeHours, perNode, price);
            };
            floor = (perNode, price) -> {
                double nodeHours = load.isPresent() ? fleet.leastInstanceHours(perNode, minNodes)
                        : jobNodeHours(profile, catalog, perNode, seconds);
                return charges.cost(nodeHours, perNode, price);
            };
        }
        ToDoubleFunction<Ranked> nodeLines = ranked -> lines.of(ranked.packing().podsPerNode(), ranked.nodePrice());
        return ranking(packings.cheapestTwo(nodeLines, floor), nodeLines);
    }

    /**
     * {@link #cheapestTwo} on Spot above an on-demand base of {@code base} nodes, {@code fraction} off the base's
     * committed level: a type's month weighs its on-demand and its Spot price, so its group is priced up to the first
     * type whose Spot price alone puts it beyond the second found ({@link SpotNodeLines#rising}).
     */
    private static Ranking aboveBase(Profile profile, Catalog catalog, PriceGroups<Ranked> packings,
                                     Optional<HourlyLoad> load, InstanceHours pods, double seconds,
                                     NodeCharges charges, FleetSize fleet, int base, double fraction) {
        int minNodes = profile.ha() ? 2 : 1;
        SpotNodeLines.Charges other = (nodeHours, perNode) -> charges.cost(nodeHours, perNode, 0);
        SpotNodeLines spotLines = load.isPresent()
                ? SpotNodeLines.ofService(fleet, pods, minNodes, base, fraction, other)
                : SpotNodeLines.ofJob(((Workload.Job) profile.workload()).schedule().tasks(), base,
                        perNode -> jobNodeHours(profile, catalog, perNode, seconds), other);
        ToDoubleFunction<Ranked> month = r -> spotLines.cost(r.packing().podsPerNode(), r.onDemandPrice(),
                r.nodePrice());
        // Every node-hour at the group's least Spot price, the base's less the commitment's share at most: no more
        // than any month of the group (an on-demand price is no less than the Spot price).
        PriceGroups.Floor floor = (perNode, price) -> charges.cost(load.isPresent()
                ? fleet.leastInstanceHours(perNode, minNodes) : jobNodeHours(profile, catalog, perNode, seconds),
                perNode, price * (1 - spotLines.fraction()));
        return ranking(packings.cheapestTwo(month, r -> spotLines.rising(r.packing().podsPerNode(), r.nodePrice()),
                floor), month);
    }

    /** The two found, and the first one's node lines. */
    private static Ranking ranking(List<Ranked> two, ToDoubleFunction<Ranked> nodeLines) {
        List<Packing> best = two.size() == 1 ? List.of(two.get(0).packing())
                : List.of(two.get(0).packing(), two.get(1).packing());
        return new Ranking(best, nodeLines.applyAsDouble(two.get(0)));
    }

    /**
     * What a node costs besides its type's price, in a region: its public IPv4 address (none in private subnets), its
     * root volume (a managed node group's default size), and the gp3 volume under each of its pods' storage.
     */
    private record NodeCharges(double ipv4, double rootGib, double storageGib, double gp3) {

        static NodeCharges of(Profile profile, Catalog catalog) {
            return new NodeCharges(profile.network().privateSubnets() ? 0
                    : catalog.price(PriceKeys.PUBLIC_IPV4, profile.region()).unitPrice(),
                    catalog.sizeLimit("eks.node.disk").gib(), profile.storageNeeded().gib(),
                    catalog.price(PriceKeys.EBS_GP3, profile.region()).unitPrice());
        }

        /** Node-hours at the node's price, its IPv4 address and root volume, and the gp3 under its pods' storage. */
        double cost(double nodeHours, int podsPerNode, double nodePrice) {
            return nodeHours * (nodePrice + ipv4 + rootGib / Month.HOURS * gp3)
                    + nodeHours * podsPerNode * storageGib / Month.HOURS * gp3;
        }
    }

    /**
     * The node types one pod size fits, and those with a price with the price they are ranked by. No rate changes
     * them: a search works them out once ({@link dev.costfit.pricing.Reused}).
     *
     * @param fitting   the packings with room for at least one pod, in the types' order
     * @param withPrice those of them the catalog prices in the profile's region, grouped by pods per node
     * @param podText   the pod as the node-type limit names it
     */
    private record PodFit(List<Packing> fitting, PriceGroups<Ranked> withPrice, String podText) {}

    /**
     * A packing and the hourly node price it is grouped by: on demand, or the Spot price where the profile asks for
     * Spot, with its on-demand price, which an on-demand base above Spot bills too ({@link SpotNodeLines}).
     */
    private record Ranked(Packing packing, double nodePrice, double onDemandPrice) {}

    private static PodFit podFit(Profile profile, Catalog catalog, ContainerNeed need, double podVcpu,
                                 double sustainedVcpu, List<InstanceType> types, Map<String, Price> nodePrices) {
        double podStorage = profile.storageNeeded().gib();
        double diskRoom = catalog.sizeLimit("ebs.gp3.max").gib() - catalog.sizeLimit("eks.node.disk").gib();
        List<Packing> fitting = types.stream().map(t -> pack(t, podVcpu, need.memoryGb(), sustainedVcpu,
                profile.gpu())).map(p -> withDisk(p, podStorage, diskRoom)).filter(p -> p.podsPerNode() > 0)
                .toList();
        List<Ranked> withPrice = new ArrayList<>();
        for (Packing packing : fitting) {
            Price price = nodePrices.get(packing.type().name());
            if (price != null) {
                double spot = profile.platforms().eks().spot()
                        ? 1 - NodeSpot.saving(catalog, packing.type().name(), profile.region()) : 1;
                withPrice.add(new Ranked(packing, price.unitPrice() * spot, price.unitPrice()));
            }
        }
        return new PodFit(fitting, new PriceGroups<>(withPrice, r -> r.packing().podsPerNode(), Ranked::nodePrice),
                podText(podVcpu, sustainedVcpu, types, need, profile));
    }

    /** Nodes of one packing hour by hour (services) or per run (jobs), and the node-hours they bill a month. */
    private record Nodes(InstanceHours nodes, double nodeHours) {}

    private static Nodes nodes(Profile profile, Catalog catalog, Packing packing, Optional<HourlyLoad> load,
                               InstanceHours pods, double seconds) {
        int minNodes = profile.ha() ? 2 : 1;
        if (load.isPresent()) {
            InstanceHours nodes = FleetSize.instances(pods, packing.podsPerNode(), minNodes);
            return new Nodes(nodes, nodes.perMonth());
        }
        var schedule = ((Workload.Job) profile.workload()).schedule();
        int perRun = FleetSize.ceilDiv(schedule.tasks(), packing.podsPerNode());
        return new Nodes(new InstanceHours(List.of(new InstanceHours.Count(perRun, 0))),
                jobNodeHours(profile, catalog, packing.podsPerNode(), seconds));
    }

    /** A job's node-hours a month: each run's nodes for its tasks, each billing {@link #jobNodeSeconds} a run. */
    private static double jobNodeHours(Profile profile, Catalog catalog, int podsPerNode, double seconds) {
        var schedule = ((Workload.Job) profile.workload()).schedule();
        int perRun = FleetSize.ceilDiv(schedule.tasks(), podsPerNode);
        return schedule.runs().perMonth() * perRun * jobNodeSeconds(profile, catalog, seconds) / 3600;
    }

    /**
     * What one node of a job's run bills for that run, the cheaper of two ways to run it. Launched for the run and
     * stopped after it: its start-up and the run, at least EC2's 60-s minimum (pricing-reference.md §3.2). EC2 bills
     * an instance from the time it enters "running" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/
     * ec2-instance-lifecycle.html: pending "Not billed", running "Billed"), which is before its OS boots, the node
     * joins the cluster and the pod's image is pulled: all of that bills before the pod starts. That start is taken
     * as the catalog's startup.eks (a pod that needs a new node, 75 s), which also counts the pending state EC2 does
     * not bill: a slight overestimate. Or kept for the next run: the run and the wait until the next run takes the
     * node ({@link JobRuns#idleBeforeNextRun}), no start at all; where runs come sooner than a node would start, an
     * autoscaler set to keep empty nodes that long (Karpenter's consolidateAfter) bills less that way.
     *
     * @param seconds a task's wall time on the pod size
     */
    private static double jobNodeSeconds(Profile profile, Catalog catalog, double seconds) {
        return Math.min(launchedNodeSeconds(catalog, seconds), keptNodeSeconds(profile, seconds));
    }

    /** A node launched for a run: its start-up and the run, at least EC2's minimum (see {@link #jobNodeSeconds}). */
    private static double launchedNodeSeconds(Catalog catalog, double seconds) {
        return Math.max(nodeStart(catalog).seconds() + seconds, EC2_MINIMUM_SECONDS);
    }

    /** A node kept from one run to the next: the run and the wait for the next (see {@link #jobNodeSeconds}). */
    private static double keptNodeSeconds(Profile profile, double seconds) {
        return seconds + JobRuns.idleBeforeNextRun(profile, seconds);
    }

    /**
     * Whether {@link #jobNodeSeconds} keeps a job's nodes for the next run (it bills less that way), rather than
     * launching them for each run: then a run's pods wait for no node, only their own start.
     */
    private static boolean keptForNextRun(Profile profile, Catalog catalog, double seconds) {
        return launchedNodeSeconds(catalog, seconds) > keptNodeSeconds(profile, seconds);
    }

    /** How {@link #jobNodeSeconds} bills a job's nodes, in words (a report's). */
    private static String jobNodeAssumption(Profile profile, Catalog catalog, double seconds) {
        String start = nodeStart(catalog).display();
        if (!keptForNextRun(profile, catalog, seconds)) {
            return "nodes are launched for each run and stopped after it: each bills its start-up, an estimated "
                    + start + ", as EC2 bills from \"running\", before the node boots, joins the cluster and pulls "
                    + "the image (the pending state before that is not billed, so this overestimates it slightly), "
                    + "and then the run: at least 60 s in all (EC2 bills per second, 60 s minimum)";
        }
        return "a run's nodes are kept for the next run, which takes them "
                + TimeSpan.ofSeconds(JobRuns.idleBeforeNextRun(profile, seconds)).display() + " after the run ends, "
                + "sooner than new nodes would start, an estimated " + start + ": each node bills the run and that "
                + "wait, and no start (with an autoscaler set to keep empty nodes that long, such as Karpenter's "
                + "consolidateAfter)";
    }

    /**
     * The pod slots the nodes priced leave spare ({@link #nodes}: ⌈pods ÷ pods per node⌉ each hour, at least the
     * minimum), where a burst's new pods start without a node: the fewest in any hour (at least that many in every
     * hour) and the most.
     */
    private static WarmCapacity.Spare spareSlots(Profile profile, Packing packing, InstanceHours pods) {
        int perNode = packing.podsPerNode();
        InstanceHours nodes = FleetSize.instances(pods, perNode, profile.ha() ? 2 : 1);
        long least = Long.MAX_VALUE;
        long most = 0;
        for (int i = 0; i < pods.hours().size(); i++) {
            long spare = (long) nodes.hours().get(i).instances() * perNode - pods.hours().get(i).instances();
            least = Math.min(least, spare);
            most = Math.max(most, spare);
        }
        return new WarmCapacity.Spare((int) Math.min(Integer.MAX_VALUE, least == Long.MAX_VALUE ? 0 : least),
                (int) Math.min(Integer.MAX_VALUE, most), perNode, packing.type().name());
    }

    /** A new node's start, from its launch to its pod running (the catalog's estimate). */
    private static TimeSpan nodeStart(Catalog catalog) {
        return (TimeSpan) catalog.estimate("startup.eks").value();
    }

    /** A pod's start on a running node that already holds its image (the catalog's estimate). */
    private static TimeSpan podStart(Catalog catalog) {
        return (TimeSpan) catalog.estimate("startup.eks.pod").value();
    }

    /** How many pods of this CPU request and memory fit one node of {@code type}. */
    static Packing pack(InstanceType type, double podVcpu, double podMemoryGb, double sustainedVcpu,
                        Optional<Gpu> gpu) {
        double cpu = type.vcpu() - NodeReserve.reservedVcpu(type.vcpu());
        double memory = NodeReserve.capacityGib(type.memoryGb()) - NodeReserve.reservedGib(type.maxPods());
        int byCpu = (int) Math.floor(cpu / podVcpu + 1e-9);
        int byMemory = (int) Math.floor(memory / podMemoryGb + 1e-9);
        int byPods = NodeReserve.workloadPods(type.maxPods());
        int byGpu = gpu.isEmpty() ? Integer.MAX_VALUE
                : type.gpu().map(has -> has.count() / gpu.get().count()).orElse(0);
        // A burstable node sustains only its baseline: the CPU its pods use without end must stay within it.
        int byBaseline = type.baseline() >= 1 ? Integer.MAX_VALUE
                : (int) Math.min(Integer.MAX_VALUE, Math.floor(type.vcpu() * type.baseline() / sustainedVcpu + 1e-9));
        int pods = Math.min(Math.min(Math.min(byCpu, byMemory), Math.min(byPods, byGpu)), byBaseline);
        return new Packing(type, podVcpu, podMemoryGb, Math.max(0, pods), cpu, memory);
    }

    /**
     * Pods' ephemeral storage lives on the node's volume, beside its own root disk: a gp3 volume holds at most
     * 16 TB, so that many pods' storage can share a node.
     */
    private static Packing withDisk(Packing packing, double podStorageGb, double roomGb) {
        if (podStorageGb <= 0) {
            return packing;
        }
        int byDisk = (int) Math.floor(roomGb / podStorageGb + 1e-9);
        return new Packing(packing.type(), packing.podVcpu(), packing.podMemoryGb(),
                Math.min(packing.podsPerNode(), byDisk), packing.allocatableVcpu(), packing.allocatableGb());
    }

    /** A node type priced in full, and its month under the pricing option ({@link CostUnderOption}). */
    private record Priced(Packing packing, List<CostLine> lines, Capacity capacity, List<String> assumptions,
                          List<String> notes, HourlyUsage usage, double cost) {}

    /**
     * The cluster fee, times the profile's share of the cluster. A Kubernetes version past its standard support pays
     * the extended-support SKU on top of the fee, $0.50 + $0.10 = $0.60 a cluster-hour (pricing-reference.md §3.1):
     * one line at their sum, keyed as the cluster fee with what it is after the colon.
     */
    private static CostLine clusterFee(Profile profile, Catalog catalog) {
        double share = profile.platforms().eks().clusterShare().fraction();
        String shared = share < 1 ? ", " + Numbers.grouped(share * 100, 2) + "% share" : "";
        Price fee = catalog.price(PriceKeys.EKS_CLUSTER, profile.region());
        if (profile.platforms().eks().support() == EksSupport.EXTENDED) {
            Price extended = catalog.price(PriceKeys.EKS_CLUSTER_EXTENDED, profile.region());
            return CostLine.of(fee.key() + ":extended", () -> "EKS cluster (extended support)" + shared,
                    Month.HOURS * share, fee.unit(), fee.unitPrice() + extended.unitPrice());
        }
        return CostLines.single(() -> "EKS cluster (standard support)" + shared, Month.HOURS * share, fee);
    }

    /**
     * Under standard support, what a cluster past it pays: extended support is on by default, so a cluster left on
     * its Kubernetes version pays it (pricing-reference.md §3.1). Empty under extended support, or where the catalog
     * has no extended-support price for the region.
     */
    private static Optional<String> standardSupportAssumption(Profile profile, Catalog catalog) {
        if (profile.platforms().eks().support() != EksSupport.STANDARD
                || !catalog.hasPrice(PriceKeys.EKS_CLUSTER_EXTENDED, profile.region())) {
            return Optional.empty();
        }
        double hourly = catalog.price(PriceKeys.EKS_CLUSTER, profile.region()).unitPrice()
                + catalog.price(PriceKeys.EKS_CLUSTER_EXTENDED, profile.region()).unitPrice();
        return Optional.of("the cluster's Kubernetes version is within its standard support (14 months from its "
                + "release on EKS); a cluster past it is in extended support, on by default, and pays "
                + Money.format(hourly) + " a cluster-hour (" + Money.format(hourly * Month.HOURS) + " a month for a "
                + "whole cluster): set platforms.eks.support: extended");
    }

    private Priced price(Profile profile, PricingContext context, CostUnderOption under, Packing packing,
                         FrontDoorPlan door, Optional<HourlyLoad> load, InstanceHours pods, double seconds,
                         double cpuSeconds) {
        Catalog catalog = context.catalog();
        Price node = catalog.price(packing.type().priceKey(), profile.region());
        List<String> assumptions = new ArrayList<>();
        Nodes counted = nodes(profile, catalog, packing, load, pods, seconds);
        InstanceHours nodes = counted.nodes();
        double nodeHours = counted.nodeHours();
        int minNodes = profile.ha() ? 2 : 1;
        // A search reads the cost alone: the assumptions a report lists are not written for it.
        if (context.forReport()) {
            assumptions.add(load.isPresent()
                    ? "nodes follow the pods hour by hour (a cluster autoscaler or Karpenter), at least " + minNodes
                    + (profile.ha() ? " (ha: two zones)" : "")
                    : jobNodeAssumption(profile, catalog, seconds));
        }
        List<CostLine> lines = new ArrayList<>();
        lines.add(clusterFee(profile, catalog));
        List<String> notes = new ArrayList<>();
        InstanceHours onDemand = nodes;
        if (profile.platforms().eks().spot()) {
            NodeSpot spot = NodeSpot.of(profile, catalog, packing.type().name(), nodes, nodeHours);
            onDemand = spot.onDemand();
            if (spot.onDemandHours() > 0) {
                lines.add(CostLines.single("eks.nodes", () -> "EC2 nodes (" + packing.type().name() + ", on demand)",
                        spot.onDemandHours(), node));
            }
            if (nodeHours - spot.onDemandHours() > 0) {
                lines.add(CostLine.of("eks.nodes:spot", () -> "EC2 nodes (" + packing.type().name() + ", Spot, "
                    + Numbers.grouped(spot.saving() * 100, 0) + "% off on average)", nodeHours - spot.onDemandHours(),
                        node.unit(), node.unitPrice() * (1 - spot.saving())));
            }
            notes.add(spot.note());
        } else {
            lines.add(CostLines.single("eks.nodes", () -> "EC2 nodes (" + packing.type().name() + ")", nodeHours,
                    node));
        }
        // Every node boots from an EBS root volume (images, logs), billed per GB-month of its provisioned size while
        // the node runs: the managed node group's default size (CreateNodegroup's diskSize).
        DataSize root = catalog.sizeLimit("eks.node.disk");
        lines.add(CostLines.single("ebs.gp3:root", () -> "EBS gp3 root volumes of the nodes (" + root.display()
                + " each)", nodeHours * root.gib() / Month.HOURS, catalog.price(PriceKeys.EBS_GP3, profile.region())));
        double storage = profile.storageNeeded().gib();
        if (storage > 0) {
            // Each node's volume grows by its pods' storage; EBS bills GB-months of provisioned size.
            lines.add(CostLines.single(() -> "EBS gp3 for the pods' storage (" + Numbers.grouped(storage, 2) + " GB × "
                    + Numbers.count(packing.podsPerNode(), "pod") + " per node)", nodeHours * packing.podsPerNode()
                    * storage / Month.HOURS, catalog.price(PriceKeys.EBS_GP3, profile.region())));
            assumptions.add("pods' storage sits on their node's gp3 volume beside its "
                    + catalog.sizeLimit("eks.node.disk").display() + " root disk, billed per GB-month while the node "
                    + "runs");
        }
        if (!profile.network().privateSubnets()) {
            lines.add(CostLines.single("vpc.public-ipv4:nodes", "Public IPv4 addresses of the nodes", nodeHours,
                    catalog.price(PriceKeys.PUBLIC_IPV4, profile.region())));
        }
        lines.addAll(ContainerNetwork.lines(profile, door, load, catalog, context, assumptions));
        Capacity capacity = Capacity.shownIf(context.forReport(),
                () -> capacity(profile, packing, load, pods, nodes, nodeHours, seconds, cpuSeconds));
        HourlyUsage usage = load.isPresent() ? HourlyUsage.of(onDemand) : HourlyUsage.NONE;
        return new Priced(packing, lines, capacity, assumptions, notes, usage, under.of(lines, usage));
    }

    private static Capacity capacity(Profile profile, Packing packing, Optional<HourlyLoad> load, InstanceHours pods,
                                     InstanceHours nodes, double nodeHours, double seconds, double cpuSeconds) {
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("podVcpu", "vCPU per pod", packing.podVcpu(), "vCPU"),
                new Figure("podMemoryGb", "memory per pod", packing.podMemoryGb(), "GB"),
                new Figure("podsPerNode", "pods per node", packing.podsPerNode(), "pods"),
                new Figure("requestSeconds", "mean wall time per request", seconds, "s")));
        boolean job = load.isEmpty();
        // A job's pods and nodes are a run's; over the month, runs that outlast the time between them overlap.
        figures.addAll(Figure.spread("pods", job ? JobRuns.running(profile, pods.max(), seconds) : pods));
        figures.addAll(Figure.spread("nodes", job ? JobRuns.running(profile, nodes.max(), seconds) : nodes));
        figures.add(new Figure("nodeHours", "node-hours a month", nodeHours, "node-hours"));
        if (load.isPresent()) {
            figures.add(new Figure("requestsPerInstance", "requests in flight per pod, mean",
                    load.get().meanInFlight() / pods.mean(), "requests"));
            figures.add(new Figure("vcpuUsedMean", "vCPU the requests burn, mean",
                    profile.workPerMonth() * cpuSeconds / Month.SECONDS, "vCPU"));
            figures.add(new Figure("vcpuBoughtMean", "vCPU the pods request, mean", pods.mean() * packing.podVcpu(),
                    "vCPU"));
        }
        String summary = profile.workload() instanceof Workload.Service
                ? Numbers.rangeCount(pods.min(), pods.max(), "pod") + " of " + Numbers.grouped(packing.podVcpu(), 3)
                + " vCPU on " + Numbers.rangeCount(nodes.min(), nodes.max(), packing.type().name() + " node") + " ("
                + Numbers.count(packing.podsPerNode(), "pod") + " per node)"
                : Numbers.count(pods.max(), "pod") + " on " + Numbers.count(nodes.max(), packing.type().name() + " node")
                + " per run" + JobRuns.overlap(profile, seconds);
        return new Capacity(summary, figures);
    }

    /**
     * Where the catalog has node types for the profile but AWS offers none of them in its region (g6, the L4's,
     * is not in eu-west-1: tsaol/aws-gpu's data, the catalog's family_regions): "no L4 node type in eu-west-1".
     */
    private static String notOffered(Profile profile, List<InstanceType> anywhere) {
        String what = profile.gpu().map(g -> g.type() == dev.costfit.profile.GpuType.ANY ? "GPU"
                : g.type().spelling()).orElse("matching");
        return "no " + what + " node type in " + profile.region() + " (" + String.join(", ", anywhere.stream()
                .map(InstanceType::family).distinct().toList()) + " not offered there)";
    }

    /** GPUs one node of {@code type} has (none for a type without). */
    private static int gpus(InstanceType type) {
        return type.gpu().map(InstanceType.Gpus::count).orElse(0);
    }

    private static String podText(double podVcpu, double sustainedVcpu, List<InstanceType> types, ContainerNeed need,
                                  Profile profile) {
        boolean burstable = types.stream().anyMatch(t -> t.baseline() < 1);
        return "a pod of " + Numbers.grouped(podVcpu, 3) + " vCPU" + (burstable ? " (using "
                + Numbers.grouped(sustainedVcpu, 3) + " without end)" : "") + ", "
                + Numbers.grouped(need.memoryGb(), 2) + " GB"
                + profile.gpu().map(g -> ", " + g.count() + " × " + g.type().spelling() + " GPU"
                + g.memory().map(m -> " with " + m.display()).orElse("")).orElse("");
    }

    /**
     * The largest node allocatable among the candidate types, for the node-type limit. For a pod needing more GPUs
     * than any candidate type has, that count binds, not the CPU and memory: "at most 8 GPUs on one node
     * (g5.48xlarge, ...)" rather than the largest node's vCPU; otherwise the most vCPU and the most memory among the
     * types with enough, each with its type where they differ: the type with the most vCPU (c7a.48xlarge, 346.94 GB)
     * is not one with the most memory (the 1,536-GiB 48xlarge r types), and a pod too large for every node is
     * refused for whichever it needs more of. The text is the same for every pod size and rate, so it names both.
     */
    private static String allowedText(Profile profile, List<InstanceType> types) {
        if (types.isEmpty()) {
            return profile.gpu().isPresent() ? "no node type in the catalog has that GPU"
                    : "no node type in the catalog matches the architecture";
        }
        if (profile.gpu().isPresent()) {
            int most = types.stream().mapToInt(EksPlatform::gpus).max().orElse(0);
            if (most < profile.gpu().get().count()) {
                List<String> with = types.stream().filter(t -> gpus(t) == most).map(InstanceType::name).toList();
                return "at most " + Numbers.count(most, "GPU") + " on one node (" + String.join(", ",
                        with.subList(0, Math.min(3, with.size()))) + (with.size() > 3 ? " and " + (with.size() - 3)
                        + " more" : "") + ")";
            }
            int needed = profile.gpu().get().count();
            types = types.stream().filter(t -> gpus(t) >= needed).toList();
        }
        List<Packing> empty = types.stream().map(t -> pack(t, 1e-9, 1e-9, 1e-9, Optional.empty())).toList();
        Packing mostVcpu = empty.stream().max(Comparator.comparingDouble(Packing::allocatableVcpu)).orElseThrow();
        // The type with the most vCPU where it also has the most memory (a tie), so that one type is named.
        Packing mostMemory = empty.stream().max(Comparator.comparingDouble(Packing::allocatableGb)
                .thenComparing(p -> p == mostVcpu)).orElseThrow();
        InstanceType type = mostVcpu.type();
        String vcpu = "up to " + Numbers.grouped(mostVcpu.allocatableVcpu(), 2) + " vCPU" + (type.baseline() < 1
                ? " (" + Numbers.grouped(type.vcpu() * type.baseline(), 2) + " without end: a burstable type's "
                + "baseline)" : "");
        if (mostMemory == mostVcpu) {
            return vcpu + ", " + Numbers.grouped(mostVcpu.allocatableGb(), 2) + " GB allocatable ("
                    + type.name() + ")";
        }
        return vcpu + " allocatable (" + type.name() + "), up to " + Numbers.grouped(mostMemory.allocatableGb(), 2)
                + " GB (" + mostMemory.type().name() + ")";
    }
}
