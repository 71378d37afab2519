package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.Simplicity;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * The network of a pipeline's request (NAT gateway, internet egress) is priced from its traffic, whatever the
 * profile's memory: an invariants sweep found a pipeline's NAT and egress lines gone on Lambda and 1st gen wherever
 * the whole request's memory (or payload) would not fit one function, as they were read off an assessment of the
 * whole request as one function, which has no lines where it does not fit.
 */
class PipelineNetworkTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    /**
     * 5/s is 13,140,000 requests a month (2,628,000 s); each sends a 4 MB response to the internet and fetches 40 KB
     * through the NAT gateway. A Standard workflow: its door answers at once, so the response is not the execution's
     * output (an Express one's is, and 4 MB would not fit its 256 KB).
     */
    private static Profile pipeline(String memory) {
        return TestProfiles.parse("""
                name: p
                region: us-east-1
                traffic: {rate: 5/s}
                orchestrator: step-functions-standard
                steps:
                  - {name: embed, duration: 400ms, cpu_time: 20ms, memory: 512MB, output: 8KB}
                  - {name: answer, duration: 10s, max: 40s, cpu_time: 300ms, memory: 1GB, output: 16KB}
                timeout: 90s
                payload: {request: 4KB, response: 4MB}
                network: {private: true, outbound_per_request: 40KB}
                memory: %s
                """.formatted(memory));
    }

    private static Assessment on(String id, Profile p) {
        return Platforms.assess(Platforms.byId(id).orElseThrow(), p, LIST);
    }

    private static double cost(Assessment a, String keyPrefix) {
        return a.lines().stream().filter(l -> l.key().startsWith(keyPrefix)).mapToDouble(CostLine::monthlyCost).sum();
    }

    @Test
    void lambdaBillsTheNatGatewayAndTheEgressOfARequestWhoseMemoryNoFunctionHas() {
        // 16 GB is for the containers (Lambda's functions stop at 10,240 MB); each step states its own memory.
        Assessment lambda = on("lambda", pipeline("16GB"));
        assertThat(lambda.usable()).as(lambda.violations().toString()).isTrue();
        // NAT: 730 h × $0.045 = $32.85, its address 730 h × $0.005 = $3.65, and 13,140,000 × 40 KiB =
        // 501.2512 GiB × $0.045 = $22.5563.
        assertThat(cost(lambda, "nat.hours")).isCloseTo(32.85, within(1e-9));
        assertThat(cost(lambda, "vpc.public-ipv4:nat")).isCloseTo(3.65, within(1e-9));
        assertThat(cost(lambda, "nat.data")).isCloseTo(22.5563049, within(1e-6));
        // Egress: 13,140,000 × 4 MiB = 51,328.125 GB, tiered: 10,240 × $0.09 + 40,960 × $0.085 + 128.125 × $0.07
        // = $921.60 + $3,481.60 + $8.96875 = $4,412.16875.
        assertThat(cost(lambda, "egress.internet")).isCloseTo(4412.16875, within(1e-6));
        // The same lines as with 1 GB, which a single function could have.
        Assessment small = on("lambda", pipeline("1GB"));
        assertThat(small.lines()).filteredOn(l -> l.key().startsWith("nat.") || l.key().startsWith("vpc.")
                        || l.key().startsWith("egress."))
                .extracting(CostLine::key, CostLine::monthlyCost)
                .containsExactlyElementsOf(lambda.lines().stream().filter(l -> l.key().startsWith("nat.")
                                || l.key().startsWith("vpc.") || l.key().startsWith("egress."))
                        .map(l -> org.assertj.core.groups.Tuple.tuple(l.key(), l.monthlyCost())).toList());
    }

    @Test
    void firstGenBillsTheEgressOfARequestOverItsEightGigabytes() {
        // 51,328.125 GB × $0.12 = $6,159.375 (1st gen's memory stops at 8 GB; each step has its own).
        Assessment gen1 = on("cloud-functions-gen1", pipeline("16GB"));
        assertThat(gen1.usable()).as(gen1.violations().toString()).isTrue();
        assertThat(cost(gen1, "gcf1.egress")).isCloseTo(6159.375, within(1e-6));
    }

    @Test
    void theStandardTiersLoadBalancerIsBilledForAPipelineOnSecondGen() {
        // Responses leave through a regional external Application Load Balancer (network_tier: standard): its
        // forwarding rule 730 h × $0.025 = $18.25, and (4 KiB + 200 KiB) × 13,140,000 = 2,556.3812 GiB processed ×
        // $0.008 = $20.4510 (Iowa's prices). Read off a single function's keys, a pipeline used to lose both.
        Profile p = TestProfiles.parse("""
                name: p
                region: us-east-1
                gcp_region: us-central1
                traffic: {rate: 5/s}
                steps:
                  - {name: embed, duration: 400ms, memory: 512MB, output: 8KB}
                  - {name: answer, duration: 10s, max: 40s, memory: 1GB, output: 16KB}
                timeout: 90s
                payload: {request: 4KB, response: 200KB}
                memory: 1GB
                platforms:
                  cloud-functions-gen2: {network_tier: standard}
                """);
        Assessment gen2 = on("cloud-functions-gen2", p);
        assertThat(gen2.usable()).as(gen2.violations().toString()).isTrue();
        assertThat(cost(gen2, "gcp.lb.forwarding-rule")).isCloseTo(18.25, within(1e-9));
        assertThat(cost(gen2, "gcp.lb.data")).isCloseTo(20.4510498, within(1e-6));
    }

    @Test
    void aFunctionPlatformWhoseNetworkIsNotKnownHereIsNotPricedRatherThanFree() {
        Platform lambda = Platforms.byId("lambda").orElseThrow();
        Platform other = new Platform() {
            @Override
            public PlatformInfo info() {
                return new PlatformInfo("other", "Other functions", Simplicity.FUNCTIONS, Cloud.AWS, "environment",
                        false);
            }

            @Override
            public Assessment assess(Profile profile, PricingContext context) {
                return lambda.assess(profile, context);
            }
        };
        Assessment a = PipelineAssessment.assess(other, pipeline("1GB"), LIST);
        // Not priced, which is not "does not fit", and no lines that would read as a network costing nothing.
        assertThat(a.feasible()).isTrue();
        assertThat(a.unpriced()).hasValueSatisfying(u -> assertThat(u).contains("network")
                .contains("not priced on Other functions"));
        assertThat(PipelineAssessment.bracket(other, pipeline("1GB"), LIST)).isEmpty();
    }
}
