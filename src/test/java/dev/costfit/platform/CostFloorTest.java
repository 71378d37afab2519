package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.BreakEven;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A platform's cost floor ({@link Platform#costFloor}) lets a search leave it out, so it must never exceed what a
 * full assessment bills, and it must bound something: checked by hand on one profile, and over the sample profiles
 * and a generated portfolio at rates from a trickle to far beyond any function's sweet spot, with and without the
 * free tier.
 */
class CostFloorTest {

    private static final PricingContext SEARCH = new PricingContext(CATALOG, false).searching();
    /** 10 requests/s of 200 ms at 512 MB on x86_64, called from inside the VPC, no front door and no SLO. */
    private static final String TEN_PER_SECOND = "name: t\ntraffic: {rate: 10/s}\nduration: 200ms\nmemory: 512MB\n"
            + "timeout: 60s\nfront_door: none\nnetwork: {clients: vpc}\narchitecture: x86_64\n";

    /**
     * 10 requests/s of 200 ms at 512 MB on x86_64, no SLO: 26.28M requests a month. Lambda: 26.28M × $0.20/M =
     * $5.256 of requests and 26.28M × 0.2 s × 0.5 GB = 2.628M GB-s × $0.0000166667 = $43.800 of duration
     * (pricing-reference.md §1), $49.056 in all; the bill adds only the INIT of its cold starts. 1st gen, one
     * request per instance, bills exactly that (no minimum instances): the floor is its whole bill.
     */
    @Test
    void theFloorIsTheBillWithoutColdStartsByHand() {
        Profile p = TestProfiles.parse(TEN_PER_SECOND);
        double floor = lambdaFloorIsTheBillWithoutInit(p);
        assertThat(floor).isCloseTo(26.28e6 * 0.0000002 + 26.28e6 * 0.2 * 0.5 * 0.0000166667, within(1e-9));
        assertThat(floor).isCloseTo(49.056, within(0.001));

        Platform gen1 = Platforms.byId("cloud-functions-gen1").orElseThrow();
        assertThat(Platforms.assess(gen1, p, SEARCH).usable()).isTrue();
        assertThat(Platforms.costFloor(gen1, p, SEARCH))
                .isCloseTo(Platforms.assess(gen1, p, SEARCH).platformCost(), within(1e-9));
    }

    /**
     * The same function with a latency SLO its cold starts stay within (a 10 s budget): Lambda never buys
     * provisioned concurrency for it, so the floor is still the bill without the INIT of its cold starts ($49.056,
     * as above), not with its 2.628M GB-s at the provisioned environments' $0.0000097222 (pricing-reference.md §1),
     * which would be 2.628M × ($0.0000166667 − $0.0000097222) = $18.25 less.
     */
    @Test
    void anSloTheColdStartsMeetBuysNothingAndTheFloorIsStillTheBillByHand() {
        Profile p = TestProfiles.parse(TEN_PER_SECOND + "latency: {cold_start_budget: 10s, cold_start_share: 1%}\n");
        assertThat(lambdaFloorIsTheBillWithoutInit(p)).isCloseTo(49.056, within(0.001));
    }

    /**
     * A pipeline on Lambda is billed step by step, so its floor is its steps' floors added up. Two steps, 10
     * requests/s (26.28M a month), no CPU stated (each step takes its measured time): a, 200 ms at 512 MB, $5.256 of
     * requests and 2.628M GB-s × $0.0000166667 = $43.8000876; b, 1 s at 1 GB, $5.256 and 26.28M GB-s = $438.000876
     * (pricing-reference.md §1): $492.3129636. The bill adds the INIT of the steps' cold starts and Step Functions
     * Express; before, a pipeline had no floor, and a search or a map assessed it in full wherever it was asked.
     */
    @Test
    void aPipelinesFloorIsItsStepsFloorsByHand() {
        Profile p = TestProfiles.parse("name: p\ntraffic: {rate: 10/s}\norchestrator: step-functions-express\n"
                + "steps:\n  - {name: a, duration: 200ms, memory: 512MB}\n  - {name: b, duration: 1s, memory: 1GB}\n"
                + "memory: 512MB\ntimeout: 60s\nfront_door: none\nnetwork: {clients: vpc}\narchitecture: x86_64\n");
        double floor = lambdaFloorIsTheBillLess(p, key -> key.contains(":init") || key.startsWith("stepfunctions."));
        assertThat(floor).isCloseTo(2 * 26.28e6 * 0.0000002 + 26.28e6 * (0.2 * 0.5 + 1 * 1) * 0.0000166667,
                within(1e-6));
    }

    /** Lambda's floor, checked to be its search assessment's bill less the INIT of its cold starts. */
    private static double lambdaFloorIsTheBillWithoutInit(Profile p) {
        return lambdaFloorIsTheBillLess(p, key -> key.endsWith(":init"));
    }

    /** Lambda's floor, checked to be its search assessment's bill less the lines {@code leftOut} names (some). */
    private static double lambdaFloorIsTheBillLess(Profile p, java.util.function.Predicate<String> leftOut) {
        Platform lambda = Platforms.byId("lambda").orElseThrow();
        double floor = Platforms.costFloor(lambda, p, SEARCH);
        Assessment assessed = Platforms.assess(lambda, p, SEARCH);
        double left = assessed.lines().stream().filter(l -> leftOut.test(l.key()))
                .mapToDouble(CostLine::monthlyCost).sum();
        assertThat(left).isPositive();
        assertThat(assessed.platformCost() - left).isCloseTo(floor, within(1e-9));
        return floor;
    }

    /**
     * Cloud Run functions, 80 requests per instance, a light load: 0.01 requests/s of 10 s, L = 0.1 in flight. An
     * instance bills while any request runs, so at least P(X &gt; 0) = 1 − e^(−0.1) = 0.0951626 of every second, not
     * L/80 = 0.00125: 0.0951626 × 3,600 × 730 = 250,087.3 instance-seconds, × (1 vCPU × $0.000024 + 0.5 GiB ×
     * $0.0000025) = $6.3147, plus 26,280 requests × $0.40/M = $0.0105 (pricing-reference.md §4.1, Tier 1):
     * $6.3252. The bill adds only the rounding of the busy periods to 100 ms and the rare second instance. The
     * profile asks for a whole vCPU: at a third of one, a request at a time (10.02 s, billed 10.1 s) would cost
     * 26,280 × 10.1 s × (0.333 × $0.000024 + 0.5 × $0.0000025) + $0.0105 = $2.4636, and win.
     */
    @Test
    void aLightlyLoadedCloudRunInstanceBillsAtLeastWhileAnyRequestRunsByHand() {
        Profile p = TestProfiles.parse("name: t\ngcp_region: us-central1\ntraffic: {rate: 0.01/s}\nduration: 10s\n"
                + "cpu_time: 10ms\nmemory: 512MB\ntimeout: 60s\nconcurrency_per_instance: 80\nfront_door: none\n"
                + "payload: {request: 1KB, response: 1KB}\nvcpu: 1\n");
        Platform gen2 = Platforms.byId("cloud-functions-gen2").orElseThrow();
        Profile fractional = TestProfiles.parse("name: t\ngcp_region: us-central1\ntraffic: {rate: 0.01/s}\n"
                + "duration: 10s\ncpu_time: 10ms\nmemory: 512MB\ntimeout: 60s\nconcurrency_per_instance: 80\n"
                + "front_door: none\npayload: {request: 1KB, response: 1KB}\n");
        Assessment third = Platforms.assess(gen2, fractional, SEARCH);
        double thirdEgress = third.lines().stream().filter(l -> l.key().contains("egress"))
                .mapToDouble(CostLine::monthlyCost).sum();
        assertThat(third.platformCost() - thirdEgress).isCloseTo(26_280 * 10.1 * (0.333 * 0.000024
                + 0.5 * 0.0000025) + 26_280 * 0.4e-6, within(1e-6));
        double busy = -Math.expm1(-0.1) * 3600 * 730;
        double byHand = busy * (0.000024 + 0.5 * 0.0000025) + 26_280 * 0.4e-6;
        assertThat(byHand).isCloseTo(6.3252, within(0.0001));
        double egress = Platforms.assess(gen2, p, SEARCH).lines().stream()
                .filter(l -> l.key().contains("egress")).mapToDouble(CostLine::monthlyCost).sum();
        double floor = Platforms.costFloor(gen2, p, SEARCH);
        assertThat(floor - egress).isCloseTo(byHand, within(byHand * 1e-6));
        assertThat(Platforms.assess(gen2, p, SEARCH).platformCost()).isBetween(floor, floor * 1.05);
    }

    /**
     * Instance-based billing, 1 request an hour of 1 s at 512 MB (one vCPU: instance billing allows no fraction):
     * an instance is alive while a request runs or one came within Cloud Run's 15 idle minutes, at least
     * 1 - e^(-(1 + 900)/3600) = 0.2214155 of the time, 2,628,000 s x 0.2214155 x ($0.000018 + 0.5 x $0.000002) =
     * $11.0557 (pricing-reference §4.1): the floor, and the bill within 0.1% of it. It was one instance all month,
     * $49.93, above that bill: a search would have left the platform out where it was the cheapest.
     */
    @Test
    void instanceBillingsFloorIsTheIdleWindowNotAnInstanceAllMonthByHand() {
        Profile p = TestProfiles.parse("name: t\ngcp_region: us-central1\ntraffic: {rate: 1/h}\nduration: 1s\n"
                + "memory: 512MB\ntimeout: 60s\nfront_door: none\nnetwork: {clients: vpc}\n"
                + "platforms: {cloud-functions-gen2: {billing: instance}}\n");
        Platform gen2 = Platforms.byId("cloud-functions-gen2").orElseThrow();
        double byHand = -Math.expm1(-901 / 3600.0) * 2_628_000 * (0.000018 + 0.5 * 0.000002);
        double floor = Platforms.costFloor(gen2, p, SEARCH);
        assertThat(floor).isCloseTo(byHand, within(byHand * 1e-6));
        assertThat(Platforms.assess(gen2, p, SEARCH).platformCost()).isBetween(floor, floor * 1.001);
    }

    @Test
    void theFloorNeverExceedsTheBill() {
        List<Profile> profiles = TestProfiles.samplesAndPortfolio(97, 40, "f");
        int compared = 0;
        int bounding = 0;
        java.util.Map<String, Integer> boundingBy = new java.util.TreeMap<>();
        for (boolean free : new boolean[] {false, true}) {
            PricingContext context = new PricingContext(CATALOG, free).searching();
            for (Profile profile : profiles) {
                for (double rate : new double[] {0.002, 0.3, 10, 300, 10_000}) {
                    Profile at = BreakEven.atRate(profile, rate);
                    for (Platform platform : Platforms.all()) {
                        double floor = Platforms.costFloor(platform, at, context);
                        Assessment a = Platforms.assess(platform, at, context);
                        if (!a.usable()) {
                            continue;
                        }
                        compared++;
                        assertThat(floor).as(platform.id() + " on " + profile.name() + " at " + rate + "/s"
                                + (free ? " with the free tier" : "")).isLessThanOrEqualTo(
                                a.platformCost() * (1 + 1e-9) + 1e-9);
                        if (floor > 0.5 * a.platformCost()) {
                            bounding++;
                            boundingBy.merge(platform.id(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        System.out.printf("cost floors: %d comparisons, %d floors above half the bill %s%n", compared, bounding,
                boundingBy);
        assertThat(compared).isGreaterThan(1500);
        assertThat(bounding).isGreaterThan(600);
        // Every platform with a floor bounds with it somewhere: a floor of 0 everywhere would pass the above.
        assertThat(boundingBy).containsOnlyKeys("lambda", "cloud-functions-gen1", "cloud-functions-gen2", "fargate",
                "eks");
        boundingBy.forEach((id, n) -> assertThat(n).as(id).isGreaterThan(150));
    }

    /**
     * A platform whose floor rises with the load ({@link Platform#floorRisesWithLoad}) lets a search bound its floor
     * at a rate by the floor at a lower one: over the samples and a generated portfolio (pipelines included), with
     * and without the free tier, on the break-even scan's own ladder of rates (three a decade from 0.001/s), no
     * floor is below the one before it. Every function platform says so; the container platforms, whose costs rise
     * with the load themselves, need no floor.
     */
    @Test
    void aFloorThatRisesWithTheLoadNeverFallsAsTheRateRises() {
        assertThat(Platforms.all().stream().filter(Platform::floorRisesWithLoad).map(Platform::id).toList())
                .containsExactlyInAnyOrder("lambda", "cloud-functions-gen1", "cloud-functions-gen2");
        List<Profile> profiles = TestProfiles.samplesAndPortfolio(131, 60, "r");
        int compared = 0;
        int rising = 0;
        for (boolean free : new boolean[] {false, true}) {
            PricingContext context = new PricingContext(CATALOG, free).searching();
            for (Profile profile : profiles) {
                for (Platform platform : Platforms.all()) {
                    if (!platform.floorRisesWithLoad()) {
                        continue;
                    }
                    double before = 0;
                    for (int k = 0; k <= 24; k++) {
                        double rate = BreakEven.LOWEST * Math.pow(10, k / 3.0);
                        double floor = Platforms.costFloor(platform, BreakEven.atRate(profile, rate), context);
                        if (floor > 0 && before > 0) {
                            compared++;
                            assertThat(floor).as(platform.id() + " on " + profile.name() + " at " + rate + "/s"
                                    + (free ? " with the free tier" : "")).isGreaterThanOrEqualTo(before);
                            rising += floor > before ? 1 : 0;
                        }
                        before = floor;
                    }
                }
            }
        }
        System.out.printf("rising floors: %d comparisons, %d of them higher%n", compared, rising);
        assertThat(compared).isGreaterThan(3000);
        assertThat(rising).isGreaterThan(2000);
    }
}
