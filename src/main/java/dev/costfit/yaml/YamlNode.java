package dev.costfit.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML tree that remembers where every node came from, so that every error can point at file:line:column. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Location location();

    /**
     * How YAML 1.2's core schema resolves a scalar ({@link CoreSchema}); quoted and block scalars are always
     * {@link ScalarKind#STRING}.
     */
    enum ScalarKind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** What a user would call this node in an error message ("a mapping", "the number 512"). */
    String describe();

    record Scalar(String text, ScalarKind kind, Location location) implements YamlNode {
        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> text.isEmpty() ? "no value" : text + " (no value)";
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> text;
                case STRING -> "'" + Printable.of(text) + "'";
            };
        }
    }

    record Entry(String key, Location keyLocation, YamlNode value) {}

    record Mapping(Map<String, Entry> entries, Location location) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
