package dev.costfit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's guards against hostile input: each must fail fast with a located, one-line error. */
class YamlLoaderTest {

    private final YamlLoader loader = new YamlLoader();

    @Test
    void documentsAreReadWithLocations() {
        var docs = loader.parse("f.yaml", "a: 1\nb: [x, y]\n---\nc: {d: true}\n");
        assertThat(docs).hasSize(2);
        YamlNode.Mapping first = (YamlNode.Mapping) docs.get(0);
        assertThat(first.entries().get("b").keyLocation()).isEqualTo(new Location("f.yaml", 2, 1));
        assertThat(first.entries().get("b").value().location()).isEqualTo(new Location("f.yaml", 2, 4));
        assertThat(((YamlNode.Scalar) first.entries().get("a").value()).kind()).isEqualTo(YamlNode.ScalarKind.INTEGER);
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: x\ndescription: '" + "a".repeat(YamlLoader.MAX_FILE_BYTES) + "'\n");
        assertThatThrownBy(() -> loader.load(big)).isInstanceOf(InputException.class)
                .hasMessageContaining("costfit reads files of at most 1048576 bytes");
    }

    @Test
    void aliasesAreRefusedSoThatBillionLaughsCannotExpand() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        assertThatThrownBy(() -> loader.parse("bomb.yaml", bomb)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("bomb.yaml:2:8: YAML aliases (*a) are not accepted");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "x: " + "[".repeat(40) + "]".repeat(40) + "\n";
        assertThatThrownBy(() -> loader.parse("deep.yaml", deep)).isInstanceOf(InputException.class)
                .hasMessageContaining("deep.yaml:1:").hasMessageContaining("nested");
    }

    @Test
    void tooManyNodesAreRefused() {
        StringBuilder many = new StringBuilder("x:\n");
        for (int i = 0; i <= YamlLoader.MAX_NODES; i++) {
            many.append("- 1\n");
        }
        assertThatThrownBy(() -> loader.parse("many.yaml", many.toString())).isInstanceOf(InputException.class)
                .hasMessageContaining("more than 100000 YAML nodes");
    }

    @Test
    void syntaxErrorsPointAtTheProblem() {
        assertThatThrownBy(() -> loader.parse("bad.yaml", "a: [1, 2\nb: 3\n")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.yaml:2:").hasMessageContaining("invalid YAML");
    }

    @Test
    void duplicateKeysAreReportedWithBothLines() {
        assertThatThrownBy(() -> loader.parse("dup.yaml", "a: 1\nb: 2\na: 3\n")).isInstanceOf(InputException.class)
                .hasMessage("dup.yaml:3:1: a: the key appears twice in the same mapping (first at line 1); keep one");
    }

    @Test
    void suggestionsFindCloseKeys() {
        assertThat(Suggestions.closest("memroy", java.util.List.of("memory", "timeout"))).contains("memory");
        assertThat(Suggestions.closest("concurrency-per-instance", java.util.List.of("concurrency_per_instance")))
                .contains("concurrency_per_instance");
        assertThat(Suggestions.closest("zzz", java.util.List.of("memory"))).isEmpty();
    }
}
