package dev.costfit.pricing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.costfit.yaml.Problems;
import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Run by the build (Maven's process-classes phase): checks the embedded catalog's YAML as every run reads it, and
 * writes the same tree as JSON beside the classes, and the catalog it makes alone as a snapshot
 * ({@link CatalogSnapshot}). At run time the snapshot is read where no refreshed prices or overlays are stacked on
 * the catalog, and the JSON where they are, instead of the YAML: Jackson reads JSON several times faster than YAML,
 * and the 770 KB catalog was most of a short run's start-up (issue 13). The YAML stays the one source people edit; a
 * catalog that does not read fails the build, with the YAML's locations.
 *
 * <p>Usage: {@code CatalogCompiler SOURCE.yaml TARGET.json TARGET.bin}.
 */
public final class CatalogCompiler {

    /** A number JSON can hold as written, so that the scalar's text is the same in both forms. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private CatalogCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CatalogCompiler SOURCE.yaml TARGET.json TARGET.bin");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Path snapshot = Path.of(args[2]);
        List<YamlNode> documents = YamlLoader.forCatalogs().load(source);
        if (documents.size() != 1) {
            throw new IllegalStateException(source + ": the catalog is one YAML document; found " + documents.size());
        }
        Problems problems = new Problems();
        new CatalogReader(problems).read(source.toString(), documents.get(0), false);
        problems.throwIfAny();
        Files.createDirectories(target.toAbsolutePath().getParent());
        replace(target, out -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(
                    new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                write(documents.get(0), json);
            }
        });
        // The snapshot is made from the JSON just written, read as a run reads it: the same entries, named and
        // located alike (a run's catalog locates its entries in the JSON, under the embedded catalog's name).
        Problems reading = new Problems();
        Catalog alone;
        try (InputStream json = Files.newInputStream(target)) {
            CatalogLayer layer = CatalogLoader.embeddedLayer(
                    YamlLoader.forCatalogs().loadJson(CatalogLoader.EMBEDDED_NAME, json), reading);
            alone = CatalogLoader.merge(List.of(layer), reading);
        }
        reading.throwIfAny();
        replace(snapshot, out -> CatalogSnapshot.write(alone, out));
    }

    /** What writes a file's content. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} whole or not at all: a temp file beside it, then a rename. The build's own folder has one
     * writer, so the temp file's name is fixed.
     */
    private static void replace(Path target, Content content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
            content.writeTo(out);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The node as JSON, every scalar's kind and text kept: the reader sees the same tree from either form. */
    static void write(YamlNode node, JsonGenerator json) throws IOException {
        if (node instanceof YamlNode.Mapping m) {
            json.writeStartObject();
            for (YamlNode.Entry e : m.entries().values()) {
                json.writeFieldName(e.key());
                write(e.value(), json);
            }
            json.writeEndObject();
        } else if (node instanceof YamlNode.Sequence s) {
            json.writeStartArray();
            for (YamlNode item : s.items()) {
                write(item, json);
            }
            json.writeEndArray();
        } else {
            scalar((YamlNode.Scalar) node, json);
        }
    }

    private static void scalar(YamlNode.Scalar s, JsonGenerator json) throws IOException {
        switch (s.kind()) {
            case STRING -> json.writeString(s.text());
            case INTEGER, DECIMAL -> {
                if (!JSON_NUMBER.matcher(s.text()).matches()) {
                    throw new IllegalStateException(s.location() + ": write the number " + s.text()
                            + " as JSON would (digits, a point, an exponent) so both forms of the catalog agree");
                }
                json.writeNumber(s.text());
            }
            case BOOLEAN -> {
                if (!s.text().equals("true") && !s.text().equals("false")) {
                    throw new IllegalStateException(s.location() + ": write the boolean " + s.text()
                            + " as true or false so both forms of the catalog agree");
                }
                json.writeBoolean(Boolean.parseBoolean(s.text()));
            }
            case NULL -> json.writeNull();
        }
    }
}
