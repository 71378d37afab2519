package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Fargate against ../shared/examples/worked-examples.md and pricing-reference.md §2. */
class FargatePlatformTest {

    private static final FargatePlatform FARGATE = new FargatePlatform();
    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    /**
     * AWS's pricing-page examples bill each task for its run alone, leaving out the image download Fargate also bills
     * (pricing-reference.md §2, S5): the catalog overlaid so, its download share 0, states their assumption.
     */
    private static final PricingContext AWS_EXAMPLES = new PricingContext(awsExamplesCatalog(), false);

    private static dev.costfit.pricing.Catalog awsExamplesCatalog() {
        try {
            return new dev.costfit.pricing.CatalogLoader().load(List.of(Path.of(FargatePlatformTest.class
                    .getResource("/catalogs/no-image-download.yaml").toURI())));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, CostLine> lines(Assessment a) {
        return a.lines().stream().collect(Collectors.toMap(CostLine::component, l -> l));
    }

    private static double cents(double usd) {
        return Math.round(usd * 100) / 100.0;
    }

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void pricingPageExampleOneIs126() {
        // aws.amazon.com/fargate/pricing, example 1: 5 tasks x 10 min a day for 30 days, 1 vCPU, 2 GB, 30 GB storage.
        // vCPU 5 x 1 x $0.000011244 x 600 x 30 = $1.01; memory 5 x 2 x $0.000001235 x 600 x 30 = $0.22;
        // storage 5 x 10 x $0.0000000308 x 600 x 30 = $0.03; total $1.26. The page computes with its per-second
        // figures, rounded: its storage is $0.02772. The catalog bills storage at AWS's $0.000111 per GB-hour (the
        // page's data), 900,000 GB-seconds = 250 GB-hours x $0.000111 = $0.02775: the same $0.03, and $1.26 in all.
        Profile job = TestProfiles.parse("kind: job\nname: example-1\nschedule: {runs: 30/month, tasks: 5, "
                + "duration: 600s}\nvcpu: 1\nmemory: 2GB\nstorage: 30GB\n");
        Assessment a = FARGATE.assess(job, AWS_EXAMPLES);
        Map<String, CostLine> lines = lines(a);
        assertThat(lines.get("Fargate vCPU (x86_64)").quantity()).isCloseTo(25, within(1e-9)); // vCPU-hours
        assertThat(cents(lines.get("Fargate vCPU (x86_64)").monthlyCost())).isEqualTo(1.01);
        assertThat(cents(lines.get("Fargate memory (x86_64)").monthlyCost())).isEqualTo(0.22);
        CostLine storage = lines.get("Fargate ephemeral storage above 20 GB");
        assertThat(storage.quantity()).isCloseTo(5 * 10 * 600 * 30, within(1e-6));
        // The catalog's us-east-1 entry is written per GB-hour and billed per the GB-seconds counted here.
        assertThat(storage.monthlyCost()).isCloseTo(0.02775, within(1e-15));
        assertThat(cents(storage.monthlyCost())).isEqualTo(0.03);
        assertThat(cents(a.monthlyCost())).isEqualTo(1.26);
    }

    @Test
    void pricingPageExampleTwoOnArmIs102() {
        // aws.amazon.com/fargate/pricing, example 2: example 1 on Graviton (Linux/ARM). vCPU 5 x 1 x $0.0000089944 x
        // 600 x 30 = $0.81 ($0.8095 at the hourly $0.03238 the catalog holds: 25 vCPU-hours); memory 5 x 2 x
        // $0.0000009889 x 600 x 30 = $0.18 (50 GB-hours x $0.00356 = $0.178); storage as in example 1, 5 x 10 x
        // $0.0000000308 x 600 x 30 = $0.03 (the catalog's 250 GB-hours x $0.000111 = $0.02775); total $1.02.
        Profile job = TestProfiles.parse("kind: job\nname: example-2\nschedule: {runs: 30/month, tasks: 5, "
                + "duration: 600s}\nvcpu: 1\nmemory: 2GB\nstorage: 30GB\narchitecture: arm64\n");
        Assessment a = FARGATE.assess(job, AWS_EXAMPLES);
        Map<String, CostLine> lines = lines(a);
        assertThat(lines.get("Fargate vCPU (arm64)").quantity()).isCloseTo(25, within(1e-9));
        assertThat(lines.get("Fargate vCPU (arm64)").monthlyCost()).isCloseTo(25 * 0.03238, within(1e-9));
        assertThat(lines.get("Fargate memory (arm64)").monthlyCost()).isCloseTo(50 * 0.00356, within(1e-9));
        assertThat(cents(lines.get("Fargate vCPU (arm64)").monthlyCost())).isEqualTo(0.81);
        assertThat(cents(lines.get("Fargate memory (arm64)").monthlyCost())).isEqualTo(0.18);
        assertThat(cents(lines.get("Fargate ephemeral storage above 20 GB").monthlyCost())).isEqualTo(0.03);
        assertThat(cents(a.monthlyCost())).isEqualTo(1.02);
    }

    @Test
    void aJobsRunOfMoreTasksThanTheLaunchRateIsToldToStartThemInWaves() {
        // 600 tasks a run start at once against the 500 tasks a minute cited (pricing-reference.md §2, S6): an
        // advisory; a job has no service whose min_instances could start them ahead.
        Profile job = TestProfiles.parse("kind: job\nname: fan-out\nschedule: {runs: 30/month, tasks: 600, "
                + "duration: 60s}\nmemory: 2GB\nvcpu: 1\n");
        LimitCheck launch = FARGATE.assess(job, LIST).limits().stream()
                .filter(l -> l.limit().equals("task launch rate")).findFirst().orElseThrow();
        assertThat(launch.ok()).isFalse();
        assertThat(launch.severity()).isEqualTo(LimitCheck.Severity.ADVISORY);
        assertThat(launch.required()).isEqualTo("600 tasks at once (a run's)");
        assertThat(launch.allowed()).contains("per service").contains("RunTask's own API rate is not checked");
        assertThat(launch.workaround()).contains("in waves").doesNotContain("min_instances");
    }

    @Test
    void infracostServiceGoldenIs5910And1298() {
        // Infracost golden: 2 vCPU, 4 GB, 1 task for 730 h -> $59.10 and $12.98. The compute alone: no front door
        // and callers in the VPC (a queue worker would add the NAT gateway it polls SQS through).
        Profile service = TestProfiles.parse("name: svc\ntraffic: {rate: 1/h}\nduration: 1s\nmemory: 4GB\nvcpu: 2\n"
                + "timeout: 10s\nfront_door: none\nnetwork: {clients: vpc}\n");
        Assessment a = FARGATE.assess(service, LIST);
        Map<String, CostLine> lines = lines(a);
        assertThat(lines.get("Fargate vCPU (x86_64)").quantity()).isCloseTo(1460, within(1e-9));
        assertThat(cents(lines.get("Fargate vCPU (x86_64)").monthlyCost())).isEqualTo(59.10);
        assertThat(lines.get("Fargate memory (x86_64)").quantity()).isCloseTo(2920, within(1e-9));
        assertThat(cents(lines.get("Fargate memory (x86_64)").monthlyCost())).isEqualTo(12.98);
        assertThat(a.lines()).hasSize(2);
    }

    @Test
    void aReportSaysWhatArm64WouldCostWhereTheProfileAsksX86() {
        // The Infracost service above on Graviton: 1,460 vCPU-hours x $0.03238 + 2,920 GB-hours x $0.00356 =
        // $47.27 + $10.40 = $57.67, 20% less than x86_64's $72.08 (us-east-1, pricing-reference §2).
        Profile service = TestProfiles.parse("name: svc\ntraffic: {rate: 1/h}\nduration: 1s\nmemory: 4GB\nvcpu: 2\n"
                + "timeout: 10s\nfront_door: none\nnetwork: {clients: vpc}\n");
        Assessment a = FARGATE.assess(service, LIST);
        assertThat(a.variant()).isEqualTo("x86_64");
        assertThat(cents(a.monthlyCost())).isEqualTo(72.08);
        assertThat(a.notes()).contains("arm64 would cost $57.67 a month (20% less); set architecture: any if the code "
                + "and its native dependencies run on arm64");
        // A search bills what the profile allows and says nothing.
        assertThat(FARGATE.assess(service, LIST.searching()).notes()).noneMatch(n -> n.contains("arm64"));
    }

    @Test
    void exampleOneWithItsImageDownloadsBillsEachTask30Point4SecondsMore() {
        // Example 1 as Fargate bills it, from each task's image download: 0.76 x the 40 s start = 30.4 s more a task.
        // 5 x 30 tasks x (600 + 30.4) s = 94,560 task-seconds = 26.2667 task-hours; vCPU 26.2667 x $0.04048 =
        // $1.06328; memory 52.5333 GB-hours x $0.004445 = $0.23351; storage 10 GB x 26.2667 h x $0.000111 a GB-hour
        // = $0.029156; total $1.325941, against the page's $1.26.
        Profile job = TestProfiles.parse("kind: job\nname: example-1\nschedule: {runs: 30/month, tasks: 5, "
                + "duration: 600s}\nvcpu: 1\nmemory: 2GB\nstorage: 30GB\n");
        Assessment a = FARGATE.assess(job, LIST);
        Map<String, CostLine> lines = lines(a);
        assertThat(lines.get("Fargate vCPU (x86_64)").quantity()).isCloseTo(94_560 / 3600.0, within(1e-9));
        assertThat(lines.get("Fargate vCPU (x86_64)").monthlyCost()).isCloseTo(1.063275, within(1e-6));
        assertThat(lines.get("Fargate memory (x86_64)").monthlyCost()).isCloseTo(0.233511, within(1e-6));
        assertThat(lines.get("Fargate ephemeral storage above 20 GB").quantity()).isCloseTo(945_600, within(1e-6));
        assertThat(lines.get("Fargate ephemeral storage above 20 GB").monthlyCost()).isCloseTo(0.029156,
                within(1e-15)); // 945,600 GB-seconds = 262.6667 GB-hours x $0.000111 = $0.029156
        assertThat(a.monthlyCost()).isCloseTo(1.325941, within(1e-6));
    }

    @Test
    void aShortFrequentJobBillsItsImageDownloadOnTopOfItsRun() {
        // 12 runs an hour x 730 h = 8,760 tasks. 5 s of CPU in 40 s of wall time at 512 MB: 0.5 vCPU / 1 GB, whose
        // 45 s alone bills the 60 s minimum ($3.60: 146 task-hours x $0.024685). Billed from the image download:
        // 30.4 s + 45 s = 75.4 s, so 8,760 x 75.4 = 660,504 task-seconds = 183.47333 task-hours; vCPU 91.73667
        // vCPU-hours x $0.04048 = $3.71350; memory 183.47333 GB-hours x $0.004445 = $0.81554; total $4.52904.
        Profile job = TestProfiles.parse("kind: job\nname: reviewer\nschedule: {runs: 12/h, tasks: 1, duration: 40s}\n"
                + "cpu_time: 5s\nmemory: 512MB\n");
        Assessment a = FARGATE.assess(job, new PricingContext(CATALOG, true));
        assertThat(figure(a, "taskVcpu")).isEqualTo(0.5);
        assertThat(figure(a, "taskMemoryGb")).isEqualTo(1);
        assertThat(figure(a, "requestSeconds")).isCloseTo(45, within(1e-9));
        Map<String, CostLine> lines = lines(a);
        assertThat(lines.get("Fargate vCPU (x86_64)").quantity()).isCloseTo(91.736667, within(1e-6));
        assertThat(lines.get("Fargate vCPU (x86_64)").monthlyCost()).isCloseTo(3.713500, within(1e-6));
        assertThat(lines.get("Fargate memory (x86_64)").monthlyCost()).isCloseTo(0.815539, within(1e-6));
        assertThat(a.monthlyCost()).isCloseTo(4.529039, within(1e-6));
        assertThat(a.assumptions()).contains("each task bills its image download, about 30.4 s (an estimate: 76% of a "
                + "40 s start), from the download's start, as AWS bills, and then its duration: at least 1 min in all");
        assertThat(a.assumptions()).noneMatch(s -> s.contains("not included"));
    }

    @Test
    void theNightlyBatchSampleBillsItsTasksDownloadsToo() {
        // profiles/nightly-batch.yaml: 30 runs x 4 tasks x 20 min on 2 vCPU / 4 GB, 30 GB storage. Run alone: 144,000
        // task-seconds = 40 task-hours; vCPU 80 x $0.04048 = $3.2384, memory 160 x $0.004445 = $0.7112, storage 10 GB
        // x 40 h x $0.000111 a GB-hour = $0.0444; $3.9940. The downloads add 30 x 4 x 30.4 s = 3,648 task-seconds
        // (1.01333 task-hours): vCPU 2.02667 x $0.04048 = $0.082039, memory 4.05333 x $0.004445 = $0.018017, storage
        // 10 x 1.01333 x $0.000111 = $0.001125; +$0.101181, $4.095181.
        Profile job = TestProfiles.parse("kind: job\nname: nightly-reindex\nschedule: {runs: 30/month, tasks: 4, "
                + "duration: 20min}\nmemory: 4GB\nvcpu: 2\nstorage: 30GB\nruntime: python\n");
        Assessment a = FARGATE.assess(job, LIST);
        assertThat(lines(a).get("Fargate vCPU (x86_64)").quantity()).isCloseTo(80 + 2 * 3648 / 3600.0, within(1e-9));
        assertThat(a.monthlyCost()).isCloseTo(4.095181, within(1e-6));
        assertThat(FARGATE.assess(job, AWS_EXAMPLES).monthlyCost()).isCloseTo(3.994, within(1e-6));
    }

    @Test
    void aSpotJobBillsItsImageDownloadToo() {
        // The job above on Fargate Spot: the same 183.47333 task-hours at 69.2% off, $4.52904 x 0.308 = $1.39494.
        Profile job = TestProfiles.parse("kind: job\nname: reviewer\nschedule: {runs: 12/h, tasks: 1, duration: 40s}\n"
                + "cpu_time: 5s\nmemory: 512MB\nplatforms: {fargate: {spot: true}}\n");
        Assessment a = FARGATE.assess(job, LIST);
        assertThat(lines(a).get("Fargate vCPU (x86_64, Spot, approximate)").quantity())
                .isCloseTo(91.736667, within(1e-6));
        assertThat(a.monthlyCost()).isCloseTo(1.394944, within(1e-6));
    }

    @Test
    void aJobTaskIsBilledAtLeastOneMinute() {
        // 30.4 s of image download and 10 s of run: 40.4 s, billed as the 60 s minimum.
        Profile job = TestProfiles.parse("kind: job\nname: j\nschedule: {runs: 100/month, tasks: 1, duration: 10s}\n"
                + "vcpu: 1\nmemory: 2GB\n");
        assertThat(lines(FARGATE.assess(job, LIST)).get("Fargate vCPU (x86_64)").quantity())
                .isCloseTo(100 * 60 / 3600.0, within(1e-9));
    }

    @Test
    void theTaskIsTheCheapestValidSizeThatHoldsTheNeed() {
        // 1 request at a time, 0.2 of a vCPU busy / 70% = 0.286 vCPU; 1.5 GB -> 0.5 vCPU with 2 GB.
        Profile p = TestProfiles.parse("name: s\ntraffic: {rate: 1/s}\nduration: 1s\ncpu_time: 200ms\n"
                + "memory: 1.5GB\ntimeout: 10s\ntrigger: queue\n");
        Assessment a = FARGATE.assess(p, LIST);
        assertThat(figure(a, "taskVcpu")).isEqualTo(0.5);
        assertThat(figure(a, "taskMemoryGb")).isEqualTo(2);
    }

    @Test
    void aNeedBeyondTheLargestSizeIsAViolationNamingIt() {
        Profile p = TestProfiles.parse("name: s\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 300GB\ntimeout: 10s\n");
        Assessment a = FARGATE.assess(p, LIST);
        assertThat(a.feasible()).isFalse();
        LimitCheck size = a.limits().stream().filter(l -> l.limit().equals("task size")).findFirst().orElseThrow();
        assertThat(size.allowed()).isEqualTo("at most 32 vCPU, 244 GB");
        // No vcpu stated: any size's vCPU would do, so the need is the memory alone, not "0 vCPU, 300 GB".
        assertThat(size.required()).isEqualTo("300 GB");
        Profile stated = TestProfiles.parse("name: s\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 300GB\nvcpu: 2\n"
                + "timeout: 10s\n");
        assertThat(FARGATE.assess(stated, LIST).limits().stream().filter(l -> l.limit().equals("task size"))
                .findFirst().orElseThrow().required()).isEqualTo("2 vCPU, 300 GB");
    }

    /**
     * A service launches at once only the tasks its burst needs beyond the hour's. A flat pattern with no burst
     * launches none: the check says so, not "0 tasks at once (burst)"; a 3x burst starts some at once.
     */
    @Test
    void theTaskLaunchRateSaysWhenNothingStartsAtOnce() {
        String service = "name: s\ntraffic: {rate: 20/s, pattern: flat%s}\nduration: 200ms\nmemory: 1GB\n"
                + "timeout: 10s\n";
        LimitCheck flat = launchRate(TestProfiles.parse(service.formatted("")));
        assertThat(flat.ok()).isTrue();
        assertThat(flat.required()).isEqualTo("none at once: no burst needs more tasks than the hour's");
        LimitCheck burst = launchRate(TestProfiles.parse(service.formatted(", burst: 3x")));
        assertThat(burst.required()).matches("[1-9][0-9,]* tasks? at once \\(burst\\)");
    }

    private static LimitCheck launchRate(Profile profile) {
        return FARGATE.assess(profile, LIST).limits().stream().filter(l -> l.limit().equals("task launch rate"))
                .findFirst().orElseThrow();
    }

    @Test
    void theRecent32VcpuRowIsUsedAndFlagged() {
        Profile p = TestProfiles.parse("name: s\ntraffic: {rate: 1/s}\nduration: 1s\nvcpu: 20\nmemory: 100GB\n"
                + "timeout: 10s\ntrigger: queue\n");
        Assessment a = FARGATE.assess(p, LIST);
        assertThat(figure(a, "taskVcpu")).isEqualTo(32);
        assertThat(a.notes()).anyMatch(n -> n.contains("only 2026 copies"));
    }

    @Test
    void gpuIsNotOfferedAndPointsToEks() {
        Profile p = TestProfiles.parse("name: g\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 8GB\ntimeout: 10s\n"
                + "gpu: {count: 1, type: T4}\n");
        Assessment a = FARGATE.assess(p, LIST);
        assertThat(a.feasible()).isFalse();
        assertThat(a.violations()).anySatisfy(v -> {
            assertThat(v.limit()).isEqualTo("GPU");
            assertThat(v.workaround()).contains("EKS");
        });
    }

    @Test
    void storageAbove200GbDoesNotFit() {
        Profile p = TestProfiles.parse("name: s\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 10s\n"
                + "storage: 250GB\n");
        assertThat(FARGATE.assess(p, LIST).feasible()).isFalse();
    }

    @Test
    void spotIsDiscountedByTheCatalogEstimateAndSaysItIsApproximate() {
        Profile onDemand = TestProfiles.parse("name: s\ntraffic: {rate: 1/h}\nduration: 1s\nmemory: 4GB\nvcpu: 2\n"
                + "timeout: 10s\nfront_door: none\nnetwork: {clients: vpc}\n");
        Profile spot = TestProfiles.parse("name: s\ntraffic: {rate: 1/h}\nduration: 1s\nmemory: 4GB\nvcpu: 2\n"
                + "timeout: 10s\nfront_door: none\nnetwork: {clients: vpc}\nplatforms: {fargate: {spot: true}}\n");
        Assessment a = FARGATE.assess(onDemand, LIST);
        Assessment s = FARGATE.assess(spot, LIST);
        // The catalog's sourced 69.2% (observed us-east-1 x86 Spot prices, Jan 2024: 1 - 0.01246287 / 0.04048).
        assertThat(s.monthlyCost()).isCloseTo(a.monthlyCost() * (1 - 0.692), within(1e-9));
        assertThat(s.variant()).isEqualTo("x86_64 spot");
        assertThat(s.lines()).allMatch(l -> l.component().contains("Spot, approximate"));
        assertThat(s.notes()).anyMatch(n -> n.contains("two minutes"));
    }

    @Test
    void haRunsAtLeastTwoTasks() {
        Profile p = TestProfiles.parse("name: s\ntraffic: {rate: 1/h}\nduration: 1s\nmemory: 1GB\ntimeout: 10s\n"
                + "ha: true\ntrigger: queue\n");
        assertThat(figure(FARGATE.assess(p, LIST), "tasksMin")).isEqualTo(2);
    }

    @Test
    void anLlmStyleProfileIsFarCheaperOnFargateThanOnLambda() {
        // 20 req/s, 25 s each, 2% of it on the CPU, 512 MB, 50 requests per task: Lambda bills every waiting second.
        Profile p = TestProfiles.parse("name: llm\ntraffic: {rate: 20/s}\nduration: 25s\ncpu_time: 500ms\n"
                + "memory: 512MB\ntimeout: 120s\nconcurrency_per_instance: 50\nfront_door: alb\n");
        double fargate = FARGATE.assess(p, LIST).monthlyCost();
        double lambda = new LambdaPlatform().assess(p, LIST).monthlyCost();
        // Lambda: 52.56M x 25 s x 0.5 GB = 657M GB-s = $10,950 of duration alone.
        assertThat(lambda).isGreaterThan(10_950);
        assertThat(fargate).isLessThan(lambda / 5);
    }

    @Test
    void cpuHeavyRequestsAreSizedByTheCpuTheyBurnNotByRequestSlots() {
        // 5/s x 400 ms of CPU = 2 vCPU of work; at 70%, 2.857 vCPU. The 20 requests a task may hold (p99 of
        // L = 6 is 12: one task) do not multiply it. 0.25 and 0.5 vCPU tasks would stretch the 400 ms of CPU to
        // 1.6 s and 0.8 s (2.4 s and 1.6 s a request, over 25% slower than 1.2 s): 1-vCPU tasks, 3 of them.
        Profile service = TestProfiles.parse("name: cpu-heavy\ntraffic: {rate: 5/s, burst: 1x}\nduration: 1.2s\n"
                + "cpu_time: 400ms\nmemory: 1GB\ntimeout: 10s\nconcurrency_per_instance: 20\nfront_door: alb\n"
                + "network: {private: true}\n");
        Assessment a = FARGATE.assess(service, LIST);
        Map<String, CostLine> lines = lines(a);
        assertThat(figure(a, "taskVcpu")).isEqualTo(1);
        assertThat(lines.get("Fargate vCPU (x86_64)").quantity()).isCloseTo(730 * 3, within(1e-6));
        assertThat(lines.get("Fargate memory (x86_64)").quantity()).isCloseTo(730 * 3 * 2, within(1e-6));
        assertThat(a.tradeOff()).anySatisfy(o -> {
            assertThat(o.setting()).startsWith("0.5 vCPU");
            assertThat(o.verdict()).contains("latency (max_slowdown)");
        });
    }

    @Test
    void aSteadyServiceBuysItsCpuOnceAtTheTargetUtilisation() {
        // 50/s flat, 60 ms of CPU in 100 ms: 3 vCPU of work, 3 / 70% = 4.29 vCPU, so 5 vCPU bought — not the
        // p99 of requests in flight turned into whole vCPUs and divided by 70% again. 1-vCPU tasks: a 0.5-vCPU
        // task would take 40 + 120 = 160 ms, 60% slower.
        Profile p = TestProfiles.parse("name: steady\ntraffic: {rate: 50/s}\nduration: 100ms\ncpu_time: 60ms\n"
                + "memory: 1GB\ntimeout: 5s\nfront_door: alb\n");
        Assessment a = FARGATE.assess(p, LIST);
        assertThat(figure(a, "taskVcpu")).isEqualTo(1);
        assertThat(figure(a, "tasksMean")).isEqualTo(5);
        assertThat(figure(a, "vcpuUsedMean")).isCloseTo(3, within(1e-9));
        assertThat(figure(a, "vcpuBoughtMean")).isEqualTo(5);
        // With a 2x burst the burst at full use (50 x 2 x 60 ms = 6 vCPU) outweighs 4.29 at 70%: 6, not 8.6.
        Profile bursty = TestProfiles.parse("name: steady\ntraffic: {rate: 50/s, burst: 2x}\nduration: 100ms\n"
                + "cpu_time: 60ms\nmemory: 1GB\ntimeout: 5s\nfront_door: alb\n");
        assertThat(figure(FARGATE.assess(bursty, LIST), "vcpuBoughtMean")).isEqualTo(6);
    }
}
