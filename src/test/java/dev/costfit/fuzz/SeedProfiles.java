package dev.costfit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The profiles mutations start from: the six samples in profiles/ and the design example (every field). */
final class SeedProfiles {

    /** A sample by its file name (without .yaml) and its tree. */
    record Seed(String name, YamlTree.Node tree) {
        String profileName() {
            return YamlTree.get(tree, List.of("name")).map(n -> ((YamlTree.Raw) n).source()).orElse(name);
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<Seed> ALL = load();

    private SeedProfiles() {
    }

    static List<Seed> all() {
        return ALL;
    }

    static Seed byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed profile " + name));
    }

    private static List<Seed> load() {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                seeds.add(new Seed(name, tree(YAML.readTree(file.toFile()))));
            }
            try (InputStream in = SeedProfiles.class.getResourceAsStream("/profiles/design-example.yaml")) {
                seeds.add(new Seed("design-example", tree(YAML.readTree(in))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the seed profiles (run from the project folder)", e);
        }
        return List.copyOf(seeds);
    }

    private static YamlTree.Node tree(JsonNode node) {
        if (node.isObject()) {
            Map<String, YamlTree.Node> entries = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                entries.put(e.getKey(), tree(e.getValue()));
            }
            return new YamlTree.Mapping(entries);
        }
        if (node.isArray()) {
            List<YamlTree.Node> items = new ArrayList<>();
            node.forEach(item -> items.add(tree(item)));
            return new YamlTree.Sequence(items);
        }
        if (node.isTextual()) {
            return YamlTree.text(node.textValue());
        }
        return new YamlTree.Raw(node.isNull() ? "null" : node.asText());
    }
}
