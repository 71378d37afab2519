package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.yaml.Problems;
import dev.costfit.yaml.YamlLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The build's snapshot of the embedded catalog against the catalog a run made before it had one: the build's JSON,
 * read, checked and merged. Equal component by component, and the maps a run walks (prices, limits, free tier,
 * estimates, instance types) in the same order, so that nothing a run prints can move.
 */
class CatalogSnapshotTest {

    private static Catalog fromJson() throws IOException {
        try (InputStream json = CatalogLoader.class.getResourceAsStream(CatalogLoader.COMPILED)) {
            assertThat(json).as("the build's JSON catalog").isNotNull();
            Problems problems = new Problems();
            CatalogLayer layer = CatalogLoader.embeddedLayer(
                    YamlLoader.forCatalogs().loadJson(CatalogLoader.EMBEDDED_NAME, json), problems);
            Catalog catalog = CatalogLoader.merge(List.of(layer), problems);
            assertThat(problems.list()).isEmpty();
            return catalog;
        }
    }

    private static Catalog fromSnapshot(byte[] bytes) throws IOException {
        return CatalogSnapshot.read(new ByteArrayInputStream(bytes)).orElseThrow();
    }

    private static byte[] buildsSnapshot() throws IOException {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.SNAPSHOT)) {
            assertThat(in).as("the build's catalog snapshot").isNotNull();
            return in.readAllBytes();
        }
    }

    /** Every key of the maps a run walks, in the order it walks them. */
    private static List<String> walked(Catalog c) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Map<String, Price>> e : c.prices().entrySet()) {
            keys.add(e.getKey());
            keys.addAll(e.getValue().keySet());
        }
        for (Map<String, CatalogValue> values : List.of(c.limits(), c.freeTier(), c.estimates())) {
            keys.addAll(values.keySet());
        }
        keys.addAll(c.instanceTypes().keySet());
        return keys;
    }

    @Test
    void theBuildsSnapshotIsTheCatalogItsJsonMakes() throws IOException {
        Catalog json = fromJson();
        Catalog snapshot = fromSnapshot(buildsSnapshot());
        assertThat(snapshot).isEqualTo(json);
        assertThat(walked(snapshot)).isEqualTo(walked(json)).hasSizeGreaterThan(3000);
        // What equality compares, by hand: a price's every field, its origin in the JSON under the embedded name.
        Price lambdaRequests = snapshot.prices().get("lambda.requests").get("us-east-1");
        assertThat(lambdaRequests.unitPrice()).isEqualTo(0.0000002); // $0.20 per million, as the catalog writes it
        assertThat(lambdaRequests.origin().file()).isEqualTo(CatalogLoader.EMBEDDED_NAME);
        assertThat(lambdaRequests).isEqualTo(json.prices().get("lambda.requests").get("us-east-1"));
        assertThat(snapshot.date()).isEqualTo(json.date());
        assertThat(snapshot.layers()).isEqualTo(json.layers()).hasSize(1);
    }

    @Test
    void aRunReadsTheSnapshot() throws IOException {
        // The loader hands out the catalog it read from the snapshot (the same figures as the JSON's, above), not
        // one it merged: the same instance.
        assertThat(CatalogLoader.EmbeddedSnapshot.CATALOG).isNotNull().isEqualTo(fromSnapshot(buildsSnapshot()));
        assertThat(new CatalogLoader(java.util.Optional.empty()).embedded())
                .isSameAs(CatalogLoader.EmbeddedSnapshot.CATALOG);
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws IOException {
        Catalog json = fromJson();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogSnapshot.write(json, out);
        Catalog read = fromSnapshot(out.toByteArray());
        assertThat(read).isEqualTo(json);
        assertThat(walked(read)).isEqualTo(walked(json));
    }

    @Test
    void aSnapshotOfAnotherFormatIsNotRead() throws IOException {
        byte[] bytes = buildsSnapshot();
        ByteBuffer.wrap(bytes).putInt(0, CatalogSnapshot.FORMAT + 1);
        assertThat(CatalogSnapshot.read(new ByteArrayInputStream(bytes))).isEmpty();
    }
}
