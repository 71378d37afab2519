package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.Simplicity;
import dev.costfit.network.ContainerNetwork;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.pricing.PricingContext;
import dev.costfit.model.ContainerSizing;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.model.NodeReserve;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.InstanceType;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.Price;
import dev.costfit.profile.Gpu;
import dev.costfit.profile.GpuType;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Money;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Amazon EKS on EC2 nodes (pricing-reference.md §3): the cluster fee (times the profile's share of the cluster),
 * pods sized as for Fargate and packed onto the node type that makes the month cheapest, after the node's
 * reserve ({@link NodeReserve}) and its max-pods limit; GPU profiles only on GPU nodes of the asked model.
 */
public final class EksPlatform implements Platform {

    @Override
    public String id() {
        return "eks";
    }

    @Override
    public String displayName() {
        return "Amazon EKS";
    }

    @Override
    public Simplicity simplicity() {
        return Simplicity.KUBERNETES;
    }

    /** A node type, the pod it runs, and how many of the pods fit on one node (0: none). */
    record Packing(InstanceType type, ContainerNeed pod, int podsPerNode, double allocatableVcpu,
                   double allocatableGb) {}

    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        ContainerNeed need = ContainerNeed.of(profile);
        List<String> notes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>(need.assumptions());
        assumptions.add("node reserve as the EKS AMI sets it: kube-reserved CPU (6% of the first core, then less) "
                + "and memory (255 MiB + 11 MiB per pod), 100 MiB eviction threshold, kube-proxy and aws-node");
        FrontDoorPlan door = FrontDoorPlan.forContainers(profile);
        door.note().ifPresent(notes::add);

        List<LimitCheck> limits = new ArrayList<>();
        List<String> unknown = profile.platforms().eks().nodeTypes().stream()
                .filter(name -> !catalog.instanceTypes().containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            limits.add(LimitCheck.of(false, LimitCheck.Severity.HARD, "node types", String.join(", ", unknown),
                    "types in the catalog: " + String.join(", ", catalog.instanceTypes().keySet()),
                    "name types from the catalog, or add the type and its price with --catalog"));
        }
        List<Packing> fitting = candidates(profile, catalog).stream().map(t -> packLargest(t, need, profile.gpu()))
                .filter(p -> p.podsPerNode() > 0).toList();
        limits.add(LimitCheck.of(!fitting.isEmpty(), LimitCheck.Severity.HARD, "node type", podText(need, profile),
                allowedText(profile, catalog), profile.gpu().isPresent()
                        ? "ask for a GPU model and memory a catalog node type has, or add a larger GPU type with --catalog"
                        : "lower the pod's vCPU or memory, or allow larger node types (platforms.eks.node_types)"));
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(this, "", limits, Capacity.NONE, notes, assumptions);
        }

        // Pods depend on the load and the pod's size, not on the node type: count them once per pod size.
        Optional<HourlyLoad> load = profile.workload() instanceof Workload.Service service
                ? Optional.of(HourlyLoad.of(service.traffic(), service.duration().mean())) : Optional.empty();
        java.util.Map<Integer, InstanceHours> podsByConcurrency = new java.util.HashMap<>();
        List<Priced> priced = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Packing packing : fitting) {
            ContainerNeed pod = packing.pod();
            Optional<InstanceHours> pods = load.map(l -> podsByConcurrency.computeIfAbsent(pod.concurrency(),
                    c -> ContainerSizing.instances(l, c, profile.cpuTime().seconds(), pod.vcpu(), pod.utilization(),
                            pod.minimum())));
            try {
                priced.add(price(profile, context, packing, door, pods));
            } catch (MissingPriceException e) {
                missing.add(e.getMessage());
            }
        }
        if (priced.isEmpty()) {
            return Assessment.unpriced(this, "", limits, Capacity.NONE, notes, assumptions, String.join("; ", missing));
        }
        Priced chosen = priced.stream().min(Comparator.comparingDouble(Priced::cost)).orElseThrow();
        if (priced.size() > 1) {
            Priced next = priced.stream().filter(p -> p != chosen).min(Comparator.comparingDouble(Priced::cost))
                    .orElseThrow();
            notes.add(chosen.packing().type().name() + " nodes make the month cheapest ("
                    + Numbers.count(chosen.packing().podsPerNode(), "pod") + " per node); next: "
                    + next.packing().type().name() + " at " + Money.format(next.cost()));
        }
        if (profile.platforms().eks().clusterShare().fraction() >= 1) {
            notes.add("the cluster fee counts in full (" + Money.format(clusterFee(profile, catalog).monthlyCost())
                    + " a month, a dedicated cluster); most teams share one: set platforms.eks.cluster_share");
        }
        chosen.packing().pod().fewer().ifPresent(assumptions::add);
        assumptions.addAll(chosen.assumptions());
        limits.addAll(ContainerNetwork.limits(profile, door, catalog));
        return Assessment.priced(this, chosen.packing().type().name(), limits, chosen.lines(), chosen.capacity(), ColdStartPlan.forContainers(
                (dev.costfit.units.TimeSpan) catalog.estimate("startup.eks").value(), "pod"), notes, assumptions);
    }

    private static List<InstanceType> candidates(Profile profile, Catalog catalog) {
        List<String> named = profile.platforms().eks().nodeTypes();
        return catalog.instanceTypes().values().stream()
                .filter(t -> named.isEmpty() || named.contains(t.name()))
                .filter(t -> profile.architecture().allows(t.arch()))
                .filter(t -> profile.gpu().map(g -> gpuMatches(g, t)).orElse(t.gpu().isEmpty()))
                .sorted(Comparator.comparing(InstanceType::name))
                .toList();
    }

    private static boolean gpuMatches(Gpu gpu, InstanceType type) {
        if (type.gpu().isEmpty()) {
            return false;
        }
        InstanceType.Gpus has = type.gpu().get();
        return (gpu.type() == GpuType.ANY || gpu.type().spelling().equals(has.type()))
                && gpu.memory().map(m -> m.gib() <= has.memoryGb() + 1e-9).orElse(true);
    }

    /**
     * The node type with the largest pod of this need that fits it: the profile's own, or one taking fewer
     * requests at once when that pod is larger than the node's allocatable CPU (or a burstable node's baseline).
     */
    static Packing packLargest(InstanceType type, ContainerNeed need, Optional<Gpu> gpu) {
        Packing whole = pack(type, need, gpu);
        if (whole.podsPerNode() > 0 || gpu.isPresent()) {
            return whole;
        }
        double sustainable = type.baseline() >= 1 ? Double.POSITIVE_INFINITY
                : type.vcpu() * type.baseline() / need.utilization();
        return need.within(Math.min(whole.allocatableVcpu(), sustainable)).map(smaller -> pack(type, smaller, gpu))
                .orElse(whole);
    }

    static Packing pack(InstanceType type, ContainerNeed need, Optional<Gpu> gpu) {
        double cpu = type.vcpu() - NodeReserve.reservedVcpu(type.vcpu());
        double memory = type.memoryGb() - NodeReserve.reservedGib(type.maxPods());
        int byCpu = (int) Math.floor(cpu / need.vcpu() + 1e-9);
        int byMemory = (int) Math.floor(memory / need.memoryGb() + 1e-9);
        int byPods = NodeReserve.workloadPods(type.maxPods());
        int byGpu = gpu.map(g -> type.gpu().map(has -> has.count() / g.count()).orElse(0)).orElse(Integer.MAX_VALUE);
        // A burstable node sustains only its baseline; pods use about need × utilisation of a vCPU without end.
        double sustained = need.vcpu() * need.utilization();
        int byBaseline = type.baseline() >= 1 ? Integer.MAX_VALUE
                : (int) Math.floor(type.vcpu() * type.baseline() / sustained + 1e-9);
        int pods = Math.min(Math.min(Math.min(byCpu, byMemory), Math.min(byPods, byGpu)), byBaseline);
        return new Packing(type, need, Math.max(0, pods), cpu, memory);
    }

    private record Priced(Packing packing, List<CostLine> lines, Capacity capacity, List<String> assumptions) {
        double cost() {
            return lines.stream().mapToDouble(CostLine::monthlyCost).sum();
        }
    }

    private static CostLine clusterFee(Profile profile, Catalog catalog) {
        double share = profile.platforms().eks().clusterShare().fraction();
        return CostLines.single("EKS cluster (standard support)" + (share < 1 ? ", " + Numbers.grouped(share * 100, 2)
                + "% share" : ""), Month.HOURS * share, catalog.price("eks.cluster", profile.region()));
    }

    private Priced price(Profile profile, PricingContext context, Packing packing, FrontDoorPlan door,
                         Optional<InstanceHours> servicePods) {
        ContainerNeed need = packing.pod();
        Catalog catalog = context.catalog();
        Price node = catalog.price(packing.type().priceKey(), profile.region());
        List<String> assumptions = new ArrayList<>();
        InstanceHours pods;
        InstanceHours nodes;
        double nodeHours;
        int minNodes = profile.ha() ? 2 : 1;
        if (servicePods.isPresent()) {
            pods = servicePods.get();
            List<InstanceHours.Count> counts = pods.hours().stream().map(c -> new InstanceHours.Count(
                    Math.max(minNodes, ceilDiv(c.instances(), packing.podsPerNode())), c.monthHours())).toList();
            nodes = new InstanceHours(counts);
            nodeHours = nodes.perMonth();
            assumptions.add("nodes follow the pods hour by hour (a cluster autoscaler or Karpenter), at least "
                    + minNodes + (profile.ha() ? " (ha: two zones)" : ""));
        } else {
            var schedule = ((Workload.Job) profile.workload()).schedule();
            int perRun = ceilDiv(schedule.tasks(), packing.podsPerNode());
            TimeSpan minimum = TimeSpan.ofSeconds(60);
            double seconds = Math.max(schedule.duration().seconds(), minimum.seconds());
            nodeHours = schedule.runs().perMonth() * perRun * seconds / 3600;
            pods = new InstanceHours(List.of(new InstanceHours.Count(schedule.tasks(), 0)));
            nodes = new InstanceHours(List.of(new InstanceHours.Count(perRun, 0)));
            assumptions.add("nodes are launched for each run and stopped after it (EC2 bills per second, 60 s "
                    + "minimum); node start-up time is not included");
        }
        List<CostLine> lines = new ArrayList<>();
        lines.add(clusterFee(profile, catalog));
        lines.add(CostLines.single("EC2 nodes (" + packing.type().name() + ")", nodeHours, node));
        if (!profile.network().privateSubnets()) {
            lines.add(CostLines.single("Public IPv4 addresses of the nodes", nodeHours,
                    catalog.price("vpc.public-ipv4", profile.region())));
        }
        lines.addAll(ContainerNetwork.lines(profile, door, catalog, context, assumptions));
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("podVcpu", "vCPU per pod", need.vcpu(), "vCPU"),
                new Figure("podMemoryGb", "memory per pod", need.memoryGb(), "GB"),
                new Figure("podsPerNode", "pods per node", packing.podsPerNode(), "pods")));
        figures.addAll(Figure.spread("pods", pods));
        figures.addAll(Figure.spread("nodes", nodes));
        figures.add(new Figure("nodeHours", "node-hours a month", nodeHours, "node-hours"));
        String summary = profile.workload() instanceof Workload.Service
                ? Numbers.range(pods.min(), pods.max()) + " pods on " + Numbers.range(nodes.min(), nodes.max()) + " "
                + packing.type().name() + " nodes (" + Numbers.count(packing.podsPerNode(), "pod") + " per node)"
                : Numbers.count(pods.max(), "pod") + " on " + Numbers.count(nodes.max(), packing.type().name() + " node")
                + " per run";
        return new Priced(packing, lines, new Capacity(summary, figures), assumptions);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static String podText(ContainerNeed need, Profile profile) {
        return "a pod of " + Numbers.grouped(need.minimumVcpu(), 3) + " vCPU, " + Numbers.grouped(need.memoryGb(), 2) + " GB"
                + profile.gpu().map(g -> ", " + g.count() + " × " + g.type().spelling() + " GPU"
                + g.memory().map(m -> " with " + m.display()).orElse("")).orElse("");
    }

    private static String allowedText(Profile profile, Catalog catalog) {
        List<InstanceType> types = candidates(profile, catalog);
        if (types.isEmpty()) {
            return profile.gpu().isPresent() ? "no node type in the catalog has that GPU"
                    : "no node type in the catalog matches the architecture";
        }
        Packing largest = types.stream().map(t -> pack(t, new ContainerNeed(1e-9, 1e-9, 1, 1, 0, 0, 0, List.of(),
                        Optional.empty()),
                        Optional.empty()))
                .max(Comparator.comparingDouble(Packing::allocatableVcpu)).orElseThrow();
        return "up to " + Numbers.grouped(largest.allocatableVcpu(), 2) + " vCPU, "
                + Numbers.grouped(largest.allocatableGb(), 2) + " GB allocatable (" + largest.type().name() + ")";
    }
}
