package dev.costfit.pricing.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costfit.cli.CliRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `costfit pricing update` run in-process against a local Price List server: the happy path end to end, and every
 * fault leaving the previous catalog file as it was, with a message that names the service and region.
 */
class PricingUpdateCommandTest {

    private static final String OLD = "# the previous catalog file\ncatalog: 1\n";

    @TempDir
    Path tmp;

    /** The default credentials chain reads system properties first: fake keys, never the machine's. */
    @BeforeAll
    static void fakeCredentials() {
        System.setProperty("aws.accessKeyId", "AKIDCOSTFITTEST");
        System.setProperty("aws.secretAccessKey", "costfit-test-secret-do-not-print");
    }

    @AfterAll
    static void forgetCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private CliRun update(FakePriceList server, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("pricing", "update", "--endpoint", server.endpoint().toString(),
                "--region", "eu-central-1", "--out", out.toString()));
        args.addAll(List.of(more));
        if (!args.contains("--retries")) {
            args.addAll(List.of("--retries", "0"));   // a test that expects a failure need not wait for back-off
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    private Path oldCatalog() throws IOException {
        Path file = tmp.resolve("catalog.yaml");
        Files.writeString(file, OLD);
        return file;
    }

    @Test
    void refreshedPricesAreWrittenAndRecommendUsesThem() throws IOException {
        Path out = tmp.resolve("catalog.yaml");
        try (FakePriceList server = FakePriceList.start()) {
            server.pageSize = 3;   // several pages per query: paging by NextToken is exercised
            CliRun run = update(server, out);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Refreshed", "eu-central-1", out.toString());
            assertThat(server.targets).containsOnly("AWSPriceListService.GetProducts");
            // Signed with the test credentials (SigV4 for the pricing service in us-east-1).
            assertThat(server.authorizations).allMatch(a -> a.startsWith("AWS4-HMAC-SHA256 Credential=AKIDCOSTFITTEST/")
                    && a.contains("/us-east-1/pricing/aws4_request"));
        }
        String yaml = Files.readString(out);
        // The embedded catalog maps every AWS region to its nearest Google region: the overlay need not.
        assertThat(yaml).doesNotContain("gcp_nearest");
        assertThat(yaml).contains("layer: \"prices of ", "regions:\n  aws: [eu-central-1]", "key: lambda.duration.x86_64",
                "- {upTo: 6000000000, price: 0.0000166667}", "- {upTo: 15000000000, price: 0.000015}",
                "source: \"AWS Price List API, sku TESTEUC1LGBSX86, effective 2025-10-01\"",
                "key: apigw.http.requests", "- {upTo: 300000000, price: 0.0000012}");
        // The free-tier product (Global-Request, price 0) is not a price.
        assertThat(yaml).doesNotContain("TESTGLOBALREQ");
        // EventBridge's custom events, per 64K-Chunks, among the partner and cross-account products of that usage
        // type.
        assertThat(yaml).contains("key: eventbridge.events", "unit: event\n    price: 0.000001\n",
                "sku TESTEUC1EBPUT").doesNotContain("TESTEUC1EBPARTNER", "TESTEUC1EBXACCT");
        // Secrets Manager's API calls under their real usage type, EUC1-AWSSecretsManagerAPIRequest.
        assertThat(yaml).contains("key: secretsmanager.api-calls", "sku TESTEUC1SMAPI");

        CliRun recommend = CliRun.of("recommend", "--catalog", out.toString(), "--region", "eu-central-1",
                "profiles/chat-api.yaml", "--format", "json");
        assertThat(recommend.exitCode()).as(recommend.err()).isZero();
        JsonNode report = FakePriceList.JSON.readTree(recommend.out());
        JsonNode lambda = null;
        for (JsonNode a : report.get("profiles").get(0).get("assessments")) {
            if (a.get("platform").asText().equals("lambda") && a.get("feasible").asBoolean()) {
                lambda = a;
                break;
            }
        }
        assertThat(lambda).as("a priced Lambda assessment in eu-central-1").isNotNull();
        // The refresh replaces the embedded eu-central-1 prices (the duration's three tiers where the embedded
        // catalog knows only the first).
        assertThat(lambda.get("priced").asBoolean()).as(lambda.toString()).isTrue();
        double invocations = lambda.get("capacity").get("invocations").asDouble();
        JsonNode requests = line(lambda, "requests");
        assertThat(requests.get("unitPrice").asDouble()).isEqualTo(0.0000002);
        assertThat(requests.get("monthlyCost").asDouble()).isCloseTo(invocations * 0.0000002, within(1e-9));
        assertThat(line(lambda, "duration").get("unitPrice").asDouble()).isEqualTo(0.0000166667);
        assertThat(report.get("catalog").get("layers").toString()).contains("refreshed from the AWS Price List API");
    }

    @Test
    void aPricePublishedPerGbHourIsWrittenAsPublishedAndBilledPerGbSecond() throws IOException {
        // The eu-central-1 Fargate storage SKU, priced per "GB-Hours" as the Price List publishes it, here at
        // $0.0001110000 (us-east-1's figure, so that the report's figure can come from the refresh alone: the
        // embedded eu-central-1 price is $0.000132). It used to be divided by 3600 and written with every digit of
        // the double, 0.00000003083333333333333, which every later command refused.
        Path out = tmp.resolve("catalog.yaml");
        try (FakePriceList server = FakePriceList.start(edit("TESTEUC1FGSTOR",
                d -> ((ObjectNode) d.get("pricePerUnit")).put("USD", "0.0001110000")))) {
            CliRun run = update(server, out);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        String yaml = Files.readString(out);
        assertThat(yaml).contains("  - key: fargate.ephemeral-storage\n"
                + "    description: \"Fargate ephemeral storage above the included 20 GB\"\n"
                + "    unit: GB-hour\n    price: 0.000111\n    regions: [eu-central-1]\n");
        assertThat(yaml).doesNotContainPattern("[0-9]{19}");

        // Read back as every later run reads it: 50 GB of storage on steady-api's 15 arm64 tasks around the clock
        // in eu-central-1 bill 30 GB above the included 20 for 15 × 730 = 10,950 task-hours: 328,500 GB-hours,
        // 1,182,600,000 GB-seconds, at $0.000111 a GB-hour (0.000111 / 3600 a GB-second) $36.4635 a month.
        Path profile = tmp.resolve("stored.yaml");
        Files.writeString(profile, Files.readString(Path.of("profiles/steady-api.yaml"))
                .replace("region: us-east-1", "region: eu-central-1")
                .replace("memory: 256MB", "memory: 256MB\nstorage: 50GB"));
        CliRun recommend = CliRun.of("recommend", "--catalog", out.toString(), profile.toString(), "--format",
                "json");
        assertThat(recommend.exitCode()).as(recommend.err()).isZero();
        JsonNode fargate = assessment(FakePriceList.JSON.readTree(recommend.out()), "fargate");
        assertThat(fargate.get("capacity").get("taskHours").asDouble()).isEqualTo(10_950);
        JsonNode storage = line(fargate, "ephemeral storage");
        assertThat(storage.get("unit").asText()).isEqualTo("GB-second");
        assertThat(storage.get("quantity").asDouble()).isEqualTo(1_182_600_000.0);
        assertThat(storage.get("unitPrice").asDouble()).isCloseTo(0.000111 / 3600, within(1e-20));
        assertThat(storage.get("monthlyCost").asDouble()).isCloseTo(36.4635, within(1e-9));
    }

    @Test
    void anOverlayThatDoesNotReadBackReplacesNothing() throws IOException {
        // A price published with 19 decimals is written as published, and the catalog reader takes 18 at most: the
        // update reads its file back through the loader before it replaces the target, so the old file stays.
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start(edit("TESTEUC1LREQX86",
                d -> ((ObjectNode) d.get("pricePerUnit")).put("USD", "0.0000000000000000002")))) {
            CliRun run = update(server, out);
            assertFailed(run, out, "the overlay it wrote: does not read back", "run of 19 digits");
        }
    }

    @Test
    void aCacheThatNoLongerLoadsIsRebuiltNotInTheWay() throws IOException {
        // The file an older costfit wrote: every later command refuses it, so an update is what must repair it.
        Path home = tmp.resolve("cache-home");
        Path cache = home.resolve("costfit").resolve("catalog.yaml");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "catalog: 1\ndate: 2026-12-05\nregions:\n  aws: [eu-central-1]\nprices:\n"
                + "  - key: fargate.ephemeral-storage\n    unit: GB-second\n    price: 0.00000003083333333333333\n"
                + "    regions: [eu-central-1]\n    effective: 2026-11-01\n    source: \"AWS Price List API\"\n");
        assertThatThrownBy(() -> new dev.costfit.pricing.CatalogLoader(java.util.Optional.of(cache)).load(List.of()))
                .isInstanceOf(dev.costfit.yaml.InputException.class).hasMessageContaining("run of 23 digits");
        try (FakePriceList server = FakePriceList.start()) {
            CliRun run = CliRun.withEnvironment(Map.of("XDG_CACHE_HOME", home.toString()), "pricing", "update",
                    "--endpoint", server.endpoint().toString(), "--region", "eu-central-1", "--retries", "0");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("the refreshed prices in " + cache + " no longer load",
                    "run of 23 digits", "this update rebuilds that file");
            assertThat(run.out()).contains("wrote " + cache);
        }
        // Rebuilt: it loads, and bills the published $0.000132 a GB-hour as 0.000132 / 3600 a GB-second.
        dev.costfit.pricing.Price storage = new dev.costfit.pricing.CatalogLoader(java.util.Optional.of(cache))
                .load(List.of()).price("fargate.ephemeral-storage", "eu-central-1");
        assertThat(storage.unit()).isEqualTo("GB-second");
        assertThat(storage.unitPrice()).isCloseTo(0.000132 / 3600, within(1e-20));
        assertThat(storage.source()).contains("sku TESTEUC1FGSTOR");
    }

    @Test
    void aZeroPriceForABilledKeyIsRefusedAndThePreviousPriceKept() throws IOException {
        // The answer prices Fargate's arm64 vCPU at $0: a source's mistake (the catalog prices no key at $0; free
        // allowances are its free_tier), which once went through with exit 0 and switched a recommendation.
        Path out = tmp.resolve("catalog.yaml");
        UnaryOperator<JsonNode> zero = edit("TESTEUC1FGCPUARM",
                d -> ((ObjectNode) d.get("pricePerUnit")).put("USD", "0.0000000000"));
        try (FakePriceList server = FakePriceList.start(zero)) {
            CliRun run = update(server, out);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("eu-central-1: not refreshed, the catalog keeps what it had:",
                    "AmazonECS: fargate.vcpu.arm64: the Price List gives $0 (sku TESTEUC1FGCPUARM, effective "
                            + "2025-10-01); costfit takes no $0 price for a billed key",
                    "the price beneath this file stays in force: $0.03725 per vCPU-hour",
                    "1 price the catalog has for these regions was not refreshed");
        }
        assertThat(Files.readString(out)).doesNotContain("key: fargate.vcpu.arm64").contains("fargate.vcpu.x86_64");
        // steady-api in eu-central-1 runs 15 arm64 tasks of 1 vCPU around the clock: 10,950 vCPU-hours at the
        // embedded $0.03725 is $407.8875, not $0.
        Path profile = tmp.resolve("steady.yaml");
        Files.writeString(profile, Files.readString(Path.of("profiles/steady-api.yaml"))
                .replace("region: us-east-1", "region: eu-central-1"));
        JsonNode vcpu = line(assessment(FakePriceList.JSON.readTree(CliRun.of("recommend", "--catalog",
                out.toString(), profile.toString(), "--format", "json").out()), "fargate"), "vcpu");
        assertThat(vcpu.get("quantity").asDouble()).isEqualTo(10_950);
        assertThat(vcpu.get("monthlyCost").asDouble()).isCloseTo(407.8875, within(1e-9));

        // Where the file being replaced holds the previous refresh's price, that price is carried into the new one.
        try (FakePriceList server = FakePriceList.start()) {
            assertThat(update(server, out).exitCode()).isZero();
        }
        try (FakePriceList server = FakePriceList.start(zero)) {
            CliRun run = update(server, out);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("fargate.vcpu.arm64: the Price List gives $0",
                    "kept from the previous refresh in " + out + ": $0.03725 per vCPU-hour, effective 2025-10-01");
        }
        assertThat(Files.readString(out)).contains("  - key: fargate.vcpu.arm64\n", "    unit: vCPU-hour\n"
                + "    price: 0.03725\n    regions: [eu-central-1]\n    effective: 2025-10-01\n"
                + "    source: \"AWS Price List API, sku TESTEUC1FGCPUARM, effective 2025-10-01\"");
    }

    @Test
    void aZeroTierIsRefusedUnlessItIsTheCatalogsFreeAllowance() throws IOException {
        // Lambda's first 6 billion GB-seconds at $0 is no free allowance (the catalog's is 400,000 GB-seconds, in
        // free_tier, applied with --free-tier): the price is refused. The first 100 GB of egress at $0 is exactly the
        // catalog's egress allowance: the tier is dropped, and the bands that follow start at 0 as the embedded
        // catalog writes them ($0.09 to 10 TB).
        Path out = tmp.resolve("catalog.yaml");
        UnaryOperator<JsonNode> edits = p -> {
            String sku = p.path("product").path("sku").asText();
            if (sku.equals("TESTEUC1LGBSX86")) {
                p.get("terms").get("OnDemand").forEach(term -> term.get("priceDimensions").forEach(d -> {
                    if (d.get("beginRange").asText().equals("0")) {
                        ((ObjectNode) d.get("pricePerUnit")).put("USD", "0.0000000000");
                    }
                }));
            }
            if (sku.equals("TESTEUC1DTOUT")) {
                p.get("terms").get("OnDemand").forEach(term -> {
                    term.get("priceDimensions").forEach(d -> {
                        if (d.get("beginRange").asText().equals("0")) {
                            ((ObjectNode) d).put("beginRange", "100");
                        }
                    });
                    ObjectNode free = ((ObjectNode) term.get("priceDimensions")).putObject("TESTEUC1DTOUT.FREE");
                    free.put("unit", "GB").put("beginRange", "0").put("endRange", "100")
                            .put("description", "first 100 GB").putObject("pricePerUnit").put("USD", "0.0000000000");
                });
            }
            return p;
        };
        try (FakePriceList server = FakePriceList.start(edits)) {
            CliRun run = update(server, out);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("AWSLambda: lambda.duration.x86_64: the Price List gives a tier at $0 "
                    + "(sku TESTEUC1LGBSX86, effective 2025-10-01) that is not the catalog's free allowance for it "
                    + "(free_tier has none under this key)").doesNotContain("egress.internet");
        }
        String yaml = Files.readString(out);
        assertThat(yaml).doesNotContain("key: lambda.duration.x86_64").contains("  - key: egress.internet\n"
                + "    description: \"Data transfer out to the internet, tiered on the month's aggregate\"\n"
                + "    unit: GB\n    tiers:\n      - {upTo: 10240, price: 0.09}\n");
    }

    @Test
    void aServiceMissingFromTheAnswerFailsTheRefresh() throws IOException {
        // No Fargate product at all for eu-central-1, where the catalog prices Fargate: an answer cut short or a
        // schema costfit does not read, never a price change (it once went by as a 5 KB note with exit 0).
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.without(p -> p.path("serviceCode").asText().equals("AmazonECS"))) {
            CliRun run = update(server, out);
            assertFailed(run, out, "the AWS Price List in eu-central-1: it answered nothing costfit reads for "
                    + "AmazonECS (the catalog prices fargate.vcpu.x86_64, fargate.vcpu.arm64, fargate.memory.x86_64 "
                    + "and 2 more there)", "the server's problem");
        }
    }

    @Test
    void aKeyMissingFromTheAnswerIsListedByServiceAndExits3() throws IOException {
        // CloudWatch answers, without its Logs storage price: the file is written, the summary names the key and
        // the price that stays, and the exit code says the refresh is incomplete.
        Path out = tmp.resolve("catalog.yaml");
        try (FakePriceList server = FakePriceList.without(p -> p.path("product").path("sku").asText()
                .equals("TESTEUC1CWSTOR"))) {
            CliRun run = update(server, out);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("costfit:   AmazonCloudWatch: cloudwatch.logs.storage: not in the Price "
                    + "List; the price beneath this file stays in force: $0.0324 per GB-month, effective 2025-06-18");
            // Instance types are counted, not listed: 264 of the 265 the catalog prices in eu-central-1 (m5.large
            // is in the answer).
            assertThat(run.err()).containsPattern("AmazonEC2: 2[0-9]{2} instance types the catalog prices there are "
                    + "not in the Price List \\([a-z0-9.]+, [a-z0-9.]+, [a-z0-9.]+ and 2[0-9]{2} more\\)");
            assertThat(run.err().lines()).allMatch(l -> l.length() < 400);
        }
        assertThat(Files.readString(out)).contains("key: cloudwatch.logs.ingestion")
                .doesNotContain("key: cloudwatch.logs.storage");
    }

    @Test
    void anEmptyAnswerForARegionCostfitPricesIsTheServersProblem() throws IOException {
        // No products at all for eu-central-1, a region the catalog prices: not the user's region code at fault.
        failsWith((exchange, n) -> {
            FakePriceList.send(exchange, 200, FakePriceList.utf8("{\"FormatVersion\":\"aws_v1\",\"PriceList\":[]}"));
            return true;
        }, "it answered no products at all for eu-central-1, a region costfit prices", "the server's problem");
    }

    @Test
    void instanceTypesOfOverlaysArePricedAndTheOverlayDefinesThem() throws IOException {
        Path types = tmp.resolve("types.yaml");
        Files.writeString(types, "instance_types:\n  - {name: m4.large, vcpu: 2, memory: 8GB, arch: x86_64, "
                + "max_pods: 20}\nprices:\n  - {key: ec2.m4.large, unit: instance-hour, price: 0.1, "
                + "regions: [us-east-1], effective: 2026-01-01, source: test}\n");
        Path out = tmp.resolve("catalog.yaml");
        try (FakePriceList server = FakePriceList.start()) {
            CliRun run = update(server, out, "--catalog", types.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        String yaml = Files.readString(out);
        // The real m4.large product of eu-central-1 (sku ABFDCPB959KUGRH8, $0.12 per hour).
        assertThat(yaml).contains("key: ec2.m4.large", "price: 0.12", "sku ABFDCPB959KUGRH8",
                "- {name: m4.large, vcpu: 2, memory: 8GB, arch: x86_64, max_pods: 20}");
        // Self-contained: it loads without the overlay that defined the type.
        assertThat(CliRun.of("pricing", "show", "--catalog", out.toString(), "--key", "ec2.m4").out())
                .contains("ec2.m4.large", "eu-central-1", "0.12");
    }

    @Test
    void serverErrorLeavesTheOldFileAndNamesTheQuery() throws IOException {
        failsWith((exchange, n) -> {
            FakePriceList.error(exchange, 500, "InternalErrorException", "boom");
            return true;
        }, "AWSLambda in eu-central-1", "HTTP 500");
    }

    @Test
    void throttlingIsRetriedThenFails() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start()) {
            server.fault = (exchange, n) -> {
                FakePriceList.error(exchange, 503, "ThrottlingException", "Rate exceeded");
                return true;
            };
            CliRun run = update(server, out, "--retries", "2");
            assertFailed(run, out, "AWSLambda in eu-central-1", "HTTP 503", "after 3 attempts", "throttled");
            assertThat(server.requests.get()).isEqualTo(3);
        }
    }

    @Test
    void throttlingIsRetriedThenSucceeds() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start()) {
            server.fault = (exchange, n) -> {
                if (n > 1) {
                    return false;
                }
                FakePriceList.error(exchange, 503, "ThrottlingException", "Rate exceeded");
                return true;
            };
            CliRun run = update(server, out, "--retries", "2");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Files.readString(out)).contains("key: lambda.requests");
        }
    }

    @Test
    void aRetryAfterWithinTheCapIsHonoured() throws IOException {
        // Throttled once with "Retry-After: 2": the pause is the server's 2 s, where costfit's own first back-off
        // is 0.5 s.
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start()) {
            server.fault = (exchange, n) -> {
                if (n > 1) {
                    return false;
                }
                exchange.getResponseHeaders().set("Retry-After", "2");
                FakePriceList.error(exchange, 503, "ThrottlingException", "Rate exceeded");
                return true;
            };
            long start = System.nanoTime();
            CliRun run = update(server, out, "--retries", "2");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(2));
        }
    }

    @Test
    void aRetryAfterBeyondTheCapEndsTheUpdateAtOnceSayingSo() throws IOException {
        // "Retry-After: 3600" held costfit for an hour; now it stops at once and says why.
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start()) {
            server.fault = (exchange, n) -> {
                exchange.getResponseHeaders().set("Retry-After", "3600");
                FakePriceList.error(exchange, 503, "ThrottlingException", "Rate exceeded");
                return true;
            };
            long start = System.nanoTime();
            CliRun run = update(server, out, "--retries", "2");
            assertFailed(run, out, "AWSLambda in eu-central-1: page 1 failed with HTTP 503 ThrottlingException "
                    + "(throttled); the server asked to wait 3600 s before trying again (Retry-After), longer than "
                    + "the 60 s costfit waits: try again later");
            assertThat(server.requests.get()).isEqualTo(1);
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
                    .isLessThan(java.time.Duration.ofSeconds(30));
        }
    }

    @Test
    void aProxysErrorPageIsItsStatusAlone() throws IOException {
        // A 502 page of a proxy carries no AWS error code: it was printed "HTTP 502 null".
        failsWith((exchange, n) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            byte[] page = FakePriceList.utf8("<html><body>Bad Gateway</body></html>");
            exchange.sendResponseHeaders(502, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
            return true;
        }, "AWSLambda in eu-central-1: page 1 failed with HTTP 502.");
    }

    @Test
    void anAnswerCutShortInItsJsonSaysSoWithoutTheParsersInternals() throws IOException {
        // The whole body arrives, but its JSON stops half way: Jackson's "[Source: (software.amazon...); line: 1,
        // column: 5477]" is the SDK's business, not the user's.
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start()) {
            server.fault = (exchange, n) -> {
                FakePriceList.send(exchange, 200, FakePriceList.utf8("{\"FormatVersion\":\"aws_v1\",\"PriceList\":"
                        + "[\"{\\\"product\\\": {\\\"sku"));
                return true;
            };
            CliRun run = update(server, out);
            assertFailed(run, out, "AWSLambda in eu-central-1: page 1 could not be read: the answer is not JSON "
                    + "costfit can read (Unexpected end-of-input");
            assertThat(run.err()).doesNotContain("Source:", "software.amazon", "column");
        }
    }

    @Test
    void aStalledAnswerTimesOut() throws IOException {
        failsWith(List.of("--timeout", "1"), (exchange, n) -> {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }, "AWSLambda in eu-central-1", "could not be read", "timed out");
    }

    @Test
    void aResetConnectionFails() throws IOException {
        Path out = oldCatalog();
        try (ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread resetter = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        s.setSoLinger(true, 0);   // close with RST, not FIN
                        s.getInputStream().read(new byte[512]);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            resetter.setDaemon(true);
            resetter.start();
            CliRun run = CliRun.of("pricing", "update", "--endpoint", "http://127.0.0.1:" + socket.getLocalPort(),
                    "--region", "eu-central-1", "--out", out.toString(), "--retries", "0");
            assertFailed(run, out, "AWSLambda in eu-central-1", "could not be read");
        }
    }

    @Test
    void aTruncatedBodyFails() throws IOException {
        failsWith((exchange, n) -> {
            byte[] half = FakePriceList.utf8("{\"FormatVersion\":\"aws_v1\",\"PriceList\":[\"{\\\"prod");
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, half.length * 3L);
            exchange.getResponseBody().write(half);
            exchange.getResponseBody().flush();
            exchange.close();
            return true;
        }, "AWSLambda in eu-central-1", "could not be read");
    }

    @Test
    void garbageJsonFails() throws IOException {
        failsWith((exchange, n) -> {
            FakePriceList.send(exchange, 200, FakePriceList.utf8("<html>captive portal</html>"));
            return true;
        }, "AWSLambda in eu-central-1", "could not be read");
    }

    @Test
    void aProductThatIsNotJsonFails() throws IOException {
        failsWith((exchange, n) -> {
            FakePriceList.send(exchange, 200, FakePriceList.utf8(
                    "{\"FormatVersion\":\"aws_v1\",\"PriceList\":[\"{not json\"]}"));
            return true;
        }, "AWSLambda in eu-central-1", "not JSON");
    }

    @Test
    void aPageMissingInTheMiddleFails() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start()) {
            server.pageSize = 2;
            server.fault = (exchange, n) -> {
                if (n != 2) {
                    return false;
                }
                // The second page's token points nowhere (as when it has expired).
                FakePriceList.error(exchange, 400, "InvalidNextTokenException", "The NextToken is invalid");
                return true;
            };
            CliRun run = update(server, out);
            assertFailed(run, out, "AWSLambda in eu-central-1", "page 2", "InvalidNextTokenException");
        }
    }

    @Test
    void aPriceInAnotherCurrencyFails() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start(edit("TESTEUC1LREQX86", d -> {
            ObjectNode price = (ObjectNode) d.get("pricePerUnit");
            price.remove("USD");
            price.put("CNY", "0.0000013600");
        }))) {
            CliRun run = update(server, out);
            assertFailed(run, out, "AWSLambda in eu-central-1", "lambda.requests", "priced in CNY, not USD");
        }
    }

    @Test
    void anUnknownUnitFails() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start(edit("TESTEUC1LGBSX86",
                d -> ((ObjectNode) d).put("unit", "Lambda-GB-Minute")))) {
            CliRun run = update(server, out);
            assertFailed(run, out, "lambda.duration.x86_64", "'Lambda-GB-Minute'", "cannot convert exactly");
        }
    }

    @Test
    void aProductWithoutAnOnDemandTermFails() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start(p -> {
            if (p.path("product").path("sku").asText().equals("TESTEUC1APIHTTP")) {
                ((ObjectNode) p.get("terms")).remove("OnDemand");
            }
            return p;
        })) {
            CliRun run = update(server, out);
            assertFailed(run, out, "AmazonApiGateway in eu-central-1", "apigw.http.requests",
                    "no on-demand term");
        }
    }

    @Test
    void aRegionThePriceListDoesNotKnowIsBadInput() throws IOException {
        try (FakePriceList server = FakePriceList.start()) {
            CliRun run = CliRun.of("pricing", "update", "--endpoint", server.endpoint().toString(), "--region",
                    "eu-nowhere-9", "--out", tmp.resolve("x.yaml").toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("no products in region 'eu-nowhere-9'");
            assertThat(tmp.resolve("x.yaml")).doesNotExist();
        }
    }

    @Test
    void aMalformedRegionOrEndpointIsRefusedBeforeAnyRequest() {
        assertThat(CliRun.of("pricing", "update", "--region", "Frankfurt").err()).contains("expected AWS region codes");
        assertThat(CliRun.of("pricing", "update", "--endpoint", "ftp://x", "--region", "us-east-1").exitCode())
                .isEqualTo(2);
    }

    /** Runs an update whose server answers with {@code fault}; it must fail cleanly, saying {@code phrases}. */
    private void failsWith(FakePriceList.Fault fault, String... phrases) throws IOException {
        failsWith(List.of(), fault, phrases);
    }

    private void failsWith(List<String> args, FakePriceList.Fault fault, String... phrases) throws IOException {
        Path out = oldCatalog();
        try (FakePriceList server = FakePriceList.start()) {
            server.fault = fault;
            assertFailed(update(server, out, args.toArray(String[]::new)), out, phrases);
        }
    }

    /** The feasible assessment of a platform in a one-profile report. */
    private static JsonNode assessment(JsonNode report, String platform) {
        for (JsonNode a : report.get("profiles").get(0).get("assessments")) {
            if (a.get("platform").asText().equals(platform) && a.get("feasible").asBoolean()) {
                return a;
            }
        }
        throw new AssertionError("no feasible " + platform + " assessment in " + report);
    }

    private static JsonNode line(JsonNode assessment, String component) {
        for (JsonNode line : assessment.get("lines")) {
            if (line.get("component").asText().toLowerCase(java.util.Locale.ROOT).contains(component)) {
                return line;
            }
        }
        throw new AssertionError("no " + component + " line in " + assessment.get("lines"));
    }

    private static void assertFailed(CliRun run, Path out, String... phrases) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("pricing update failed").contains(phrases)
                .contains("Nothing was written").doesNotContain("costfit-test-secret").doesNotContain("Exception:");
        assertThat(Files.readString(out)).isEqualTo(OLD);
        try (var files = Files.list(out.getParent())) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    /** Edits every price dimension of one product. */
    private static UnaryOperator<JsonNode> edit(String sku, java.util.function.Consumer<JsonNode> dimension) {
        return p -> {
            if (p.path("product").path("sku").asText().equals(sku)) {
                p.get("terms").get("OnDemand").forEach(term -> term.get("priceDimensions").forEach(dimension));
            }
            return p;
        };
    }
}
