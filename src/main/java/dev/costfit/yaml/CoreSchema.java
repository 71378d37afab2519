package dev.costfit.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The types YAML 1.2's core schema gives a plain (unquoted, untagged) scalar (https://yaml.org/spec/1.2.2/#1023-core-
 * schema, tables "Tag Resolution"): what a YAML 1.2 editor and its JSON Schema validator see, so the reader and
 * `costfit schema` type every value alike. The parser underneath (SnakeYAML) resolves by YAML 1.1, where yes is a
 * boolean, 010 is octal 8 and 0o10 is text; 1.2 reads yes as text, 010 as 10 and 0o10 as 8.
 */
public final class CoreSchema {

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INFINITY_OR_NAN = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private CoreSchema() {
    }

    /** The kind of {@code text} written as a plain scalar. */
    public static YamlNode.ScalarKind resolve(String text) {
        if (text.isEmpty()) {
            return YamlNode.ScalarKind.NULL;
        }
        // Most values are words (512MB, chat-api, eu-west-1): none of the patterns below starts with their first
        // letter, and a portfolio reads millions of them.
        char first = text.charAt(0);
        if (!(first >= '0' && first <= '9' || "+-.~tTfFnN".indexOf(first) >= 0)) {
            return YamlNode.ScalarKind.STRING;
        }
        if (NULL.matcher(text).matches()) {
            return YamlNode.ScalarKind.NULL;
        }
        if (BOOLEAN.matcher(text).matches()) {
            return YamlNode.ScalarKind.BOOLEAN;
        }
        if (DECIMAL_INT.matcher(text).matches() || OCTAL_INT.matcher(text).matches()
                || HEX_INT.matcher(text).matches()) {
            return YamlNode.ScalarKind.INTEGER;
        }
        if (FLOAT.matcher(text).matches() || INFINITY_OR_NAN.matcher(text).matches()) {
            return YamlNode.ScalarKind.DECIMAL;
        }
        return YamlNode.ScalarKind.STRING;
    }

    /**
     * The exact value of a number scalar (40, +40, 0x28, 0o50, 40.0, 4e1 are all 40); empty for any other scalar,
     * and for .inf and .nan, which no exact decimal holds (and no profile value may be).
     */
    public static Optional<BigDecimal> number(YamlNode.Scalar scalar) {
        String text = scalar.text();
        try {
            if (scalar.kind() == YamlNode.ScalarKind.INTEGER) {
                if (OCTAL_INT.matcher(text).matches()) {
                    return Optional.of(new BigDecimal(new BigInteger(text.substring(2), 8)));
                }
                if (HEX_INT.matcher(text).matches()) {
                    return Optional.of(new BigDecimal(new BigInteger(text.substring(2), 16)));
                }
                return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
            }
            if (scalar.kind() == YamlNode.ScalarKind.DECIMAL && FLOAT.matcher(text).matches()) {
                // BigDecimal reads "1." and ".5" but not a leading "+".
                return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond an int: no value a profile may state
        }
        return Optional.empty();
    }
}
