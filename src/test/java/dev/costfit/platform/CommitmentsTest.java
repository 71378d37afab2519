package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.CommittedLevel;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.HourlyUsage;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.PricingOption;
import dev.costfit.profile.Profile;
import dev.costfit.yaml.InvalidValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pricing options against the providers' published rates and examples (glue-and-discounts-reference.md §9, §10, §12).
 */
class CommitmentsTest {

    private static final PricingOption SP_1Y = option("savings-plan-1y");
    private static final PricingOption SP_3Y = option("savings-plan-3y");
    private static final PricingOption SP_1Y_ALL = option("savings-plan-1y-all-upfront");
    private static final PricingOption SP_3Y_ALL = option("savings-plan-3y-all-upfront");
    private static final PricingOption SP_3Y_PARTIAL = option("savings-plan-3y-partial-upfront");

    private static PricingOption option(String id) {
        try {
            return PricingOption.parse(id);
        } catch (InvalidValue e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, CostLine> byKey(Assessment a) {
        return a.lines().stream().collect(Collectors.toMap(CostLine::key, l -> l));
    }

    @Test
    void cloudRunCudExampleAnHourOfOneFiftyUnderOneDollarCostsOneThirtyThree() {
        // Google's Cloud Run CUD example (cloud.google.com blog, "Maximize your Cloud Run investments with new
        // committed use discounts"): commit $1/hour at 17% off; an hour with $1.50 of on-demand usage costs
        // 1 x 0.83 + (1.50 - 1) = $1.33, an hour at $1.00 costs $0.83. A month of 365 hours at $1.00 and 365 at
        // $1.50: on demand 365 + 547.50 = $912.50; committed 365 x 0.83 + 365 x 1.33 = $788.40.
        Profile p = TestProfiles.service("1/s", "1s", "256MB");
        CostLine usage = CostLine.of("gcf2.vcpu.request", "vCPU", 912.5, "USD", 1.0);
        Assessment a = Assessment.priced(new CloudFunctionsGen2Platform().info(), "", List.of(), List.of(usage),
                Capacity.NONE, ColdStarts.NONE, List.of(), List.of())
                .withUsage(new HourlyUsage(List.of(1.0, 1.5), List.of(365.0, 365.0)));
        Assessment committed = Commitments.apply(a, p, CATALOG, SP_1Y);
        assertThat(committed.monthlyCost()).isCloseTo(365 * 0.83 + 365 * 1.33, within(1e-9));
        // The committed level is $1 of each of the 730 hours, at 83 cents; the rest ($182.50) on demand.
        assertThat(byKey(committed).get("gcf2.vcpu.request:committed").monthlyCost()).isCloseTo(730 * 0.83,
                within(1e-9));
        assertThat(byKey(committed).get("gcf2.vcpu.request").monthlyCost()).isCloseTo(182.5, within(1e-9));
    }

    @Test
    void lambdaSavingsPlanRatesAreAwsPublishedPrices() {
        // AWSComputeSavingsPlan offer, us-east-1 (2026-09-25): duration $0.0000147 x86 / $0.0000117 Arm per GB-s
        // with no upfront (1 and 3 years alike), $0.0000138 / $0.0000111 all upfront, against $0.0000166667 and
        // $0.0000133334 on demand; provisioned concurrency $0.00000367 (on demand $0.0000041667) and its duration
        // $0.00000856 ($0.0000097222).
        assertThat(committed(SP_1Y, "lambda.duration.x86_64", 0.0000166667)).isCloseTo(0.0000147, within(1e-15));
        assertThat(committed(SP_3Y, "lambda.duration.x86_64", 0.0000166667)).isCloseTo(0.0000147, within(1e-15));
        assertThat(committed(SP_3Y, "lambda.duration.arm64", 0.0000133334)).isCloseTo(0.0000117, within(1e-15));
        assertThat(committed(SP_1Y_ALL, "lambda.duration.x86_64", 0.0000166667)).isCloseTo(0.0000138,
                within(1e-15));
        assertThat(committed(SP_3Y_ALL, "lambda.duration.arm64", 0.0000133334)).isCloseTo(0.0000111,
                within(1e-15));
        assertThat(committed(SP_3Y, "lambda.provisioned.x86_64", 0.0000041667)).isCloseTo(0.00000367,
                within(1e-15));
        assertThat(committed(SP_3Y, "lambda.provisioned-duration.x86_64", 0.0000097222)).isCloseTo(0.00000856,
                within(1e-15));
        // INIT is billed as duration, and a later volume tier is the same meter.
        assertThat(CATALOG.discount(SP_3Y, "lambda.duration.x86_64:init", "us-east-1")).isPresent();
        assertThat(CATALOG.discount(SP_3Y, "lambda.duration.x86_64/tier-2", "us-east-1")).isPresent();
        // No partial-upfront rate is published: none is guessed.
        assertThat(CATALOG.discount(SP_3Y_PARTIAL, "lambda.duration.x86_64", "us-east-1")).isEmpty();
    }

    private static double committed(PricingOption option, String key, double onDemand) {
        return onDemand * (1 - CATALOG.discount(option, key, "us-east-1").orElseThrow().fraction());
    }

    @Test
    void noCommitmentCoversRequestsEgressGatewaysLoadBalancersNatTheClusterFeeSpotOrTokens() {
        int checked = 0;
        for (PricingOption option : PricingOption.COMPARED) {
            for (String key : List.of("lambda.requests", "gcf2.requests:x", "apigw.http.requests", "egress.internet",
                    "gcf2.egress", "alb.hours", "alb.lcu", "nat.hours", "nat.data", "eks.cluster", "eks.nodes:spot",
                    "fargate.vcpu.x86_64:spot", "llm.claude-sonnet-4.input", "gcf2.gpu.l4", "gcf1.cpu")) {
                assertThat(CATALOG.discount(option, key, "us-east-1")).as(option + " " + key).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(75);
    }

    @Test
    void aSteadyApiCommitsItsWholeFlatDurationAtAwsRateAndKeepsRequestsOnDemand() {
        Profile steady = TestProfiles.parse("name: steady\ntraffic: {rate: 200/s, pattern: flat}\nduration: 40ms\n"
                + "cpu_time: 5ms\nmemory: 256MB\ntimeout: 5s\narchitecture: arm64\nfront_door: function-url\n");
        PricingContext onDemand = new PricingContext(CATALOG, false);
        Assessment od = Platforms.assess(new LambdaPlatform(), steady, onDemand);
        Assessment sp = Platforms.assess(new LambdaPlatform(), steady, onDemand.pricedAs(SP_3Y));
        CostLine duration = byKey(od).get("lambda.duration.arm64");
        CostLine committed = byKey(sp).get("lambda.duration.arm64:committed");
        // A flat pattern: no hour uses more than any other, so all of the duration is committed, at $0.0000117.
        assertThat(committed.quantity()).isCloseTo(duration.quantity(), within(1e-6));
        assertThat(committed.unitPrice()).isCloseTo(0.0000117, within(1e-15));
        assertThat(byKey(sp)).doesNotContainKey("lambda.duration.arm64");
        assertThat(byKey(sp).get("lambda.requests")).isEqualTo(byKey(od).get("lambda.requests"));
        assertThat(sp.notes()).anyMatch(n -> n.contains("it covers 100% of the eligible use, none of it unused"));
    }

    /**
     * Lines whose use does not follow the requests are committed by their own hours. A Java function with a 1% cold
     * start SLO on business hours keeps one provisioned environment configured all month: all of that line is the
     * steady base, 730 h x 3600 s x 1 GB = 2,628,000 GB-s at the Savings Plan's $0.00000367 = $9.64, where the
     * requests' quietest hour (0.1 of the busy weight, 27% of the mean) committed only 27% of it. A Cloud Run
     * function's minimum instance idles most in the quietest hours: its idle lines commit their busiest hour's idle,
     * almost all (0.005/s of 200 ms requests keep it busy under 0.3% of any hour).
     */
    @Test
    void linesConfiguredOrIdleEveryHourAreCommittedByTheirOwnHours() {
        Profile java = TestProfiles.parse("name: java\ntraffic: {rate: 0.02/s, pattern: business-hours}\n"
                + "duration: 200ms\nmemory: 1024MB\ntimeout: 10s\nruntime: java\narchitecture: x86_64\n"
                + "front_door: function-url\nlatency: {cold_start_budget: 1s, cold_start_share: 1%}\n");
        PricingContext onDemand = new PricingContext(CATALOG, false);
        Assessment sp = Platforms.assess(new LambdaPlatform(), java, onDemand.pricedAs(SP_1Y));
        CostLine configured = byKey(sp).get("lambda.provisioned.x86_64:committed");
        assertThat(configured.quantity()).isCloseTo(2_628_000, within(1e-3));
        assertThat(configured.monthlyCost()).isCloseTo(2_628_000 * 0.00000367, within(1e-9));
        assertThat(byKey(sp)).doesNotContainKey("lambda.provisioned.x86_64");

        Profile cloudRun = TestProfiles.parse("name: cr\ngcp_region: us-central1\ntraffic: {rate: 0.005/s, pattern: "
                + "business-hours}\nduration: 200ms\nmemory: 512MB\ntimeout: 10s\nruntime: node\nmin_instances: 1\n");
        Assessment od = Platforms.assess(new CloudFunctionsGen2Platform(), cloudRun, onDemand);
        Assessment cud = Platforms.assess(new CloudFunctionsGen2Platform(), cloudRun, onDemand.pricedAs(SP_1Y));
        double idle = byKey(od).get("gcf2.vcpu.idle").quantity();
        assertThat(byKey(cud).get("gcf2.vcpu.idle:committed").quantity()).isBetween(0.99 * idle, idle);
        assertThat(byKey(cud).get("gcf2.memory.idle:committed").quantity() / byKey(od).get("gcf2.memory.idle")
                .quantity()).isBetween(0.99, 1.0);
    }

    /**
     * The level committed makes the month least. A day of 2 tasks for 8 hours and 6 for 16: 730 × 8 / 24 = 243.33
     * and 486.67 month hours, 486.67 + 2,920 = 3,406.67 task-hours, a mean of 4.6667 tasks. Committed at c tasks a
     * month costs (1 − d) × c × 730 + the task-hours above c, in task-hours at the on-demand price:
     * <ul>
     * <li>d = 0.5: the least hour's 2 tasks cost 0.5 × 2 × 730 + 4 × 486.67 = 730 + 1,946.67 = 2,676.67, 6 tasks
     * 0.5 × 6 × 730 = 2,190. The 486.67 hours using more than 2 are more than (1 − 0.5) × 730 = 365: 6 is
     * committed, 6 / 4.6667 = 9 / 7 of the use, the quiet hours leaving 4 × 243.33 = 973.33 task-hours (2 / 7 of
     * the use) unused;</li>
     * <li>d = 0.2: 0.8 × 2 × 730 + 1,946.67 = 3,114.67 at 2, 0.8 × 6 × 730 = 3,504 at 6. The 486.67 hours above 2
     * are within 0.8 × 730 = 584: 2 is committed, 3 / 7 of the use, the 1,946.67 above it (4 / 7) on demand.</li>
     * </ul>
     * The two cross at d = 1 / 3, where 486.67 = (1 − d) × 730.
     */
    @Test
    void theCommittedLevelIsTheOneThatMakesTheMonthLeast() {
        List<Double> day = List.of(2.0, 6.0);
        List<Double> hours = List.of(730 * 8 / 24.0, 730 * 16 / 24.0);
        HourlyUsage usage = new HourlyUsage(day, hours);
        assertThat(usage.committed(0.5).base()).isCloseTo(9.0 / 7, within(1e-12));
        assertThat(usage.committed(0.5).above()).isZero();
        assertThat(usage.committed(0.5).unused()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(usage.committed(0.2).base()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(usage.committed(0.2).above()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(usage.committed(0.2).unused()).isCloseTo(0, within(1e-12));
        assertThat(usage.committed(0.30).base()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(usage.committed(0.35).base()).isCloseTo(9.0 / 7, within(1e-12));
        // Priced: one 1-vCPU x86_64 task's vCPU at $0.04048 an hour, us-east-1. 1 year no upfront takes 20% off
        // ($0.032384): 2 x 730 = 1,460 vCPU-hours at $0.032384 = $47.28064, 1,946.67 at $0.04048 = $78.80107.
        // The 2 tasks cover 3 / 7 of the use, 42.9%.
        // 3 years all upfront takes 52% ($0.0194304): 6 x 730 = 4,380 at $0.0194304 = $85.105152, nothing on
        // demand, where the least hour's 2 tasks cost 1,460 x 0.0194304 + 1,946.67 x 0.04048 = $107.17.
        Profile p = TestProfiles.service("1/s", "1s", "256MB");
        CostLine vcpu = CostLine.of("fargate.vcpu.x86_64", "vCPU", 2 * hours.get(0) + 6 * hours.get(1), "vCPU-hour",
                0.04048);
        Assessment a = Assessment.priced(new FargatePlatform().info(), "", List.of(), List.of(vcpu), Capacity.NONE,
                ColdStarts.NONE, List.of(), List.of()).withUsage(usage);
        Assessment oneYear = Commitments.apply(a, p, CATALOG, SP_1Y);
        assertThat(byKey(oneYear).get("fargate.vcpu.x86_64:committed").quantity()).isCloseTo(1460, within(1e-9));
        assertThat(byKey(oneYear).get("fargate.vcpu.x86_64").quantity()).isCloseTo(1946.6667, within(1e-4));
        assertThat(oneYear.platformCost()).isCloseTo(47.28064 + 4 * 730 * 16 / 24.0 * 0.04048, within(1e-9));
        assertThat(oneYear.notes()).anyMatch(n -> n.contains("commits $0.08 an hour of on-demand spend for $0.06 an "
                + "hour (the level that makes the month least), paid every hour; it covers 42.9% of the eligible use, "
                + "none of it unused"));
        Assessment threeYears = Commitments.apply(a, p, CATALOG, SP_3Y_ALL);
        assertThat(byKey(threeYears).get("fargate.vcpu.x86_64:committed").quantity()).isCloseTo(4380, within(1e-9));
        assertThat(byKey(threeYears)).doesNotContainKey("fargate.vcpu.x86_64");
        assertThat(threeYears.platformCost()).isCloseTo(85.105152, within(1e-9));
        // The quiet hours leave 2 of the 9 committed task-hours in 7 unused: $85.105152 x 2 / 9 = $18.91; paid
        // upfront, $0.1165824 an hour x 8,760 x 3 = $3,063.79.
        assertThat(threeYears.notes()).anyMatch(n -> n.contains("commits $0.24 an hour of on-demand spend for $0.12 "
                + "an hour (the level that makes the month least), paid upfront ($3,063.79 for the term), shown "
                + "amortised at $85.11 a month; it covers 100% of the eligible use, and the quieter hours leave 22.2% "
                + "of it unused ($18.91 a month)"));
        // An hour using nothing counts as any other: half the hours idle commit nothing at 20% off (the 0.5 x 2
        // hours using 4 are within 0.8 x 2), and 4 at 52% (they are not within 0.48 x 2).
        assertThat(new HourlyUsage(List.of(0.0, 4.0), List.of(1.0, 1.0)).committed(0.2)).isEqualTo(CommittedLevel.NONE);
        assertThat(new HourlyUsage(List.of(0.0, 4.0), List.of(1.0, 1.0)).committed(0.52).base()).isEqualTo(2.0);
        assertThat(HourlyUsage.NONE.committed(0.5)).isEqualTo(CommittedLevel.NONE);
    }

    @Test
    void fargateSavingsPlanRatesAreAwsPublishedPrices() {
        // AWSComputeSavingsPlan offer, us-east-1 (2026-09-25), as tabulated in "AWS Fargate - pricing regimes (as of
        // 2026-09-28)" (code index id 70068379380), per vCPU-hour / GB-hour against $0.04048 / $0.004445 (x86) and
        // $0.03238 / $0.00356 (Arm) on demand: 1 year no upfront x86 $0.032384 / $0.003556, Arm $0.0255 / $0.0028;
        // 3 years no upfront x86 $0.022264 / $0.00244475, Arm $0.01749 / $0.00192; all upfront x86 vCPU $0.0295504
        // (1 year) and $0.0194304 (3 years), Arm vCPU $0.01587 (3 years).
        assertThat(committed(SP_1Y, "fargate.vcpu.x86_64", 0.04048)).isCloseTo(0.032384, within(1e-12));
        assertThat(committed(SP_1Y, "fargate.memory.x86_64", 0.004445)).isCloseTo(0.003556, within(1e-12));
        assertThat(committed(SP_1Y, "fargate.vcpu.arm64", 0.03238)).isCloseTo(0.0255, within(1e-12));
        assertThat(committed(SP_3Y, "fargate.vcpu.x86_64", 0.04048)).isCloseTo(0.022264, within(1e-12));
        assertThat(committed(SP_3Y, "fargate.memory.arm64", 0.00356)).isCloseTo(0.00192, within(1e-12));
        assertThat(committed(SP_1Y_ALL, "fargate.vcpu.x86_64", 0.04048)).isCloseTo(0.0295504, within(1e-12));
        assertThat(committed(SP_3Y_ALL, "fargate.vcpu.x86_64", 0.04048)).isCloseTo(0.0194304, within(1e-12));
        assertThat(committed(SP_3Y_ALL, "fargate.vcpu.arm64", 0.03238)).isCloseTo(0.01587, within(1e-12));
        // Second sources: krk-architect/aws-pricing (README.md, commit e32f0bd) prices Fargate's 1-year no-upfront
        // plan at 20% off $0.04048 / $0.004445; AWS Japan's Savings Plans FAQ blog says Fargate saves "up to 52%".
        assertThat(CATALOG.discount(SP_1Y, "fargate.vcpu.x86_64", "us-east-1").orElseThrow().fraction())
                .isCloseTo(0.20, within(1e-12));
        assertThat(CATALOG.discount(SP_1Y, "fargate.memory.x86_64", "us-east-1").orElseThrow().fraction())
                .isCloseTo(0.20, within(1e-12));
        assertThat(CATALOG.discount(SP_3Y_ALL, "fargate.vcpu.x86_64", "us-east-1").orElseThrow().fraction())
                .isCloseTo(0.52, within(1e-12));
    }

    @Test
    void fargateThreeYearNoUpfrontReproducesThePublishedFiftyTaskExample() {
        // "AWS Fargate - pricing regimes" worked example: 50 tasks of 4 vCPU / 8 GB committed 24/7 under a 3-year
        // no-upfront Compute Savings Plan cost 50 x 730 x 0.108614 = $3,964.41 a month (0.108614 = 4 x 0.022264
        // + 8 x 0.00244475). On demand the same hours are 50 x 730 x (4 x 0.04048 + 8 x 0.004445) = $7,208.02.
        Profile p = TestProfiles.service("1/s", "1s", "256MB");
        CostLine vcpu = CostLine.of("fargate.vcpu.x86_64", "vCPU", 50 * 4 * 730, "vCPU-hour", 0.04048);
        CostLine memory = CostLine.of("fargate.memory.x86_64", "memory", 50 * 8 * 730, "GB-hour", 0.004445);
        Assessment a = Assessment.priced(new FargatePlatform().info(), "", List.of(), List.of(vcpu, memory),
                Capacity.NONE, ColdStarts.NONE, List.of(), List.of())
                .withUsage(new HourlyUsage(List.of(50.0), List.of(730.0)));
        assertThat(a.monthlyCost()).isCloseTo(7208.02, within(0.005));
        assertThat(Commitments.apply(a, p, CATALOG, SP_3Y).monthlyCost()).isCloseTo(3964.41, within(0.005));
    }

    @Test
    void aSteadyApiOnFargateCommitsItsTasksAtAwsThreeYearRates() throws Exception {
        // profiles/steady-api.yaml picks 15 arm64 tasks of 1 vCPU / 2 GB around the clock (flat traffic): no
        // hour uses more than another, so all 15 x 730 = 10,950 vCPU-hours and 21,900 GB-hours are committed, at
        // $0.01749 and $0.00192 (3 years, no upfront, us-east-1): $191.5155 + $42.048 instead of $354.561 +
        // $77.964 on demand ($0.03238 / $0.00356).
        Profile steady = new dev.costfit.profile.ProfileLoader()
                .load(List.of(java.nio.file.Path.of("profiles/steady-api.yaml"))).get(0);
        PricingContext onDemand = new PricingContext(CATALOG, false);
        Assessment od = Platforms.assess(new FargatePlatform(), steady, onDemand);
        Assessment sp = Platforms.assess(new FargatePlatform(), steady, onDemand.pricedAs(SP_3Y));
        assertThat(byKey(od).get("fargate.vcpu.arm64").quantity()).isCloseTo(10_950, within(1e-6));
        assertThat(byKey(od).get("fargate.vcpu.arm64").monthlyCost()).isCloseTo(10_950 * 0.03238, within(1e-9));
        assertThat(byKey(sp).get("fargate.vcpu.arm64:committed").monthlyCost()).isCloseTo(191.5155, within(1e-9));
        assertThat(byKey(sp).get("fargate.memory.arm64:committed").monthlyCost()).isCloseTo(42.048, within(1e-9));
        assertThat(byKey(sp)).doesNotContainKeys("fargate.vcpu.arm64", "fargate.memory.arm64");
        // The load balancer is not a Fargate charge: it stays on demand.
        assertThat(byKey(sp).get("alb.lcu")).isEqualTo(byKey(od).get("alb.lcu"));
        assertThat(od.monthlyCost() - sp.monthlyCost()).isCloseTo(354.561 + 77.964 - 191.5155 - 42.048,
                within(1e-6));
    }

    @Test
    void anOptionWithoutItsOwnRateTakesTheSameTermsRateWithLessUpfrontAsABound() throws Exception {
        // No 1-year all-upfront rate was found for Fargate on arm64, nor any partial-upfront rate: paying more
        // upfront never costs more, so those lines take the 1-year no-upfront rates ($0.0255 a vCPU-hour, $0.0028
        // a GB-hour) rather than on demand, and say so. steady-api's 15 arm64 tasks of 1 vCPU / 2 GB all month:
        // 10,950 x 0.0255 = $279.225 and 21,900 x 0.0028 = $61.32.
        Profile steady = new dev.costfit.profile.ProfileLoader()
                .load(List.of(java.nio.file.Path.of("profiles/steady-api.yaml"))).get(0);
        PricingContext onDemand = new PricingContext(CATALOG, false);
        for (PricingOption option : List.of(SP_1Y_ALL, option("savings-plan-1y-partial-upfront"))) {
            Assessment sp = Platforms.assess(new FargatePlatform(), steady, onDemand.pricedAs(option));
            assertThat(byKey(sp).get("fargate.vcpu.arm64:committed").monthlyCost()).as(option.id())
                    .isCloseTo(279.225, within(1e-9));
            assertThat(byKey(sp).get("fargate.memory.arm64:committed").monthlyCost()).as(option.id())
                    .isCloseTo(61.32, within(1e-9));
            assertThat(sp.notes()).as(option.id()).anyMatch(n -> n.contains("the rate of 1-year commitment, "
                    + "no upfront, as the catalog has none for " + option.label()));
        }
        // Where the option has its own rate it is used: 1-year all upfront on x86 vCPU, $0.0295504.
        assertThat(CATALOG.discount(SP_1Y_ALL, "fargate.vcpu.x86_64", "us-east-1").orElseThrow().rate())
                .hasValue(0.0295504);
        // Nothing below an option to fall back to: EKS nodes under 3 years partial upfront stay on demand (only
        // all upfront has a figure, the published ceiling, which bounds nothing from above).
        Assessment eks = Platforms.assess(new EksPlatform(), steady, onDemand.pricedAs(SP_3Y_PARTIAL));
        assertThat(byKey(eks)).doesNotContainKey("eks.nodes:committed");
    }

    @Test
    void whereNoFargateOrEc2RateWasFoundOnlyAwsUpToFiguresApplyAndNothingElseIsGuessed() {
        // aws.amazon.com/fargate/pricing: "savings of up to 50%"; Savings Plans overview: "up to 66%" (EC2). Real
        // Fargate rates were found for us-east-1 only, and there not for partial upfront nor all-upfront memory.
        assertThat(CATALOG.discount(SP_3Y_ALL, "fargate.vcpu.arm64", "eu-west-1").orElseThrow().fraction())
                .isEqualTo(0.50);
        assertThat(CATALOG.discount(SP_3Y_ALL, "fargate.memory.x86_64", "us-east-1").orElseThrow().ceiling())
                .isTrue();
        assertThat(CATALOG.discount(SP_3Y, "fargate.vcpu.x86_64", "us-east-2")).isEmpty();
        assertThat(CATALOG.discount(SP_3Y_PARTIAL, "fargate.vcpu.x86_64", "us-east-1")).isEmpty();
        assertThat(CATALOG.discount(SP_1Y_ALL, "fargate.vcpu.arm64", "us-east-1")).isEmpty();
        assertThat(CATALOG.discount(SP_3Y_ALL, "eks.nodes", "eu-west-1").orElseThrow().ceiling()).isTrue();
        assertThat(CATALOG.discount(SP_3Y_ALL, "eks.nodes", "eu-west-1").orElseThrow().fraction()).isEqualTo(0.66);
        assertThat(CATALOG.discount(SP_1Y, "eks.nodes", "us-east-1")).isEmpty();
    }

    @Test
    void eksSpotNodesAboveTheOnDemandBaseTakeTheAdvisorsFamilySaving() {
        // c7g in us-east-1, Spot Instance Advisor (feed of 2025-06-28), savings over on-demand of the catalog's
        // sizes large 49, xlarge 62, 2xlarge 69, 4xlarge 71, 8xlarge 73, 12xlarge 70, 16xlarge 74: mean 468 / 7 =
        // 66.9%, catalogued as 67%. c7g.xlarge on demand $0.145 an hour -> Spot 0.145 x 0.33 = $0.04785. Fifteen
        // 1-vCPU pods, three per node: five nodes, three of them on demand, two on Spot.
        Profile p = TestProfiles.parse("name: s\ntraffic: {rate: 2000/s, pattern: flat}\nduration: 40ms\n"
                + "cpu_time: 5ms\nmemory: 256MB\ntimeout: 5s\nconcurrency_per_instance: 20\nfront_door: alb\n"
                + "architecture: arm64\nplatforms: {eks: {spot: true, on_demand_base: 3, node_types: [c7g.xlarge]}}\n");
        Assessment a = Platforms.assess(new EksPlatform(), p, new PricingContext(CATALOG, false));
        Map<String, CostLine> lines = byKey(a);
        assertThat(lines.get("eks.nodes:spot").unitPrice()).isCloseTo(0.145 * (1 - 0.67), within(1e-12));
        assertThat(lines.get("eks.nodes:spot").quantity()).isCloseTo(2 * 730, within(1e-9));
        // Three nodes every hour of the 730 stay on demand.
        assertThat(lines.get("eks.nodes").quantity()).isCloseTo(3 * 730, within(1e-9));
        assertThat(lines.get("eks.nodes").unitPrice()).isEqualTo(0.145);
        assertThat(a.notes()).anyMatch(n -> n.contains("two minutes") && n.contains("Spot Instance Advisor"));
        // A commitment covers the on-demand nodes only; Spot is never committed.
        Assessment sp = Platforms.assess(new EksPlatform(), p, new PricingContext(CATALOG, false)
                .pricedAs(SP_3Y_ALL));
        assertThat(byKey(sp).get("eks.nodes:committed").quantity()).isCloseTo(3 * 730, within(1e-9));
        assertThat(byKey(sp).get("eks.nodes:spot")).isEqualTo(lines.get("eks.nodes:spot"));
    }

    @Test
    void aProfileSaysHowItIsPricedAndTheOptionParses() throws InvalidValue {
        Profile p = TestProfiles.parse("name: s\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 256MB\ntimeout: 5s\n"
                + "pricing: savings-plan-3y-all-upfront\n");
        assertThat(p.pricing()).isEqualTo(SP_3Y_ALL);
        assertThat(TestProfiles.service("1/s", "1s", "256MB").pricing()).isEqualTo(PricingOption.ON_DEMAND);
        assertThat(PricingOption.parse("savings-plan-1y-partial-upfront").id())
                .isEqualTo("savings-plan-1y-partial-upfront");
    }

    /**
     * Compute Savings Plans apply in every region, but the catalog's Lambda rates are us-east-1's. In eu-west-1 the
     * duration is priced on demand at AWS's published $0.0000166667 per GB-s (the same price as us-east-1, where the
     * plan's rate is $0.0000147): the assessment must say so, in a note a region table reads as "no commitment rate
     * here", not pass the on-demand month off as a committed one.
     */
    @Test
    void aRegionWithoutTheCommitmentsRateIsPricedOnDemandAndSaysSo() {
        String body = "traffic: {rate: 200/s, pattern: flat}\nduration: 40ms\ncpu_time: 5ms\nmemory: 256MB\n"
                + "timeout: 5s\narchitecture: x86_64\nfront_door: function-url\n";
        PricingContext sp = new PricingContext(CATALOG, false).pricedAs(SP_1Y);
        Assessment virginia = Platforms.assess(new LambdaPlatform(),
                TestProfiles.parse("name: a\nregion: us-east-1\n" + body), sp);
        Assessment ireland = Platforms.assess(new LambdaPlatform(),
                TestProfiles.parse("name: a\nregion: eu-west-1\n" + body), sp);
        assertThat(byKey(virginia).get("lambda.duration.x86_64:committed").unitPrice()).isCloseTo(0.0000147,
                within(1e-15));
        assertThat(byKey(ireland)).doesNotContainKey("lambda.duration.x86_64:committed");
        assertThat(byKey(ireland).get("lambda.duration.x86_64").unitPrice()).isCloseTo(0.0000166667,
                within(1e-15));
        assertThat(Commitments.lacksRegionalRate(virginia.notes())).isFalse();
        assertThat(Commitments.lacksRegionalRate(ireland.notes())).isTrue();
        assertThat(ireland.notes()).anyMatch(n -> n.contains("stay on demand in eu-west-1: the catalog has Compute "
                + "Savings Plan rates for them in us-east-1 only"));
        assertThat(ireland.notes()).noneMatch(n -> n.contains("no published discount"));
        // No rate in any region (EKS nodes but under 3 years all upfront) is not a regional gap: nothing is marked.
        Assessment eks = Platforms.assess(new EksPlatform(), TestProfiles.parse("name: a\nregion: eu-west-1\n"
                + body.replace("function-url", "alb")), sp);
        assertThat(Commitments.lacksRegionalRate(eks.notes())).isFalse();
        assertThat(eks.notes()).anyMatch(n -> n.contains("no published discount for Amazon EKS in eu-west-1"));
    }

    /**
     * AWS's published Compute Savings Plan table gives provisioned concurrency rates for x86_64 only ($0.00000367 and
     * $0.00000856, S3b). An arm64 function's provisioned lines stay at the on-demand $0.0000033334 (configured) and
     * $0.0000077778 (duration) per GB-s (https://aws.amazon.com/lambda/pricing/, us-east-1), and a note names them.
     */
    @Test
    void arm64ProvisionedConcurrencyStaysOnDemandForWantOfARateAndANoteNamesIt() {
        Profile arm = TestProfiles.parse("name: pc\ntraffic: {rate: 5/s, pattern: flat}\nduration: 400ms\n"
                + "cpu_time: 100ms\nmemory: 2048MB\ntimeout: 10s\nruntime: java\narchitecture: arm64\n"
                + "front_door: function-url\nplatforms: {lambda: {provisioned_concurrency: 10}}\n");
        Assessment sp = Platforms.assess(new LambdaPlatform(), arm, new PricingContext(CATALOG, false)
                .pricedAs(SP_1Y));
        assertThat(byKey(sp).get("lambda.provisioned.arm64").unitPrice()).isCloseTo(0.0000033334, within(1e-15));
        assertThat(byKey(sp).get("lambda.provisioned-duration.arm64").unitPrice()).isCloseTo(0.0000077778,
                within(1e-15));
        assertThat(byKey(sp)).doesNotContainKeys("lambda.provisioned.arm64:committed",
                "lambda.provisioned-duration.arm64:committed");
        assertThat(sp.notes()).anyMatch(n -> n.contains("Provisioned concurrency") && n.contains("stay on demand: "
                + "a Compute Savings Plan covers them, but the catalog has its rate for x86_64 only"));
    }

    /**
     * Spot usage is never covered by a Savings Plan (it is billed at the Spot price): a Fargate service wholly on
     * Spot is said to be not eligible, not "no published discount". Its vCPU stays at the Spot price, 69.2% under
     * the $0.04048 on demand: $0.04048 x 0.308 = $0.01246784 a vCPU-hour.
     */
    @Test
    void fargateSpotIsNotEligibleForSavingsPlansRatherThanUnpriced() {
        Profile spot = TestProfiles.parse("name: s\ntraffic: {rate: 50/s, pattern: flat}\nduration: 200ms\n"
                + "cpu_time: 50ms\nmemory: 1024MB\ntimeout: 10s\nconcurrency_per_instance: 20\nfront_door: alb\n"
                + "architecture: x86_64\nplatforms: {fargate: {spot: true}}\n");
        Assessment sp = Platforms.assess(new FargatePlatform(), spot, new PricingContext(CATALOG, false)
                .pricedAs(SP_1Y));
        assertThat(byKey(sp).get("fargate.vcpu.x86_64:spot").unitPrice()).isCloseTo(0.04048 * 0.308,
                within(1e-12));
        assertThat(sp.notes()).anyMatch(n -> n.contains("Spot capacity is not eligible for Savings Plans"));
        assertThat(sp.notes()).noneMatch(n -> n.contains("no published discount"));
    }

    /**
     * Google's committed use discounts take no upfront payment: "The commitment fee is billed monthly"
     * (https://cloud.google.com/run/cud). Under an all-upfront option a Cloud Run function's note says so and names
     * no upfront sum; its request-based lines take the published 17% off all the same.
     */
    @Test
    void googleCommitmentsAreBilledMonthlyWhateverTheAwsPaymentOption() {
        Profile cloudRun = TestProfiles.parse("name: cr\ngcp_region: us-central1\ntraffic: {rate: 5/s, pattern: "
                + "flat}\nduration: 200ms\nmemory: 512MB\ntimeout: 10s\nruntime: node\n");
        Assessment cud = Platforms.assess(new CloudFunctionsGen2Platform(), cloudRun,
                new PricingContext(CATALOG, false).pricedAs(SP_3Y_ALL));
        assertThat(cud.notes()).anyMatch(n -> n.contains("billed monthly (Google's committed use discounts have no "
                + "upfront payment"));
        assertThat(cud.notes()).noneMatch(n -> n.contains("upfront ("));
        CostLine vcpu = byKey(cud).get("gcf2.vcpu.request:committed");
        assertThat(vcpu.unitPrice() / byKey(Platforms.assess(new CloudFunctionsGen2Platform(), cloudRun,
                new PricingContext(CATALOG, false))).get("gcf2.vcpu.request").unitPrice()).isCloseTo(0.83,
                within(1e-12));
    }

    /**
     * A platform chooses its settings by the month {@link CostUnderOption} gives them, and the report bills the month
     * {@link Commitments#apply} gives the one chosen: for every sample profile, platform and commitment option, the
     * two are the same figure, to the last bit (the same lines split the same way, summed in the same order).
     */
    @Test
    void theMonthASettingIsChosenByIsTheMonthTheReportBills() {
        int compared = 0;
        for (PricingOption option : List.of(SP_1Y, SP_3Y, SP_1Y_ALL, SP_3Y_ALL, SP_3Y_PARTIAL)) {
            PricingContext context = new PricingContext(CATALOG, false).pricedAs(option);
            for (Profile profile : TestProfiles.samples()) {
                for (Platform platform : Platforms.all()) {
                    Assessment own = platform.assess(profile, context);
                    if (!own.usable()) {
                        continue;
                    }
                    double chosenBy = CostUnderOption.of(profile, context, platform.info().cloud()).of(own);
                    assertThat(chosenBy).as("%s on %s under %s", profile.name(), platform.id(), option)
                            .isEqualTo(Commitments.apply(own, profile, CATALOG, option).platformCost());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(5 * 20);
    }
}
