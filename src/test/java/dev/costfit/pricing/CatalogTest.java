package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.units.DataSize;
import dev.costfit.units.TimeSpan;
import dev.costfit.yaml.InputException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {

    private static final Catalog EMBEDDED = TestProfiles.CATALOG;

    private static Path overlay(String name) throws URISyntaxException {
        return Path.of(CatalogTest.class.getResource("/catalogs/" + name).toURI());
    }

    @Test
    void everyPriceHasAUnitADateAndASourceUrl() {
        assertThat(EMBEDDED.date()).isEqualTo(LocalDate.of(2026, 12, 2));
        EMBEDDED.prices().values().forEach(byRegion -> byRegion.values().forEach(price -> {
            assertThat(price.unit()).isNotBlank();
            assertThat(price.effective()).isNotNull();
            assertThat(price.source()).startsWith("https://");
            assertThat(price.tiers()).isNotEmpty();
        }));
        EMBEDDED.limits().values().forEach(limit -> assertThat(limit.source()).startsWith("https://"));
    }

    @ParameterizedTest(name = "{0} in {1} = {2}")
    @CsvSource({
        // pricing-reference.md §1.1 and the region notes under §1.3.
        "lambda.requests, us-east-1, 0.0000002", "lambda.requests, us-west-2, 0.0000002",
        "lambda.requests, eu-west-1, 0.0000002", "lambda.duration.x86_64, us-east-1, 0.0000166667",
        "lambda.duration.arm64, us-east-1, 0.0000133334", "lambda.duration.x86_64, eu-west-1, 0.0000166667",
        "lambda.duration.x86_64, af-south-1, 0.0000221", "lambda.duration.x86_64, ap-east-1, 0.00002292",
        "lambda.duration.x86_64, eu-south-1, 0.0000195172", "lambda.duration.x86_64, me-south-1, 0.0000206667",
        "lambda.ephemeral-storage, us-east-1, 0.0000000309", "lambda.streaming, us-east-1, 0.008"})
    void lambdaPricesAreTheReferenceValues(String key, String region, double price) {
        assertThat(EMBEDDED.price(key, region).unitPrice()).isEqualTo(price);
    }

    @Test
    void lambdaTiersAreTheReferenceTiers() {
        Price x86 = EMBEDDED.price("lambda.duration.x86_64", "us-east-1");
        assertThat(x86.tiers()).containsExactly(new Tier(6e9, 0.0000166667), new Tier(15e9, 0.0000150000),
                new Tier(Double.POSITIVE_INFINITY, 0.0000133334));
        Price arm = EMBEDDED.price("lambda.duration.arm64", "us-east-1");
        assertThat(arm.tiers()).containsExactly(new Tier(7.5e9, 0.0000133334), new Tier(18.75e9, 0.0000120001),
                new Tier(Double.POSITIVE_INFINITY, 0.0000106667));
        // Oregon's arm64 tiers as the Lambda page's data gives them ("Lambda Duration-ARM", "... Tier2", "... Tier3";
        // QuinnyPig/aws-price-watcher's copy of 2025-06-05): 8B GB-s cost 7.5e9 x $0.0000133334 + 0.5e9 x $0.0000120001
        // = $100,000.50 + $6,000.05 = $106,000.55.
        Price oregon = EMBEDDED.price("lambda.duration.arm64", "us-west-2");
        assertThat(oregon.tiers()).containsExactly(new Tier(7.5e9, 0.0000133334), new Tier(18.75e9, 0.0000120001),
                new Tier(Double.POSITIVE_INFINITY, 0.0000106667));
        assertThat(oregon.cost(8e9)).isCloseTo(106_000.55, within(1e-6));
        // Where a source gives the first tier only (SQS's first 100B requests a month), it ends where AWS's first
        // tier ends, and volume past it is a missing price.
        Price sqs = EMBEDDED.price("sqs.requests", "us-east-1");
        assertThat(sqs.tiers()).containsExactly(new Tier(1e11, 0.0000004));
        assertThatThrownBy(() -> sqs.cost(2e11)).isInstanceOf(MissingPriceException.class)
                .hasMessageContaining("stops at 100,000,000,000 request")
                .hasMessageContaining("`costfit pricing update --region us-east-1`");
    }

    /**
     * Cape Town, Hong Kong, Milan and Bahrain: every duration tier of both architectures as the Lambda page's data
     * gives them ("Lambda Duration", "... Tier2", "... Tier3", "Lambda Duration-ARM", ...; QuinnyPig/aws-price-watcher,
     * processed/lambda.json at commit daa3fca of 2025-06-05), within the page's bounds (x86_64: 6B and 15B GB-seconds
     * a month; arm64: 7.5B and 18.75B). The x86_64 first tiers are the page's own, which the reference gave.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "af-south-1, 0.0000221, 0.00001989, 0.00001768, 0.00001768, 0.000015912, 0.000014144",
        "ap-east-1, 0.00002292, 0.00002062, 0.00001833, 0.0000183, 0.0000165, 0.0000147",
        "eu-south-1, 0.0000195172, 0.0000175655, 0.0000156138, 0.0000156138, 0.0000140524, 0.000012491",
        "me-south-1, 0.0000206667, 0.000018591, 0.0000165334, 0.0000165334, 0.0000148801, 0.0000132267"})
    void lambdaDurationHasEveryTierWhereTheReferenceGaveOne(String region, double x1, double x2, double x3,
                                                            double a1, double a2, double a3) {
        assertThat(EMBEDDED.price("lambda.duration.x86_64", region).tiers()).containsExactly(new Tier(6e9, x1),
                new Tier(15e9, x2), new Tier(Double.POSITIVE_INFINITY, x3));
        assertThat(EMBEDDED.price("lambda.duration.arm64", region).tiers()).containsExactly(new Tier(7.5e9, a1),
                new Tier(18.75e9, a2), new Tier(Double.POSITIVE_INFINITY, a3));
    }

    @Test
    void capeTownsMonthOfTwentyBillionGbSecondsBillsAllThreeTiers() {
        // x86_64: 6e9 x $0.0000221 + 9e9 x $0.00001989 + 5e9 x $0.00001768 = $132,600 + $179,010 + $88,400
        // = $400,010 (once the tiers are known, no missing price past 6B GB-seconds).
        assertThat(EMBEDDED.price("lambda.duration.x86_64", "af-south-1").cost(20e9)).isCloseTo(400_010,
                within(1e-6));
        // arm64: 7.5e9 x $0.00001768 + 11.25e9 x $0.000015912 + 1.25e9 x $0.000014144 = $132,600 + $179,010
        // + $17,680 = $329,290.
        assertThat(EMBEDDED.price("lambda.duration.arm64", "af-south-1").cost(20e9)).isCloseTo(329_290,
                within(1e-6));
    }

    /**
     * Their requests, from the same data: "Lambda Requests" and "Lambda Requests-ARM" (one price) per region, $0.27,
     * $0.28, $0.23 and $0.25 per million; remotion's copy of calculator.aws's lambda.json gives the same for the first
     * three, rate codes included.
     */
    @ParameterizedTest(name = "{0}: ${1} per million")
    @CsvSource({"af-south-1, 0.27", "ap-east-1, 0.28", "eu-south-1, 0.23", "me-south-1, 0.25"})
    void lambdaRequestsArePricedWhereTheirDurationIs(String region, double perMillion) {
        // The page's example 1: 3M requests less the 1M free are 2M billed, 2 x the price per million.
        Price requests = EMBEDDED.price(PriceKeys.LAMBDA_REQUESTS, region);
        assertThat(requests.unit()).isEqualTo("request");
        assertThat(requests.cost(2e6)).isCloseTo(2 * perMillion, within(1e-15));
    }

    @Test
    void lambdaLimitsAreTheReferenceValues() {
        assertThat(EMBEDDED.durationLimit("lambda.timeout")).isEqualTo(new TimeSpan(900));
        assertThat(EMBEDDED.sizeLimit("lambda.memory.max")).isEqualTo(DataSize.ofMiB(10240));
        assertThat(EMBEDDED.sizeLimit("lambda.memory.min")).isEqualTo(DataSize.ofMiB(128));
        assertThat(EMBEDDED.sizeLimit("lambda.memory.per-vcpu")).isEqualTo(DataSize.ofMiB(1769));
        assertThat(EMBEDDED.countLimit("lambda.vcpu.max")).isEqualTo(6);
        assertThat(EMBEDDED.sizeLimit("lambda.payload.sync")).isEqualTo(DataSize.ofMiB(6));
        assertThat(EMBEDDED.sizeLimit("lambda.payload.async")).isEqualTo(DataSize.ofMiB(1));
        assertThat(EMBEDDED.sizeLimit("lambda.payload.streamed")).isEqualTo(DataSize.ofMiB(200));
        assertThat(EMBEDDED.sizeLimit("lambda.tmp.max")).isEqualTo(DataSize.ofMiB(10240));
        assertThat(EMBEDDED.countLimit("lambda.concurrency.account")).isEqualTo(1000);
        assertThat(EMBEDDED.freeTier("lambda.duration").value().magnitude()).isEqualTo(400_000);
        assertThat(EMBEDDED.freeTier("lambda.requests").value().magnitude()).isEqualTo(1_000_000);
    }

    @Test
    void aRegionWithoutAPriceSaysWhereItIsKnown() {
        assertThatThrownBy(() -> EMBEDDED.price("lambda.duration.arm64", "ap-east-2"))
                .isInstanceOf(MissingPriceException.class)
                .hasMessage("the catalog has no lambda.duration.arm64 price for ap-east-2 (known for "
                        + "af-south-1, ap-east-1, ap-northeast-1, ap-northeast-2, ap-south-1, ap-southeast-1, "
                        + "ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-south-1, eu-west-1, eu-west-2, "
                        + "eu-west-3, me-south-1, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2); fetch it "
                        + "with `costfit pricing update --region ap-east-2` or add it with --catalog");
    }

    @Test
    void aQuantityBeyondTheLastKnownTierIsAMissingPriceNotAnExtrapolation() {
        // Standard Tier egress from North America: its first 10 TiB band alone is known ($0.085 a GiB).
        Price firstTierOnly = EMBEDDED.price("gcf2.egress.standard", "us-central1");
        assertThat(firstTierOnly.cost(1000)).isCloseTo(85, within(1e-9));
        assertThatThrownBy(() -> firstTierOnly.cost(20_000)).isInstanceOf(MissingPriceException.class)
                .hasMessageContaining("stops at 10,240 GiB");
    }

    @Test
    void anOverlayReplacesByKeyAndRegionAndAddsRegions() throws Exception {
        Catalog catalog = new CatalogLoader().load(List.of(overlay("discount.yaml")));
        assertThat(catalog.price("lambda.duration.x86_64", "us-east-1").unitPrice()).isEqualTo(0.000015);
        assertThat(catalog.price("lambda.duration.x86_64", "us-east-1").isTiered()).isFalse();
        assertThat(catalog.price("lambda.duration.arm64", "us-east-1").unitPrice()).isEqualTo(0.0000133334);
        assertThat(catalog.regions("aws")).contains("ca-central-1", "us-east-1");
        assertThat(catalog.layers()).hasSize(2);
        assertThat(catalog.layers().get(1)).endsWith("discount.yaml (2026-12-01)");
        assertThat(catalog.sources()).contains("https://example.com/our-enterprise-agreement");
    }

    @Test
    void anOverlayAddsItsOwnCommitmentRatesAheadOfTheEmbeddedOnes() throws Exception {
        dev.costfit.profile.PricingOption threeYears = dev.costfit.profile.PricingOption.parse("savings-plan-3y");
        // Embedded: AWS's $0.00192 per Arm GB-hour against $0.00356 on demand (46.1% off); the overlay's 45% wins.
        assertThat(new CatalogLoader().embedded().discount(threeYears, "fargate.memory.arm64", "us-east-1")
                .orElseThrow().fraction()).isCloseTo(1 - 0.00192 / 0.00356, within(1e-12));
        Catalog catalog = new CatalogLoader().load(List.of(overlay("savings-plan-rate.yaml")));
        assertThat(catalog.discount(threeYears, "fargate.memory.arm64", "us-east-1").orElseThrow().fraction())
                .isEqualTo(0.45);
        assertThat(catalog.discount(threeYears, "fargate.memory.arm64", "eu-west-1")).isEmpty();
    }

    @Test
    void everyPublishedCommittedRateStandsBesideTheCatalogsOwnOnDemandPrice() {
        // A rate read beside an on-demand price that the catalog does not charge would discount the wrong figure:
        // the on_demand written with each rate must be the catalog's price for that key (INIT is billed as
        // duration) in each region the rate names, and the discount must be a plausible Savings Plan one.
        int compared = 0;
        for (Discount d : EMBEDDED.discounts()) {
            if (d.rate().isEmpty()) {
                continue;
            }
            assertThat(d.fraction()).as(d.keys() + " " + d.options()).isBetween(0.10, 0.60);
            for (String key : d.keys()) {
                for (String region : d.regions()) {
                    assertThat(EMBEDDED.price(key.replaceFirst(":.*", ""), region).unitPrice())
                            .as(key + " in " + region).isEqualTo(d.onDemand().orElseThrow());
                    compared++;
                }
            }
        }
        // Lambda: 4 duration entries x 2 keys + 2 provisioned; Fargate: 11 (us-east-1 only).
        assertThat(compared).isEqualTo(21);
    }

    @Test
    void aDiscountWithBothAShareAndARateIsAnErrorAtItsLocation() throws Exception {
        Path file = overlay("savings-plan-rates.yaml");
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(file))).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems().stream().map(p -> p.render()).toList())
                        .anyMatch(m -> m.startsWith(file + ":5:5:") && m.contains("give either discount")));
    }

    @Test
    void anOverlayWithAnUnknownKeyIsAnErrorAtItsLocation() throws Exception {
        Path file = overlay("bad-key.yaml");
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(file))).isInstanceOf(InputException.class)
                .hasMessage(file + ":2:5: key: unknown price key 'lambda.duraton.x86_64'. "
                        + "Did you mean 'lambda.duration.x86_64'?");
    }

    @Test
    void aNodeTypeNotNamedAsAwsNamesThemIsAnErrorAtItsName() throws Exception {
        Path file = overlay("bad-node-name.yaml");
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(file))).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).render()).startsWith(file
                        + ":4:12: instance_types[line 4].name: 'M4.Large' is not an EC2 instance type name"));
    }

    @Test
    void anOverlayThatDoesNotMatchTheSchemaIsAnErrorAtItsLocation() throws Exception {
        Path file = overlay("bad-value.yaml");
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(file))).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    List<String> messages = ((InputException) e).problems().stream().map(p -> p.render()).toList();
                    assertThat(messages).anyMatch(m -> m.startsWith(file + ":4:12: prices[line 2].price: found "
                            + "'cheap'"));
                    assertThat(messages).anyMatch(m -> m.startsWith(file + ":9:5: value: limit lambda.timeout is "
                            + "15 min in the embedded catalog"));
                });
    }

    @Test
    void anOverlayInAnotherUnitOfTheSameQuantityIsConvertedExactly() throws Exception {
        Catalog catalog = new CatalogLoader().load(List.of(overlay("per-second.yaml")));
        // The Fargate page's $0.000011244 per vCPU-second is 0.000011244 x 3600 = $0.0404784 per vCPU-hour.
        Price vcpu = catalog.price("fargate.vcpu.x86_64", "us-east-1");
        assertThat(vcpu.unit()).isEqualTo("vCPU-hour");
        assertThat(vcpu.unitPrice()).isCloseTo(0.0404784, within(1e-15));
        assertThat(vcpu.description()).contains("published per vCPU-second");
        // The Price List's $0.000111 per GB-hour of Fargate storage is $0.000111 / 3600 per GB-second.
        Price storage = catalog.price("fargate.ephemeral-storage", "us-east-1");
        assertThat(storage.unit()).isEqualTo("GB-second");
        assertThat(storage.unitPrice()).isCloseTo(0.000111 / 3600, within(1e-20));
        // GiB and GB are the same size in costfit; the tiers keep their bounds.
        Price egress = catalog.price("egress.internet", "us-east-1");
        assertThat(egress.unit()).isEqualTo("GB");
        assertThat(egress.tiers()).containsExactly(new Tier(10240, 0.09), new Tier(Double.POSITIVE_INFINITY, 0.085));
    }

    @Test
    void aTierBoundInAnotherUnitMovesWithTheUnit() {
        // 10 GB-hours are 36,000 GB-seconds; $0.36 per GB-hour is $0.0001 per GB-second.
        Price perHour = new Price("k", "us-east-1", "", "GB-hour", List.of(new Tier(10, 0.36),
                new Tier(Double.POSITIVE_INFINITY, 0.18)), LocalDate.of(2026, 12, 1), "https://example.com/", false,
                dev.costfit.yaml.Location.ofFile("f"), dev.costfit.yaml.Location.ofFile("f"));
        Price perSecond = perHour.convertedTo("GB-second", 3600);
        assertThat(perSecond.tiers().get(0).upTo()).isEqualTo(36_000);
        assertThat(perSecond.tiers().get(0).price()).isCloseTo(0.0001, within(1e-18));
        assertThat(perSecond.cost(72_000)).isCloseTo(10 * 0.36 + 10 * 0.18, within(1e-12));
    }

    @Test
    void anOverlayInAUnitThatDoesNotConvertIsAnErrorAtItsUnit() throws Exception {
        Path file = overlay("wrong-unit.yaml");
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(file))).isInstanceOf(InputException.class)
                .hasMessage(file + ":4:11: prices[line 3].unit: ec2.m5.large is priced per instance-hour in the "
                        + "catalog; found 'instance-month', which costfit cannot convert exactly into instance-hour "
                        + "(it converts prices per second, minute and hour of the same quantity, and GB into GiB; a "
                        + "month has no fixed number of hours)");
    }

    @Test
    void anOverlayAddsARegionItsGoogleNeighboursAndANodeType() throws Exception {
        Catalog catalog = new CatalogLoader().load(List.of(overlay("new-region-and-node.yaml")));
        assertThat(catalog.regions("aws")).contains("us-gov-west-1", "us-east-1");
        assertThat(catalog.gcpNearest()).containsEntry("us-gov-west-1", "us-west1");
        assertThat(catalog.gcpNearestGen1()).containsEntry("us-gov-west-1", "us-west1");
        assertThat(catalog.instanceTypes()).containsKey("m4.large");
        assertThat(catalog.price("ec2.m4.large", "us-east-1").unitPrice()).isEqualTo(0.1);
        assertThat(catalog.price("lambda.requests", "us-gov-west-1").unitPrice()).isEqualTo(0.0000002);
    }

    @Test
    void theEmbeddedCatalogPricesEachKeyAndRegionOnce() throws Exception {
        // A second entry for the same key and region would silently replace the first. Read with the catalogs'
        // bounds, as the build and a run read it: the embedded catalog is past the profiles' 1 MiB since 2026-12.
        dev.costfit.yaml.Problems problems = new dev.costfit.yaml.Problems();
        try (var in = CatalogLoader.class.getResourceAsStream(CatalogLoader.EMBEDDED)) {
            CatalogLayer layer = new CatalogReader(problems).read("embedded catalog",
                    dev.costfit.yaml.YamlLoader.forCatalogs().load("embedded catalog", in).get(0), false);
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<String> twice = layer.prices().stream().map(p -> p.key() + "@" + p.region())
                    .filter(k -> !seen.add(k)).toList();
            assertThat(twice).isEmpty();
            assertThat(seen).hasSizeGreaterThan(2000);
        }
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void datesReadDigitByDigitAsLocalDateParseReadsThem() {
        assertThat(CatalogReader.date("2026-09-19")).isEqualTo(LocalDate.of(2026, 9, 19));
        assertThat(CatalogReader.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        // Other ISO forms go to LocalDate.parse: a year beyond 9999 takes a sign.
        assertThat(CatalogReader.date("+12026-01-01")).isEqualTo(LocalDate.of(12026, 1, 1));
        for (String bad : List.of("2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-9-19", "2026/09/19",
                "20260919", "2026-09-1x", "")) {
            assertThatThrownBy(() -> CatalogReader.date(bad)).as(bad).isInstanceOf(java.time.DateTimeException.class);
        }
    }

    @Test
    void anImpossibleDateInAnOverlayIsAProblemAtItsLocation(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("bad-date.yaml");
        java.nio.file.Files.writeString(file, """
                date: 2026-12-01
                prices:
                  - key: lambda.requests
                    unit: request
                    price: 0.0000002
                    regions: [us-east-1]
                    effective: 2026-02-30
                    source: https://aws.amazon.com/lambda/pricing/
                """);
        assertThatThrownBy(() -> new CatalogLoader(java.util.Optional.empty()).load(List.of(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad-date.yaml:7:")
                .hasMessageContaining("a date such as 2026-09-19");
    }

    /**
     * An overlay's LLM model may give a context window and a long-context tier (review F2); a tier without its output
     * price is an error at its place, and nothing of the model is read.
     */
    @Test
    void anLlmModelsLongContextTierAndWindowAreReadAndChecked() throws Exception {
        Path file = overlay("llm-long-context.yaml");
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(file))).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems().stream().map(p -> p.render()))
                        .anyMatch(m -> m.startsWith(file + ":5:20: llm_models[line 4].long_context.output")));
        Catalog catalog = EMBEDDED;
        LlmModel sonnet = catalog.llmModel("claude-sonnet-4").orElseThrow();
        // pricing-reference.md §8: input over 200K tokens, $6.00 / $22.50 a million.
        assertThat(sonnet.longContext()).contains(new LlmModel.LongContext(200_000, 6.00, 22.50));
        assertThat(sonnet.inputPerMillion(200_000)).isEqualTo(3.00);
        assertThat(sonnet.outputPerMillion(200_001)).isEqualTo(22.50);
        assertThat(catalog.llmModel("gpt-4o").orElseThrow().contextWindow()).hasValue(128_000);
    }

    /**
     * Google limits a call's input alone (input_limit), where Anthropic and OpenAI count input and output together
     * against a context window: the embedded Gemini models carry 1,048,576 ("Input token limit" on each model's page,
     * ai.google.dev/gemini-api/docs/models) and no window; 2.5 Pro's tier is $2.50 / $15.00 over 200K input tokens
     * (ai.google.dev/gemini-api/docs/pricing). An overlay's input_limit is read like its context_window.
     */
    @Test
    void aGeminiModelLimitsTheInputAloneAndAnOverlayMayGiveThatLimit() throws Exception {
        LlmModel pro = EMBEDDED.llmModel("gemini-2.5-pro").orElseThrow();
        assertThat(pro.inputLimit()).hasValue(1_048_576);
        assertThat(pro.contextWindow()).isEmpty();
        assertThat(pro.longContext()).contains(new LlmModel.LongContext(200_000, 2.50, 15.00));
        assertThat(pro.cachedInputPerMillion(200_000)).hasValue(0.125);
        assertThat(pro.cachedInputPerMillion(200_001)).isEmpty();
        for (String id : List.of("gemini-2.5-flash", "gemini-2.5-flash-lite", "gemini-2.0-flash",
                "gemini-3-pro-preview", "gemini-3.1-pro-preview", "gemini-3-flash-preview", "gemini-3.1-flash-lite",
                "gemini-3.5-flash", "gemini-3.5-flash-lite", "gemini-3.6-flash", "gemini-3.7-flash",
                "gemini-3.8-flash")) {
            assertThat(EMBEDDED.llmModel(id).orElseThrow().inputLimit()).as(id).hasValue(1_048_576);
        }
        Catalog catalog = new CatalogLoader().load(List.of(overlay("llm-input-limit.yaml")));
        LlmModel model = catalog.llmModel("model-c").orElseThrow();
        assertThat(model.inputLimit()).hasValue(30_000);
        assertThat(model.contextWindow()).isEmpty();
    }
}
