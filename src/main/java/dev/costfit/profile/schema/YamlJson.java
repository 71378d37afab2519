package dev.costfit.profile.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costfit.yaml.YamlNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A YAML tree as JSON, its plain scalars typed as YAML 1.2's core schema types them: what an editor's YAML language
 * server validates against the schema. "yes" stays a word (YAML 1.1 made it a boolean); "512" is a number.
 */
public final class YamlJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");

    private YamlJson() {
    }

    public static JsonNode of(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            ObjectNode object = JSON.objectNode();
            mapping.entries().forEach((key, entry) -> object.set(key, of(entry.value())));
            return object;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            ArrayNode array = JSON.arrayNode();
            sequence.items().forEach(item -> array.add(of(item)));
            return array;
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        String text = scalar.text();
        return switch (scalar.kind()) {
            case NULL -> JSON.nullNode();
            case STRING -> JSON.textNode(text);
            case BOOLEAN -> BOOLEAN.matcher(text).matches() ? JSON.booleanNode(text.equalsIgnoreCase("true"))
                    : JSON.textNode(text);
            case INTEGER -> INTEGER.matcher(text).matches() ? JSON.numberNode(new BigInteger(text.replace("+", "")))
                    : JSON.textNode(text);
            case DECIMAL -> FLOAT.matcher(text).matches() ? JSON.numberNode(new BigDecimal(text.replace("+", "")))
                    : JSON.textNode(text);
        };
    }
}
