package dev.costfit.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a node as YAML on one line, in flow style ({k: v}, [a, b]), so that {@link YamlLoader} reads it back as
 * the same node: a scalar is written plain only where reading it plain gives back its text and its kind, and
 * double-quoted otherwise. `costfit init` writes its profile through this, so an answer's text is never pasted into
 * YAML: a quote, a comment or a brace in an answer cannot change what the profile says or break it (a reviewer's
 * `T4 # 24GB card` once ate the closing brace of `{count: 1, type: …}`).
 */
public final class FlowYaml {

    /**
     * Characters a plain scalar may hold here, the flow indicators (,[]{}), comments (#), keys (:), quotes and tags
     * left out, so that what is written plain in a flow collection also reads plain after a block key.
     */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/()+*-]*");
    private static final YamlLoader LOADER = new YamlLoader();

    private FlowYaml() {
    }

    /** The node as one line of YAML. */
    public static String write(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, YamlNode.Entry> entry : mapping.entries().entrySet()) {
                entries.add(text(entry.getKey()) + ": " + write(entry.getValue().value()));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<String> items = new ArrayList<>();
            sequence.items().forEach(item -> items.add(write(item)));
            return "[" + String.join(", ", items) + "]";
        }
        return scalar((YamlNode.Scalar) node);
    }

    /** Text as YAML reads it back as that text: plain where it can be, else double-quoted. */
    public static String text(String value) {
        return scalar(new YamlNode.Scalar(value, YamlNode.ScalarKind.STRING, Location.ofFile("")));
    }

    private static String scalar(YamlNode.Scalar scalar) {
        if (scalar.kind() == YamlNode.ScalarKind.NULL) {
            return "null";
        }
        if (PLAIN.matcher(scalar.text()).matches() && readsBackPlain(scalar)) {
            return scalar.text();
        }
        // Only text can need quotes: a number or a boolean came from a plain scalar and reads back plain. Were one
        // ever not to, quoted it is still read by the value parsers (they read a scalar's text), and `costfit init`
        // reads its whole profile back before writing it.
        return quoted(scalar.text());
    }

    /** Whether {@code {v: TEXT}} reads back as a scalar of the same text and kind. */
    private static boolean readsBackPlain(YamlNode.Scalar scalar) {
        try {
            List<YamlNode> read = LOADER.parse("value", "{v: " + scalar.text() + "}");
            return read.size() == 1 && read.get(0) instanceof YamlNode.Mapping mapping
                    && mapping.entries().size() == 1 && mapping.entries().get("v") != null
                    && mapping.entries().get("v").value() instanceof YamlNode.Scalar back
                    && back.text().equals(scalar.text()) && back.kind() == scalar.kind();
        } catch (InputException e) {
            return false;
        }
    }

    /** Double-quoted, with YAML's escapes (JSON's are a subset): quote, backslash, and every control character. */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    // C0 and C1 controls, DEL, the Unicode line and paragraph separators and the byte-order mark:
                    // YAML 1.2 (5.1, 5.4) leaves them out of printable text or breaks lines at them.
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
