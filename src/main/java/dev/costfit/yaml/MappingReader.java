package dev.costfit.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping into typed values, collecting every problem instead of stopping at the
 * first. The keys a reader was asked about are the keys it knows: {@link #finish()} reports any other key as
 * unknown, with a suggestion, so the accepted keys and the reading code cannot drift apart.
 */
public final class MappingReader {

    private final YamlNode.Mapping mapping;
    private final String path;
    private final Problems problems;
    private final List<DefaultUsed> defaults;
    private final KeyTree tree;
    /** Whether `key: ~` (or `key:` with nothing after it) reads as if the key were not there. */
    private final boolean nullIsAbsent;
    private final Set<String> known = new LinkedHashSet<>();

    private MappingReader(YamlNode.Mapping mapping, String path, Problems problems, List<DefaultUsed> defaults,
                          KeyTree tree, boolean nullIsAbsent) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
        this.defaults = defaults;
        this.tree = tree;
        this.nullIsAbsent = nullIsAbsent;
    }

    /** A reader of {@code node}; if it is not a mapping, that is reported and the reader sees no keys. */
    public static MappingReader of(YamlNode node, String path, Problems problems, List<DefaultUsed> defaults) {
        return of(node, path, problems, defaults, KeyTree.NONE, true);
    }

    /**
     * A reader of a profile, with every path of the format, so an unknown key is pointed to where it belongs. An
     * explicit null is a value here, which the field's parser refuses where it is written ("found ~ (no value),
     * expected a size…"), as the profile's JSON Schema refuses null: read as absent, `gpu: null` silently meant no
     * GPU and an unfilled `cpu_time:` the default, where an editor flags both.
     */
    public static MappingReader of(YamlNode node, String path, Problems problems, List<DefaultUsed> defaults,
                                   KeyTree tree) {
        return of(node, path, problems, defaults, tree, false);
    }

    private static MappingReader of(YamlNode node, String path, Problems problems, List<DefaultUsed> defaults,
                                    KeyTree tree, boolean nullIsAbsent) {
        if (node instanceof YamlNode.Mapping m) {
            return new MappingReader(m, path, problems, defaults, tree, nullIsAbsent);
        }
        problems.add(node.location(), path, "found " + node.describe() + ", expected a mapping of 'key: value' lines");
        return new MappingReader(new YamlNode.Mapping(Map.of(), node.location()), path, problems, defaults, tree,
                nullIsAbsent);
    }

    public String path() {
        return path;
    }

    public Location location() {
        return mapping.location();
    }

    public Problems problems() {
        return problems;
    }

    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        known.add(key);
        return mapping.entries().containsKey(key);
    }

    /**
     * The node of {@code key}; where nulls are absent (catalogs), an explicit null (`key: ~`, `key:` with nothing
     * after it) counts as absent.
     */
    public Optional<YamlNode> node(String key) {
        known.add(key);
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null || nullIsAbsent && entry.value() instanceof YamlNode.Scalar s
                && s.kind() == YamlNode.ScalarKind.NULL) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Where {@code key} is, or where the mapping is if the key is absent. */
    public Location locationOf(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.location() : entry.value().location();
    }

    public <T> Optional<T> optional(String key, ValueParser<T> parser) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(node.get()));
        } catch (InvalidValue e) {
            problems.add(node.get().location(), pathOf(key), e.getMessage());
            return Optional.empty();
        }
    }

    /** A required field; its absence is reported with what it should hold. */
    public <T> Optional<T> required(String key, ValueParser<T> parser, String expectation) {
        if (node(key).isEmpty()) {
            problems.add(mapping.location(), pathOf(key), "missing; this field is required: " + expectation);
            return Optional.empty();
        }
        return optional(key, parser);
    }

    /** The value, or the default, which is recorded for `--explain`. An invalid value yields the default too. */
    public <T> T orDefault(String key, ValueParser<T> parser, Default<T> fallback) {
        if (node(key).isEmpty()) {
            defaults.add(new DefaultUsed(pathOf(key), fallback.shown(), fallback.why()));
            return fallback.value();
        }
        return optional(key, parser).orElse(fallback.value());
    }

    /** The nested mapping under {@code key}; absent reads as an empty mapping. */
    public MappingReader child(String key) {
        Optional<YamlNode> node = node(key);
        return node.map(n -> of(n, pathOf(key), problems, defaults, tree, nullIsAbsent))
                .orElseGet(() -> new MappingReader(new YamlNode.Mapping(Map.of(), mapping.location()), pathOf(key),
                        problems, defaults, tree, nullIsAbsent));
    }

    /** Records a default chosen by code that needs more than one field to decide. */
    public void usedDefault(String key, String shown, String why) {
        defaults.add(new DefaultUsed(pathOf(key), shown, why));
    }

    /** Reports an out-of-range value at its field. */
    public void reject(String key, String message) {
        problems.add(locationOf(key), pathOf(key), message);
    }

    /** Reports every key this reader was not asked about. */
    public void finish() {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                problems.add(entry.keyLocation(), pathOf(entry.key()),
                        "unknown field." + tree.hint(path, entry.key(), known) + (known.isEmpty()
                                ? " No field is read here." : " Known fields here: " + String.join(", ", known) + "."));
            }
        }
    }

    /** Reads a list where every item goes through {@code parser}. */
    public static <T> ValueParser<List<T>> listOf(ValueParser<T> parser, String expectation) {
        return node -> {
            if (!(node instanceof YamlNode.Sequence seq)) {
                throw InvalidValue.expected(node, "a list of " + expectation);
            }
            List<T> values = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            int i = 0;
            for (YamlNode item : seq.items()) {
                try {
                    values.add(parser.parse(item));
                } catch (InvalidValue e) {
                    errors.add("item " + (i + 1) + " (line " + item.location().line() + "): " + e.getMessage());
                }
                i++;
            }
            if (!errors.isEmpty()) {
                throw new InvalidValue(String.join("; ", errors));
            }
            return List.copyOf(values);
        };
    }

    /** The raw entries, for mappings whose keys are data (region names, model ids) rather than field names. */
    public Map<String, YamlNode.Entry> entries() {
        mapping.entries().keySet().forEach(known::add);
        return new LinkedHashMap<>(mapping.entries());
    }
}
