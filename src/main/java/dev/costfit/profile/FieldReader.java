package dev.costfit.profile;

import dev.costfit.yaml.DefaultUsed;
import dev.costfit.yaml.KeyTree;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.MappingReader;
import dev.costfit.yaml.Problems;
import dev.costfit.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads the keys of one mapping of a profile as {@link ProfileFormat} declares them: each key's parser, default and
 * "missing" text come from its {@link Field}, and the keys a reader may ask for are the format's, so the reader and
 * the registry cannot drift apart. Unknown keys are pointed to where they belong in the whole format.
 */
final class FieldReader {

    private static final KeyTree FORMAT = new KeyTree(ProfileFormat.paths());

    private final MappingReader mapping;

    private FieldReader(MappingReader mapping) {
        this.mapping = mapping;
    }

    /** The reader of a whole document. */
    static FieldReader document(YamlNode document, Problems problems, List<DefaultUsed> defaults) {
        return new FieldReader(MappingReader.of(document, "", problems, defaults, FORMAT));
    }

    <T> T orDefault(Field<T> field) {
        return mapping.orDefault(field.key(), field.type().parser(), field.fixedDefault());
    }

    /** The value, or the default of the case named (trigger by kind, connections by clients). */
    <T> T orDefault(Field<T> field, String when) {
        return mapping.orDefault(field.key(), field.type().parser(),
                ((Fallback.ByCase<T>) field.fallback()).of(when));
    }

    <T> Optional<T> optional(Field<T> field) {
        return mapping.optional(field.key(), field.type().parser());
    }

    /** A mapping written as one plain value ("duration: 6s"), read as its shorthand. */
    <T> Optional<T> optional(Section section, ValueType<T> shorthand) {
        return mapping.optional(section.key(), shorthand.parser());
    }

    <T> Optional<T> required(Field<T> field) {
        return mapping.required(field.key(), field.type().parser(), field.missing());
    }

    /** Records a default the reader computed from other fields, with the reason the field declares. */
    void usedDerived(Field<?> field, String shown) {
        mapping.usedDefault(field.key(), shown, ((Fallback.Derived<?>) field.fallback()).why());
    }

    /** Records a default that needs more than one field to decide, with its own reason. */
    void usedDefault(Entry entry, String shown, String why) {
        mapping.usedDefault(entry.key(), shown, why);
    }

    FieldReader child(Section section) {
        return new FieldReader(mapping.child(section.key()));
    }

    boolean has(Entry entry) {
        return mapping.has(entry.key());
    }

    Optional<YamlNode> node(Entry entry) {
        return mapping.node(entry.key());
    }

    void reject(Entry entry, String message) {
        mapping.reject(entry.key(), message);
    }

    /** Reports a problem with the whole mapping (a key missing from it). */
    void missing(Entry entry, String message) {
        mapping.problems().add(mapping.location(), entry.path(), message);
    }

    Problems problems() {
        return mapping.problems();
    }

    Location location() {
        return mapping.location();
    }

    String path() {
        return mapping.path();
    }

    void finish() {
        mapping.finish();
    }
}
