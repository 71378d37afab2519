package dev.costfit.yaml;

/** Turns one YAML node into a typed value, or says what was expected. */
@FunctionalInterface
public interface ValueParser<T> {

    T parse(YamlNode node) throws InvalidValue;

    /** This parser followed by a conversion or range check of its value. */
    default <R> ValueParser<R> andThen(Conversion<T, R> next) {
        return node -> next.apply(parse(node));
    }

    @FunctionalInterface
    interface Conversion<T, R> {
        R apply(T value) throws InvalidValue;
    }

    /** A parser of single values: the text of a scalar, with the expectation used for anything else. */
    static <T> ValueParser<T> scalar(String expectation, TextParser<T> text) {
        return node -> {
            if (!(node instanceof YamlNode.Scalar scalar) || scalar.kind() == YamlNode.ScalarKind.NULL) {
                throw InvalidValue.expected(node, expectation);
            }
            return text.parse(scalar);
        };
    }

    @FunctionalInterface
    interface TextParser<T> {
        T parse(YamlNode.Scalar scalar) throws InvalidValue;
    }
}
