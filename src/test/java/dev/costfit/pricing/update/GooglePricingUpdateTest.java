package dev.costfit.pricing.update;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costfit.cli.CliRun;
import dev.costfit.pricing.update.google.FakeBillingCatalog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `costfit pricing update` with a Google API key, against a local Price List server and a local Cloud Billing Catalog
 * API: Google's prices land in the overlay beside AWS's, in the catalog's units, and every fault of the Catalog API
 * leaves the previous catalog file as it was, with a message that names what failed, and the key printed nowhere.
 */
class GooglePricingUpdateTest {

    private static final String OLD = "# the previous catalog file\ncatalog: 1\n";
    private static final Map<String, String> WITH_KEY = Map.of("COSTFIT_GCP_API_KEY", FakeBillingCatalog.KEY);

    @TempDir
    Path tmp;

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

    private CliRun update(FakePriceList aws, FakeBillingCatalog google, Path out, Map<String, String> env,
                          String... more) {
        List<String> args = new ArrayList<>(List.of("pricing", "update", "--endpoint", aws.endpoint().toString(),
                "--gcp-endpoint", google.endpoint().toString(), "--region", "eu-central-1", "--out", out.toString()));
        args.addAll(List.of(more));
        if (!args.contains("--retries")) {
            args.addAll(List.of("--retries", "0"));
        }
        return CliRun.withEnvironment(env, args.toArray(String[]::new));
    }

    private Path oldCatalog() throws IOException {
        Path file = tmp.resolve("catalog.yaml");
        Files.writeString(file, OLD);
        return file;
    }

    /** The YAML entry of one key and region in an overlay, from "- key:" to its source line. */
    private static String entry(String yaml, String key, String region) {
        return find(yaml, key, region).orElseThrow(() -> new AssertionError("no " + key + " entry for " + region));
    }

    private static java.util.Optional<String> find(String yaml, String key, String region) {
        for (String block : yaml.split("\n  - key: ")) {
            if (block.startsWith(key + "\n") && block.contains("regions: [" + region + "]")) {
                return java.util.Optional.of(block);
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void googlePricesAreRefreshedInTheCatalogsUnitsBesideAws() throws IOException {
        Path out = tmp.resolve("catalog.yaml");
        CliRun run;
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start()) {
            google.pageSize = 4;   // several pages per service: paging by nextPageToken is exercised
            run = update(aws, google, out, WITH_KEY);
            assertThat(run.exitCode()).as(run.err()).isZero();
            // The key travels in the X-Goog-Api-Key header only, never in an address.
            assertThat(google.keyHeaders).containsOnly(FakeBillingCatalog.KEY);
            assertThat(google.uris).noneMatch(u -> u.contains("key=")).anyMatch(u -> u.contains("pageToken="))
                    .allMatch(u -> u.startsWith("/v1/services"));
        }
        assertThat(run.out()).contains("Google prices", "from the Cloud Billing Catalog API");
        String yaml = Files.readString(out);
        assertThat(yaml).contains("refreshed from the AWS Price List API and Google Cloud Billing Catalog API");
        // Requests: one global SKU, $0 up to 2,000,000 (the free tier, kept apart) then $0.0000004 a request.
        assertThat(entry(yaml, "gcf2.requests", "us-central1")).contains("unit: request", "price: 0.0000004",
                "Google Cloud Billing Catalog API, sku TEST-CR00-0001 (Requests), effective 2026-09-24");
        // Tier 1 and Tier 2 SKUs, told apart by the regions they list.
        assertThat(entry(yaml, "gcf2.vcpu.request", "us-central1")).contains("unit: vCPU-second", "price: 0.000024");
        assertThat(entry(yaml, "gcf2.vcpu.request", "europe-west2")).contains("price: 0.0000336");
        assertThat(entry(yaml, "gcf2.memory.request", "europe-west2")).contains("unit: GiB-second",
                "price: 0.0000035");
        // The per-region instance-based SKUs, the typo "in in asia-northeast1" included.
        assertThat(entry(yaml, "gcf2.vcpu.instance", "asia-northeast1")).contains("price: 0.000018");
        // North America's egress: the free GiB is the free tier; the bands end where the SKU's next one starts.
        assertThat(entry(yaml, "gcf2.egress", "us-east4")).contains("unit: GiB", "- {upTo: 10240, price: 0.105}",
                "- {upTo: 153600, price: 0.08}", "- {price: 0.06}");
        // The Asia Pacific SKU filed under me-west1 is not taken for me-west1: the Middle East one is.
        assertThat(entry(yaml, "gcf2.egress", "me-west1")).contains("- {upTo: 10240, price: 0.14}");
        // 1st gen: the global invocation SKU only where the catalog has 1st gen; CPU per GHz-second.
        assertThat(entry(yaml, "gcf1.invocations", "us-central1")).contains("unit: invocation", "price: 0.0000004");
        assertThat(find(yaml, "gcf1.invocations", "europe-west9")).as("1st gen does not run in Paris").isEmpty();
        assertThat(entry(yaml, "gcf1.cpu", "southamerica-east1")).contains("unit: GHz-second", "price: 0.000014");
        assertThat(entry(yaml, "gcf1.cpu.idle", "us-central1")).contains("price: 0.000001042");
        // Standard Tier from the real Compute Engine SKU.
        assertThat(entry(yaml, "gcf2.egress.standard", "europe-north1")).contains("- {upTo: 10240, price: 0.085}",
                "- {upTo: 153600, price: 0.065}", "- {price: 0.045}", "sku B096-F403-ED14");
        // SKUs no rule claims: jobs, worker pools, inter-region and intercontinental egress, 2nd gen functions.
        assertThat(yaml).doesNotContain("TEST-CR00-0015", "TEST-CR00-0016", "TEST-CR00-0017", "TEST-CR00-0018",
                "TEST-CF00-0002", "TEST-CF00-0008", "4E32-F036-B1D1", "0013-863C-A2FF");
        // africa-south1 is listed by the Tier 1 and the Tier 2 SKU: costfit does not choose, and says so.
        assertThat(find(yaml, "gcf2.vcpu.request", "africa-south1")).isEmpty();
        assertThat(run.err()).contains("two SKUs price gcf2.vcpu.request differently in africa-south1");
        // What the fixtures lack is a note, never a guess.
        assertThat(run.err()).contains("the Catalog API has no gcf2.egress.standard price for", "us-central1");
        assertNoKey(run, yaml);
    }

    @Test
    void withoutAKeyGoogleIsSkippedWithOneNoteAndAwsStillRefreshes() throws IOException {
        Path out = tmp.resolve("catalog.yaml");
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start()) {
            CliRun run = update(aws, google, out, Map.of());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).containsOnlyOnce("Google prices were not refreshed (set COSTFIT_GCP_API_KEY");
            assertThat(google.requests.get()).isZero();
        }
        assertThat(Files.readString(out)).contains("key: lambda.requests").doesNotContain("gcf2.");
    }

    @Test
    void aRefusedKeyIsExit2WithHowToFixIt() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start()) {
            CliRun run = update(aws, google, out, Map.of("COSTFIT_GCP_API_KEY", "not-the-key-either"));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("Google refused the API key in COSTFIT_GCP_API_KEY", "API key not valid",
                    "cloudbilling.googleapis.com").doesNotContain("not-the-key-either");
        }
        assertThat(Files.readString(out)).isEqualTo(OLD);
    }

    @Test
    void aServerErrorLeavesTheOldFileAndNamesWhatFailed() throws IOException {
        failsWith(List.of(), (exchange, n) -> {
            FakeBillingCatalog.error(exchange, 500, "INTERNAL", "boom");
            return true;
        }, "the Catalog API's list of services", "HTTP 500", "INTERNAL boom");
    }

    @Test
    void throttlingIsRetriedWithBackOffThenFails() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start()) {
            google.fault = (exchange, n) -> {
                FakeBillingCatalog.error(exchange, 429, "RESOURCE_EXHAUSTED", "Quota exceeded");
                return true;
            };
            CliRun run = update(aws, google, out, WITH_KEY, "--retries", "2");
            assertFailed(run, out, "HTTP 429 (throttled)", "(after 3 attempts)");
            assertThat(google.requests.get()).isEqualTo(3);
        }
    }

    @Test
    void throttlingIsRetriedThenSucceeds() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start()) {
            google.fault = (exchange, n) -> {
                if (n != 2) {
                    return false;
                }
                FakeBillingCatalog.error(exchange, 503, "UNAVAILABLE", "try again");
                return true;
            };
            CliRun run = update(aws, google, out, WITH_KEY, "--retries", "1");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Files.readString(out)).contains("key: gcf2.requests");
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
        }, "the Catalog API's list of services", "could not be read", "timed out");
    }

    @Test
    void aResetConnectionFails() throws IOException {
        Path out = oldCatalog();
        try (ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
             FakePriceList aws = FakePriceList.start()) {
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
            CliRun run = CliRun.withEnvironment(WITH_KEY, "pricing", "update", "--endpoint",
                    aws.endpoint().toString(), "--gcp-endpoint", "http://127.0.0.1:" + socket.getLocalPort(),
                    "--region", "eu-central-1", "--out", out.toString(), "--retries", "0");
            assertFailed(run, out, "the Catalog API's list of services", "could not be read");
        }
    }

    @Test
    void aTruncatedBodyFails() throws IOException {
        failsWith(List.of(), (exchange, n) -> {
            byte[] half = "{\"services\": [{\"name\": \"services/152E".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, half.length * 3L);
            exchange.getResponseBody().write(half);
            exchange.getResponseBody().flush();
            exchange.close();
            return true;
        }, "the Catalog API's list of services", "could not be read");
    }

    @Test
    void garbageJsonFails() throws IOException {
        failsWith(List.of(), (exchange, n) -> {
            if (n < 2) {
                return false;
            }
            FakeBillingCatalog.send(exchange, 200, "<html>captive portal</html>".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            return true;
        }, "Cloud Run SKUs", "not JSON");
    }

    @Test
    void aPageMissingInTheMiddleFails() throws IOException {
        Path out = oldCatalog();
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start()) {
            google.pageSize = 4;
            google.fault = (exchange, n) -> {
                if (n != 4) {
                    return false;
                }
                // Requests 1 and 2 list the six services four a page, 3 is the first page of Cloud Run SKUs; the
                // token it gave now points nowhere.
                FakeBillingCatalog.error(exchange, 400, "INVALID_ARGUMENT", "Invalid page token.");
                return true;
            };
            CliRun run = update(aws, google, out, WITH_KEY);
            assertFailed(run, out, "Cloud Run SKUs", "page 2 could not be fetched", "Invalid page token");
        }
    }

    @Test
    void aPriceInAnotherCurrencyFails() throws IOException {
        failsWithEdit(sku("TEST-CR00-0002", p -> ((ObjectNode) p.path("pricingExpression").path("tieredRates")
                .get(0).path("unitPrice")).put("currencyCode", "EUR")),
                "Cloud Run SKUs", "gcf2.vcpu.request", "priced in EUR, not USD");
    }

    @Test
    void anUnknownUnitFails() throws IOException {
        failsWithEdit(sku("TEST-CR00-0004", p -> ((ObjectNode) p.path("pricingExpression"))
                .put("usageUnit", "GiBy.mo")), "gcf2.memory.request", "'GiBy.mo'", "cannot convert exactly");
    }

    @Test
    void debugOutputNamesTheStepsButNeverTheKey() throws IOException {
        Path out = tmp.resolve("catalog.yaml");
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start()) {
            CliRun run = update(aws, google, out, WITH_KEY, "--debug");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("costfit: debug: Google: Cloud Run SKUs");
            assertNoKey(run, Files.readString(out));
        }
    }

    /**
     * The end to end run: refresh from both local servers, then `recommend` prices from the refresh. The embedded
     * catalog has the real 1st gen "Min Instance CPU" SKU of us-central1, $0.000001042 a GHz-second; here the
     * Catalog API answers with a price Google has raised to $0.0000011 (an edit of the fixture): a 1st gen function
     * kept warm bills its idle CPU at the refreshed price.
     */
    @Test
    void recommendUsesTheRefreshedGooglePrices() throws IOException {
        Path out = tmp.resolve("catalog.yaml");
        UnaryOperator<ObjectNode> raised = sku("TEST-CF00-0007", p -> ((ObjectNode) p.path("pricingExpression")
                .path("tieredRates").get(0).path("unitPrice")).put("nanos", 1100));
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start(raised)) {
            CliRun run = update(aws, google, out, WITH_KEY);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        Path profile = tmp.resolve("warm.yaml");
        Files.writeString(profile, "name: warm\ngcp_region: us-central1\ntraffic: {rate: 1/min}\nduration: 200ms\n"
                + "memory: 256MB\ntimeout: 10s\nmin_instances: 1\nnetwork: {clients: vpc}\n");
        JsonNode embedded = gen1(CliRun.of("recommend", profile.toString(), "--format", "json"));
        JsonNode refreshed = gen1(CliRun.of("recommend", "--catalog", out.toString(), profile.toString(),
                "--format", "json"));
        assertThat(idleCpu(embedded).get("unitPrice").asDouble()).isEqualTo(0.000001042);
        assertThat(idleCpu(refreshed).get("unitPrice").asDouble()).isEqualTo(0.0000011);
        // The same GHz-seconds at the new price: the line moves by exactly the ratio of the prices.
        assertThat(idleCpu(refreshed).get("quantity").asDouble()).isEqualTo(idleCpu(embedded).get("quantity")
                .asDouble());
    }

    @Test
    void aSkuAtZeroForABilledKeyIsRefusedAndTheCatalogKeepsItsPrice() throws IOException {
        // The 1st gen "Min Instance CPU" SKU of us-central1 answered at $0 whatever the volume: no price a billed key
        // has (the catalog's free allowances are free_tier), so it is left out and the embedded $0.000001042 a
        // GHz-second stays; the update says so and exits 3.
        Path out = tmp.resolve("catalog.yaml");
        UnaryOperator<ObjectNode> free = sku("TEST-CF00-0007", p -> ((ObjectNode) p.path("pricingExpression")
                .path("tieredRates").get(0).path("unitPrice")).put("units", "0").put("nanos", 0));
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start(free)) {
            CliRun run = update(aws, google, out, WITH_KEY);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("us-central1: not refreshed, the catalog keeps what it had:",
                    "gcf1.cpu.idle: the Catalog API gives $0 (", "costfit takes no $0 price for a billed key",
                    "the price beneath this file stays in force: $0.000001042 per GHz-second");
        }
        assertThat(find(Files.readString(out), "gcf1.cpu.idle", "us-central1")).isEmpty();
    }

    private static JsonNode gen1(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = FakeBillingCatalog.JSON.readTree(run.out());
        for (JsonNode a : report.get("profiles").get(0).get("assessments")) {
            if (a.get("platform").asText().equals("cloud-functions-gen1")) {
                return a;
            }
        }
        throw new AssertionError("no 1st gen assessment");
    }

    private static JsonNode idleCpu(JsonNode assessment) {
        for (JsonNode line : assessment.get("lines")) {
            if (line.get("component").asText().equals("Idle minimum instances, CPU")) {
                return line;
            }
        }
        throw new AssertionError("no idle CPU line in " + assessment.get("lines"));
    }

    /** Edits the pricingInfo of one SKU. */
    private static UnaryOperator<ObjectNode> sku(String id, Consumer<JsonNode> pricingInfo) {
        return s -> {
            if (s.path("skuId").asText().equals(id)) {
                pricingInfo.accept(s.path("pricingInfo").get(0));
            }
            return s;
        };
    }

    private void failsWith(List<String> args, FakeBillingCatalog.Fault fault, String... phrases) throws IOException {
        Path out = oldCatalog();
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start()) {
            google.fault = fault;
            assertFailed(update(aws, google, out, WITH_KEY, args.toArray(String[]::new)), out, phrases);
        }
    }

    private void failsWithEdit(UnaryOperator<ObjectNode> edit, String... phrases) throws IOException {
        Path out = oldCatalog();
        try (FakePriceList aws = FakePriceList.start(); FakeBillingCatalog google = FakeBillingCatalog.start(edit)) {
            assertFailed(update(aws, google, out, WITH_KEY), out, phrases);
        }
    }

    private static void assertFailed(CliRun run, Path out, String... phrases) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("pricing update failed").contains(phrases).contains("Nothing was written")
                .doesNotContain("Exception:");
        assertNoKey(run, "");
        assertThat(Files.readString(out)).isEqualTo(OLD);
        try (var files = Files.list(out.getParent())) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    private static void assertNoKey(CliRun run, String written) {
        assertThat(run.out() + run.err() + written).doesNotContain(FakeBillingCatalog.KEY)
                .doesNotContain("costfit-test-secret");
    }
}
