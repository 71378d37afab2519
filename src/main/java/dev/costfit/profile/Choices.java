package dev.costfit.profile;

import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Suggestions;
import dev.costfit.yaml.ValueParser;
import java.util.Arrays;
import java.util.List;

/** Parses the spellings of a {@link Choice} enum, suggesting the closest one on a typo. */
public final class Choices {

    private Choices() {
    }

    /**
     * Each enum's parser, built once: a profile reads a dozen choices, and building one (its spellings and the
     * sentence that lists them) was a tenth of reading the profile's fields.
     */
    private static final ClassValue<ValueParser<?>> PARSERS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected ValueParser<?> computeValue(Class<?> type) {
            return build((Class) type); // only parser(Class<E>) asks, with a Choice enum
        }
    };

    @SuppressWarnings("unchecked")
    public static <E extends Enum<E> & Choice> ValueParser<E> parser(Class<E> type) {
        return (ValueParser<E>) PARSERS.get(type);
    }

    private static <E extends Enum<E> & Choice> ValueParser<E> build(Class<E> type) {
        List<String> spellings = Arrays.stream(type.getEnumConstants()).map(Choice::spelling).toList();
        String expected = "one of " + String.join(", ", spellings);
        return ValueParser.scalar(expected, scalar -> {
            // As written, as the schema's enum compares it: a quoted " job" is no choice.
            String text = scalar.text();
            for (E constant : type.getEnumConstants()) {
                if (constant.spelling().equals(text)) {
                    return constant;
                }
            }
            throw new InvalidValue("found '" + dev.costfit.yaml.Printable.of(text) + "', expected " + expected + "."
                    + Suggestions.didYouMean(text.strip(), spellings));
        });
    }
}
