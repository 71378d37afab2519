package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.ColdStarts;
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
        // The committed base is $1 of each of the 730 hours, at 83 cents; the rest ($182.50) on demand.
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
        // A flat pattern: every hour is the least hour, so all of the duration is committed, at $0.0000117.
        assertThat(committed.quantity()).isCloseTo(duration.quantity(), within(1e-6));
        assertThat(committed.unitPrice()).isCloseTo(0.0000117, within(1e-15));
        assertThat(byKey(sp)).doesNotContainKey("lambda.duration.arm64");
        assertThat(byKey(sp).get("lambda.requests")).isEqualTo(byKey(od).get("lambda.requests"));
        assertThat(sp.notes()).anyMatch(n -> n.contains("commits 100% of the covered use"));
    }

    @Test
    void theSteadyBaseIsTheQuietestHourShareOfTheMean() {
        // 2, 4, 4, 2 instances over four equal hours: the mean is 3, the least 2: two thirds can be committed.
        assertThat(new HourlyUsage(List.of(2.0, 4.0, 4.0, 2.0), List.of(1.0, 1.0, 1.0, 1.0)).steadyShare())
                .isCloseTo(2.0 / 3, within(1e-12));
        assertThat(new HourlyUsage(List.of(0.0, 4.0), List.of(1.0, 1.0)).steadyShare()).isZero();
        assertThat(HourlyUsage.NONE.steadyShare()).isZero();
    }

    @Test
    void fargateAndEc2HaveOnlyAwsUpToFiguresForThreeYearsAllUpfrontAndNothingElseIsGuessed() {
        // aws.amazon.com/fargate/pricing: "savings of up to 50%"; Savings Plans overview: "up to 66%" (EC2).
        assertThat(CATALOG.discount(SP_3Y_ALL, "fargate.vcpu.arm64", "us-east-1").orElseThrow().fraction())
                .isEqualTo(0.50);
        assertThat(CATALOG.discount(SP_3Y_ALL, "eks.nodes", "eu-west-1").orElseThrow().ceiling()).isTrue();
        assertThat(CATALOG.discount(SP_3Y_ALL, "eks.nodes", "eu-west-1").orElseThrow().fraction()).isEqualTo(0.66);
        assertThat(CATALOG.discount(SP_3Y, "fargate.vcpu.arm64", "us-east-1")).isEmpty();
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
}
