package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.costfit.TestProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A typo guard for the regional prices of the AWS services (issue 12): every price the embedded catalog gives one of
 * the fifteen regions besides us-east-1 is written in its key's unit, and lies within a plausible ratio of us-east-1's
 * price for the same key. A digit dropped or doubled, a price per hour written where the key is per second, or
 * another key's price pasted in lands far outside that band.
 *
 * <p>The band is 0.7× to 1.6× us-east-1's price, tier by tier. Real regional prices of these services sit inside it:
 * the cheapest is Mumbai's Arm Fargate (0.73× Virginia's; the Price List copy and two bills agree), the dearest first
 * tiers are Tokyo's and Seoul's CloudWatch Logs ingestion (1.52×) and Tokyo's NAT gateway (1.38×), and the egress
 * bands above 150 TB reach 1.6× in Singapore and Mumbai (the few beyond it are listed below). EC2 node prices are
 * left to the EC2 tests: Mumbai's Graviton nodes really do list at 0.67× Virginia's.
 */
class RegionalPriceSanityTest {

    /** The regions besides us-east-1 that the catalog must fully price (issue 12, item 1). */
    private static final List<String> REGIONS = List.of("us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
            "eu-west-2", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "ap-south-1",
            // The six of the regions pass of 2026-12, from the pricing pages' data (QuinnyPig/aws-price-watcher).
            "us-west-1", "ca-central-1", "sa-east-1", "eu-west-3", "eu-north-1", "ap-northeast-2");
    private static final double LOWEST = 0.7;
    private static final double HIGHEST = 1.6;

    /**
     * Tiers outside the band that are real: AWS's Asia-Pacific internet egress falls off less steeply with volume, so
     * its band above 150 TB is 1.68× (Tokyo) and 1.84× (Sydney) Virginia's $0.05 (Infracost's data-transfer golden,
     * rates = cost / quantity; Tokyo's first band is confirmed by the Price List).
     */
    private static final Set<String> KNOWN_OUTSIDE = Set.of("egress.internet ap-northeast-1 tier 4",
            "egress.internet ap-southeast-2 tier 4",
            // Sao Paulo is AWS's dearest region for these services, and the pricing pages' data (QuinnyPig/aws-price-
            // watcher's copy, ecs.json, lambda.json and datatransfer.json of 2025-06-05) gives it: Fargate at 1.71 to
            // 1.72x Virginia's ($0.0696 per vCPU-hour, $0.0076 per GB-hour; Arm $0.0557 and $0.00612), ephemeral
            // storage at 1.90x (Fargate $0.000211 per GB-hour, Lambda $0.0000000586 per GB-s), internet egress at
            // $0.15 / $0.138 / $0.126 / $0.114 per GB. Seoul's egress above 50 TB ($0.117, $0.108) falls off as
            // slowly as Tokyo's and Sydney's.
            "fargate.vcpu.x86_64 sa-east-1 tier 1", "fargate.memory.x86_64 sa-east-1 tier 1",
            "fargate.vcpu.arm64 sa-east-1 tier 1", "fargate.memory.arm64 sa-east-1 tier 1",
            "fargate.ephemeral-storage sa-east-1 tier 1", "lambda.ephemeral-storage sa-east-1 tier 1",
            "egress.internet sa-east-1 tier 1", "egress.internet sa-east-1 tier 2", "egress.internet sa-east-1 tier 3",
            "egress.internet sa-east-1 tier 4", "egress.internet ap-northeast-2 tier 3",
            "egress.internet ap-northeast-2 tier 4",
            // The regions2 pass (2026-12-07): Sao Paulo's gp3 at 1.90x ($0.152: two Price List reads agree) and NAT
            // gateway at 2.07x ($0.093 per hour and per GB: a Price List quote, and a September-2025 bill's
            // $1,765.84 for 18,987.55 GB).
            "ebs.gp3 sa-east-1 tier 1", "nat.hours sa-east-1 tier 1", "nat.data sa-east-1 tier 1",
            // The glue-regions pass (2026-12-07): Sao Paulo's CloudWatch Logs ingestion at 1.80x, custom and vended,
            // every vended band (the pricing page's data, processed/cloudwatch.json at commit a6645eb: $0.90 per GB
            // where Virginia's is $0.50, then $0.45, $0.18, $0.09).
            "cloudwatch.logs.ingestion sa-east-1 tier 1", "cloudwatch.logs.vended sa-east-1 tier 1",
            "cloudwatch.logs.vended sa-east-1 tier 2", "cloudwatch.logs.vended sa-east-1 tier 3",
            "cloudwatch.logs.vended sa-east-1 tier 4");

    private static final Catalog CATALOG = TestProfiles.CATALOG;

    /** The catalog file as written: key, unit and regions of each price entry, in file order. */
    private static List<JsonNode> writtenEntries() throws IOException {
        try (InputStream in = RegionalPriceSanityTest.class.getResourceAsStream("/dev/costfit/pricing/catalog.yaml")) {
            assertThat(in).as("the embedded catalog").isNotNull();
            List<JsonNode> entries = new ArrayList<>();
            new YAMLMapper().readTree(in).get("prices").forEach(entries::add);
            return entries;
        }
    }

    private static boolean awsService(String key) {
        return !key.startsWith("ec2.") && !key.startsWith("gcf") && CATALOG.hasPrice(key, "us-east-1");
    }

    @Test
    void everyRegionalPriceIsWrittenInItsKeysUnit() throws IOException {
        Map<String, String> keyUnit = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        for (JsonNode entry : writtenEntries()) {
            String key = entry.get("key").asText();
            String unit = entry.get("unit").asText();
            // The unit the key is billed in (PriceKeys), whatever its first entry is written in.
            keyUnit.putIfAbsent(key, PriceKeys.of(key).orElseThrow().unit());
            if (!awsService(key)) {
                continue;
            }
            for (JsonNode r : entry.get("regions")) {
                String region = r.asText();
                if (!REGIONS.contains(region)) {
                    continue;
                }
                // The key's billed unit, or the same quantity per another span of time (a Fargate storage price per
                // GB-hour for a key billed per GB-second), which the loader converts exactly.
                assertThat(unit.equals(keyUnit.get(key))
                        || PriceUnit.of(unit).in(PriceUnit.of(keyUnit.get(key))).isPresent())
                        .as("%s in %s is written per %s; the key is per %s", key, region, unit, keyUnit.get(key))
                        .isTrue();
                assertThat(CATALOG.price(key, region).unit()).as("%s in %s as loaded", key, region)
                        .isEqualTo(keyUnit.get(key));
                checked.add(key + " " + region);
            }
        }
        // Every service key has a price in each of the fifteen regions by now, save the gaps the README lists.
        assertThat(checked).hasSizeGreaterThan(150).contains("eks.cluster ap-south-1", "ebs.gp3 eu-west-1",
                "fargate.ephemeral-storage us-west-2", "alb.lcu ap-southeast-2", "sqs.requests ap-northeast-1",
                "cloudwatch.logs.vended sa-east-1", "stepfunctions.express.duration ap-south-1");
    }

    @Test
    void everyRegionalPriceIsWithinAPlausibleRatioOfVirginias() {
        List<String> outside = new ArrayList<>();
        int compared = 0;
        for (String key : CATALOG.prices().keySet()) {
            if (!awsService(key)) {
                continue;
            }
            List<Tier> virginia = CATALOG.price(key, "us-east-1").tiers();
            for (String region : REGIONS) {
                if (!CATALOG.hasPrice(key, region)) {
                    continue;
                }
                List<Tier> tiers = CATALOG.price(key, region).tiers();
                for (int i = 0; i < Math.min(tiers.size(), virginia.size()); i++) {
                    double ratio = tiers.get(i).price() / virginia.get(i).price();
                    compared++;
                    String which = key + " " + region + " tier " + (i + 1);
                    if ((ratio < LOWEST || ratio > HIGHEST) && !KNOWN_OUTSIDE.contains(which)) {
                        outside.add(String.format("%s: %s is %.2f× us-east-1's %s", which, tiers.get(i).price(),
                                ratio, virginia.get(i).price()));
                    }
                }
            }
        }
        assertThat(outside).as("prices outside %s×–%s× of us-east-1's", LOWEST, HIGHEST).isEmpty();
        assertThat(compared).isGreaterThan(150);
    }

    /**
     * The glue services in the fifteen regions (the glue-regions pass, 2026-12-07), a few figures read by hand from the
     * pricing page's data as QuinnyPig/aws-price-watcher copied it: processed/{file}.json at commit a6645eb of
     * 2025-06-18, the description in quotes, then the region's name as the file writes it.
     */
    @Test
    void theGlueServicesAreThePageDatasFiguresInEveryRegion() {
        // cloudwatch.json, "Logs Collected Data Ingestion", "EU (Ireland)": 0.5700000000 (per GB; Virginia's 0.50).
        assertThat(CATALOG.price("cloudwatch.logs.ingestion", "eu-west-1").unitPrice()).isEqualTo(0.57);
        // queueservice.json, "Standard per Requests", "Asia Pacific (Tokyo)": 0.0000004000 per request, $0.40 per
        // million; the data gives no bound, so the first band ends at the page's 100B as in Virginia.
        Price sqs = CATALOG.price("sqs.requests", "ap-northeast-1");
        assertThat(sqs.unit()).isEqualTo("request");
        assertThat(sqs.tiers()).containsExactly(new Tier(100_000_000_000.0, 0.0000004));
        assertThat(sqs.cost(1_000_000)).isCloseTo(0.40, within(1e-12));
        // cloudwatch.json, "Vended Logs First 10TB", "... Next 20TB", "... Next Next 20TB", "... over 50TB", "South
        // America (Sao Paulo)": 0.90, 0.45, 0.18, 0.09, on Virginia's bands.
        assertThat(CATALOG.price("cloudwatch.logs.vended", "sa-east-1").tiers()).containsExactly(new Tier(10_240, 0.9),
                new Tier(30_720, 0.45), new Tier(51_200, 0.18), new Tier(Double.POSITIVE_INFINITY, 0.09));
        // The same in "Asia Pacific (Tokyo)": 0.76 and 0.38 for the first two bands, so 20,480 GB of Lambda's logs
        // are 10,240 x $0.76 + 10,240 x $0.38 = $7,782.40 + $3,891.20 = $11,673.60.
        assertThat(CATALOG.price("cloudwatch.logs.vended", "ap-northeast-1").cost(20_480))
                .isCloseTo(11_673.60, within(1e-6));
        // cloudwatch.json, "Stored Data", "EU (Stockholm)": 0.0280000000 per GB-month, below Virginia's 0.03.
        assertThat(CATALOG.price("cloudwatch.logs.storage", "eu-north-1").unitPrice()).isEqualTo(0.028);
        // states.json, "Number of Workflow Requests" and "Duration of Workflows from 0 to 3600000" / "from 3600000 to
        // 18000000" / "over 18000000", "Asia Pacific (Mumbai)": Virginia's, bands in GB-seconds.
        assertThat(CATALOG.price("stepfunctions.express.requests", "ap-south-1").unitPrice()).isEqualTo(0.000001);
        Price express = CATALOG.price("stepfunctions.express.duration", "ap-south-1");
        assertThat(express.unit()).isEqualTo("GB-second");
        assertThat(express.tiers()).containsExactly(new Tier(3_600_000, 0.00001667), new Tier(18_000_000, 0.00000833),
                new Tier(Double.POSITIVE_INFINITY, 0.00000456));
        // events.json, "CloudWatch Events Custom Event", "Asia Pacific (Seoul)": 0.0000010000; xray.json, "Traces
        // Stored", "Canada (Central)": 0.0000050000; secretsmanager.json, "Secret" and "API Request", "US West (N.
        // California)": 0.4000000000 and 0.0000050000.
        assertThat(CATALOG.price("eventbridge.events", "ap-northeast-2").unitPrice()).isEqualTo(0.000001);
        assertThat(CATALOG.price("xray.traces", "ca-central-1").unitPrice()).isEqualTo(0.000005);
        assertThat(CATALOG.price("secretsmanager.secrets", "us-west-1").unitPrice()).isEqualTo(0.40);
        assertThat(CATALOG.price("secretsmanager.api-calls", "us-west-1").unitPrice()).isEqualTo(0.000005);
        // lambda.json has no SnapStart rows: SnapStart stays priced in us-east-1 alone.
        for (String region : REGIONS) {
            assertThat(CATALOG.hasPrice("lambda.snapstart.cache", region)).as(region).isFalse();
            assertThat(CATALOG.hasPrice("cloudwatch.logs.vended", region)).as(region).isTrue();
            assertThat(CATALOG.hasPrice("sqs.requests", region)).as(region).isTrue();
        }
    }

    @Test
    void theGuardCatchesATypo() {
        // The band rejects the mistakes it is for: a gp3 price with a digit dropped, or per GB-hour read as per month.
        double virginia = CATALOG.price("ebs.gp3", "us-east-1").unitPrice();
        assertThat(0.0095 / virginia).isLessThan(LOWEST);
        assertThat(0.952 / virginia).isGreaterThan(HIGHEST);
        assertThat(CATALOG.price("ebs.gp3", "eu-central-1").unitPrice() / virginia).isBetween(LOWEST, HIGHEST);
    }
}
