package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Figure;
import dev.costfit.pricing.PricingContext;
import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.profile.PricingOption;
import dev.costfit.profile.Profile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Physical invariants over seeded random profiles, on every platform: a month never gets cheaper when the rate,
 * the duration (with the same CPU share) or the memory grows; figures of the mean never exceed those of the peak;
 * the CPU bought covers the CPU used; a month costs at least the CPU its requests burn at the platform's cheapest
 * vCPU-second. Each property counts the comparisons it made per platform and fails if a platform was compared too
 * rarely (a property that skips every case proves nothing). The front door is fixed (an ALB) because `auto`
 * rightly switches front doors as durations grow.
 */
class MonotonicityTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final int CASES = 60;
    /** Each platform must have been compared in at least this share of the cases. */
    private static final double LEAST_SHARE = 0.3;
    /** The setting choice may take a faster setting up to 0.1% dearer: a month may look that much cheaper. */
    private static final double TIE = 1.001;

    /**
     * @param tail        the p99 as a multiple of the mean (1: no tail stated)
     * @param timeoutRoom the timeout as a multiple of the p99; 0 for three times the mean
     */
    private record Shape(double rate, double seconds, double cpuShare, int memoryMb, int concurrency,
                         String pattern, double burst, boolean ha, double tail, double timeoutRoom) {
        Profile profile() {
            // A timeout of three times the duration (at least 10 s, at most 1st gen's 540 s) lets every platform in.
            double timeout = timeoutRoom > 0 ? seconds * tail * timeoutRoom
                    : Math.min(540, Math.max(10, Math.ceil(seconds * 3)));
            String duration = tail > 1 ? String.format(Locale.ROOT, "{mean: %.6fs, p99: %.6fs}", seconds,
                    seconds * tail) : String.format(Locale.ROOT, "%.6fs", seconds);
            return TestProfiles.parse(String.format(Locale.ROOT, "name: r\ntraffic: {rate: %.6f/s, pattern: %s, "
                            + "burst: %.3fx}\nduration: %s\ncpu_time: %.6fs\nmemory: %dMB\ntimeout: %.3fs\n"
                            + "%sha: %s\nfront_door: alb\narchitecture: any\nlatency: {max_slowdown: 100%%}\n",
                    rate, pattern, burst, duration, seconds * cpuShare, memoryMb, timeout,
                    concurrency > 0 ? "concurrency_per_instance: " + concurrency + "\n" : "", ha));
        }

        Shape withRate(double newRate) {
            return new Shape(newRate, seconds, cpuShare, memoryMb, concurrency, pattern, burst, ha, tail, timeoutRoom);
        }

        Shape withSeconds(double newSeconds) {
            return new Shape(rate, newSeconds, cpuShare, memoryMb, concurrency, pattern, burst, ha, tail,
                    timeoutRoom);
        }

        Shape withMemory(int newMemoryMb) {
            return new Shape(rate, seconds, cpuShare, newMemoryMb, concurrency, pattern, burst, ha, tail,
                    timeoutRoom);
        }
    }

    private static Shape random(Random r) {
        String[] patterns = {"flat", "business-hours", "diurnal", "spiky"};
        return new Shape(Math.pow(10, -3 + r.nextDouble() * 5), 0.05 + r.nextDouble() * 60,
                0.01 + r.nextDouble() * 0.5, 128 + r.nextInt(4000), r.nextBoolean() ? 1 + r.nextInt(60) : 0,
                patterns[r.nextInt(4)], 1 + r.nextDouble() * 2, r.nextBoolean(), 1, 0);
    }

    /**
     * A shape whose timeout binds before latency.max_slowdown (100%): a p99 of 1.5 to 6 times the mean and a
     * timeout 2% to 40% above it, so that a slower setting is held back by its longest request, not its mean.
     */
    private static Shape timeoutBound(Random r) {
        Shape s = random(r);
        return new Shape(s.rate(), 0.05 + r.nextDouble() * 15, 0.05 + r.nextDouble() * 0.6, s.memoryMb(),
                s.concurrency(), s.pattern(), s.burst(), s.ha(), 1.5 + r.nextDouble() * 4.5,
                1.02 + r.nextDouble() * 0.38);
    }

    /** Comparisons made, per platform. */
    private final Map<String, Integer> compared = new HashMap<>();

    /** {@code larger} asks at least as much as {@code smaller} (or allows no more): its month is never cheaper. */
    private void assertNotCheaper(Shape smaller, Shape larger, String what) {
        for (Platform platform : Platforms.all()) {
            Assessment a = platform.assess(smaller.profile(), LIST);
            Assessment b = platform.assess(larger.profile(), LIST);
            if (a.usable() && b.usable()) {
                assertThat(b.monthlyCost() * TIE).as("%s on %s: %s -> %s", what, platform.id(), smaller, larger)
                        .isGreaterThanOrEqualTo(a.monthlyCost() - 1e-9);
                compared.merge(platform.id(), 1, Integer::sum);
            }
        }
    }

    private void assertEveryPlatformCompared(String what) {
        for (Platform platform : Platforms.all()) {
            assertThat(compared.getOrDefault(platform.id(), 0)).as("%s: cases compared on %s", what, platform.id())
                    .isGreaterThanOrEqualTo((int) (CASES * LEAST_SHARE));
        }
    }

    @Test
    void moreRequestsNeverCostLess() {
        Random r = new Random(20261129);
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Shape more = s.withRate(s.rate() * (1.01 + r.nextDouble() * 3));
            assertNotCheaper(s, more, "rate");
        }
        assertEveryPlatformCompared("rate");
    }

    @Test
    void longerRequestsNeverCostLess() {
        Random r = new Random(7);
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Shape longer = s.withSeconds(s.seconds() * (1.01 + r.nextDouble() * 3));
            assertNotCheaper(s, longer, "duration");
        }
        assertEveryPlatformCompared("duration");
    }

    @Test
    void moreMemoryNeverCostsLess() {
        Random r = new Random(99);
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Shape bigger = s.withMemory(s.memoryMb() + 1 + r.nextInt(4000));
            assertNotCheaper(s, bigger, "memory");
        }
        assertEveryPlatformCompared("memory");
    }

    /**
     * The same where the timeout, not the slowdown, sets how little CPU a setting may have: a function sized in fine
     * steps (Lambda's megabytes, Cloud Run's thousandths of a vCPU) is priced at the least that keeps its longest
     * request within the timeout, so a smaller memory need never ends on a dearer setting than a larger one. (It
     * did: a 240 MB need priced Lambda at 512 MB, $240 a month, a 330 MB need at 330 MB, $170.)
     */
    @Test
    void moreMemoryNeverCostsLessWhereTheTimeoutBinds() {
        Random r = new Random(240);
        for (int i = 0; i < CASES; i++) {
            Shape s = timeoutBound(r);
            assertNotCheaper(s, s.withMemory(s.memoryMb() + 1 + r.nextInt(2000)), "memory, timeout bound");
        }
        for (String id : List.of("lambda", "cloud-functions-gen2")) {
            assertThat(compared.getOrDefault(id, 0)).as("cases compared on %s", id)
                    .isGreaterThanOrEqualTo((int) (CASES * LEAST_SHARE));
        }
    }

    /**
     * concurrency_per_instance is the most requests one instance holds: a platform may run fewer at once (Cloud Run
     * below one vCPU runs one), so allowing more never costs more. (It did: Cloud Functions 2nd gen priced
     * fractional vCPU only where the profile said 1, and a chat API at 0.2/s cost $54 at 2 against $35 at 1.)
     */
    @Test
    void moreRequestsAtOnceNeverCostMore() {
        Random r = new Random(2);
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Shape one = new Shape(s.rate(), s.seconds(), s.cpuShare(), s.memoryMb(), 1, s.pattern(), s.burst(),
                    s.ha(), s.tail(), s.timeoutRoom());
            Shape more = new Shape(s.rate(), s.seconds(), s.cpuShare(), s.memoryMb(), 2 + r.nextInt(60),
                    s.pattern(), s.burst(), s.ha(), s.tail(), s.timeoutRoom());
            assertNotCheaper(more, one, "concurrency");
        }
        assertEveryPlatformCompared("concurrency");
    }

    /**
     * A longer timeout only loosens a limit: a setting that fitted still fits. (Cloud Run's fractional vCPU was
     * priced at the least within the limits and the sizes' own, so a shorter timeout could land on a cheaper
     * 100 ms step: $329.64 a month at 8.7 s, $335.75 at 10.5 s, for 888 ms of CPU in 1.6 s.)
     */
    @Test
    void aLongerTimeoutNeverCostsMore() {
        Random r = new Random(78);
        for (int i = 0; i < CASES; i++) {
            Shape s = timeoutBound(r);
            Shape longer = new Shape(s.rate(), s.seconds(), s.cpuShare(), s.memoryMb(), s.concurrency(), s.pattern(),
                    s.burst(), s.ha(), s.tail(), s.timeoutRoom() * (1.05 + r.nextDouble()));
            assertNotCheaper(longer, s, "timeout");
        }
        assertEveryPlatformCompared("timeout");
    }

    /** A larger burst and high availability only ask for more: never a cheaper month. */
    @Test
    void moreBurstOrHighAvailabilityNeverCostLess() {
        Random r = new Random(77);
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            assertNotCheaper(s, new Shape(s.rate(), s.seconds(), s.cpuShare(), s.memoryMb(), s.concurrency(),
                    s.pattern(), s.burst() * (1.2 + r.nextDouble()), s.ha(), s.tail(), s.timeoutRoom()), "burst");
            assertNotCheaper(new Shape(s.rate(), s.seconds(), s.cpuShare(), s.memoryMb(), s.concurrency(),
                    s.pattern(), s.burst(), false, s.tail(), s.timeoutRoom()), new Shape(s.rate(), s.seconds(),
                    s.cpuShare(), s.memoryMb(), s.concurrency(), s.pattern(), s.burst(), true, s.tail(),
                    s.timeoutRoom()), "ha");
        }
        assertEveryPlatformCompared("burst and ha");
    }

    @Test
    void meanNeverExceedsPeakAndCpuBoughtCoversCpuUsed() {
        Random r = new Random(31);
        int checked = 0;
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            for (Platform platform : Platforms.all()) {
                Assessment a = platform.assess(s.profile(), LIST);
                if (!a.usable()) {
                    continue;
                }
                checked += atMost(a, "meanConcurrency", "peakConcurrency")
                        + atMost(a, "busyInstancesMean", "instancesPeak")
                        + atMost(a, "tasksMean", "tasksMax") + atMost(a, "tasksMin", "tasksMean")
                        + atMost(a, "podsMean", "podsMax") + atMost(a, "nodesMean", "nodesMax")
                        + atMost(a, "environmentsMin", "environmentsMean")
                        + atMost(a, "environmentsMean", "environmentsMax")
                        + atMost(a, "instancesMean", "instancesMax")
                        + atMost(a, "vcpuUsedMean", "vcpuBoughtMean");
                OptionalDouble utilization = figure(a, "cpuUtilizationFull");
                if (utilization.isPresent()) {
                    assertThat(utilization.getAsDouble()).as("%s %s", platform.id(), s).isLessThanOrEqualTo(1 + 1e-9);
                    if (figure(a, "concurrencyPerInstance").orElse(1) > 1) {
                        assertThat(utilization.getAsDouble()).as("%s %s", platform.id(), s)
                                .isLessThanOrEqualTo(0.6 + 1e-9);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(CASES * 4);
    }

    /**
     * A job's figures are the month's, as a service's are: the quietest count, the mean and the busiest in order,
     * where runs longer than the time between them overlap (a run every 10 minutes to twice a month, of a minute to
     * three hours), fit or not (a report shows an unfit platform's capacity too).
     */
    @Test
    void aJobsQuietestMeanAndBusiestAreInOrder() {
        Random r = new Random(37);
        int checked = 0;
        for (int i = 0; i < CASES; i++) {
            double runsPerDay = Math.pow(10, -1.2 + r.nextDouble() * 3.4);
            Profile job = TestProfiles.parse(String.format(Locale.ROOT, "kind: job\nname: j\nschedule: {runs: "
                    + "%.4f/day, tasks: %d, duration: %.1fs}\nmemory: %dMB\nvcpu: %d\n", runsPerDay,
                    1 + r.nextInt(12), 60 + r.nextDouble() * 10740, 512 + r.nextInt(8000), 1 + r.nextInt(4)));
            for (Platform platform : Platforms.all()) {
                Assessment a = platform.assess(job, LIST);
                checked += atMost(a, "meanConcurrency", "peakConcurrency")
                        + atMost(a, "busyInstancesMean", "instancesPeak")
                        + atMost(a, "tasksMin", "tasksMean") + atMost(a, "tasksMean", "tasksMax")
                        + atMost(a, "podsMin", "podsMean") + atMost(a, "podsMean", "podsMax")
                        + atMost(a, "nodesMin", "nodesMean") + atMost(a, "nodesMean", "nodesMax")
                        + atMost(a, "environmentsMin", "environmentsMean")
                        + atMost(a, "environmentsMean", "environmentsMax")
                        + atMost(a, "instancesMin", "instancesMean") + atMost(a, "instancesMean", "instancesMax");
            }
        }
        // Lambda, 2nd gen, Fargate and EKS show their figures for nearly every job: some 8 pairs a job.
        assertThat(checked).isGreaterThan(CASES * 6);
    }

    @Test
    void aMonthCostsAtLeastTheCpuItsRequestsBurn() {
        // The cheapest vCPU-second each platform sells (list prices, us-east-1 and its nearest Google region):
        // Lambda arm64's last tier for the 1,769 MB that make a vCPU; Fargate arm64; 2nd gen instance-based;
        // 1st gen's 2.4 GHz at $0.00001 per GHz-second; EKS's cheapest node per vCPU (c7g.large $0.0725 / 2);
        // Lambda Managed Instances the same instance with its 15% management fee.
        Map<String, Double> cheapest = Map.of(
                "lambda", 0.0000106667 * 1769 / 1024,
                "fargate", 0.03238 / 3600,
                "cloud-functions-gen2", 0.000018,
                "cloud-functions-gen1", 0.00001 * 2.4,
                "eks", 0.0725 / 2 / 3600,
                "lambda-managed-instances", 0.0725 * 1.15 / 2 / 3600);
        Random r = new Random(5);
        Map<String, Integer> counted = new HashMap<>();
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Profile p = s.profile();
            double cpuSeconds = p.workPerMonth() * p.cpuTime().seconds();
            for (Platform platform : Platforms.all()) {
                Assessment a = platform.assess(p, LIST);
                if (a.usable()) {
                    assertThat(a.platformCost()).as("%s %s", platform.id(), s)
                            .isGreaterThanOrEqualTo(cpuSeconds * cheapest.get(platform.id()) * (1 - 1e-9));
                    counted.merge(platform.id(), 1, Integer::sum);
                }
            }
        }
        for (Platform platform : Platforms.all()) {
            assertThat(counted.getOrDefault(platform.id(), 0)).as(platform.id())
                    .isGreaterThanOrEqualTo((int) (CASES * LEAST_SHARE));
        }
    }

    @Test
    void containersNeverRunFewerThanTheirMinimum() {
        Random r = new Random(3);
        int checked = 0;
        for (int i = 0; i < CASES; i++) {
            Shape s = random(r);
            Assessment fargate = new FargatePlatform().assess(s.profile(), LIST);
            if (fargate.usable()) {
                assertThat(figure(fargate, "tasksMin").orElseThrow()).isGreaterThanOrEqualTo(s.ha() ? 2 : 1);
                checked++;
            }
            Assessment eks = new EksPlatform().assess(s.profile(), LIST);
            if (eks.usable()) {
                assertThat(figure(eks, "nodesMin").orElseThrow()).isGreaterThanOrEqualTo(s.ha() ? 2 : 1);
                checked++;
            }
            // Lambda Managed Instances: 3 instances and 3 execution environments at least (its scaling page).
            Assessment lmi = new LambdaManagedInstancesPlatform().assess(s.profile(), LIST);
            if (lmi.usable()) {
                assertThat(figure(lmi, "instancesMin").orElseThrow()).isGreaterThanOrEqualTo(3);
                assertThat(figure(lmi, "environmentsMin").orElseThrow()).isGreaterThanOrEqualTo(3);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(CASES * 3 / 2);
    }

    /** Asserts figure {@code low} ≤ figure {@code high} when the assessment has both; 1 if compared. */
    private static int atMost(Assessment a, String low, String high) {
        OptionalDouble lo = figure(a, low);
        OptionalDouble hi = figure(a, high);
        if (lo.isEmpty() || hi.isEmpty()) {
            return 0;
        }
        assertThat(lo.getAsDouble()).as("%s: %s ≤ %s", a.platform(), low, high)
                .isLessThanOrEqualTo(hi.getAsDouble() * (1 + 1e-9) + 1e-9);
        return 1;
    }

    /**
     * A platform that says its cost rises with the load ({@link Platform#costRisesWithLoad}) — which lets a search
     * leave it out — never costs less at a rate than at any lower one, less the setting tie: generated profiles of
     * every shape (services with and without an SLO, LLM calls, GPUs, jobs), priced as the recommender prices them
     * (glue included, each under one commitment option in turn), on a grid of rates from 0.001/s to 100,000/s.
     */
    @Test
    void aPlatformWhoseCostRisesWithLoadNeverCostsLessThanAtALowerRate() {
        dev.costfit.testing.PortfolioGenerator generator = new dev.costfit.testing.PortfolioGenerator(29);
        Random r = new Random(7);
        int risingPlatforms = 0;
        for (Platform platform : Platforms.all()) {
            risingPlatforms += platform.costRisesWithLoad() ? 1 : 0;
        }
        assertThat(risingPlatforms).isEqualTo(3);
        for (int i = 0; i < 24; i++) {
            Profile profile = TestProfiles.parse(generator.next("m" + i));
            // Each profile under one of the commitment options in turn: a discount must not break the rise.
            List<PricingOption> options = PricingOption.COMPARED;
            PricingContext search = LIST.pricedAs(options.get(i % options.size())).searching();
            Map<String, Double> most = new HashMap<>();
            for (double rate = 0.001 * (1 + r.nextDouble()); rate <= 100_000; rate *= 2 + r.nextDouble() * 2) {
                Profile at = dev.costfit.recommend.BreakEven.atRate(profile, rate);
                for (Platform platform : Platforms.all()) {
                    if (!platform.costRisesWithLoad()) {
                        continue;
                    }
                    Assessment a = Platforms.assess(platform, at, search);
                    if (!a.usable()) {
                        continue;
                    }
                    Double before = most.get(platform.id());
                    if (before != null) {
                        assertThat(a.platformCost() * (1 + Platform.SETTING_TIE))
                                .as("%s on %s at %s/s", profile.name(), platform.id(), rate)
                                .isGreaterThanOrEqualTo(before);
                        compared.merge(platform.id(), 1, Integer::sum);
                    }
                    most.merge(platform.id(), a.platformCost(), Math::max);
                }
            }
        }
        for (Platform platform : Platforms.all()) {
            if (platform.costRisesWithLoad()) {
                assertThat(compared.getOrDefault(platform.id(), 0)).as("rates compared on %s", platform.id())
                        .isGreaterThan(100);
            }
        }
    }

    private static OptionalDouble figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key)).mapToDouble(Figure::value)
                .findFirst();
    }
}
