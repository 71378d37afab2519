package dev.costfit.fuzz;

import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
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
        YamlLoader loader = new YamlLoader();
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                seeds.add(new Seed(name, tree(loader.load(file).get(0))));
            }
            try (InputStream in = SeedProfiles.class.getResourceAsStream("/profiles/design-example.yaml")) {
                seeds.add(new Seed("design-example", tree(loader.load("design-example.yaml", in).get(0))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the seed profiles (run from the project folder)", e);
        }
        return List.copyOf(seeds);
    }

    /**
     * costfit's own reading of the sample, scalars as written: a YAML 1.1 word such as {@code off} stays "off"
     * (a generic YAML tree would turn it into false, which platforms.lambda.snapstart refuses).
     */
    private static YamlTree.Node tree(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            Map<String, YamlTree.Node> entries = new LinkedHashMap<>();
            mapping.entries().forEach((key, entry) -> entries.put(key, tree(entry.value())));
            return new YamlTree.Mapping(entries);
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<YamlTree.Node> items = new ArrayList<>();
            sequence.items().forEach(item -> items.add(tree(item)));
            return new YamlTree.Sequence(items);
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        return switch (scalar.kind()) {
            case STRING -> YamlTree.text(scalar.text());
            case NULL -> new YamlTree.Raw("null");
            default -> new YamlTree.Raw(scalar.text());
        };
    }
}
