package dev.costfit.pricing.update;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** From Price List products to catalog prices: which products count, and exact unit conversion. */
class ProductMappingTest {

    private final ProductMapping mapping = new ProductMapping(new AwsCatalogRules(List.of("m4.large")).rules());

    private static PriceListProduct product(String sku) throws IOException {
        for (JsonNode p : FakePriceList.fixtures()) {
            if (p.path("product").path("sku").asText().equals(sku)) {
                return new PriceListParser("test").parse(FakePriceList.JSON.writeValueAsString(p));
            }
        }
        throw new AssertionError("no fixture " + sku);
    }

    private Optional<RefreshedPrice> map(String sku, String service, String region) throws IOException {
        return mapping.map(product(sku), new AwsQuery(service, region, Map.of()));
    }

    private static RefreshedTier tier(double upTo, String price) {
        return new RefreshedTier(upTo, new java.math.BigDecimal(price));
    }

    @Test
    void lambdaDurationKeepsItsThreeTiers() throws IOException {
        RefreshedPrice price = map("TESTEUC1LGBSX86", "AWSLambda", "eu-central-1").orElseThrow();
        assertThat(price.key()).isEqualTo("lambda.duration.x86_64");
        assertThat(price.unit()).isEqualTo("GB-second");
        assertThat(price.tiers()).containsExactly(tier(6e9, "0.0000166667"), tier(15e9, "0.000015"),
                tier(Double.POSITIVE_INFINITY, "0.0000133334"));
    }

    @Test
    void fargateStorageIsWrittenPerGbHourAsPublished() throws IOException {
        // $0.0001110000 per GB-hour (sku 7KPDPTDSCT4J3Z64) is written as 0.000111 per GB-hour, the published digits
        // in the published unit; the catalog converts it into GB-seconds when it reads the overlay. A quotient
        // written out (0.00000003083333333333333) was refused by the number reader.
        RefreshedPrice price = map("7KPDPTDSCT4J3Z64", "AmazonECS", "us-east-1").orElseThrow();
        assertThat(price.key()).isEqualTo("fargate.ephemeral-storage");
        assertThat(price.unit()).isEqualTo("GB-hour");
        assertThat(price.tiers()).containsExactly(tier(Double.POSITIVE_INFINITY, "0.000111"));
        assertThat(price.tiers().get(0).price().toPlainString()).isEqualTo("0.000111");
        RefreshedPrice vcpu = map("8CESGAFWKAJ98PME", "AmazonECS", "us-east-1").orElseThrow();
        assertThat(vcpu.unit()).isEqualTo("vCPU-hour");
        assertThat(vcpu.tiers().get(0).price().toPlainString()).isEqualTo("0.04048");
    }

    @Test
    void aGapBetweenTiersIsRefusedWithItsBoundsAsAReaderWritesThem() throws IOException {
        // The second duration tier starting at 7 billion GB-seconds where the first ends at 6 billion: the message
        // printed "7.0E9 to 1.5E10 after 6.0E9".
        JsonNode p = null;
        for (JsonNode f : FakePriceList.fixtures()) {
            if (f.path("product").path("sku").asText().equals("TESTEUC1LGBSX86")) {
                p = f;
            }
        }
        assertThat(p).isNotNull();
        p.get("terms").get("OnDemand").forEach(term -> term.get("priceDimensions").forEach(d -> {
            if (d.get("beginRange").asText().equals("6000000000")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) d).put("beginRange", "7000000000");
            }
        }));
        PriceListProduct gap = new PriceListParser("test").parse(FakePriceList.JSON.writeValueAsString(p));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapping.map(gap, new AwsQuery("AWSLambda",
                        "eu-central-1", Map.of()))).isInstanceOf(UpdateFailure.class)
                .hasMessageContaining("has tiers that do not follow on from 0 without gaps (a tier from "
                        + "7,000,000,000 to 15,000,000,000 after one that ends at 6,000,000,000)")
                .hasMessageNotContaining("E9");
    }

    @Test
    void windowsFargateAndTheFreeTierAreNotCostfitsPrices() throws IOException {
        assertThat(map("8QDMJPGQCM368Z6X", "AmazonECS", "us-east-1")).isEmpty();
        assertThat(map("TESTGLOBALREQ", "AWSLambda", "eu-central-1")).isEmpty();
        // arm64 requests cost what x86_64 requests do; the catalog has one lambda.requests.
        assertThat(map("TESTEUC1LREQARM", "AWSLambda", "eu-central-1")).isEmpty();
    }

    @Test
    void eventBridgeCustomEventsArePutEventsPer64KbChunk() throws IOException {
        // The Price List prices custom events per "64K-Chunks" ($0.000001 each, one event per 64 KB chunk), and the
        // partner and cross-account products share the usage type EUC1-Event-64K-Chunks: only operation PutEvents
        // is the custom events' price.
        RefreshedPrice events = map("TESTEUC1EBPUT", "AWSEvents", "eu-central-1").orElseThrow();
        assertThat(events.key()).isEqualTo("eventbridge.events");
        assertThat(events.unit()).isEqualTo("event");
        assertThat(events.tiers()).containsExactly(tier(Double.POSITIVE_INFINITY, "0.000001"));
        assertThat(map("TESTEUC1EBPARTNER", "AWSEvents", "eu-central-1")).isEmpty();
        assertThat(map("TESTEUC1EBXACCT", "AWSEvents", "eu-central-1")).isEmpty();
        // And the query asks for PutEvents alone, so the other products are not even fetched.
        assertThat(new AwsCatalogRules(List.of()).queries("eu-central-1")).anyMatch(q -> q.serviceCode()
                .equals("AWSEvents") && "PutEvents".equals(q.filters().get("operation")));
    }

    @Test
    void aRecordedEc2ProductIsItsInstanceHour() throws IOException {
        RefreshedPrice price = map("ABFDCPB959KUGRH8", "AmazonEC2", "eu-central-1").orElseThrow();
        assertThat(price.key()).isEqualTo("ec2.m4.large");
        assertThat(price.tiers()).containsExactly(tier(Double.POSITIVE_INFINITY, "0.12"));
        assertThat(price.source()).isEqualTo("AWS Price List API, sku ABFDCPB959KUGRH8, effective 2022-07-01");
        // The same product does not price another region.
        assertThat(map("ABFDCPB959KUGRH8", "AmazonEC2", "us-east-1")).isEmpty();
    }

    @Test
    void usageTypesMatchWithOrWithoutARegionPrefixOnly() {
        PriceRule rule = new AwsCatalogRules(List.of()).rules().stream()
                .filter(r -> r.key().equals("lambda.duration.x86_64")).findFirst().orElseThrow();
        assertThat(rule.matches("AWSLambda", "Lambda-GB-Second")).isTrue();
        assertThat(rule.matches("AWSLambda", "EUC1-Lambda-GB-Second")).isTrue();
        assertThat(rule.matches("AWSLambda", "EU-Lambda-GB-Second")).isTrue();
        assertThat(rule.matches("AWSLambda", "Global-Lambda-GB-Second")).isFalse();
        assertThat(rule.matches("AWSLambda", "EUC1-Lambda-GB-Second-ARM")).isFalse();
        assertThat(rule.matches("AmazonEC2", "EUC1-Lambda-GB-Second")).isFalse();
    }

    @Test
    void secretsManagerApiCallsAreFoundUnderBothSpellingsOfTheirUsageType() throws IOException {
        // AWSSecretsManagerAPIRequest (no hyphen) in most regions, EU-AWSSecretsManager-APIRequests in eu-west-1.
        RefreshedPrice calls = map("TESTEUC1SMAPI", "AWSSecretsManager", "eu-central-1").orElseThrow();
        assertThat(calls.key()).isEqualTo("secretsmanager.api-calls");
        assertThat(calls.unit()).isEqualTo("call");
        assertThat(calls.tiers()).containsExactly(tier(Double.POSITIVE_INFINITY, "0.000005"));
        PriceRule rule = new AwsCatalogRules(List.of()).rules().stream()
                .filter(r -> r.key().equals("secretsmanager.api-calls")).findFirst().orElseThrow();
        assertThat(rule.matches("AWSSecretsManager", "USE1-AWSSecretsManagerAPIRequest")).isTrue();
        assertThat(rule.matches("AWSSecretsManager", "EU-AWSSecretsManager-APIRequests")).isTrue();
        assertThat(rule.matches("AWSSecretsManager", "EU-AWSSecretsManager-Secrets")).isFalse();
    }

    @Test
    void ebsGp3IsRefreshedSoThatEveryAwsKeyCanBeFetched() {
        // EKS prices pods' storage on gp3; a region without it is told to run `pricing update`, which must fetch it.
        PriceRule rule = new AwsCatalogRules(List.of()).rules().stream()
                .filter(r -> r.key().equals("ebs.gp3")).findFirst().orElseThrow();
        assertThat(rule.matches("AmazonEC2", "EBS:VolumeUsage.gp3")).isTrue();
        assertThat(rule.matches("AmazonEC2", "EUC1-EBS:VolumeUsage.gp3")).isTrue();
        assertThat(rule.matches("AmazonEC2", "EUC1-EBS:VolumeUsage.gp2")).isFalse();
        assertThat(rule.unitFor("GB-Mo")).hasValue("GB-month");
    }

    @Test
    void everyAwsPriceOfTheEmbeddedCatalogCanBeRefreshed() {
        // A missing AWS price tells the user to run `costfit pricing update --region R`: that must fetch it.
        dev.costfit.pricing.Catalog embedded = new dev.costfit.pricing.CatalogLoader(Optional.empty()).embedded();
        java.util.Set<String> aws = embedded.regions("aws");
        List<PriceRule> rules = new AwsCatalogRules(embedded.instanceTypes().keySet()).rules();
        embedded.prices().forEach((key, byRegion) -> {
            if (byRegion.keySet().stream().anyMatch(aws::contains)) {
                assertThat(rules).as(key).anyMatch(r -> r.key().equals(key));
            }
        });
    }

    @Test
    void everyUnitARuleWritesConvertsIntoItsKeysBilledUnit() {
        // The overlay holds each price in its published unit; the loader must convert every one of them into the
        // unit its key is billed in (PriceKeys), or the file a refresh writes would be refused by every later run.
        for (PriceRule rule : new AwsCatalogRules(List.of("m5.large")).rules()) {
            dev.costfit.pricing.PriceKey key = dev.costfit.pricing.PriceKeys.of(rule.key()).orElseThrow();
            rule.apiUnits().forEach((api, written) ->
                    assertThat(key.unitsIn(written)).as(rule.key() + " per " + api).isPresent());
        }
        // One GB-hour of Fargate storage is 3600 of the GB-seconds its line bills.
        assertThat(dev.costfit.pricing.PriceKeys.of("fargate.ephemeral-storage").orElseThrow().unitsIn("GB-hour"))
                .hasValue(3600);
    }

    @Test
    void theQueriesOfARegionDoNotGrowWithTheNodeTypes() {
        // One EC2 query answers every instance type of a region; with one per type, the ~160 node types of the
        // catalog would have made a refresh of its 34 regions some 5,500 calls.
        int few = new AwsCatalogRules(List.of("m4.large")).queries("eu-central-1").size();
        List<String> many = new dev.costfit.pricing.CatalogLoader(Optional.empty()).embedded().instanceTypes().keySet()
                .stream().toList();
        assertThat(many).hasSizeGreaterThan(100);
        assertThat(new AwsCatalogRules(many).queries("eu-central-1")).hasSize(few);
    }
}
