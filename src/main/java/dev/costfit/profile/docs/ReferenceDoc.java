package dev.costfit.profile.docs;

import dev.costfit.profile.Entry;
import dev.costfit.profile.Fallback;
import dev.costfit.profile.Field;
import dev.costfit.profile.Model;
import dev.costfit.profile.Need;
import dev.costfit.profile.ProfileFormat;
import dev.costfit.profile.Section;
import dev.costfit.profile.ValueType;
import dev.costfit.units.Units;
import java.util.List;
import java.util.stream.Collectors;

/**
 * docs/profile.md, the reference of the profile format, written from {@link ProfileFormat}: every field with its
 * type, default and why, an example, and the parts of the model it feeds.
 */
public final class ReferenceDoc {

    /** Where the repository keeps it. */
    public static final String PUBLISHED = "docs/profile.md";

    private ReferenceDoc() {
    }

    public static String text() {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from the field registry (dev.costfit.profile.ProfileFormat). Do not edit: change "
                + "the registry, then run\n     mvn -q test -Dtest=ReferenceDocTest -Dcostfit.regenerate=true -->\n");
        out.append("# Profile format, version ").append(ProfileFormat.VERSION_NUMBER).append("\n\n");
        out.append("""
                A profile describes one workload in YAML: a **service** (requests arriving at a rate) or a **job** \
                (batch work on a schedule). A file may hold several profiles as YAML documents separated by `---`; \
                `costfit recommend FOLDER` reads every `*.yaml` and `*.yml` in a folder.

                Only `name`, `memory` and, for a service, `traffic.rate`, `duration` and `timeout` (for a job, \
                `schedule`) are required. Every other field has a default, listed below with the reason it is the \
                default; `costfit recommend --explain` prints the defaults a profile relied on. An unknown key is an \
                error that says where the key belongs (`rate:` at the top is `traffic.rate`).

                Every field of the format appears in [`src/test/resources/profiles/design-example.yaml`]\
                (../src/test/resources/profiles/design-example.yaml); \
                `costfit init` writes a new profile by asking for the fields that matter.

                ## Editors and CI

                The JSON Schema of this format is generated from the same declarations as this page: \
                [`schema/profile-v1.schema.json`](../schema/profile-v1.schema.json), or `costfit schema`. With the \
                YAML language server (VS Code's YAML extension, Neovim, Helix, JetBrains IDEs), a first line

                ```yaml
                # yaml-language-server: $schema=../schema/profile-v1.schema.json
                ```

                gives completion, descriptions on hover and validation as you type. The schema checks keys, types, \
                allowed values and unit spellings; ranges of quantities written with units (a rate of at most \
                10M/s) and rules between fields (`cpu_time` within the duration, the timeout after the longest \
                request) are checked by costfit itself.

                ## Units

                Every quantity takes a unit; a bare number where a unit belongs is an error (except counts).

                """);
        out.append("| quantity | written as |\n|---|---|\n");
        out.append("| size | ").append(Units.SIZE_EXPECTED).append(" |\n");
        out.append("| duration | ").append(Units.DURATION_EXPECTED).append(" |\n");
        out.append("| rate | ").append(Units.RATE_EXPECTED).append("; a month is 730 hours |\n");
        out.append("| percentage | ").append(Units.PERCENT_EXPECTED).append(" |\n");
        out.append("| multiplier | ").append(Units.MULTIPLIER_EXPECTED).append(" |\n");
        out.append("| count | ").append(Units.COUNT_EXPECTED).append(" |\n\n");

        out.append("## Fields at a glance\n\n| field | type | default |\n|---|---|---|\n");
        for (Entry entry : ProfileFormat.entries()) {
            out.append("| [`").append(entry.path()).append("`](#").append(anchor(entry.path())).append(") | ")
                    .append(entry instanceof Field<?> f ? shortType(f.type()) : "mapping").append(" | ")
                    .append(entry instanceof Field<?> f ? shortDefault(f) : entry.need() == Need.OPTIONAL ? "—"
                            : entry.need().words()).append(" |\n");
        }
        out.append("\n## The fields\n");
        for (Entry entry : ProfileFormat.entries()) {
            out.append('\n').append(entry instanceof Section ? "### " : "#### ").append('`').append(entry.path())
                    .append("`\n\n");
            out.append(sentence(entry.summary()));
            if (!entry.doc().isEmpty()) {
                out.append(' ').append(entry.doc());
            }
            out.append("\n\n");
            if (entry instanceof Section section) {
                section.shorthand().ifPresent(s -> out.append("- Shorthand: a plain ")
                        .append(shortType(s.type())).append(" stands for ").append(s.meaning()).append(".\n"));
                out.append("- ").append(sentence(entry.need().words())).append('\n');
                out.append("- Keys: ").append(section.keys().stream().map(k -> "`" + k + "`")
                        .collect(Collectors.joining(", "))).append(section.keys().isEmpty() ? "none" : "")
                        .append('\n');
                section.together().forEach(t -> out.append("- Stated together or not at all: ")
                        .append(t.stream().map(k -> "`" + k + "`").collect(Collectors.joining(" and ")))
                        .append('\n'));
            } else {
                field(out, (Field<?>) entry);
            }
        }
        out.append("\n## What each part of the model reads\n\n| part | what it computes | fields |\n|---|---|---|\n");
        for (Model model : Model.values()) {
            List<String> fields = ProfileFormat.fields().stream().filter(f -> f.feeds().contains(model))
                    .map(f -> "`" + f.path() + "`").toList();
            out.append("| ").append(model.title()).append(" | ").append(model.what()).append(" | ")
                    .append(String.join(", ", fields)).append(" |\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, Field<?> field) {
        out.append("- Type: ").append(field.type().expected());
        field.type().range().ifPresent(b -> out.append("; ").append(b.range()).append(" (").append(b.why())
                .append(')'));
        out.append('\n');
        out.append("- ").append(sentence(field.need().words())).append('\n');
        if (!(field.need() == Need.REQUIRED && field.fallback() instanceof Fallback.None<?>)) {
            out.append("- Default: ").append(longDefault(field)).append('\n');
        }
        out.append("- Feeds: ").append(field.feeds().stream().map(Model::title).collect(Collectors.joining(", ")))
                .append('\n');
        out.append("- Example:\n\n```yaml\n").append(nested(field.path(), field.example())).append("```\n");
    }

    /** The example with the mappings around it: "traffic:\n  rate: 20/s\n". */
    private static String nested(String path, String value) {
        String[] keys = path.split("\\.");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            out.append("  ".repeat(i)).append(keys[i]).append(':');
            out.append(i == keys.length - 1 ? " " + value + "\n" : "\n");
        }
        return out.toString();
    }

    private static String shortDefault(Field<?> field) {
        Fallback<?> fallback = field.fallback();
        if (fallback instanceof Fallback.Fixed<?> fixed) {
            return "`" + fixed.value().shown() + "`";
        }
        if (fallback instanceof Fallback.ByCase<?> byCase) {
            return byCase.cases().stream().map(c -> "`" + c.value().shown() + "` (" + c.when() + ")")
                    .collect(Collectors.joining(", "));
        }
        if (fallback instanceof Fallback.Derived<?> derived) {
            return derived.shown();
        }
        return field.need() == Need.OPTIONAL ? "—" : field.need().words();
    }

    private static String longDefault(Field<?> field) {
        Fallback<?> fallback = field.fallback();
        if (fallback instanceof Fallback.Fixed<?> fixed) {
            return "`" + fixed.value().shown() + "`: " + fixed.value().why() + ".";
        }
        if (fallback instanceof Fallback.ByCase<?> byCase) {
            return "by `" + byCase.on() + "`: " + byCase.cases().stream().map(c -> "`" + c.value().shown()
                    + "` for " + c.when() + " (" + c.value().why() + ")").collect(Collectors.joining("; ")) + ".";
        }
        if (fallback instanceof Fallback.Derived<?> derived) {
            return derived.shown() + ": " + derived.why() + ".";
        }
        String meaning = ((Fallback.None<?>) fallback).meaning();
        return meaning.isEmpty() ? "none." : "none; left out, " + meaning + ".";
    }

    private static String shortType(ValueType<?> type) {
        if (type instanceof ValueType.Size) {
            return "size";
        } else if (type instanceof ValueType.Time) {
            return "duration";
        } else if (type instanceof ValueType.Frequency) {
            return "rate";
        } else if (type instanceof ValueType.Share || type instanceof ValueType.Excess) {
            return "percentage";
        } else if (type instanceof ValueType.Factor) {
            return "multiplier";
        } else if (type instanceof ValueType.Whole) {
            return "count";
        } else if (type instanceof ValueType.Decimal) {
            return "number";
        } else if (type instanceof ValueType.Flag) {
            return "true/false";
        } else if (type instanceof ValueType.OneOf<?> oneOf) {
            return String.join(" \\| ", oneOf.spellings());
        } else if (type instanceof ValueType.ListOf<?> list) {
            return "list of " + shortType(list.item());
        } else if (type instanceof ValueType.WordOrWhole<?> words) {
            return String.join(" \\| ", words.keywords()) + " \\| count";
        } else if (type instanceof ValueType.Form<?> form) {
            return form.shape().replace("|", "\\|");
        } else if (type instanceof ValueType.Version version) {
            return "`" + version.version() + "`";
        } else if (type instanceof ValueType.Shape shape) {
            return String.join(" \\| ", shape.presets()) + " \\| {hourly: [...]}";
        } else if (type instanceof ValueType.Ranged<?> ranged) {
            return shortType(ranged.single()) + " \\| {low, expected, high}";
        } else if (type instanceof ValueType.Steps steps) {
            return "list of steps (" + String.join(", ", new java.util.TreeSet<>(ValueType.Steps.STEP_KEYS.keySet()))
                    + ") and {parallel: [steps]}";
        }
        return "text";
    }

    /** GitHub's heading anchors: lower case, dots and other punctuation dropped. */
    static String anchor(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_\\- ]", "").replace(' ', '-');
    }

    private static String sentence(String text) {
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
