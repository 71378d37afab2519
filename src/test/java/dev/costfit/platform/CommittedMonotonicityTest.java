package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.PricingOption;
import dev.costfit.profile.Profile;
import dev.costfit.yaml.InvalidValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Under a commitment EKS and Lambda Managed Instances choose their node or instance type (and pod or environment
 * size) by the month under the plan, not on demand before the plan discounts it: so the committed month is the least
 * the catalog's rates allow, and never falls as the load rises. Chosen on demand, EKS's LLM service below billed
 * t3a.medium nodes at 6.8/s ($234.94 under 3 years all upfront) and c6a.large ones at 6.95/s ($218.94); each shape
 * here fell somewhere on the grid under 3 years all upfront, the one option with an EC2 rate in the catalog.
 */
class CommittedMonotonicityTest {

    /** An LLM service on business hours: long waits, little CPU (the case found). */
    private static final String LLM = "name: p6-llm\nregion: us-east-1\n"
            + "traffic: {rate: %s/s, pattern: business-hours}\nduration: {mean: 12s, p95: 45s}\ncpu_time: 150ms\n"
            + "memory: 512MB\ntimeout: 120s\nconcurrency_per_instance: 50\nruntime: python\nfront_door: auto\n"
            + "payload: {request: 4KB, response: 6KB}\n"
            + "llm: {model: claude-sonnet-4, input_tokens: 2000, output_tokens: 500}\n";
    /** A CPU-bound service on a diurnal day: its CPU sizes the fleet. */
    private static final String CPU = "name: cpu-bound\nregion: us-east-1\ntraffic: {rate: %s/s, pattern: diurnal}\n"
            + "duration: 300ms\ncpu_time: 250ms\nmemory: 1GB\ntimeout: 10s\nconcurrency_per_instance: 4\n"
            + "runtime: python\nfront_door: alb\n";
    /**
     * A memory-heavy service: memory picks the types (chosen on demand, Lambda Managed Instances billed m5a.large
     * instances at 17.5/s, $455.12 under 3 years all upfront, and c6a.xlarge ones at 17.55/s, $360.39).
     */
    private static final String MEMORY = "name: memory-heavy\nregion: us-east-1\n"
            + "traffic: {rate: %s/s, pattern: diurnal}\nduration: 500ms\ncpu_time: 400ms\nmemory: 6GB\ntimeout: 30s\n"
            + "concurrency_per_instance: 8\nruntime: python\nfront_door: alb\n";
    /**
     * A CPU-bound Fargate service on a diurnal day (its tasks follow the requests). Committing the quietest hour's
     * tasks made its month fall as the quiet hours gained a task: under 1 year no upfront, $99.41 at 11.65/s and
     * $95.21 at 11.70/s (1 year all upfront $97.34 and $91.07); 3 years all upfront alone held.
     */
    private static final String FARGATE = "name: fargate-diurnal\nregion: us-east-1\n"
            + "traffic: {rate: %s/s, pattern: diurnal}\nduration: 200ms\ncpu_time: 150ms\nmemory: 2GB\n"
            + "timeout: 10s\nfront_door: none\nnetwork: {clients: vpc}\n";
    /** Every commitment option a profile can name. */
    private static final List<String> OPTIONS = List.of("savings-plan-1y", "savings-plan-1y-partial-upfront",
            "savings-plan-1y-all-upfront", "savings-plan-3y", "savings-plan-3y-partial-upfront",
            "savings-plan-3y-all-upfront");
    /** The setting choice may take a faster setting up to 0.1% dearer: a month may look that much cheaper. */
    private static final double TIE = 1 + Platform.SETTING_TIE;

    private static PricingOption option(String id) {
        try {
            return PricingOption.parse(id);
        } catch (InvalidValue e) {
            throw new AssertionError(e);
        }
    }

    private static Profile at(String shape, double rate) {
        return TestProfiles.parse(String.format(Locale.ROOT, shape, String.format(Locale.ROOT, "%.2f", rate)));
    }

    @Test
    void theCommittedMonthNeverFallsAsTheRateRises() {
        List<String> falls = new ArrayList<>();
        int compared = 0;
        for (String shape : List.of(LLM, CPU, MEMORY)) {
            for (String id : OPTIONS) {
                // As a search assesses (the same months as a report's, fewer settings priced).
                PricingContext context = new PricingContext(CATALOG, false, false).pricedAs(option(id));
                for (Platform platform : List.of(new EksPlatform(), new LambdaManagedInstancesPlatform())) {
                    Assessment before = null;
                    // 1/s to 20/s in steps of 0.05/s: 381 rates, 380 steps.
                    for (int step = 20; step <= 400; step++) {
                        double rate = step * 0.05;
                        Assessment a = Platforms.assess(platform, at(shape, rate), context);
                        if (before != null && before.usable() && a.usable()) {
                            compared++;
                            if (a.platformCost() * TIE < before.platformCost() - 1e-9) {
                                falls.add(String.format(Locale.ROOT, "%s, %s, %s at %.2f/s: %s $%.2f, then %s $%.2f",
                                        shape.substring(6, shape.indexOf('\n')), id, platform.id(), rate,
                                        before.variant(), before.platformCost(), a.variant(), a.platformCost()));
                            }
                        }
                        before = a;
                    }
                }
            }
        }
        assertThat(falls).isEmpty();
        // 3 shapes x 6 options x 2 platforms x 380 steps, each platform usable at every rate.
        assertThat(compared).isEqualTo(3 * 6 * 2 * 380);
    }

    @Test
    void aDiurnalFargateServicesCommittedMonthNeverFallsAsTheRateRises() {
        List<String> falls = new ArrayList<>();
        int compared = 0;
        for (String id : OPTIONS) {
            PricingContext context = new PricingContext(CATALOG, false, false).pricedAs(option(id));
            Assessment before = null;
            // 1/s to 20/s in steps of 0.05/s: 381 rates, 380 steps.
            for (int step = 20; step <= 400; step++) {
                double rate = step * 0.05;
                Assessment a = Platforms.assess(new FargatePlatform(), at(FARGATE, rate), context);
                if (before != null && before.usable() && a.usable()) {
                    compared++;
                    if (a.platformCost() * TIE < before.platformCost() - 1e-9) {
                        falls.add(String.format(Locale.ROOT, "%s at %.2f/s: %s $%.2f, then %s $%.2f", id, rate,
                                before.variant(), before.platformCost(), a.variant(), a.platformCost()));
                    }
                }
                before = a;
            }
        }
        assertThat(falls).isEmpty();
        // 6 options x 380 steps, Fargate usable at every rate.
        assertThat(compared).isEqualTo(6 * 380);
    }

    @Test
    void atSixPointEightASecondUnderThreeYearsAllUpfrontTheNodesArePricedAtThePlansRate() {
        // us-east-1 on demand (the catalog's EC2 prices, https://aws.amazon.com/ec2/pricing/on-demand/):
        // c6a.large $0.0765, t3a.medium $0.0376 an hour; the Compute Savings Plan's published "up to 66%" (the
        // catalog's 3-year all-upfront ceiling for EKS nodes) makes c6a.large $0.0765 x 0.34 = $0.02601 committed.
        // Business hours are Monday to Friday 08-18: 50 of the week's 168 hours; each stands for 730 / 168 hours
        // of the month. At 6.8/s the busy hours run 8 pods of 0.5 vCPU, the quiet ones 1.
        PricingOption plan = option("savings-plan-3y-all-upfront");
        PricingContext onDemand = new PricingContext(CATALOG, false);
        Profile llm = at(LLM, 6.8);
        Assessment committed = Platforms.assess(new EksPlatform(), llm, onDemand.pricedAs(plan));
        assertThat(committed.variant()).isEqualTo("c6a.large");
        Map<String, CostLine> lines = committed.lines().stream().collect(Collectors.toMap(CostLine::key, l -> l));
        // c6a.large holds 3 pods: 3 nodes in the busy hours, 1 in the quiet ones. The quiet hour's node is the
        // steady base: 1 node x 730 hours at $0.02601 = $18.9873.
        CostLine base = lines.get("eks.nodes:committed");
        assertThat(base.quantity()).isCloseTo(1 * 730, within(1e-9));
        assertThat(base.unitPrice()).isCloseTo(0.0765 * (1 - 0.66), within(1e-12));
        assertThat(base.monthlyCost()).isCloseTo(18.9873, within(1e-9));
        // Above it, 2 more nodes in each of the 50 busy hours, on demand: 2 x 50 x 730 / 168 = 434.52 node-hours
        // at $0.0765 = $33.2411.
        CostLine above = lines.get("eks.nodes");
        assertThat(above.quantity()).isCloseTo(2 * 50 * 730 / 168.0, within(1e-9));
        assertThat(above.monthlyCost()).isCloseTo(2 * 50 * 730 / 168.0 * 0.0765, within(1e-9));
        // Each node boots from a 20 GB gp3 root volume ($0.08 a GB-month): (730 + 434.52) / 730 x 20 GB.
        double nodeHours = 730 + 2 * 50 * 730 / 168.0;
        assertThat(lines.get("ebs.gp3:root").monthlyCost()).isCloseTo(nodeHours / 730 * 20 * 0.08, within(1e-9));
        double c6aNodes = 730 * 0.02601 + 2 * 50 * 730 / 168.0 * 0.0765 + nodeHours / 730 * 20 * 0.08;

        // t3a.medium, the cheaper on demand: a burstable type sustains 20% of its 2 vCPU, so it holds one pod
        // (0.5 vCPU at the 70% target: 0.35 vCPU for ever): 8 nodes in the busy hours, 1 in the quiet ones.
        double t3aHours = 730 + 7 * 50 * 730 / 168.0;
        double t3aOnDemand = t3aHours * 0.0376 + t3aHours / 730 * 20 * 0.08;
        double c6aOnDemand = nodeHours * 0.0765 + nodeHours / 730 * 20 * 0.08;
        assertThat(t3aOnDemand).isLessThan(c6aOnDemand); // $89.56 against $91.64: on demand t3a.medium is chosen
        double t3aCommitted = 730 * 0.0376 * 0.34 + 7 * 50 * 730 / 168.0 * 0.0376 + t3aHours / 730 * 20 * 0.08;
        assertThat(c6aNodes).isLessThan(t3aCommitted); // $54.78 against $71.45: under the plan c6a.large is
        Assessment t3a = Platforms.assess(new EksPlatform(), TestProfiles.parse(String.format(Locale.ROOT, LLM, "6.80")
                + "platforms: {eks: {node_types: [t3a.medium]}}\n"), onDemand.pricedAs(plan));
        assertThat(t3a.platformCost() - committed.platformCost()).isCloseTo(t3aCommitted - c6aNodes, within(1e-9));
        Assessment onDemandChoice = Platforms.assess(new EksPlatform(), llm, onDemand);
        assertThat(onDemandChoice.variant()).isEqualTo("t3a.medium");
        // The month at 6.8/s is no more than at 6.95/s, where c6a.large was chosen before too.
        Assessment higher = Platforms.assess(new EksPlatform(), at(LLM, 6.95), onDemand.pricedAs(plan));
        assertThat(higher.variant()).isEqualTo("c6a.large");
        assertThat(committed.platformCost()).isLessThanOrEqualTo(higher.platformCost());
    }
}
