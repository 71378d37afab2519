package dev.costfit.profile;

import dev.costfit.yaml.Default;
import java.util.List;

/**
 * What costfit assumes when a profile leaves a field out, and why: the text `--explain`, the reference documentation
 * and the JSON Schema show.
 */
public sealed interface Fallback<T> {

    /** Nothing is assumed: the field is required, or leaving it out turns something off ({@code meaning}). */
    record None<T>(String meaning) implements Fallback<T> {}

    /** One value, always. */
    record Fixed<T>(Default<T> value) implements Fallback<T> {}

    /** A value that depends on another field ({@code on}): trigger by kind, connections by clients. */
    record ByCase<T>(String on, List<Case<T>> cases) implements Fallback<T> {
        public ByCase {
            cases = List.copyOf(cases);
        }

        /** The default of one case, and which. */
        public Default<T> of(String when) {
            return cases.stream().filter(c -> c.when().equals(when)).findFirst().orElseThrow().value();
        }
    }

    /** One case of {@link ByCase}: the value of the other field, and the default then. */
    record Case<T>(String when, Default<T> value) {}

    /** Computed from other fields by the reader (cpu_time from the duration, say). */
    record Derived<T>(String shown, String why) implements Fallback<T> {}
}
