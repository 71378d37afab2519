package dev.costfit.pricing.update;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.cli.CliRun;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refresh as a catalog layer: written, read back, layered between the embedded catalog and --catalog files. */
class CatalogLayersTest {

    @TempDir
    Path tmp;

    private Path refresh(double lambdaRequestPrice, String region) throws IOException {
        CatalogLoader loader = new CatalogLoader(Optional.empty());
        RefreshResult result = new RefreshResult(List.of(
                new RefreshedPrice("lambda.requests", region, "Lambda requests", "request",
                        List.of(new RefreshedTier(Double.POSITIVE_INFINITY,
                                java.math.BigDecimal.valueOf(lambdaRequestPrice))), LocalDate.of(2026, 12, 1),
                        "AWS Price List API, sku TEST, effective 2026-12-01")), List.of(region), List.of());
        Path file = tmp.resolve("cache-" + region + ".yaml");
        Files.writeString(file, new OverlayYaml(loader.embedded(), loader.embedded())
                .render(result, Instant.parse("2026-12-05T10:00:00Z"), List.of("AWS Price List API")));
        return file;
    }

    @Test
    void theRefreshIsLayeredAfterTheEmbeddedCatalogAndBeforeOverlays() throws IOException {
        Path cache = refresh(0.00000025, "us-east-1");
        Path overlay = tmp.resolve("mine.yaml");
        Files.writeString(overlay, "prices:\n  - {key: lambda.requests, unit: request, price: 0.0000003, "
                + "regions: [us-east-1], effective: 2026-12-06, source: my discount}\n");
        Catalog refreshed = new CatalogLoader(Optional.of(cache)).load(List.of());
        assertThat(refreshed.price("lambda.requests", "us-east-1").unitPrice()).isEqualTo(0.00000025);
        assertThat(refreshed.layers()).containsExactly("embedded catalog (2026-12-02)",
                "prices of 2026-12-05, refreshed from the AWS Price List API");
        Catalog both = new CatalogLoader(Optional.of(cache)).load(List.of(overlay));
        assertThat(both.price("lambda.requests", "us-east-1").unitPrice()).isEqualTo(0.0000003);
        // Only when the file exists.
        assertThat(new CatalogLoader(Optional.of(tmp.resolve("none.yaml"))).load(List.of()).layers()).hasSize(1);
    }

    @Test
    void aRefreshMayAddARegionWithItsNearestGoogleRegion() throws IOException {
        Catalog catalog = new CatalogLoader(Optional.of(refresh(0.0000002, "eu-central-1"))).load(List.of());
        assertThat(catalog.regions("aws")).contains("eu-central-1");
        assertThat(catalog.gcpNearest()).containsEntry("eu-central-1", "europe-west3");
        assertThat(catalog.price("lambda.requests", "eu-central-1").source()).contains("sku TEST");
    }

    @Test
    void showAndDiffNameTheLayerAndTheChange() throws IOException {
        Path cache = refresh(0.00000025, "us-east-1");
        CliRun show = CliRun.of("pricing", "show", "--catalog", cache.toString(), "--key", "lambda.requests",
                "--region", "us-east-1");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("prices of 2026-12-05, refreshed from the AWS Price List API",
                "0.00000025", cache.toString(), "sku TEST");
        CliRun json = CliRun.of("pricing", "show", "--format", "json", "--key", "lambda.requests");
        assertThat(json.out()).contains("\"schemaVersion\" : 1", "\"layer\" : \"embedded\"");
        CliRun diff = CliRun.of("pricing", "diff", "embedded", cache.toString());
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        // $0.20 → $0.25 per million: +25%.
        assertThat(diff.out()).contains("lambda.requests", "us-east-1", "changed", "0.0000002", "0.00000025",
                "+25.0%", "1 changed, 0 added, 0 removed");
        // ca-west-1 is a region the embedded catalog knows but prices nothing in (ca-central-1 was, until the
        // regions pass of 2026-12 priced it).
        Path added = refresh(0.0000002, "ca-west-1");
        assertThat(CliRun.of("pricing", "diff", "embedded", added.toString(), "--format", "json").out())
                .contains("\"kind\" : \"added\"", "\"region\" : \"ca-west-1\"");
    }

    @Test
    void aChangeOfTheTiersAloneSaysSo() throws IOException {
        // The embedded eu-central-1 x86_64 duration: $0.0000166667 to 6 billion GB-seconds, $0.000015 to 15 billion,
        // $0.0000133334 beyond. The same first price with the second band ending at 16 billion is a change of the
        // tiers alone, which json showed as old = new at "percent" 0.0.
        Path overlay = tmp.resolve("tiers.yaml");
        Files.writeString(overlay, "prices:\n  - {key: lambda.duration.x86_64, unit: GB-second, tiers: [{upTo: "
                + "6000000000, price: 0.0000166667}, {upTo: 16000000000, price: 0.000015}, {price: 0.0000133334}], "
                + "regions: [eu-central-1], effective: 2026-12-06, source: test}\n");
        CliRun json = CliRun.of("pricing", "diff", "embedded", overlay.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode change = FakePriceList.JSON.readTree(json.out()).get("changes")
                .get(0);
        assertThat(change.get("key").asText()).isEqualTo("lambda.duration.x86_64");
        assertThat(change.get("changed").toString()).isEqualTo("[\"tiers\"]");
        assertThat(change.has("percent")).isFalse();
        assertThat(change.get("oldTiers").get(1).get("upTo").asDouble()).isEqualTo(15e9);
        assertThat(change.get("newTiers").get(1).get("upTo").asDouble()).isEqualTo(16e9);
        assertThat(change.get("newTiers").get(2).get("upTo").isNull()).isTrue();
        CliRun table = CliRun.of("pricing", "diff", "embedded", overlay.toString());
        assertThat(table.out()).containsPattern("lambda.duration.x86_64 +eu-central-1 +changed .* tiers");

        // A change of the first price says by how much, and says "price".
        Path cache = refresh(0.00000025, "us-east-1");
        com.fasterxml.jackson.databind.JsonNode raised = FakePriceList.JSON.readTree(CliRun.of("pricing", "diff",
                "embedded", cache.toString(), "--format", "json").out()).get("changes").get(0);
        assertThat(raised.get("changed").toString()).isEqualTo("[\"price\"]");
        assertThat(raised.get("percent").asDouble()).isCloseTo(25, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void secretsAreNeverPrinted() {
        String text = Redaction.apply("GET https://billing.example/v1/skus?key=AIzaSECRET&pageToken=x failed "
                + "for AKIAABCDEFGHIJKLMNOP with X-Amz-Signature=abc");
        assertThat(text).doesNotContain("AIzaSECRET", "AKIAABCDEFGHIJKLMNOP", "abc")
                .contains("https://billing.example/v1/skus?****");
    }
}
