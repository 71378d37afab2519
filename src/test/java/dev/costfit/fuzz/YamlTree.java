package dev.costfit.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A profile as an immutable YAML tree whose scalars are kept as YAML source text ({@link Raw}), so that a mutation
 * can put anything there — {@code .inf}, a flow list, a tag, a raw U+2028 — and the tree still renders to a file.
 * Paths are lists of mapping keys; a segment {@code [3]} indexes a sequence.
 */
final class YamlTree {

    private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/+()$-]*");
    private static final Pattern LOOKS_RESOLVED = Pattern.compile(
            "(?i)[-+]?[0-9._]+(e[-+]?[0-9]+)?|true|false|yes|no|on|off|null|y|n|~");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private YamlTree() {
    }

    sealed interface Node permits Raw, Mapping, Sequence {
    }

    /** A value written exactly as {@code source} after "key: " (a scalar, or a flow collection). */
    record Raw(String source) implements Node {
    }

    record Mapping(Map<String, Node> entries) implements Node {
        Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    record Sequence(List<Node> items) implements Node {
        Sequence {
            items = List.copyOf(items);
        }
    }

    /** A scalar holding {@code text} as a string: plain where that reads back as the same string, else quoted. */
    static Raw text(String text) {
        boolean plain = PLAIN_SAFE.matcher(text).matches() && !LOOKS_RESOLVED.matcher(text).matches()
                && !text.endsWith(" ") && !text.contains(" -");
        return new Raw(plain ? text : quoted(text));
    }

    /** A YAML double-quoted scalar; non-printable and non-ASCII characters as escapes. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xffff) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append(String.format("\\U%08x", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    // ---- paths ----------------------------------------------------------------------------------------------

    static Optional<Node> get(Node root, List<String> path) {
        Node node = root;
        for (String key : path) {
            Optional<Node> next = child(node, key);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /** The tree with {@code value} at {@code path}, mappings created on the way; unchanged if a step is a scalar. */
    static Node put(Node root, List<String> path, Node value) {
        if (path.isEmpty()) {
            return value;
        }
        String key = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (root instanceof Mapping m) {
            Node below = m.entries().getOrDefault(key, new Mapping(Map.of()));
            if (!rest.isEmpty() && !(below instanceof Mapping || below instanceof Sequence)) {
                below = new Mapping(Map.of());
            }
            LinkedHashMap<String, Node> entries = new LinkedHashMap<>(m.entries());
            entries.put(key, put(below, rest, value));
            return new Mapping(entries);
        }
        if (root instanceof Sequence s && index(key) >= 0 && index(key) < s.items().size()) {
            List<Node> items = new ArrayList<>(s.items());
            items.set(index(key), put(items.get(index(key)), rest, value));
            return new Sequence(items);
        }
        return root;
    }

    static Node remove(Node root, List<String> path) {
        if (path.isEmpty()) {
            return root;
        }
        String key = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (root instanceof Mapping m && m.entries().containsKey(key)) {
            LinkedHashMap<String, Node> entries = new LinkedHashMap<>(m.entries());
            if (rest.isEmpty()) {
                entries.remove(key);
            } else {
                entries.put(key, remove(entries.get(key), rest));
            }
            return new Mapping(entries);
        }
        if (root instanceof Sequence s && index(key) >= 0 && index(key) < s.items().size()) {
            List<Node> items = new ArrayList<>(s.items());
            if (rest.isEmpty()) {
                items.remove(index(key));
            } else {
                items.set(index(key), remove(items.get(index(key)), rest));
            }
            return new Sequence(items);
        }
        return root;
    }

    /** The key at {@code path} renamed to {@code newKey}, in place (same position in its mapping). */
    static Node rename(Node root, List<String> path, String newKey) {
        if (path.isEmpty()) {
            return root;
        }
        String key = path.get(0);
        if (!(root instanceof Mapping m) || !m.entries().containsKey(key)) {
            return root;
        }
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            if (!e.getKey().equals(key)) {
                entries.put(e.getKey(), e.getValue());
            } else if (path.size() == 1) {
                entries.put(newKey, e.getValue());
            } else {
                entries.put(key, rename(e.getValue(), path.subList(1, path.size()), newKey));
            }
        }
        return new Mapping(entries);
    }

    /** Every path in the tree, parents before children, in document order. */
    static List<List<String>> paths(Node root) {
        List<List<String>> out = new ArrayList<>();
        collect(root, new ArrayList<>(), out);
        return out;
    }

    private static void collect(Node node, List<String> prefix, List<List<String>> out) {
        if (node instanceof Mapping m) {
            for (Map.Entry<String, Node> e : m.entries().entrySet()) {
                List<String> path = new ArrayList<>(prefix);
                path.add(e.getKey());
                out.add(List.copyOf(path));
                collect(e.getValue(), path, out);
            }
        }
    }

    private static Optional<Node> child(Node node, String key) {
        if (node instanceof Mapping m) {
            return Optional.ofNullable(m.entries().get(key));
        }
        if (node instanceof Sequence s && index(key) >= 0 && index(key) < s.items().size()) {
            return Optional.of(s.items().get(index(key)));
        }
        return Optional.empty();
    }

    private static int index(String key) {
        return key.matches("\\[[0-9]{1,6}]") ? Integer.parseInt(key.substring(1, key.length() - 1)) : -1;
    }

    // ---- rendering ------------------------------------------------------------------------------------------

    /** Block-style YAML: mappings indented by two, lists of scalars in flow style. */
    static String render(Node root) {
        StringBuilder out = new StringBuilder();
        if (root instanceof Raw r) {
            out.append(r.source()).append('\n');
        } else {
            block(root, 0, out);
        }
        return out.toString();
    }

    private static void block(Node node, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (node instanceof Mapping m) {
            if (m.entries().isEmpty()) {
                out.append(pad).append("{}\n");
            }
            for (Map.Entry<String, Node> e : m.entries().entrySet()) {
                out.append(pad).append(key(e.getKey())).append(':');
                inline(e.getValue(), indent, out);
            }
        } else if (node instanceof Sequence s) {
            if (s.items().isEmpty()) {
                out.append(pad).append("[]\n");
            }
            for (Node item : s.items()) {
                out.append(pad).append('-');
                inline(item, indent, out);
            }
        } else {
            out.append(pad).append(((Raw) node).source()).append('\n');
        }
    }

    /** What follows "key:" or "-": a scalar on the same line, a flow list, or a nested block. */
    private static void inline(Node value, int indent, StringBuilder out) {
        if (value instanceof Raw r) {
            out.append(r.source().isEmpty() ? "" : " " + r.source()).append('\n');
        } else if (value instanceof Sequence s && s.items().stream().allMatch(i -> i instanceof Raw)) {
            out.append(" [").append(String.join(", ", s.items().stream().map(i -> ((Raw) i).source()).toList()))
                    .append("]\n");
        } else if (value instanceof Mapping m && m.entries().isEmpty()) {
            out.append(" {}\n");
        } else {
            out.append('\n');
            block(value, indent + 2, out);
        }
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() && !LOOKS_RESOLVED.matcher(key).matches() ? key : quoted(key);
    }
}
