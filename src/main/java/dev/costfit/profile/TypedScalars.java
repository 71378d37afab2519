package dev.costfit.profile;

import dev.costfit.yaml.CoreSchema;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Printable;
import dev.costfit.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A profile's numbers, booleans and text read by the type YAML 1.2 gives them ({@link CoreSchema}), the type the
 * JSON Schema checks, so that a profile costfit reads is one `costfit schema` accepts and the other way round.
 * A quoted "40" is text in YAML and in the schema: it is refused where a number is expected, with the fix (write 40
 * without quotes), rather than read as 40 by one and refused by the other. Any number form YAML reads as a number
 * is one: 40.0 and 4e1 for a whole number (JSON Schema's integers), 1.0e-05 as Python's yaml.safe_dump writes it.
 */
final class TypedScalars {

    private TypedScalars() {
    }

    /** A number of any YAML form; {@code expectation} words the refusal. */
    static double number(YamlNode node, String expectation) throws InvalidValue {
        return exact(node, expectation).doubleValue();
    }

    /** A whole number: 40, 40.0, 4e1, +40, 0x28; 40.5 is refused. */
    static long whole(YamlNode node, String expectation) throws InvalidValue {
        BigDecimal value = exact(node, expectation);
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw InvalidValue.expected(node, expectation);
        }
        if (stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                || stripped.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            throw new InvalidValue("found " + ((YamlNode.Scalar) node).text() + ", too large; expected "
                    + expectation);
        }
        return stripped.longValue();
    }

    /** true or false, as YAML 1.2 spells them (true, True, TRUE; yes, on and tRUE are words). */
    static boolean flag(YamlNode node, String expectation) throws InvalidValue {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.BOOLEAN) {
            return scalar.text().equalsIgnoreCase("true");
        }
        throw refused(node, expectation);
    }

    /**
     * Text: a value YAML reads as a number or a boolean is refused with the quotes that make it text, as the schema
     * refuses it (name: 2024 is the number 2024; name: "2024" the text).
     */
    static YamlNode.Scalar text(YamlNode node, String expectation) throws InvalidValue {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.kind() == YamlNode.ScalarKind.NULL) {
            throw InvalidValue.expected(node, expectation);
        }
        return switch (scalar.kind()) {
            case INTEGER, DECIMAL -> throw new InvalidValue("found the number " + scalar.text() + ", expected "
                    + expectation + "; YAML reads " + scalar.text() + " as a number: write it in quotes, \""
                    + scalar.text() + "\"");
            case BOOLEAN -> throw new InvalidValue("found " + scalar.text() + ", expected " + expectation
                    + "; YAML reads " + scalar.text() + " as true or false: write it in quotes, \"" + scalar.text()
                    + "\"");
            default -> scalar;
        };
    }

    private static BigDecimal exact(YamlNode node, String expectation) throws InvalidValue {
        if (node instanceof YamlNode.Scalar scalar) {
            Optional<BigDecimal> value = CoreSchema.number(scalar);
            if (value.isPresent()) {
                return value.get();
            }
        }
        throw refused(node, expectation);
    }

    /** The refusal of a value of the wrong type; a quoted one that would be right unquoted says so. */
    static InvalidValue refused(YamlNode node, String expectation) {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.STRING) {
            String text = scalar.text().strip();
            YamlNode.ScalarKind plain = CoreSchema.resolve(text);
            if (plain == YamlNode.ScalarKind.INTEGER || plain == YamlNode.ScalarKind.DECIMAL
                    || plain == YamlNode.ScalarKind.BOOLEAN) {
                return new InvalidValue("found \"" + Printable.of(scalar.text()) + "\" in quotes, which YAML reads "
                        + "as text; expected " + expectation + ": write " + text + " without quotes");
            }
        }
        return InvalidValue.expected(node, expectation);
    }
}
