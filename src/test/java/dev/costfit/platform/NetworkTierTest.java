package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * platforms.cloud-functions-gen2.network_tier. Premium (the default) is the Cloud Run SKU per continent, tested in
 * CloudFunctionsTest.Egress. Standard: the Compute Engine Standard Tier SKU of the source region, $0.085 a GiB to
 * 10 TiB, $0.065 to 150 TiB, $0.045 beyond in Europe (SKU B096-F403-ED14, "from Finland"), $0.085 for the first
 * 10 TiB in North America (the Iowa SKU, first tier only), the first 200 GiB a month free. 1,048,576 responses of
 * N KiB are N GiB.
 */
class NetworkTierTest {

    private static final CloudFunctionsGen2Platform GEN2 = new CloudFunctionsGen2Platform();
    private static final PricingContext LIST = new PricingContext(CATALOG, false);
    private static final PricingContext FREE = new PricingContext(CATALOG, true);

    private static Profile sending(String region, String kib, String tier, String... extra) {
        return TestProfiles.parse("name: f\ngcp_region: " + region + "\ntraffic: {rate: 1048576/month}\n"
                + "duration: 100ms\nmemory: 512MB\ntimeout: 60s\npayload: {response: " + kib + "KB}\n"
                + "network: {clients: internet}\nplatforms: {cloud-functions-gen2: {network_tier: " + tier + "}}\n"
                + String.join("\n", extra) + "\n");
    }

    private static double egress(Assessment a) {
        return a.lines().stream().filter(l -> l.component().startsWith("Internet egress"))
                .mapToDouble(CostLine::monthlyCost).sum();
    }

    @Test
    void standardTierInEuropeIsCheaperThanPremium() {
        // 100 GiB: Standard 100 x $0.085 = $8.50; Premium (Europe to Europe) 100 x $0.105 = $10.50.
        assertThat(egress(GEN2.assess(sending("europe-west1", "100", "standard"), LIST))).isCloseTo(8.50, within(1e-9));
        assertThat(egress(GEN2.assess(sending("europe-west1", "100", "premium"), LIST))).isCloseTo(10.50, within(1e-9));
    }

    @Test
    void standardTierBillsInItsOwnVolumeBands() {
        // 20,480 GiB: 10,240 x $0.085 + 10,240 x $0.065 = $870.40 + $665.60 = $1,536.00.
        Assessment a = GEN2.assess(sending("europe-west4", "20480", "standard"), LIST);
        assertThat(egress(a)).isCloseTo(1536.00, within(1e-6));
        assertThat(a.lines().stream().filter(l -> l.component().startsWith("Internet egress, Standard Tier"))
                .map(CostLine::unitPrice)).containsExactly(0.085, 0.065);
    }

    @Test
    void theFreeTierIs200GibInEveryRegionThatOffersStandard() {
        // 1,000 GiB from Iowa: $85.00; with --free-tier the first 200 GiB are free: 800 x $0.085 = $68.00.
        assertThat(egress(GEN2.assess(sending("us-central1", "1000", "standard"), LIST))).isCloseTo(85.00,
                within(1e-9));
        assertThat(egress(GEN2.assess(sending("us-central1", "1000", "standard"), FREE))).isCloseTo(68.00,
                within(1e-9));
        // Europe has it too (Premium's free GiB is North America's only): 100 GiB are all free.
        assertThat(egress(GEN2.assess(sending("europe-west1", "100", "standard"), FREE))).isZero();
    }

    @Test
    void llmPromptsLeaveFromTheFunctionAndStayPremium() {
        // Prompts of 1,024 tokens x 4 bytes (the catalog's estimate) x 1,048,576 requests = 4 GiB at the Premium
        // Europe price, 4 x $0.105 = $0.42; the 100 GiB of responses at Standard, $8.50.
        Assessment a = GEN2.assess(sending("europe-west1", "100", "standard",
                "llm: {model: claude-sonnet-4, input_tokens: 1024, output_tokens: 1}"), LIST);
        assertThat(a.lines()).anySatisfy(l -> {
            assertThat(l.component()).isEqualTo("Internet egress (LLM prompts, within Europe)");
            assertThat(l.quantity()).isCloseTo(4, within(1e-9));
            assertThat(l.unitPrice()).isEqualTo(0.105);
        });
        assertThat(egress(a)).isCloseTo(8.92, within(1e-9));
        assertThat(a.assumptions()).anyMatch(x -> x.contains("regional external Application Load Balancer"));
    }

    /**
     * The Standard Tier's regional external Application Load Balancer bills too (cloud.google.com/load-balancing/
     * pricing, Iowa): one forwarding rule, 730 h x $0.025 = $18.25, and $0.008 a GiB processed in and out. 100 GiB
     * of responses to 1,048,576 requests of 1 KiB (1 GiB in): 101 GiB x $0.008 = $0.808; with the egress, 100 x
     * $0.085 = $8.50, $27.558, dearer than Premium's 100 x $0.105 = $10.50. 2,048 GiB: 2,048 x $0.085 = $174.08 +
     * $18.25 + 2,049 x $0.008 = $16.392, $208.722, below Premium's 2,048 x $0.105 = $215.04.
     */
    @Test
    void theStandardTiersLoadBalancerIsPricedSoSmallVolumesCostMoreThanPremium() {
        java.util.function.BiFunction<String, String, Assessment> assess = (kib, tier) -> GEN2.assess(
                TestProfiles.parse("name: f\ngcp_region: us-central1\ntraffic: {rate: 1048576/month}\n"
                        + "duration: 100ms\nmemory: 512MB\ntimeout: 60s\npayload: {request: 1KB, response: " + kib
                        + "KB}\nnetwork: {clients: internet}\nplatforms: {cloud-functions-gen2: {network_tier: " + tier
                        + "}}\n"), LIST);
        java.util.function.Function<Assessment, Double> network = a -> a.lines().stream()
                .filter(l -> l.component().startsWith("Internet egress") || l.component().startsWith("Load balancer"))
                .mapToDouble(CostLine::monthlyCost).sum();
        Assessment small = assess.apply("100", "standard");
        assertThat(small.lines()).anySatisfy(l -> {
            assertThat(l.key()).isEqualTo("gcp.lb.forwarding-rule");
            assertThat(l.quantity()).isEqualTo(730);
            assertThat(l.monthlyCost()).isCloseTo(18.25, within(1e-9));
        });
        assertThat(small.lines()).anySatisfy(l -> {
            assertThat(l.key()).isEqualTo("gcp.lb.data");
            assertThat(l.quantity()).isCloseTo(101, within(1e-9));
            assertThat(l.monthlyCost()).isCloseTo(0.808, within(1e-9));
        });
        assertThat(network.apply(small)).isCloseTo(27.558, within(1e-9));
        assertThat(network.apply(assess.apply("100", "premium"))).isCloseTo(10.50, within(1e-9));
        assertThat(network.apply(assess.apply("2048", "standard"))).isCloseTo(208.722, within(1e-9));
        assertThat(network.apply(assess.apply("2048", "premium"))).isCloseTo(215.04, within(1e-9));
        assertThat(small.assumptions()).anyMatch(x -> x.contains("its forwarding rule (one, all month) and the GiB "
                + "it processes (requests in, responses out) are priced"));
    }

    /** Where the catalog has no load balancer price (Europe), the note says so, and where Standard starts to pay. */
    @Test
    void withoutALoadBalancerPriceTheNoteSaysWhereStandardStartsToPay() {
        Assessment a = GEN2.assess(sending("europe-west1", "100", "standard"), LIST);
        assertThat(a.lines()).noneMatch(l -> l.component().startsWith("Load balancer"));
        assertThat(a.assumptions()).anyMatch(x -> x.contains("not priced here") && x.contains("about 1.5 TiB"));
    }

    @Test
    void aRegionWithoutTheStandardTierIsMissingNotGuessed() {
        // europe-west8 (Milan) is not on Google's list of regions that offer the Standard Tier.
        Assessment a = GEN2.assess(sending("europe-west8", "100", "standard"), LIST);
        assertThat(a.priced()).isFalse();
        assertThat(a.unpriced().orElseThrow()).contains("gcf2.egress.standard").contains("europe-west8");
    }

    @Test
    void northAmericaBeyondItsKnownFirstTierIsMissingNotExtrapolated() {
        Assessment a = GEN2.assess(sending("us-east4", "20480", "standard"), LIST);
        assertThat(a.priced()).isFalse();
        assertThat(a.unpriced().orElseThrow()).contains("gcf2.egress.standard").contains("stops at 10,240");
    }
}
