package dev.costfit.profile;

import dev.costfit.units.Quantity;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.ValueParser;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * The range a numeric profile field may take, in the magnitude of its unit (per second, seconds, bytes, a
 * fraction, a count), and why it ends there: beyond it a value is a typo or beyond anything the providers offer,
 * and the arithmetic would lose its meaning (DESIGN §2, issue 11). Zero is allowed only where it means something.
 *
 * @param show    how a magnitude is written back in the field's unit ("10M/s", "1 year")
 * @param refusal the sentence for a value out of range, given the value as written; empty: "found …, expected
 *                {@link #range()} (why)"
 */
public record Bound(double min, boolean minInclusive, double max, DoubleFunction<String> show, String why,
                    Optional<Function<String, String>> refusal) {

    public Bound(double min, boolean minInclusive, double max, DoubleFunction<String> show, String why) {
        this(min, minInclusive, max, show, why, Optional.empty());
    }

    /** The same range, refused with a sentence of its own. */
    public Bound refusedAs(Function<String, String> sentence) {
        return new Bound(min, minInclusive, max, show, why, Optional.of(sentence));
    }

    /** Whether {@code value} lies in the range. */
    public boolean holds(double value) {
        return Double.isFinite(value) && (minInclusive ? value >= min : value > min) && value <= max;
    }

    /** The range in words: "more than 0 and at most 10M/s", "0 to 100,000". */
    public String range() {
        if (min == 0 && minInclusive) {
            return "0 to " + show.apply(max);
        }
        return (minInclusive ? "at least " + show.apply(min) : "more than " + show.apply(min)) + " and at most "
                + show.apply(max);
    }

    /** Throws when the value is out of range, with the range and the reason. */
    public void check(double value, String found) throws InvalidValue {
        if (!holds(value)) {
            throw new InvalidValue(refusal.map(r -> r.apply(found))
                    .orElse("found " + found + ", expected " + range() + " (" + why + ")"));
        }
    }

    /** A parser that reads a quantity and then checks its magnitude against this range. */
    public <T extends Quantity> ValueParser<T> of(ValueParser<T> parser) {
        return node -> {
            T value = parser.parse(node);
            // As written where the display rounds it onto the bound it breaks: 0.05ms shows as 0.1 ms, and "found
            // 0.1 ms, expected at least 0.1 ms" contradicts itself.
            String shown = value.display();
            if ((shown.equals(show.apply(min)) || shown.equals(show.apply(max)))
                    && node instanceof dev.costfit.yaml.YamlNode.Scalar s) {
                shown = s.text().strip();
            }
            check(value.magnitude(), shown);
            return value;
        };
    }

    /** The same for plain numbers and counts. */
    public <T extends Number> ValueParser<T> ofNumber(ValueParser<T> parser) {
        return node -> {
            T value = parser.parse(node);
            check(value.doubleValue(), show.apply(value.doubleValue()));
            return value;
        };
    }
}
