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
    void aFileThatIsNotUtf8IsRefusedAtItsFirstByteThatIsNot(@TempDir Path dir) throws Exception {
        // "café" saved as Latin-1: é is the single byte 0xE9, which was read as the replacement character, silently.
        // Line 2, after "name: caf" (9 characters): column 10. A UTF-8 é on line 1 counts as one column.
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0xA9, '\n', 'n', 'a', 'm', 'e', ':', ' ', 'c',
            'a', 'f', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> loader.load(latin1)).isInstanceOf(InputException.class)
                .hasMessage(latin1 + ":2:10: the byte 0xE9 here is not UTF-8 text; costfit reads files as UTF-8: save "
                        + "it as UTF-8 (a Latin-1 or Windows-1252 file's accented letters are not)");
        Path utf8 = dir.resolve("utf8.yaml");
        Files.writeString(utf8, "name: café\n");
        assertThat(((YamlNode.Scalar) ((YamlNode.Mapping) loader.load(utf8).get(0)).entries().get("name").value())
                .text()).isEqualTo("café");
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedAfterOneMebibyteRead() {
        // /dev/zero reports a size of 0 and never ends: before, costfit read it for 48 s into 5.5 GB, then died of an
        // OutOfMemoryError. Now it stops one byte past the bound, at once.
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        long started = System.nanoTime();
        assertThatThrownBy(() -> loader.load(zero)).isInstanceOf(InputException.class)
                .hasMessage("/dev/zero: more than 1048576 bytes came out of it; costfit reads files of at most "
                        + "1048576 bytes (1 MiB). Give a file, or a pipe that ends.");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(10);
        assertThatThrownBy(() -> YamlLoader.forCatalogs().load(zero)).isInstanceOf(InputException.class)
                .hasMessageContaining("more than 4194304 bytes came out of it");
    }

    @Test
    void aPipeIsReadToItsEndWithinTheBound(@TempDir Path dir) throws Exception {
        // A named pipe (as /dev/stdin or <(...) is) has no size either: a short one is read whole, a long one refused.
        Path fifo = dir.resolve("profile.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.costfit.testing.NamedPipes.make(fifo),
                "mkfifo is not available here");
        writeInBackground(fifo, "name: x\n");
        assertThat(loader.load(fifo)).hasSize(1);
        writeInBackground(fifo, "name: x\ndescription: '" + "a".repeat(2 * YamlLoader.MAX_FILE_BYTES) + "'\n");
        assertThatThrownBy(() -> loader.load(fifo)).isInstanceOf(InputException.class)
                .hasMessageContaining("more than 1048576 bytes came out of it");
    }

    /** Writes {@code text} into the pipe once a reader opens it; a reader that stops early ends the write. */
    private static void writeInBackground(Path fifo, String text) {
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, text);
            } catch (java.io.IOException readerStopped) {
                // the loader read what it needed and closed the pipe
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Test
    void aCatalogHasRoomForEveryRegionButIsBoundedToo(@TempDir Path dir) throws Exception {
        // 1.5 MiB and about 190,000 nodes of prices: past a profile's bounds, within a catalog's.
        Path big = dir.resolve("catalog.yaml");
        StringBuilder wide = new StringBuilder("prices:\n");
        while (wide.length() < (3 << 19)) {
            wide.append("- {key: k, price: 0.1, regions: [us-east-1, eu-west-1]}\n");
        }
        Files.writeString(big, wide);
        assertThatThrownBy(() -> loader.load(big)).hasMessageContaining("at most 1048576 bytes (1 MiB)");
        assertThat(YamlLoader.forCatalogs().load(big).get(0)).isInstanceOf(YamlNode.Mapping.class);
        Files.writeString(big, "x: '" + "a".repeat(YamlLoader.MAX_CATALOG_BYTES) + "'\n");
        assertThatThrownBy(() -> YamlLoader.forCatalogs().load(big)).isInstanceOf(InputException.class)
                .hasMessageContaining("at most 4194304 bytes (4 MiB)");
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

    /**
     * Lines and columns as an editor shows them: only \n, \r\n and \r end a line; NEL, U+2028 and U+2029 (line
     * breaks to YAML 1.1) do not, an emoji is one column, a byte-order mark none. Counted by hand from the text.
     */
    @Test
    void locationsAreAnEditorsLinesAndColumns() {
        // line 1: "a: x" NEL "b: y" U+2028 "c: z"; line 2 (after \r\n): "d: 😀 e"; line 3 (after \r): "f: [1,"
        String text = "\uFEFFa: x\u0085b: y\u2028c: z\r\nd: \uD83D\uDE00 e\rf: [1, 2]\ng: {h: 1}\n";
        YamlNode.Mapping root = (YamlNode.Mapping) loader.parse("f.yaml", text).get(0);
        // after the mark: a : space x NEL, so "b" is column 6; then b : space y U+2028, so "c" is column 11
        assertThat(root.entries().get("a").keyLocation()).isEqualTo(new Location("f.yaml", 1, 1));
        assertThat(root.entries().get("b").keyLocation()).isEqualTo(new Location("f.yaml", 1, 6));
        assertThat(root.entries().get("c").value().location()).isEqualTo(new Location("f.yaml", 1, 14));
        assertThat(root.entries().get("d").keyLocation()).isEqualTo(new Location("f.yaml", 2, 1));
        assertThat(root.entries().get("f").value().location()).isEqualTo(new Location("f.yaml", 3, 4));
        assertThat(root.entries().get("g").value().location()).isEqualTo(new Location("f.yaml", 4, 4));
    }

    @Test
    void aSyntaxErrorAfterLineSeparatorsPointsAtTheEditorsLine() {
        // Three keys on one editor line, separated by U+2028: "a: 1" and "b: 2" and the separators are ten
        // characters, "c: [1, 2]" nine more, so the stray "]" is the 20th.
        String text = "a: 1\u2028b: 2\u2028c: [1, 2]]\n";
        assertThatThrownBy(() -> loader.parse("ls.yaml", text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("ls.yaml:1:20: invalid YAML");
    }

    /** A complex key (a list or mapping as a key) named a SnakeYAML event class, as a review found. */
    @Test
    void aComplexKeyIsExplainedWithoutAParserClass() {
        for (String key : new String[] {"? [a, b]\n: 1", "? {a: 1}\n: 1"}) {
            assertThatThrownBy(() -> loader.parse("k.yaml", "name: x\n" + key + "\n")).as(key)
                    .isInstanceOf(InputException.class).hasMessageStartingWith("k.yaml:2:")
                    .hasMessageContaining("invalid YAML: a key must be a single value (a word or a number), not a "
                            + "list or a mapping")
                    .hasMessageNotContaining("snakeyaml");
        }
    }

    /** Fuzz seed 9191: a file cut short inside a double-quoted string's escape named Java's NumberFormatException. */
    @Test
    void aFileEndingInsideAnEscapeIsExplainedWithoutAJavaException() {
        for (String cut : new String[] {"\\u", "\\U", "\\x"}) {
            String text = "name: x\ndescription: \"chat" + cut;
            assertThatThrownBy(() -> loader.parse("e.yaml", text)).as(cut).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("e.yaml:2:")
                    .hasMessageContaining("invalid YAML: the file ends inside an escape sequence of a double-quoted "
                            + "string")
                    .hasMessageNotContaining("Exception");
        }
        // With some of its digits, the parser's own words say it.
        assertThatThrownBy(() -> loader.parse("e.yaml", "name: x\ndescription: \"chat\\U0001f4"))
                .hasMessageContaining("invalid YAML: found unexpected end of stream")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aNumberTooLongForJacksonIsLocatedAndExplained() {
        String text = "a: 1\nvcpu: 0" + "0".repeat(69) + "1\n";
        assertThatThrownBy(() -> loader.parse("n.yaml", text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("n.yaml:2:7: invalid YAML: a number of more than 64 digits")
                .hasMessageNotContaining("StreamReadConstraints");
    }
}
