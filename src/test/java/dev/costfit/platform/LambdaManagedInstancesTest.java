package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.units.Money;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lambda Managed Instances against the Lambda pricing page (https://aws.amazon.com/lambda/pricing/, its
 * "High-throughput API service" example) and the LMI docs (glue-and-discounts-reference.md §8).
 */
class LambdaManagedInstancesTest {

    private static final LambdaManagedInstancesPlatform LMI = new LambdaManagedInstancesPlatform();
    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    private static Map<String, CostLine> byKey(List<CostLine> lines) {
        return lines.stream().collect(Collectors.toMap(CostLine::key, l -> l));
    }

    private static double cents(double usd) {
        return Math.round(usd * 100) / 100.0;
    }

    private static double figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static LimitCheck limit(Assessment a, String name) {
        return a.limits().stream().filter(l -> l.limit().equals(name)).findFirst().orElseThrow();
    }

    private static Assessment assess(String yaml) {
        return LMI.assess(TestProfiles.parse(yaml), LIST);
    }

    /** Without a front door and with clients in the VPC, so the compute lines stand alone. */
    private static Assessment computeOnly(String yaml) {
        return assess(yaml + "front_door: none\nnetwork: {clients: vpc}\n");
    }

    /**
     * The report names the runner-up instance type by how much more it costs, as EKS's does: on arm64 in us-east-1,
     * the Graviton2 c6g.large ($0.068 an hour) before c7g.large ($0.0725), each with the 15% management fee, over the
     * month's instance-hours (private subnets: no address per instance).
     */
    @Test
    void theNextInstanceTypeIsNamedByHowMuchMoreItCosts() {
        Assessment a = computeOnly("name: t\ntraffic: {rate: 5/s, pattern: diurnal}\nduration: 12s\n"
                + "cpu_time: 100ms\nmemory: 256MB\ntimeout: 90s\nruntime: python\narchitecture: arm64\n");
        assertThat(a.variant()).isEqualTo("c6g.large");
        double hours = byKey(a.lines()).get("lmi.instances").quantity();
        String more = Money.format(hours * (0.0725 - 0.068) * 1.15);
        assertThat(a.notes()).anyMatch(n -> n.startsWith("c6g.large instances make the month cheapest (")
                && n.endsWith("next: c7g.large, " + more + " a month more"));
    }

    @Test
    void pricingPageExampleRequestsAndManagementFeeAreTheFigures() {
        // The pricing page's example: 100M requests a month on m7g.xlarge ($0.1632/h on demand in us-east-1),
        // "~2,000 instance-hours" (an input: the page does not derive it). Requests 100M / 1M x $0.20 = $20;
        // management fee $0.1632 x 0.15 = $0.02448 an hour, x 2,000 = $48.96. Its EC2 line uses a 3-year Compute
        // Savings Plan rate ($0.0457, 72% off: $91.40) that costfit does not model, so the published total $160.36
        // less that line, $68.96, is what the requests and the fee must come to.
        List<CostLine> lines = ManagedInstanceCharges.lines(CATALOG.instanceTypes().get("m7g.xlarge"), 2000,
                100_000_000, "Requests", "us-east-1", CATALOG);
        Map<String, CostLine> line = byKey(lines);
        assertThat(cents(line.get("lambda.requests:lmi").monthlyCost())).isEqualTo(20.00);
        assertThat(line.get("lmi.management-fee").unitPrice()).isCloseTo(0.02448, within(1e-12));
        assertThat(cents(line.get("lmi.management-fee").monthlyCost())).isEqualTo(48.96);
        assertThat(cents(line.get("lambda.requests:lmi").monthlyCost() + line.get("lmi.management-fee")
                .monthlyCost())).isEqualTo(cents(160.36 - 91.40));
        // On demand, the instances are 2,000 x $0.1632 = $326.40 and the month $395.36.
        assertThat(cents(line.get("lmi.instances").monthlyCost())).isEqualTo(326.40);
        assertThat(cents(lines.stream().mapToDouble(CostLine::monthlyCost).sum())).isEqualTo(395.36);
    }

    @ParameterizedTest(name = "{0}: ${1} an hour")
    @CsvSource({"m7g.xlarge, 0.02448", "c7i.xlarge, 0.026775", "c7g.xlarge, 0.02175"})
    void theManagementFeeIsFifteenPercentOfTheOnDemandPrice(String type, double feePerHour) {
        // The pricing page's fee per type in us-east-1 (glue-and-discounts-reference.md §8, fee examples).
        CostLine fee = byKey(ManagedInstanceCharges.lines(CATALOG.instanceTypes().get(type), 1, 0, "Requests",
                "us-east-1", CATALOG)).get("lmi.management-fee");
        assertThat(fee.unitPrice()).isCloseTo(feePerHour, within(1e-12));
    }

    @Test
    void theExamplesWorkloadAtTheDefaultHeadroomNeedsMoreThanThePagesEstimate() {
        // 100M requests a month of 200 ms on Graviton (100M / 2,628,000 s = 38.05/s, 7.61 vCPU busy: no cpu_time,
        // so the whole request is taken to burn a vCPU), at the 50% that leaves LMI's default headroom to double:
        // 15.2 -> 16 environments of 1 vCPU, 16 vCPU of instances, 4 four-vCPU instances: 4 x 730 = 2,920
        // instance-hours of xlarge size. The page's "~2,000" is an input it does not derive (2.74 xlarge, 11 vCPU):
        // it would run the 7.61 vCPU at 69%, with less than the default's headroom.
        Assessment a = computeOnly("name: example\ntraffic: {rate: 100M/month}\nduration: 200ms\nmemory: 2GB\n"
                + "timeout: 10s\narchitecture: arm64\n");
        assertThat(figure(a, "environmentsMax")).isEqualTo(16);
        double type = CATALOG.instanceTypes().get(a.variant()).vcpu();
        double xlargeHours = figure(a, "instanceHours") * type / 4;
        assertThat(xlargeHours).isCloseTo(2920, within(1e-6));
        assertThat(7.61 / (2000 / 730.0 * 4)).isCloseTo(0.69, within(0.01));
    }

    @Test
    void aChatApiWaitingOnAnLlmCostsATenthOfLambdaAndSitsAmongTheContainers() {
        // 20/s, 6 s a request of which 150 ms burns CPU, 512 MB, an async server of 40 requests; no front door and
        // clients in the VPC so the compute lines stand alone.
        Profile chat = TestProfiles.parse("name: chat\ntraffic: {rate: 20/s}\nduration: 6s\ncpu_time: 150ms\n"
                + "memory: 512MB\ntimeout: 60s\nconcurrency_per_instance: 40\nfront_door: none\n"
                + "network: {clients: vpc}\n");
        double requests = 20 * 3600 * 730.0;                       // 52,560,000 a month
        // LMI by hand: 20/s x 150 ms = 3 vCPU busy, / 50% = 6 environments of 1 vCPU (the requests in flight, 120
        // on average and under 160 at the 99th percentile, need only 4 of 40). Memory 512 MB is raised to LMI's
        // 2 GB. A c6a.large (2 vCPU, 4 GiB, $0.0765/h, the cheapest x86_64 type) holds 2: 3 instances, also the
        // floor, all month.
        double instanceHours = 3 * 730;
        double lmi = instanceHours * 0.0765 + instanceHours * 0.0765 * 0.15 + requests * 0.0000002;
        Assessment a = LMI.assess(chat, LIST);
        assertThat(a.variant()).isEqualTo("c6a.large");
        assertThat(figure(a, "environmentsMax")).isEqualTo(6);
        assertThat(a.platformCost()).isCloseTo(lmi, within(1e-6));
        assertThat(cents(lmi)).isEqualTo(203.18);
        // Lambda by hand: 512 MB is 0.289 vCPU, so the 150 ms of CPU take 0.518 s: 6.369 s billed; 0.5 GB-s each at
        // $0.0000166667, plus $0.20 per million requests: at least $2,800.14 (INIT on cold starts comes on top).
        double lambda = requests * 6.369 * 0.5 * 0.0000166667 + requests * 0.0000002;
        assertThat(Platforms.byId("lambda").orElseThrow().assess(chat, LIST).platformCost())
                .isGreaterThanOrEqualTo(lambda);
        assertThat(a.platformCost()).isLessThan(lambda / 10);
        // Containers by hand: Fargate, 9 tasks of 0.5 vCPU / 1 GB (4.5 vCPU for the 4.29 needed) all month:
        // 9 x 730 x (0.5 x $0.04048 + 1 x $0.004445) = $162.18; EKS, the same 3 c6a.large nodes, their 20 GB gp3
        // root volumes (3 x 20 GB-months x $0.08 = $4.80) and the $73 cluster fee: $245.34. LMI is the nodes plus
        // 15% plus requests, without the cluster: between the two.
        double fargate = 9 * 730 * (0.5 * 0.04048 + 0.004445);
        double eks = 73 + instanceHours * 0.0765 + 3 * 20 * 0.08;
        assertThat(Platforms.byId("fargate").orElseThrow().assess(chat, LIST).platformCost())
                .isCloseTo(fargate, within(1e-6));
        assertThat(Platforms.byId("eks").orElseThrow().assess(chat, LIST).platformCost()).isCloseTo(eks, within(1e-6));
        assertThat(a.platformCost()).isBetween(fargate, eks);
        // The reason in words: 120 requests in flight share 6 environments, 20 each, and no one bills the wait.
        assertThat(figure(a, "requestsPerInstance")).isCloseTo(20, within(1e-9));
        assertThat(a.notes()).anyMatch(n -> n.contains("not each request's duration")
                && n.contains("about 20 requests share each 1-vCPU execution environment")
                && n.contains("bill every second of the wait"));
    }

    @Test
    void theBillHasStableKeysAndNoDurationLine() {
        Assessment a = computeOnly("name: k\ntraffic: {rate: 5/s}\nduration: 2s\ncpu_time: 50ms\nmemory: 1GB\n"
                + "timeout: 10s\n");
        assertThat(a.lines()).extracting(CostLine::key)
                .containsExactly("lmi.instances", "lmi.management-fee", "lambda.requests:lmi");
    }

    @Test
    void aQuietServiceStillPaysForThreeInstances() {
        // One request a minute: 3 environments, 3 instances of the cheapest type that holds a 1 vCPU / 2 GB
        // environment, all 730 hours (the scaling page: three instances for Availability Zone resiliency).
        Assessment a = computeOnly("name: quiet\ntraffic: {rate: 1/min}\nduration: 1s\nmemory: 256MB\n"
                + "timeout: 10s\n");
        assertThat(figure(a, "instancesMax")).isEqualTo(3);
        assertThat(figure(a, "environmentsMin")).isEqualTo(3);
        assertThat(figure(a, "instanceHours")).isEqualTo(2190);
    }

    @Test
    void aCpuBoundRequestNeverGetsMoreThanItsEnvironmentsVcpu() {
        // 10/s of 1 s, all of it CPU: 10 vCPU busy, 20 at 50%: 20 environments of 1 vCPU, though the Python
        // default (16 requests per vCPU) would let 16 requests share one.
        Assessment a = computeOnly("name: cpu\ntraffic: {rate: 10/s}\nduration: 1s\ncpu_time: 1s\nmemory: 1GB\n"
                + "timeout: 10s\n");
        assertThat(figure(a, "environmentVcpu")).isEqualTo(1);
        assertThat(figure(a, "environmentsMax")).isEqualTo(20);
        assertThat(figure(a, "requestsPerEnvironmentMax")).isEqualTo(16);
        // Two threads of CPU on 1 vCPU would take 2 s, 100% slower than measured: a 2-vCPU environment is chosen.
        Assessment threads = computeOnly("name: cpu\ntraffic: {rate: 1/s}\nduration: 1s\ncpu_time: 2s\nthreads: 2\n"
                + "memory: 1GB\ntimeout: 10s\n");
        assertThat(figure(threads, "environmentVcpu")).isEqualTo(2);
        assertThat(figure(threads, "requestSeconds")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1} vCPU / {2} GB")
    @CsvSource({"256MB, 1, 2", "3GB, 1, 4", "12GB, 2, 16"})
    void environmentMemoryIsItsVcpusTimesTwoFourOrEightGib(String memory, int vcpu, double environmentGb) {
        // Memory is vCPUs x 2, 4 or 8 GiB (the published ratios), at least LMI's 2 GB: 256 MB is raised to 2 GB;
        // 3 GB on 1 vCPU takes the 4 GiB ratio; 12 GB is more than 1 vCPU x 8 holds, and 2 vCPU x 8 = 16 GB is the
        // least that holds it (2 x 4 = 8 does not).
        Assessment a = computeOnly("name: m\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: " + memory
                + "\ntimeout: 10s\n");
        assertThat(figure(a, "environmentVcpu")).isEqualTo(vcpu);
        assertThat(figure(a, "environmentMemoryGb")).isEqualTo(environmentGb);
    }

    @Test
    void memoryBeyondTheLargestEnvironmentDoesNotFit() {
        // 40 GB is beyond the 32 GB largest environment.
        Assessment huge = assess("name: m\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 40GB\ntimeout: 10s\n");
        assertThat(huge.feasible()).isFalse();
        assertThat(limit(huge, "execution environment memory").ok()).isFalse();
    }

    @Test
    void concurrencyIsTheRuntimeDefaultPerVcpuUnlessStatedAndNeverAbove64PerVcpu() {
        String base = "name: c\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 10s\nfront_door: none\n"
                + "network: {clients: vpc}\n";
        // Node.js: 64 requests per vCPU by default (the Node.js runtime page).
        assertThat(figure(assess(base + "runtime: node\n"), "requestsPerEnvironmentMax")).isEqualTo(64);
        // "up to a maximum of 64 per vCPU" (the scaling page): a 1-vCPU environment takes 64 of the 5,000 stated.
        Assessment capped = assess(base + "concurrency_per_instance: 5000\n");
        assertThat(figure(capped, "environmentVcpu")).isEqualTo(1);
        assertThat(figure(capped, "requestsPerEnvironmentMax")).isEqualTo(64);
        assertThat(capped.notes()).anyMatch(n -> n.startsWith("an execution environment of 1 vCPU takes at most 64 "
                + "requests at once, not concurrency_per_instance's 5000 (AWS allows 64 per vCPU)"));
        assertThat(capped.assumptions()).anyMatch(n -> n.startsWith("an environment takes at most 64 requests at once "
                + "(concurrency_per_instance's 5000, cut to the most AWS allows: 64 per vCPU)"));
        // The largest environment, 16 vCPU, takes 16 x 64 = 1,024: under the API's 1,600, which never binds.
        Assessment largest = assess(base + "concurrency_per_instance: 5000\nvcpu: 16\n");
        assertThat(figure(largest, "environmentVcpu")).isEqualTo(16);
        assertThat(figure(largest, "requestsPerEnvironmentMax")).isEqualTo(1024);
    }

    /**
     * The reviewer's LLM wait: 20/s of 30 s (20 ms of CPU), Node.js, 2 GB, concurrency_per_instance 200. By hand:
     * 600 requests in flight on average, Poisson(600)'s 99th percentile 657 (600 + 2.326 x 24.5); at 64 a vCPU,
     * 657 / 64 = 10.3 -> 11 environments of 1 vCPU (the CPU, 20 x 0.02 / 50% = 0.8 vCPU, needs 1). A c6a.large
     * holds 2: 6 instances all month, 4,380 instance-hours x $0.0765 x 1.15 = $385.33, and 52,560,000 requests x
     * $0.20 per million = $10.51: $395.84. At 200 per environment it was 4 environments on the 3-instance floor,
     * $203.18: half the instances LMI lets the requests have. A 4-vCPU environment would take all 200.
     */
    @Test
    void aStatedConcurrencyAboveSixtyFourPerVcpuTakesMoreEnvironments() {
        Assessment a = computeOnly("name: wait\ntraffic: {rate: 20/s, pattern: flat}\nduration: 30s\n"
                + "cpu_time: 20ms\nmemory: 2GB\ntimeout: 120s\nconcurrency_per_instance: 200\nruntime: node\n"
                + "architecture: x86_64\n");
        assertThat(figure(a, "environmentVcpu")).isEqualTo(1);
        assertThat(figure(a, "requestsPerEnvironmentMax")).isEqualTo(64);
        assertThat(figure(a, "environmentsMax")).isEqualTo(11);
        double hours = 6 * 730;
        assertThat(figure(a, "instanceHours") * CATALOG.instanceTypes().get(a.variant()).vcpu() / 2)
                .isCloseTo(hours, within(1e-6));
        double month = hours * 0.0765 * 1.15 + 20 * 3600 * 730 * 0.0000002;
        assertThat(cents(month)).isEqualTo(395.84);
        assertThat(a.platformCost()).isCloseTo(month, within(1e-6));
        assertThat(a.notes()).anyMatch(n -> n.contains("AWS allows 64 per vCPU") && n.contains("up to 11 environments")
                && n.contains("environments of 4 vCPU would take all 200"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "python", "node", "dotnet", "rust"})
    void supportedRuntimesFitAndTheVersionIsAnAssumption(String runtime) {
        Assessment a = assess("name: r\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 10s\nruntime: "
                + runtime + "\n");
        assertThat(limit(a, "runtime").ok()).isTrue();
        assertThat(a.assumptions()).anyMatch(s -> s.startsWith("runtime: " + runtime) && s.contains("later"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"go", "ruby", "container"})
    void otherRuntimesDoNotFit(String runtime) {
        Assessment a = assess("name: r\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 10s\nruntime: "
                + runtime + "\n");
        assertThat(a.feasible()).isFalse();
        assertThat(limit(a, "runtime").allowed()).contains("Java 21 and later", "Python 3.13 and later",
                "Node.js 22 and later", ".NET 8 and later");
    }

    @Test
    void trafficThatMoreThanDoublesInMinutesNeedsActionButStillFits() {
        String base = "name: b\ntraffic: {rate: 5/s, burst: %s}\nduration: 1s\nmemory: 1GB\ntimeout: 10s\n";
        Assessment doubling = assess(String.format(base, "2x"));
        assertThat(limit(doubling, "scaling speed").ok()).isTrue();
        Assessment tripling = assess(String.format(base, "3x"));
        LimitCheck scaling = limit(tripling, "scaling speed");
        assertThat(scaling.ok()).isFalse();
        assertThat(scaling.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(tripling.usable()).isTrue();
    }

    /**
     * An hour's rate starts on the hour, so a pattern's step is growth within minutes. The reviewer's nightly queue
     * shape: 100k a day, all of it in hours 1 and 2 (weights 12, 12, the rest 0). By hand: 100,000 / 86,400 x 12 =
     * 13.89/s; 13.89 x 2 s of CPU = 27.8 vCPU, / 50% = 55.6 -> 56 environments of 1 vCPU (the requests in flight,
     * 13.89 x 20 s = 278, p99 under 320, need 20 of 16 each). Hour 0 keeps LMI's 3. The step into 01:00 is 3 -> 56,
     * 18.67x, beyond the doubling the scaling page allows, where traffic.burst (1x) alone said nothing.
     */
    @Test
    void aPatternThatStepsUpMoreThanTwiceFromOneHourToTheNextNeedsAction() {
        Assessment nightly = assess("name: n\ntraffic: {rate: 100k/day, pattern: {hourly: [0, 12, 12, 0, 0, 0, 0, 0, "
                + "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}}\nduration: 20s\ncpu_time: 2s\nmemory: 1GB\n"
                + "timeout: 120s\nruntime: python\n");
        assertThat(figure(nightly, "environmentsMin")).isEqualTo(3);
        assertThat(figure(nightly, "environmentsMax")).isEqualTo(56);
        LimitCheck scaling = limit(nightly, "scaling speed");
        assertThat(scaling.ok()).isFalse();
        assertThat(scaling.severity()).isEqualTo(LimitCheck.Severity.QUOTA);
        assertThat(scaling.required()).startsWith("18.67x within minutes, the larger of the pattern's largest "
                + "hour-to-hour step (into 01:00: 3 environments to 56, 18.67x at once")
                .endsWith("and traffic.burst (1x)");
        assertThat(nightly.usable()).isTrue();
    }

    /**
     * Half the day at rate a, half at 2a or 3a (weights with mean 1): 10/s of 1 s of CPU makes a = 6.67/s and
     * 13.33/s (doubling), or 5/s and 15/s (tripling). At 50%: 13.33 / 0.5 = 26.7 -> 27 environments after 6.67 /
     * 0.5 = 13.3 -> 14, 1.93x, within the doubling allowed; 15 / 0.5 = 30 after 5 / 0.5 = 10, 3x, beyond it, at
     * 12:00. The step back down at midnight is no growth.
     */
    @Test
    void aPatternStepWithinDoublingIsFineAndATriplingIsNot() {
        String base = "name: s\ntraffic: {rate: 10/s, pattern: {hourly: [%s]}}\nduration: 1s\ncpu_time: 1s\n"
                + "memory: 1GB\ntimeout: 10s\n";
        String doubling = String.join(", ", java.util.Collections.nCopies(12, "1")) + ", "
                + String.join(", ", java.util.Collections.nCopies(12, "2"));
        LimitCheck within = limit(assess(String.format(base, doubling)), "scaling speed");
        assertThat(within.ok()).isTrue();
        assertThat(within.required()).contains("14 environments to 27, 1.93x at once");
        String tripling = String.join(", ", java.util.Collections.nCopies(12, "1")) + ", "
                + String.join(", ", java.util.Collections.nCopies(12, "3"));
        LimitCheck beyond = limit(assess(String.format(base, tripling)), "scaling speed");
        assertThat(beyond.ok()).isFalse();
        assertThat(beyond.required()).startsWith("3x within minutes").contains("into 12:00: 10 environments to 30");
    }

    /**
     * The diurnal preset's hours sample a cosine, so its rate ramps across the hour and only the rise within LMI's
     * 5-minute window counts as growth. 10/s of 1 s of CPU at the 50% target on 1-vCPU environments: 06:00 has
     * 10 × (1 + 0.6·cos(−8π/12)) = 7/s, 14 environments; 07:00 10 × (1 − 0.6 × 0.25882) = 8.447/s, ceil(16.89) = 17:
     * 17 / 14 = 1.21x, the largest (05:00 → 06:00 is 12 → 14, 04:00 → 05:00 10 → 12, 08:00 → 09:00 20 → 24, all
     * 1.2x or less). Within 5 minutes: 1 + (1.214 − 1) × 5 / 60 = 1.018x. The same weights written out as hourly
     * weights are read as steps: 1.21x at once.
     */
    @Test
    void aDiurnalRiseCountsOnlyItsShareWithinTheWindow() {
        String base = "name: d\ntraffic: {rate: 10/s, pattern: %s, burst: 1x}\nduration: 1s\ncpu_time: 1s\n"
                + "memory: 1GB\ntimeout: 10s\n";
        LimitCheck ramp = limit(assess(String.format(base, "diurnal")), "scaling speed");
        assertThat(ramp.ok()).isTrue();
        assertThat(ramp.required()).startsWith("1.02x within minutes, the larger of the pattern's largest "
                + "hour-to-hour rise (into 07:00: 14 environments to 17 over the hour")
                .contains("its rate ramps across the hour: 1.02x within 5 min)").endsWith("traffic.burst (1x)");
        String written = java.util.Arrays.stream(dev.costfit.profile.PatternPreset.DIURNAL.weights())
                .mapToObj(Double::toString).collect(java.util.stream.Collectors.joining(", "));
        LimitCheck step = limit(assess(String.format(base, "{hourly: [" + written + "]}")), "scaling speed");
        assertThat(step.required()).startsWith("1.21x within minutes").contains("into 07:00: 14 environments to 17, "
                + "1.21x at once");
    }

    /**
     * A week names its step by day: business hours (Monday-Friday 08-18, 50 hours, a tenth of that the other 118)
     * have weights 168 / (50 + 11.8) = 2.718 and 0.2718; at 5/s of 1 s of CPU, 13.59/s / 50% = 27.2 -> 28
     * environments, after 1.36/s / 50% = 2.7 -> LMI's 3: 9.33x, first on Monday at 08:00.
     */
    @Test
    void aWeekPatternNamesTheDayAndHourOfItsStep() {
        LimitCheck scaling = limit(assess("name: w\ntraffic: {rate: 5/s, pattern: business-hours}\nduration: 1s\n"
                + "cpu_time: 1s\nmemory: 1GB\ntimeout: 10s\n"), "scaling speed");
        assertThat(scaling.ok()).isFalse();
        assertThat(scaling.required()).contains("into Monday 08:00: 3 environments to 28, 9.33x at once");
    }

    /**
     * The pricing page: Savings Plans and Reserved Instances cover the instances, and "the 15% management fee is not
     * discounted" (the best-practices page). Under a 3-year all-upfront plan the catalog takes EC2's published "up
     * to 66%" off the committed level (all of the instances, flat traffic): c6a.large at $0.0765 x 0.34 = $0.02601
     * an hour; the fee stays $0.0765 x 0.15 = $0.011475. The texts say so, and the instance line names the type,
     * not a price it no longer has.
     */
    @Test
    void underASavingsPlanTheInstancesAreCommittedAndTheFeeStaysOnDemand() throws Exception {
        Profile flat = TestProfiles.parse("name: sp\ntraffic: {rate: 5/s, pattern: flat}\nduration: 1s\n"
                + "cpu_time: 50ms\nmemory: 1GB\ntimeout: 10s\narchitecture: x86_64\nfront_door: none\n"
                + "network: {clients: vpc}\n");
        Assessment od = Platforms.assess(LMI, flat, LIST);
        assertThat(byKey(od.lines()).get("lmi.instances").component()).isEqualTo("EC2 instances (c6a.large)");
        assertThat(od.assumptions()).anyMatch(n -> n.startsWith("instances at the EC2 on-demand price; the management "
                + "fee is 15% of the on-demand price"));
        Assessment sp = Platforms.assess(LMI, flat,
                LIST.pricedAs(dev.costfit.profile.PricingOption.parse("savings-plan-3y-all-upfront")));
        CostLine committed = byKey(sp.lines()).get("lmi.instances:committed");
        assertThat(committed.component()).startsWith("EC2 instances (c6a.large), committed level (Compute Savings Plan")
                .doesNotContain("on-demand");
        assertThat(committed.unitPrice()).isCloseTo(0.02601, within(1e-12));
        assertThat(byKey(sp.lines()).get("lmi.management-fee").unitPrice()).isCloseTo(0.011475, within(1e-12));
        assertThat(sp.assumptions()).anyMatch(n -> n.startsWith("instances under 3-year commitment, all upfront: its "
                + "committed level (the hourly instances that make the month least)")
                && n.contains("the management fee is 15% of the on-demand price, which no Savings "
                + "Plan or Reserved Instance discounts"));
        assertThat(sp.assumptions()).noneMatch(n -> n.contains("costfit prices neither"));
    }

    @Test
    void requestsDoNotStartColdAndGpusDoNotFit() {
        Assessment a = assess("name: w\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 10s\n"
                + "runtime: java\nlatency: {cold_start_budget: 100ms, cold_start_share: 0.1%}\n");
        assertThat(a.coldStarts().share()).isZero();
        assertThat(a.coldStarts().sloMet()).isTrue();
        Assessment gpu = assess("name: g\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 8GB\ntimeout: 10s\n"
                + "gpu: {count: 1, type: T4}\n");
        assertThat(limit(gpu, "GPU").ok()).isFalse();
    }

    @Test
    void aJobKeepsThreeInstancesAndAddsThoseARunNeedsForTheRun() {
        // 30 runs a month of 100 tasks of 10 minutes, each burning a vCPU: 100 environments of 1 vCPU. On the
        // cheapest type per environment, c6a.large ($0.0765/h, 2 each), a run needs 50 instances: 3 kept all month
        // (2,190 h) and 47 more for each run's 10 minutes: 47 x 30 x 600 / 3,600 = 235 h. 2,425 h in all.
        Assessment a = assess("kind: job\nname: j\nschedule: {runs: 30/month, tasks: 100, duration: 10min}\n"
                + "memory: 1GB\n");
        assertThat(a.variant()).isEqualTo("c6a.large");
        assertThat(figure(a, "instanceHours")).isCloseTo(2190 + 47 * 30 * 600 / 3600.0, within(1e-9));
        assertThat(limit(a, "scaling speed").ok()).isFalse();     // 50 instances against the 3 kept
    }

    /**
     * A job's memory is each task's, and an environment's memory is shared by the tasks it runs at once: 20 tasks of
     * 4 GB need 80 GB a run, not the 12 GB of 3 environments sized for one task ($192.68 before). By hand: 1 vCPU /
     * 8 GB environments hold 2 tasks each (8 ÷ 4), 10 a run, 2 to an r5a.large (2 vCPU, 16 GiB, $0.113/h): 5 instances
     * a run, 80 GiB. 3 kept all month, 3 × 730 × 0.113 = $247.47; 2 more for each of the 4 × 730 = 2,920 runs' 10
     * minutes, 2 × 2,920 × 600 / 3,600 × 0.113 = $109.986667; the 15% management fee on both, × 1.15: $411.075167;
     * and 2,920 × 20 = 58,400 requests at $0.20 a million, $0.01168. $411.086847 in all, above Fargate's $382.40.
     */
    @Test
    void aJobsTasksEachHoldTheirMemoryInAnEnvironment() {
        Assessment a = assess("kind: job\nname: j\nschedule: {runs: 4/h, tasks: 20, duration: 10min}\n"
                + "cpu_time: 20s\nmemory: 4GB\nruntime: python\n");
        assertThat(a.variant()).isEqualTo("r5a.large");
        assertThat(a.platformCost()).isCloseTo((3 * 730 * 0.113 + 2 * 2920 * 600 / 3600.0 * 0.113) * 1.15
                + 58_400 * 0.0000002, within(1e-6));
        assertThat(figure(a, "environmentsMax") * figure(a, "environmentMemoryGb")).isGreaterThanOrEqualTo(80);
    }

    /**
     * A stated vcpu is each task's too: 20 tasks of 1 vCPU need 20 vCPU (5 before), 20 environments of 1 vCPU / 2 GB,
     * 2 to a c6a.large ($0.0765/h): 10 a run. 3 × 730 × 0.0765 = $167.535 kept, 7 × 730 runs × 120 / 3,600 × 0.0765
     * = $13.0305 for the rest, × 1.15 = $207.64965; 730 × 20 = 14,600 requests, $0.00292.
     */
    @Test
    void aJobsTasksEachHoldTheirVcpu() {
        Assessment a = assess("kind: job\nname: j\nschedule: {runs: 1/h, tasks: 20, duration: 2min}\n"
                + "cpu_time: 30s\nmemory: 1GB\nvcpu: 1\nruntime: python\n");
        assertThat(a.variant()).isEqualTo("c6a.large");
        assertThat(figure(a, "environmentsMax") * figure(a, "environmentVcpu")).isGreaterThanOrEqualTo(20);
        assertThat(a.platformCost()).isCloseTo((3 * 730 * 0.0765 + 7 * 730 * 120 / 3600.0 * 0.0765) * 1.15
                + 14_600 * 0.0000002, within(1e-6));
    }

    /**
     * Runs that overlap share the instances, and each needs its own: 60 runs an hour of 12 minutes keep 12 in progress
     * all the time, 4,800 tasks of 512 MB. Their CPU alone, 4,800 × 30 / 720 = 200 vCPU, would take 25 c6a.2xlarge
     * all month, 25 × 730 × 0.306 × 1.15 = $6,422.18 (the floor the review gave; $774.16 before, the 3 kept instances
     * counted once for 12 runs). Their memory, 2,400 GB, takes more: 1 vCPU / 8 GB environments hold 16 tasks each
     * (8 ÷ 0.5; Node takes 64 a vCPU), 300 of them (300 vCPU), 2 to an r5a.large: 150 × 730 × 0.113 × 1.15 =
     * $14,229.525, and 60 × 730 × 400 = 17,520,000 requests, $3.504.
     */
    @Test
    void overlappingRunsEachNeedTheirOwnEnvironments() {
        Assessment a = assess(overlapping("60/h"));
        assertThat(a.variant()).isEqualTo("r5a.large");
        assertThat(a.platformCost()).isCloseTo(150 * 730 * 0.113 * 1.15 + 17_520_000 * 0.0000002, within(1e-6));
        assertThat(a.platformCost()).isGreaterThan(25 * 730 * 0.306 * 1.15);
    }

    /**
     * 12 runs an hour of 12 minutes: 2.4 in progress on average, 2 for 60% of the month and 3 for 40%. 2 runs' 800
     * tasks take 50 environments (800 ÷ 16), 25 r5a.large; 3 runs' 1,200 take 75, 38. 730 × (0.6 × 25 + 0.4 × 38) =
     * 22,046 instance-hours × 0.113 × 1.15 = $2,864.8777, and 12 × 730 × 400 = 3,504,000 requests, $0.7008. The
     * month never falls as the runs rise.
     */
    @Test
    void aJobsMonthFollowsItsRunsInProgress() {
        Assessment a = assess(overlapping("12/h"));
        assertThat(figure(a, "instanceHours")).isCloseTo(730 * (0.6 * 25 + 0.4 * 38), within(1e-6));
        assertThat(a.platformCost()).isCloseTo(22_046 * 0.113 * 1.15 + 3_504_000 * 0.0000002, within(1e-6));
        double previous = 0;
        for (String runs : List.of("1/day", "1/h", "4/h", "5/h", "6/h", "10/h", "12/h", "13/h", "24/h", "60/h")) {
            double cost = assess(overlapping(runs)).platformCost();
            assertThat(cost).as(runs).isGreaterThanOrEqualTo(previous);
            previous = cost;
        }
    }

    private static String overlapping(String runs) {
        return "kind: job\nname: j\nschedule: {runs: " + runs + ", tasks: 400, duration: 12min}\ncpu_time: 30s\n"
                + "memory: 512MB\nruntime: node\n";
    }
}
