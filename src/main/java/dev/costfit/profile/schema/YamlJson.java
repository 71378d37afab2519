package dev.costfit.profile.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costfit.yaml.CoreSchema;
import dev.costfit.yaml.YamlNode;
import java.math.BigDecimal;

/**
 * A YAML tree as JSON, its scalars typed as the loader typed them, by YAML 1.2's core schema ({@link CoreSchema}):
 * what an editor's YAML language server validates against the schema. "yes" stays a word (YAML 1.1 made it a
 * boolean); "512" is a number, "'512'" text.
 */
public final class YamlJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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
            case BOOLEAN -> JSON.booleanNode(text.equalsIgnoreCase("true"));
            // .inf and .nan have no JSON number: kept as their text, which no number field takes either.
            case INTEGER, DECIMAL -> CoreSchema.number(scalar).map(YamlJson::number)
                    .orElseGet(() -> JSON.textNode(text));
        };
    }

    /**
     * A number with no fractional part as an integer: JSON Schema counts 40.0 and 4e1 as integers (draft 2020-12,
     * validation 6.1.1), which a validator reading Java's types might not.
     */
    private static JsonNode number(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        // 1e999999 stays a decimal: its integer would be a million digits, and no bound is near it.
        boolean integral = stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 400;
        return integral ? JSON.numberNode(stripped.toBigIntegerExact()) : JSON.numberNode(value);
    }
}
