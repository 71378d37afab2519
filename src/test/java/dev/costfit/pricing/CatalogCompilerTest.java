package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON the build writes from the embedded catalog is the same tree as the YAML people edit. */
class CatalogCompilerTest {

    @Test
    void theCompiledCatalogInTheBuildIsTheYamlsTreeScalarForScalar() throws Exception {
        YamlLoader loader = YamlLoader.forCatalogs();
        YamlNode yaml;
        YamlNode json;
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.EMBEDDED)) {
            yaml = loader.load("catalog.yaml", in).get(0);
        }
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.COMPILED)) {
            assertThat(in).as("the build writes " + CatalogLoader.COMPILED + " (process-classes)").isNotNull();
            json = loader.loadJson("catalog.json", in);
        }
        List<String> compared = new ArrayList<>();
        assertSameTree(yaml, json, "", compared);
        // Every price entry, limit and instance type is a scalar or more: a few thousand at least.
        assertThat(compared).hasSizeGreaterThan(10_000);
    }

    @Test
    void aNumberJsonCannotHoldAsWrittenStopsTheBuildAtItsLocation(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("catalog.yaml");
        Files.writeString(yaml, "catalog: 1\ndate: 2026-12-02\nprices:\n  - {key: lambda.requests, unit: request, "
                + "price: 00.0000002, regions: [us-east-1], effective: 2026-09-19, source: https://example.com/}\n");
        assertThatThrownBy(() -> CatalogCompiler.main(new String[] {yaml.toString(), dir.resolve("c.json").toString(),
                dir.resolve("c.bin").toString()}))
                .hasMessageContaining(":4:")
                .hasMessageContaining("write the number 00.0000002 as JSON would");
        assertThat(dir.resolve("c.json")).doesNotExist();
        assertThat(dir.resolve("c.bin")).doesNotExist();
    }

    /** Same keys in the same order, same items, same scalar kinds and texts; locations differ by design. */
    private static void assertSameTree(YamlNode a, YamlNode b, String path, List<String> compared) {
        if (a instanceof YamlNode.Mapping m) {
            assertThat(b).as(path).isInstanceOf(YamlNode.Mapping.class);
            YamlNode.Mapping n = (YamlNode.Mapping) b;
            assertThat(n.entries().keySet()).as(path).containsExactlyElementsOf(m.entries().keySet());
            m.entries().forEach((key, entry) -> assertSameTree(entry.value(), n.entries().get(key).value(),
                    path + "." + key, compared));
        } else if (a instanceof YamlNode.Sequence s) {
            assertThat(b).as(path).isInstanceOf(YamlNode.Sequence.class);
            List<YamlNode> items = ((YamlNode.Sequence) b).items();
            assertThat(items).as(path).hasSameSizeAs(s.items());
            for (int i = 0; i < items.size(); i++) {
                assertSameTree(s.items().get(i), items.get(i), path + "[" + i + "]", compared);
            }
        } else {
            YamlNode.Scalar x = (YamlNode.Scalar) a;
            assertThat(b).as(path).isInstanceOf(YamlNode.Scalar.class);
            YamlNode.Scalar y = (YamlNode.Scalar) b;
            assertThat(y.kind()).as(path).isEqualTo(x.kind());
            if (x.kind() != YamlNode.ScalarKind.NULL) {
                assertThat(y.text()).as(path).isEqualTo(x.text());
            }
            compared.add(path);
        }
    }
}
