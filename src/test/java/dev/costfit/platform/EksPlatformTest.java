package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.model.NodeReserve;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EKS: the cluster fee, node reserve, bin-packing and node choice (pricing-reference.md §3). */
class EksPlatformTest {

    private static final EksPlatform EKS = new EksPlatform();
    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final String BASE = "name: s\ntraffic: {rate: 1/s}\nduration: 1s\ntimeout: 10s\ntrigger: queue\n";

    private static Assessment assess(String extra) {
        return EKS.assess(TestProfiles.parse(BASE + extra), LIST);
    }

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static CostLine line(Assessment a, String prefix) {
        return a.lines().stream().filter(l -> l.component().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void clusterFeeIs73AMonth() {
        // Infracost golden: EKS cluster, standard support, 730 h -> $73.00.
        CostLine fee = line(assess("memory: 512MB\n"), "EKS cluster");
        assertThat(fee.quantity()).isEqualTo(730);
        assertThat(Math.round(fee.monthlyCost() * 100) / 100.0).isEqualTo(73.00);
    }

    /**
     * Every node boots from an EBS root volume, a managed node group's default 20 GiB (CreateNodegroup's diskSize),
     * billed while the node runs: one node all month is 20 GB-months x $0.08 (gp3, us-east-1) = $1.60.
     */
    @Test
    void everyNodePaysForItsRootVolume() {
        Assessment a = assess("memory: 512MB\n");
        assertThat(figure(a, "nodeHours")).isEqualTo(730);
        CostLine root = line(a, "EBS gp3 root volumes of the nodes (20 GB each)");
        assertThat(root.quantity()).isCloseTo(20, within(1e-9));
        assertThat(root.monthlyCost()).isCloseTo(1.60, within(1e-9));
    }

    @Test
    void clusterShareScalesTheFeeAndTheDefaultSaysSo() {
        assertThat(line(assess("memory: 512MB\nplatforms: {eks: {cluster_share: 25%}}\n"), "EKS cluster")
                .monthlyCost()).isCloseTo(18.25, within(1e-9));
        assertThat(assess("memory: 512MB\n").notes()).anyMatch(n -> n.contains("set platforms.eks.cluster_share"));
    }

    /**
     * A cluster on a Kubernetes version past its standard support pays $0.10 + $0.50 = $0.60 a cluster-hour
     * (pricing-reference.md §3.1, AWS's extended-support pricing post): 730 h x $0.60 = $438.00, and with half the
     * cluster, 365 h x $0.60 = $219.00.
     */
    @Test
    void extendedSupportBills60CentsAClusterHour() {
        CostLine whole = line(assess("memory: 512MB\nplatforms: {eks: {support: extended}}\n"), "EKS cluster");
        assertThat(whole.component()).isEqualTo("EKS cluster (extended support)");
        assertThat(whole.quantity()).isEqualTo(730);
        assertThat(whole.unitPrice()).isCloseTo(0.60, within(1e-12));
        assertThat(whole.monthlyCost()).isCloseTo(438.00, within(1e-9));
        CostLine half = line(assess("memory: 512MB\nplatforms: {eks: {support: extended, cluster_share: 50%}}\n"),
                "EKS cluster");
        assertThat(half.component()).isEqualTo("EKS cluster (extended support), 50% share");
        assertThat(half.monthlyCost()).isCloseTo(219.00, within(1e-9));
    }

    /** Under standard support (the default) the report says what a cluster past it would pay, and how to say so. */
    @Test
    void standardSupportSaysWhatExtendedSupportWouldCost() {
        Assessment standard = assess("memory: 512MB\n");
        assertThat(line(standard, "EKS cluster").component()).isEqualTo("EKS cluster (standard support)");
        assertThat(standard.assumptions()).anyMatch(a -> a.contains("a cluster past it is in extended support, on by "
                + "default, and pays $0.60 a cluster-hour ($438.00 a month for a whole cluster): set "
                + "platforms.eks.support: extended"));
        assertThat(assess("memory: 512MB\nplatforms: {eks: {support: extended}}\n").assumptions())
                .noneMatch(a -> a.contains("platforms.eks.support"));
    }

    /**
     * A report's chosen pod size names the next node type and how much more its month costs (no less), and
     * its trade-off table has every size; a search, which reads the cost alone, prices the cheapest type alone and
     * names none, at the same cost.
     */
    @Test
    void theReportNamesTheRunnerUpNodeTypeOfTheChosenSize() {
        // The Intel compute types alone, to keep a tie: among all types the AMD c6a.large ($0.0765) is cheapest.
        Profile p = TestProfiles.parse(BASE + "memory: 1GB\ncpu_time: 500ms\n"
                + "platforms: {eks: {node_types: [c5.large, c6i.large, c7i.large]}}\n");
        Assessment report = EKS.assess(p, LIST);
        assertThat(report.tradeOff()).hasSizeGreaterThan(1);
        String next = report.notes().stream().filter(n -> n.contains(" nodes make the month cheapest")).findFirst()
                .orElseThrow();
        // The next type costs no less than the chosen one, here as much: c5.large and c6i.large both bill $0.085 an
        // hour in us-east-1 (the tie goes by name).
        assertThat(next).endsWith("next: c6i.large at the same cost");
        Assessment search = EKS.assess(p, LIST.searching());
        assertThat(search.platformCost()).isEqualTo(report.platformCost());
        assertThat(search.notes()).noneMatch(n -> n.contains(" nodes make the month cheapest"));
    }

    @Test
    void nodeReserveFollowsTheEksAmiFormula() {
        // 2 vCPU: 6% + 1% = 0.07 kube-reserved + 0.125 DaemonSets; 29 pods: 255 + 11 x 29 = 574 MiB + 100 MiB.
        assertThat(NodeReserve.reservedVcpu(2)).isCloseTo(0.195, within(1e-12));
        assertThat(NodeReserve.reservedVcpu(8)).isCloseTo(0.06 + 0.01 + 0.01 + 0.01 + 0.125, within(1e-12));
        assertThat(NodeReserve.reservedGib(29)).isCloseTo(674 / 1024.0, within(1e-12));
        assertThat(NodeReserve.workloadPods(29)).isEqualTo(27);
    }

    @ParameterizedTest(name = "{0} vCPU, {1} pods on {2}")
    @CsvSource({
        // m5.large: 2 vCPU - 0.195 = 1.805 allocatable; 8 GiB x 92.5% = 7.4 GiB seen by the kubelet, less 0.658 =
        // 6.742 GiB; 27 workload pods.
        // m6i.xlarge: 16 GiB x 92.5% = 14.8 GiB, less (255 + 11 x 58) MiB and 100 MiB = 13.83 GiB.
        // r5.xlarge: 32 GiB x 92.5% = 29.6 GiB, less 0.970 = 28.63 GiB: a 29 GB pod stays pending (it would "fit" the
        // advertised 32 GiB less the reserves, 31.03 GiB).
        "0.5, 1, m5.large, 3", "0.25, 0.25, m5.large, 7", "0.01, 0.01, m5.large, 27", "1, 7.5, m5.large, 0",
        "0.25, 1, m5.large, 6", "0.1, 1, m6i.xlarge, 13", "1, 28.5, r5.xlarge, 1", "1, 29, r5.xlarge, 0"})
    void podsPerNodeAreLimitedByCpuMemoryAndMaxPods(double vcpu, double gb, String type, int expected) {
        EksPlatform.Packing packing = EksPlatform.pack(CATALOG.instanceTypes().get(type), vcpu, gb, vcpu,
                java.util.Optional.empty());
        assertThat(packing.podsPerNode()).isEqualTo(expected);
    }

    /**
     * A burstable node sustains only its baseline, and a pod is taken to use its request at the target:
     * 20/s x 100 ms of CPU on 1-vCPU pods (the CPU part may not run slower) is 2 vCPU of work, 2 / 0.7 = 2.86 -> 3
     * pods, each counted at 1 x 70% = 0.7 vCPU, beyond the 0.4 a t3.medium sustains; the limit says so.
     */
    @Test
    void aBurstableNodeCarriesNoMorePodsThanItsBaselineSustains() {
        Assessment busy = EKS.assess(TestProfiles.parse("name: busy\ntraffic: {rate: 20/s}\nduration: 100ms\n"
                + "cpu_time: 100ms\nmemory: 512MB\ntimeout: 10s\nplatforms: {eks: {node_types: [t3.medium]}}\n"),
                LIST);
        assertThat(busy.feasible()).isFalse();
        assertThat(busy.violations()).singleElement().satisfies(v -> {
            assertThat(v.required()).isEqualTo("a pod of 1 vCPU (using 0.7 without end), 0.5 GB");
            assertThat(v.allowed()).startsWith("up to 1.8 vCPU (0.4 without end: a burstable type's baseline)");
        });
    }

    /**
     * A node's memory is what its kernel reports, below the advertised size (Karpenter plans with 7.5% less): a
     * 31 GB pod does not fit a 32 GiB r5a.xlarge (32 GiB x 92.5% = 29.6 GiB, less 0.97 GiB of reserves), so it runs
     * on the cheapest 64 GiB x86_64 type, r5a.2xlarge ($0.452 an hour in us-east-1; r6a.2xlarge $0.4536, r5.2xlarge
     * $0.504): 730 h x $0.452 = $329.96 a month.
     */
    @Test
    void aPodAsLargeAsANodesAdvertisedMemoryGoesToTheNextSize() {
        Assessment a = EKS.assess(TestProfiles.parse("name: mem31\ntraffic: {rate: 2/s}\nduration: 200ms\n"
                + "cpu_time: 100ms\nmemory: 31GB\ntimeout: 10s\n"), LIST);
        assertThat(a.variant()).isEqualTo("r5a.2xlarge");
        assertThat(line(a, "EC2 nodes").monthlyCost()).isCloseTo(730 * 0.452, within(1e-9));
    }

    @Test
    void aCpuHeavyServiceRunsOnPodsSizedForTheCpuNotForItsRequestSlots() {
        // 5/s x 400 ms = 2 vCPU of work, 2.86 at 70%: pods whose requests add up to that, not one 9.5-vCPU pod
        // for 20 requests at once (wider than any catalog node).
        Assessment a = EKS.assess(TestProfiles.parse("name: cpu-heavy\ntraffic: {rate: 5/s}\nduration: 1.2s\n"
                + "cpu_time: 400ms\nmemory: 1GB\ntimeout: 10s\nconcurrency_per_instance: 20\n"), LIST);
        assertThat(a.feasible()).isTrue();
        assertThat(figure(a, "podVcpu")).isLessThanOrEqualTo(7.9);
        assertThat(figure(a, "podsMax") * figure(a, "podVcpu")).isGreaterThanOrEqualTo(2 / 0.7);
        assertThat(figure(a, "podsMax") * figure(a, "podVcpu")).isLessThan(2 / 0.7 + figure(a, "podVcpu"));
    }

    @Test
    void aPodThatFitsNoNodeTypeIsAViolation() {
        // The largest node, r7i.48xlarge, has 1,536 GiB.
        Assessment a = assess("memory: 1600GB\n");
        assertThat(a.feasible()).isFalse();
        assertThat(a.violations()).anySatisfy(v -> assertThat(v.limit()).isEqualTo("node type"));
    }

    /**
     * A pod too large in memory for every node is told the most memory a node has, not only the node with the most
     * vCPU (c7a.48xlarge: 191.32 vCPU but 346.94 GB). The 48xlarge types of r6a, r7a and r7i have 1,536 GiB, of which
     * the kubelet sees 92.5%, 1,420.8 GiB, less (255 + 11 x 737 pods) MiB kube-reserved and the 100 MiB eviction
     * threshold, 8,462 MiB = 8.2637 GiB: 1,412.54 GB (the tie goes to the first in the catalog, r7a).
     */
    @Test
    void aPodTooLargeInMemoryIsToldTheMostMemoryANodeHas() {
        LimitCheck node = assess("memory: 2000GB\n").limits().stream().filter(l -> l.limit().equals("node type"))
                .findFirst().orElseThrow();
        assertThat(node.ok()).isFalse();
        assertThat(node.allowed()).isEqualTo("up to 191.32 vCPU allocatable (c7a.48xlarge), up to 1,412.54 GB "
                + "(r7a.48xlarge)");
        // Where one type has the most of both, it is named once: m5.xlarge, 4 - 0.205 = 3.795 vCPU (3.7949... in
        // binary, shown 3.79) and 16 x 92.5% = 14.8 GiB less (255 + 11 x 58 + 100) MiB = 0.9697 GiB: 13.83 GB.
        LimitCheck one = assess("memory: 40GB\nplatforms: {eks: {node_types: [m5.large, m5.xlarge]}}\n").limits()
                .stream().filter(l -> l.limit().equals("node type")).findFirst().orElseThrow();
        assertThat(one.allowed()).isEqualTo("up to 3.79 vCPU, 13.83 GB allocatable (m5.xlarge)");
    }

    @Test
    void gpuProfilesLandOnlyOnGpuNodesOfTheAskedModel() {
        assertThat(assess("memory: 8GB\nvcpu: 2\ngpu: {count: 1, type: T4}\n").variant()).isEqualTo("g4dn.xlarge");
        assertThat(assess("memory: 8GB\nvcpu: 2\ngpu: {count: 1, type: L4}\n").variant()).isEqualTo("g6.xlarge");
        assertThat(assess("memory: 8GB\nvcpu: 2\ngpu: {count: 1, type: any}\n").variant()).isEqualTo("g4dn.xlarge");
        // 20 GB of GPU memory rules out the 16 GB T4 and V100: the cheaper of A10G and L4 is g6.xlarge.
        assertThat(assess("memory: 8GB\nvcpu: 2\ngpu: {count: 1, type: any, memory: 20GB}\n").variant())
                .isEqualTo("g6.xlarge");
        // Two A10G per pod: g5.12xlarge carries four, so two pods share a node.
        Assessment two = assess("memory: 8GB\ngpu: {count: 2, type: A10G}\n");
        assertThat(two.variant()).isEqualTo("g5.12xlarge");
        assertThat(figure(two, "podsPerNode")).isEqualTo(2);
        assertThat(assess("memory: 8GB\nvcpu: 2\ngpu: {count: 1, type: L40S}\n").variant()).isEqualTo("g6e.xlarge");
    }

    @Test
    void twoA100sWith80GbLandOnP4deFourPodsToANode() {
        // p4d.24xlarge has 8 A100 of 40 GB, p4de.24xlarge 8 A100 of 80 GB: 80 GB each rules out the cheaper p4d,
        // and each pod takes a set of two of p4de's eight GPUs.
        Assessment a = assess("memory: 32GB\nvcpu: 8\ngpu: {count: 2, type: A100, memory: 80GB}\n");
        assertThat(a.variant()).isEqualTo("p4de.24xlarge");
        assertThat(figure(a, "podsPerNode")).isEqualTo(4);
        // Without the memory, the 40 GB A100s of p4d.24xlarge ($21.957642 an hour against $27.44705) do.
        assertThat(assess("memory: 32GB\nvcpu: 8\ngpu: {count: 2, type: A100}\n").variant())
                .isEqualTo("p4d.24xlarge");
    }

    @Test
    void oneH100IsTheSmallestP5AndItsHourIs688() {
        // p5.4xlarge carries one H100: a one-GPU pod takes the whole node, and 730 h x $6.88 (us-east-1, Karpenter's
        // price table of 2026-07-20) = $5,022.40 a month; p5.48xlarge (8 H100, $55.04) would cost eight times that.
        Assessment a = assess("memory: 16GB\nvcpu: 4\ngpu: {count: 1, type: H100}\n");
        assertThat(a.variant()).isEqualTo("p5.4xlarge");
        assertThat(figure(a, "podsPerNode")).isEqualTo(1);
        CostLine nodes = line(a, "EC2 nodes");
        assertThat(nodes.quantity()).isEqualTo(730);
        assertThat(nodes.monthlyCost()).isCloseTo(5022.40, within(1e-6));
        // Eight H100 in one pod: only the 48xlarge has them.
        assertThat(assess("memory: 64GB\nvcpu: 16\ngpu: {count: 8, type: H100}\n").variant())
                .isEqualTo("p5.48xlarge");
        assertThat(assess("memory: 64GB\nvcpu: 16\ngpu: {count: 1, type: H200}\n").variant())
                .isEqualTo("p5en.48xlarge");
    }

    /**
     * Sixteen GPUs in one pod: no catalog node type has more than 8 (g5, g6 and g6e 48xlarge, p4d and p4de 24xlarge,
     * p5 and p5en 48xlarge, Karpenter's table), so the count binds and is named, not g5.48xlarge's 191.32 vCPU and
     * 706.35 GB allocatable, which the pod's 64 GB and 16 vCPU do not reach.
     */
    @Test
    void moreGpusThanAnyNodeHasNamesTheGpuCount() {
        Assessment a = assess("memory: 64GB\nvcpu: 16\ngpu: {count: 16, type: any}\n");
        assertThat(a.feasible()).isFalse();
        LimitCheck node = a.limits().stream().filter(l -> l.limit().equals("node type")).findFirst().orElseThrow();
        assertThat(node.ok()).isFalse();
        assertThat(node.allowed()).isEqualTo("at most 8 GPUs on one node (g5.48xlarge, g6.48xlarge, g6e.48xlarge and "
                + "4 more)");
        // Two H100 need p5.48xlarge (8; p5.4xlarge has 1): with 4,000 GB asked, that node, not the largest of all.
        Assessment big = assess("memory: 4000GB\nvcpu: 16\ngpu: {count: 2, type: H100}\n");
        assertThat(big.limits().stream().filter(l -> l.limit().equals("node type")).findFirst().orElseThrow()
                .allowed()).endsWith("(p5.48xlarge)");
    }

    /**
     * g6, the catalog's only L4 family, is not offered in eu-west-1: tsaol/aws-gpu's g6_instances.js (the catalog's
     * source for g6, commit 7412fd2) prices it in 20 regions, eu-west-2 and eu-west-3 but not eu-west-1. An L4 there
     * does not fit, and says where it is missing, where it was "fits but not priced here"; a T4 (g4dn is offered in
     * eu-west-1) still fits.
     */
    @Test
    void aGpuFamilyAwsDoesNotOfferInTheRegionDoesNotFit() {
        Assessment l4 = EKS.assess(TestProfiles.parse(BASE + "region: eu-west-1\nmemory: 8GB\nvcpu: 2\n"
                + "gpu: {count: 1, type: L4}\n"), LIST);
        assertThat(l4.feasible()).isFalse();
        LimitCheck node = l4.limits().stream().filter(l -> l.limit().equals("node type")).findFirst().orElseThrow();
        assertThat(node.allowed()).isEqualTo("no L4 node type in eu-west-1 (g6 not offered there)");
        assertThat(node.workaround()).startsWith("run it in a region AWS offers g6 in");
        assertThat(EKS.assess(TestProfiles.parse(BASE + "region: eu-west-2\nmemory: 8GB\nvcpu: 2\n"
                + "gpu: {count: 1, type: L4}\n"), LIST).variant()).isEqualTo("g6.xlarge");
        assertThat(EKS.assess(TestProfiles.parse(BASE + "region: eu-west-1\nmemory: 8GB\nvcpu: 2\n"
                + "gpu: {count: 1, type: T4}\n"), LIST).variant()).isEqualTo("g4dn.xlarge");
    }

    /** The catalog prices no GPU type in a region its family's source does not offer it in. */
    @Test
    void noGpuTypeIsPricedWhereItsFamilyIsNotOffered() {
        for (var type : CATALOG.instanceTypes().values()) {
            if (CATALOG.familyRegions().containsKey(type.family())) {
                var priced = CATALOG.prices().getOrDefault(type.priceKey().name(), java.util.Map.of()).keySet();
                assertThat(CATALOG.familyRegions().get(type.family()).regions()).as(type.name())
                        .containsAll(priced);
            }
        }
        assertThat(CATALOG.familyRegions()).containsKeys("g4dn", "g5", "g6", "g6e", "p3", "p4d", "p4de", "p5", "p5en");
    }

    @Test
    void aFourVcpuEightGbPodFits() {
        // A 4-vCPU node keeps some CPU for itself (0.06 + 0.01 + 0.005 x 2 of kube-reserved and 0.125 of DaemonSets),
        // so the pod needs an 8-vCPU node or larger; those exist now.
        Assessment a = assess("memory: 8GB\nvcpu: 4\n");
        assertThat(a.feasible()).isTrue();
        assertThat(a.priced()).isTrue();
        assertThat(figure(a, "podVcpu")).isGreaterThanOrEqualTo(4);
        assertThat(CATALOG.instanceTypes().get(a.variant()).vcpu()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void cpuProfilesNeverLandOnGpuNodes() {
        Assessment a = assess("memory: 12GB\nvcpu: 3\n");
        assertThat(CATALOG.instanceTypes().get(a.variant()).gpu()).isEmpty();
    }

    @Test
    void arm64NodesOnlyWhereTheArchitectureAllows() {
        assertThat(CATALOG.instanceTypes().get(assess("memory: 1GB\n").variant()).arch().spelling())
                .isEqualTo("x86_64");
        assertThat(CATALOG.instanceTypes().get(assess("memory: 1GB\narchitecture: arm64\n").variant()).arch()
                .spelling()).isEqualTo("arm64");
    }

    @Test
    void nodeTypesCanBeNamedAndUnknownOnesAreAViolation() {
        assertThat(assess("memory: 1GB\nplatforms: {eks: {node_types: [m5.xlarge]}}\n").variant())
                .isEqualTo("m5.xlarge");
        Assessment a = assess("memory: 1GB\nplatforms: {eks: {node_types: [m9.huge]}}\n");
        assertThat(a.violations()).anySatisfy(v -> assertThat(v.required()).isEqualTo("m9.huge"));
    }

    @Test
    void burstableNodesAreNotUsedForSustainedCpu() {
        // 1 request/s x 0.7 s of CPU: 0.7 vCPU busy all month; t3.medium sustains 2 x 20% = 0.4 vCPU.
        Assessment a = EKS.assess(TestProfiles.parse("name: s\ntraffic: {rate: 1/s}\nduration: 1s\ncpu_time: 700ms\n"
                + "memory: 1GB\ntimeout: 10s\ntrigger: queue\n"), LIST);
        assertThat(a.variant()).isNotEqualTo("t3.medium");
    }

    @Test
    void nodesFollowThePodsAndHaKeepsTwo() {
        Assessment a = assess("memory: 512MB\nha: true\n");
        assertThat(figure(a, "nodesMin")).isGreaterThanOrEqualTo(2);
        assertThat(figure(a, "podsMin")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aJobRunsNodesOnlyForItsRuns() {
        // 30 runs x 4 pods of 2 vCPU / 4 GB: one per m5.xlarge (3.795 vCPU allocatable) -> 4 nodes, each billing its
        // 75-s start (startup.eks) and the 20 min: 30 x 4 x 1,275 s = 153,000 s = 42.5 node-hours.
        Profile job = TestProfiles.parse("kind: job\nname: j\nschedule: {runs: 30/month, tasks: 4, duration: 20min}\n"
                + "vcpu: 2\nmemory: 4GB\nplatforms: {eks: {node_types: [m5.xlarge]}}\n");
        Assessment a = EKS.assess(job, LIST);
        assertThat(line(a, "EC2 nodes").quantity()).isCloseTo(42.5, within(1e-9));
    }

    /**
     * A node launched for a run bills from "running", before it boots, joins and pulls the image: its start as well
     * as the run. 3,000 runs a month of 50 tasks of 2 vCPU / 4 GB for 60 s fit one c6a.32xlarge ($4.896 an hour,
     * 57 pods): 3,000 x (75 + 60) s = 405,000 s = 112.5 node-hours = $550.80 (without the start, 50 node-hours and
     * $244.80). Fargate bills each task's 30.4-s image download (76% of its 40-s start) and its minute:
     * 3,000 x 50 x 90.4 s = 3,766.67 task-hours x (2 x $0.04048 + 4 x $0.004445) = $371.92, now the cheaper.
     */
    @Test
    void aNodeLaunchedForARunBillsItsStart() {
        Profile job = TestProfiles.parse("kind: job\nname: j\nschedule: {runs: 3000/month, tasks: 50, duration: 60s}\n"
                + "vcpu: 2\nmemory: 4GB\nclouds: [aws]\nplatforms: {eks: {cluster_share: 5%}}\n");
        Assessment eks = EKS.assess(job, LIST);
        assertThat(eks.variant()).isEqualTo("c6a.32xlarge");
        CostLine nodes = line(eks, "EC2 nodes");
        assertThat(nodes.quantity()).isCloseTo(112.5, within(1e-9));
        assertThat(nodes.monthlyCost()).isCloseTo(550.80, within(1e-9));
        Assessment fargate = new FargatePlatform().assess(job, LIST);
        assertThat(fargate.platformCost()).isCloseTo(371.92, within(0.005));
        assertThat(fargate.platformCost()).isLessThan(eks.platformCost());
        assertThat(eks.assumptions()).anyMatch(s -> s.startsWith("nodes are launched for each run and stopped after "
                + "it: each bills its start-up, an estimated 75 s") && s.contains("overestimates it slightly"));
    }

    /**
     * A node kept between frequent runs pays no start per run: the cheaper of launching one per run (75 s + the
     * run, at least 60 s) and keeping it until the next run takes it (the run and the wait). 4 nodes a run
     * (m5.xlarge, one 2-vCPU pod each). A 1-min run every 2 min waits 60 s, less than a start: kept, 4 nodes all
     * month = 2,920 node-hours (launched: 21,900 runs x 4 x 135 s = 3,285). Every 3 min it waits 120 s: launched,
     * 14,600 runs x 4 x 135 s = 7,884,000 s = 2,190 node-hours (kept: 4 x 730 = 2,920).
     */
    @ParameterizedTest(name = "{0} runs an hour")
    @CsvSource({"30, 2920, a run's nodes are kept for the next run, which takes them 60 s",
        "20, 2190, nodes are launched for each run"})
    void aNodeKeptBetweenFrequentRunsPaysNoStart(int perHour, double nodeHours, String assumption) {
        Profile job = TestProfiles.parse("kind: job\nname: j\nschedule: {runs: " + perHour + "/h, tasks: 4, "
                + "duration: 1min}\nvcpu: 2\nmemory: 4GB\nplatforms: {eks: {node_types: [m5.xlarge]}}\n");
        Assessment a = EKS.assess(job, LIST);
        assertThat(line(a, "EC2 nodes").quantity()).isCloseTo(nodeHours, within(1e-6));
        assertThat(a.assumptions()).anyMatch(s -> s.startsWith(assumption));
    }

    /**
     * The same two jobs' cold starts say what each run's pods wait for, as the nodes are billed: kept from the run
     * before (30 runs an hour), no node starts and each pod waits its own start alone, on a node that already holds
     * its image — 5 s, Kubernetes' pod start-up SLO (p99 within 5 s, image pull excluded; coldstart-reference.md
     * §4.3) — not the 75-s start of a pod that needs a new node; launched for each run (20 an hour), each waits its
     * node's 75 s. Every pod of every run starts: 30 x 730 x 4 = 87,600 and 20 x 730 x 4 = 58,400 a month. A latency
     * SLO with a 10-s budget is met on kept nodes and broken on launched ones.
     */
    @ParameterizedTest(name = "{0} runs an hour")
    @CsvSource(delimiter = '|', value = {"30 | 5 | 87600 | true | each run's pods start on the nodes kept from the "
            + "run before: no node starts, and each pod waits only its own start, about 5 s (estimate: the node "
            + "already holds the image; a new node would take 75 s (1.3 min)) before its work begins",
        "20 | 75 | 58400 | false | each run launches its nodes and starts its pods on them, none kept between runs: "
            + "each pod waits about 75 s (1.3 min) (estimate) for its node to start and join the cluster and for "
            + "itself to start, before its work begins"})
    void aJobsPodsWaitForANodeOnlyWhereItIsLaunchedForTheRun(int perHour, double seconds, double starts,
                                                             boolean sloMet, String words) {
        String yaml = "kind: job\nname: j\nschedule: {runs: " + perHour + "/h, tasks: 4, duration: 1min}\nvcpu: 2\n"
                + "memory: 4GB\nplatforms: {eks: {node_types: [m5.xlarge]}}\n";
        Assessment a = EKS.assess(TestProfiles.parse(yaml), LIST);
        assertThat(a.coldStarts().latency().seconds()).isEqualTo(seconds);
        assertThat(a.coldStarts().perMonth()).isCloseTo(starts, within(1e-9));
        assertThat(a.coldStarts().explanation()).containsExactly(words);
        Assessment slo = EKS.assess(TestProfiles.parse(yaml + "latency: {cold_start_budget: 10s, cold_start_share: "
                + "1%}\n"), LIST);
        assertThat(slo.feasible()).isEqualTo(sloMet);
        assertThat(slo.coldStarts().sloMet()).isEqualTo(sloMet);
    }

    @Test
    void aBurstsNewPodsStartOnSpareSlotsBeforeTheyWaitForANode() {
        // One A100 a pod: p4d.24xlarge carries eight, so eight pods a node. 0.2/s of 1 s at the 70% target asks
        // 0.29 vCPU, one 4-vCPU pod; without ha one node, which leaves 8 − 1 = 7 pod slots spare all month. A burst's
        // first 7 new pods start there in a pod's 5 s (startup.eks.pod: the node runs and holds the image); more
        // wait a node's 75 s (startup.eks).
        Assessment a = EKS.assess(TestProfiles.parse(BASE.replace("rate: 1/s", "rate: 0.2/s")
                + "memory: 16GB\nvcpu: 4\ngpu: {count: 1, type: A100}\nha: false\n"), LIST);
        assertThat(a.variant()).isEqualTo("p4d.24xlarge");
        assertThat(figure(a, "podsPerNode")).isEqualTo(8);
        assertThat(a.coldStarts().explanation()).singleElement().asString().endsWith("a burst beyond that waits for "
                + "new pods: up to 7 start in about 5 s (estimate; a running node holds the image) on the pod slots "
                + "the running nodes leave spare (at least 7 in every hour, at 8 pods per p4d.24xlarge node), and any "
                + "more wait about 75 s (1.3 min) (estimate) for a new node to start and join the cluster, or are "
                + "shed if they overflow the queue");
        // One H100 a pod on p5.4xlarge, which carries one: no slot is ever spare, so each new pod waits for a node.
        Assessment full = assess("memory: 16GB\nvcpu: 4\ngpu: {count: 1, type: H100}\n");
        assertThat(full.variant()).isEqualTo("p5.4xlarge");
        assertThat(full.coldStarts().explanation()).singleElement().asString().endsWith("a burst beyond that waits "
                + "for new pods: the running nodes leave no pod slot spare (1 pod per p5.4xlarge node), so each new "
                + "pod waits about 75 s (1.3 min) (estimate) for a new node to start and join the cluster, or is "
                + "shed if it overflows the queue");
    }
}
