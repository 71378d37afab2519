package dev.costfit.profile;

import dev.costfit.yaml.Default;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One value of the profile format, declared once: where it is, what it holds (unit, range, spellings), whether it is
 * required, its default and why, what it means, an example, and the parts of the model it feeds. The reader parses
 * it with {@link ValueType#parser()}; `--explain`, `diff`, the reference documentation and the JSON Schema read the
 * rest.
 *
 * @param example a value as a profile writes it (YAML), as the reference and `costfit init` show it
 * @param shown   how a resolved profile's value reads in `costfit diff`; empty where the profile has none
 */
public record Field<T>(String path, ValueType<T> type, Need need, Fallback<T> fallback, String summary, String doc,
                       String example, List<Model> feeds, Function<Profile, Optional<String>> shown)
        implements Entry {

    public Field {
        feeds = List.copyOf(feeds);
    }

    /** An optional field without a default, not shown in diffs; the withers below fill in the rest. */
    public static <T> Field<T> at(String path, ValueType<T> type) {
        return new Field<>(path, type, Need.OPTIONAL, new Fallback.None<>(""), "", "", "", List.of(),
                p -> Optional.empty());
    }

    public Field<T> need(Need other) {
        return new Field<>(path, type, other, fallback, summary, doc, example, feeds, shown);
    }

    public Field<T> required() {
        return need(Need.REQUIRED);
    }

    public Field<T> defaultsTo(T value, String shownValue, String why) {
        return fallback(new Fallback.Fixed<>(new Default<>(value, shownValue, why)));
    }

    public Field<T> fallback(Fallback<T> other) {
        return new Field<>(path, type, need, other, summary, doc, example, feeds, shown);
    }

    /** Left out, nothing is assumed; {@code meaning} says what leaving it out means. */
    public Field<T> absentMeans(String meaning) {
        return fallback(new Fallback.None<>(meaning));
    }

    public Field<T> about(String oneLine, String paragraph) {
        return new Field<>(path, type, need, fallback, oneLine, paragraph, example, feeds, shown);
    }

    public Field<T> example(String yaml) {
        return new Field<>(path, type, need, fallback, summary, doc, yaml, feeds, shown);
    }

    public Field<T> feeds(Model... models) {
        return new Field<>(path, type, need, fallback, summary, doc, example, List.of(models), shown);
    }

    public Field<T> shows(Function<Profile, Optional<String>> resolved) {
        return new Field<>(path, type, need, fallback, summary, doc, example, feeds, resolved);
    }

    /** The fixed default (the reader's fallback value); only for fields declared with one. */
    public Default<T> fixedDefault() {
        if (fallback instanceof Fallback.Fixed<T> fixed) {
            return fixed.value();
        }
        throw new IllegalStateException(path + " has no fixed default");
    }

    /** "missing; this field is required: …" ends with this. */
    public String missing() {
        return summary.isEmpty() ? type.expected() : summary + ", written as " + type.expected();
    }
}
