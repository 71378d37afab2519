package dev.costfit.pricing.update.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costfit.TestProfiles;
import dev.costfit.pricing.update.RefreshedTier;
import dev.costfit.pricing.update.UpdateFailure;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SKUs into catalog prices: units, tiers and free tiers, and the rules' reading of Google's descriptions. */
class SkuMappingTest {

    private static final String WHERE = "Cloud Run SKUs";

    private static CatalogSku fixture(String service, String skuId) throws IOException {
        try (InputStream in = SkuMappingTest.class.getResourceAsStream("/cloudbilling/skus-" + service + ".json")) {
            for (JsonNode sku : FakeBillingCatalog.JSON.readTree(in).get("skus")) {
                if (sku.get("skuId").asText().equals(skuId)) {
                    return CatalogSku.of(sku.deepCopy());
                }
            }
        }
        throw new AssertionError("no fixture SKU " + skuId);
    }

    private static SkuRule rule(String key) {
        return GoogleCatalogRules.rules().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static ObjectNode expression(CatalogSku sku) {
        return (ObjectNode) sku.json().path("pricingInfo").get(0).path("pricingExpression");
    }

    @Test
    void aLeadingFreeTierIsTheFreeTierAndTheBandsKeepTheirEnds() throws IOException {
        // North America egress: $0 to 1 GiB, $0.105 to 10,240, $0.08 to 153,600, $0.06 beyond (Infracost's
        // transcription of 2026-09-24) is the embedded catalog's bands with the free GiB apart.
        SkuMapping.Mapped m = SkuMapping.map(rule("gcf2.egress"), fixture("152E-C115-5142", "TEST-CR00-0011"), WHERE);
        assertThat(m.free()).isEqualTo(1);
        assertThat(m.tiers()).containsExactly(tier(10240, "0.105"), tier(153600, "0.08"),
                tier(Double.POSITIVE_INFINITY, "0.06"));
    }

    @Test
    void theRealStandardTierSkuGives200FreeGibAndThreeBands() throws IOException {
        SkuMapping.Mapped m = SkuMapping.map(rule("gcf2.egress.standard"), fixture("6F81-5844-456A",
                "B096-F403-ED14"), WHERE);
        assertThat(m.free()).isEqualTo(200);
        assertThat(m.tiers()).containsExactly(tier(10240, "0.085"), tier(153600, "0.065"),
                tier(Double.POSITIVE_INFINITY, "0.045"));
        assertThat(m.effective()).hasToString("2024-04-17");
        assertThat(m.source()).contains("sku B096-F403-ED14 (Network Standard Data Transfer Out to Internet from "
                + "Finland)");
    }

    @Test
    void aPricePerHourIsWrittenPerHourAsPublished() throws IOException {
        // $0.0648 a vCPU-hour stays $0.0648 per vCPU-hour: the catalog converts it into the instance-based
        // $0.000018 a vCPU-second (pricing-reference.md §4.1) when it reads the overlay.
        CatalogSku sku = fixture("152E-C115-5142", "TEST-CR00-0008");
        expression(sku).put("usageUnit", "h");
        ((ObjectNode) expression(sku).path("tieredRates").get(0).path("unitPrice")).put("nanos", 64_800_000);
        SkuMapping.Mapped m = SkuMapping.map(rule("gcf2.vcpu.instance"), sku, WHERE);
        assertThat(m.unit()).isEqualTo("vCPU-hour");
        assertThat(m.tiers()).containsExactly(tier(Double.POSITIVE_INFINITY, "0.0648"));
    }

    @Test
    void displayQuantityOnlySaysHowToShowThePrice() throws IOException {
        // "$0.40 per 1,000,000 requests" is a display of $0.0000004 per request: the unit price stays per request.
        CatalogSku sku = fixture("152E-C115-5142", "TEST-CR00-0001");
        expression(sku).put("displayQuantity", 1_000_000);
        SkuMapping.Mapped m = SkuMapping.map(rule("gcf2.requests"), sku, WHERE);
        assertThat(m.tiers()).containsExactly(tier(Double.POSITIVE_INFINITY, "0.0000004"));
        assertThat(m.free()).isEqualTo(2_000_000);
    }

    @Test
    void moneyIsUnitsPlusNanos() throws IOException {
        // The SQL Server licence SKU: units "2", nanos 961,000,000 = $2.961 an hour.
        CatalogSku sku = fixture("6F81-5844-456A", "0013-863C-A2FF");
        SkuPricing pricing = SkuPricing.of(sku, WHERE);
        assertThat(pricing.rates().get(0).price()).isEqualByComparingTo("2.961");
        ((ObjectNode) expression(sku).path("tieredRates").get(0).path("unitPrice")).put("nanos", -5);
        assertThatThrownBy(() -> SkuPricing.of(sku, WHERE)).isInstanceOf(UpdateFailure.class)
                .hasMessageContaining("not Money");
    }

    @Test
    void tiersThatAggregateOtherwiseThanMonthlyPerAccountAreRefused() throws IOException {
        CatalogSku sku = fixture("152E-C115-5142", "TEST-CR00-0011");
        ((ObjectNode) sku.json().path("pricingInfo").get(0).path("aggregationInfo"))
                .put("aggregationInterval", "DAILY");
        assertThatThrownBy(() -> SkuMapping.map(rule("gcf2.egress"), sku, WHERE)).isInstanceOf(UpdateFailure.class)
                .hasMessageContaining("monthly per billing account");
    }

    @Test
    void tiersThatDoNotStartAtZeroAreRefused() throws IOException {
        CatalogSku sku = fixture("152E-C115-5142", "TEST-CR00-0002");
        ((ObjectNode) expression(sku).path("tieredRates").get(0)).put("startUsageAmount", 5);
        assertThatThrownBy(() -> SkuMapping.map(rule("gcf2.vcpu.request"), sku, WHERE))
                .isInstanceOf(UpdateFailure.class).hasMessageContaining("start at 5");
    }

    @Test
    void rulesReadGooglesDescriptionsAsTheyAre() throws IOException {
        SkuRule cpu = rule("gcf2.vcpu.request");
        assertThat(cpu.claims(fixture("152E-C115-5142", "TEST-CR00-0003"))).as("double space, Tier 2").isTrue();
        assertThat(cpu.claims(fixture("152E-C115-5142", "TEST-CR00-0006"))).as("Min Instance CPU").isFalse();
        assertThat(rule("gcf2.vcpu.idle").claims(fixture("152E-C115-5142", "TEST-CR00-0006"))).isTrue();
        assertThat(rule("gcf2.vcpu.instance").claims(fixture("152E-C115-5142", "TEST-CR00-0009")))
                .as("in in asia-northeast1").isTrue();
        assertThat(rule("gcf2.vcpu.instance").claims(fixture("152E-C115-5142", "TEST-CR00-0017"))).as("Jobs")
                .isFalse();
        SkuRule egress = rule("gcf2.egress");
        assertThat(egress.claims(fixture("152E-C115-5142", "TEST-CR00-0014"))).isTrue();
        assertThat(egress.continent(fixture("152E-C115-5142", "TEST-CR00-0014"))).isEqualTo("asiapacific");
        assertThat(egress.claims(fixture("152E-C115-5142", "TEST-CR00-0015"))).as("inter-region").isFalse();
        assertThat(egress.claims(fixture("152E-C115-5142", "TEST-CR00-0016"))).as("intercontinental").isFalse();
        assertThat(rule("gcf1.invocations").claims(fixture("29E7-DA93-CA13", "TEST-CF00-0002"))).as("2nd gen")
                .isFalse();
        assertThat(rule("gcf1.memory").claims(fixture("29E7-DA93-CA13", "TEST-CF00-0008"))).as("2nd gen")
                .isFalse();
    }

    @Test
    void everyUnitARuleWritesConvertsIntoItsKeysBilledUnit() {
        // An overlay in a unit the loader cannot convert into the key's would be refused when loaded (issue 12,
        // item 4): each written unit is the billed one, or per another span of time of the same quantity.
        for (SkuRule rule : GoogleCatalogRules.rules()) {
            dev.costfit.pricing.PriceKey key = dev.costfit.pricing.PriceKeys.of(rule.key()).orElseThrow();
            rule.apiUnits().forEach((api, written) ->
                    assertThat(key.unitsIn(written)).as(rule.key() + " per " + api).isPresent());
        }
        assertThat(dev.costfit.pricing.PriceKeys.of("gcf2.vcpu.instance").orElseThrow().unitsIn("vCPU-hour"))
                .hasValue(3600);
    }

    private static RefreshedTier tier(double upTo, String price) {
        return new RefreshedTier(upTo, new java.math.BigDecimal(price));
    }

    @Test
    void everyContinentOfCloudRunRegionsIsKnown() {
        List<String> unknown = TestProfiles.CATALOG.regions("gcp").stream()
                .filter(r -> Continents.of(r).isEmpty()).toList();
        assertThat(unknown).isEmpty();
    }
}
