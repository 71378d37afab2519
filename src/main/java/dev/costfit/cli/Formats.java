package dev.costfit.cli;

import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Printable;
import dev.costfit.yaml.Suggestions;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The output formats each verb writes, stated once: the values its --format accepts, the ones a refusal lists and the
 * ones completion offers are these (before, every verb listed all eight, and bash offered svg to recommend). A verb
 * names its set with a model transformer, which gives the shared --format option the verb's converter and
 * completion values.
 */
final class Formats {

    /** recommend, check and diff: reports. */
    static final Set<Format> REPORTS = EnumSet.of(Format.TABLE, Format.JSON, Format.JSONL, Format.MARKDOWN,
            Format.CSV, Format.HTML);
    /** breakeven and map: a sweep or a map, drawn or as data. */
    static final Set<Format> CHARTS = EnumSet.of(Format.TABLE, Format.JSON, Format.CSV, Format.HTML, Format.SVG,
            Format.PNG);
    /** pricing show and pricing diff. */
    static final Set<Format> CATALOG = EnumSet.of(Format.TABLE, Format.JSON);

    /** The format an --out file's extension names. */
    private static final Map<String, Format> EXTENSIONS = Map.ofEntries(Map.entry("txt", Format.TABLE),
            Map.entry("json", Format.JSON), Map.entry("jsonl", Format.JSONL), Map.entry("ndjson", Format.JSONL),
            Map.entry("md", Format.MARKDOWN), Map.entry("markdown", Format.MARKDOWN), Map.entry("csv", Format.CSV),
            Map.entry("html", Format.HTML), Map.entry("htm", Format.HTML), Map.entry("svg", Format.SVG),
            Map.entry("png", Format.PNG));

    /** What each format is, for the help of --format. */
    private static final Map<Format, String> WORDS = Map.of(Format.TABLE, "table (for people, fitted to the terminal)",
            Format.JSON, "json (everything, schemaVersion 1)",
            Format.JSONL, "jsonl (one JSON profile per line, written as it is evaluated)",
            Format.MARKDOWN, "markdown (a pull-request comment)", Format.CSV, "csv (long format)",
            Format.HTML, "html (one self-contained file with charts)", Format.SVG, "svg (the chart)",
            Format.PNG, "png (the chart, binary: to --out FILE, or to standard output redirected to a file)");

    private Formats() {
    }

    /** The help of a verb's --format: its formats, and the default. */
    static String help(Set<Format> formats) {
        List<String> words = formats.stream().map(WORDS::get).toList();
        List<String> extensions = new java.util.ArrayList<>(List.of(".txt"));
        formats.stream().filter(f -> f != Format.TABLE).map(f -> f == Format.MARKDOWN ? ".md" : "." + lower(f))
                .forEach(extensions::add);
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1)
                + ". Default: table, or the format the extension of --out FILE names (" + String.join(", ",
                extensions) + ").";
    }

    /** The formats as typed: "table, json or csv". */
    static String spelled(Set<Format> formats) {
        List<String> names = names(formats);
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1);
    }

    static List<String> names(Set<Format> formats) {
        return formats.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The format a run writes: the one given; else the one --out's extension names (r.html: html), where the verb
     * writes it; else table. A --format that contradicts the extension is refused rather than written under the
     * wrong name (table text in r.html, a PNG in m.svg).
     */
    static Format settle(Format given, Path out, Set<Format> accepted, String verb) {
        Optional<Format> named = Optional.ofNullable(out).flatMap(Formats::ofExtension);
        if (given != null) {
            if (named.isPresent() && named.get() != given) {
                throw new InputException(Location.ofFile("--out"), "", Printable.of(out.toString()) + " names "
                        + lower(named.get()) + " by its extension, but --format says " + lower(given) + "; make them "
                        + "agree (or leave --format out: the extension decides)");
            }
            return given;
        }
        if (named.isPresent() && !accepted.contains(named.get())) {
            throw new InputException(Location.ofFile("--out"), "", Printable.of(out.toString()) + " names "
                    + lower(named.get()) + " by its extension, which " + verb + " does not write; it writes "
                    + spelled(accepted) + ": give --format, or a file named for one");
        }
        return named.orElse(Format.TABLE);
    }

    private static Optional<Format> ofExtension(Path out) {
        Path name = out.getFileName();
        String file = name == null ? "" : name.toString();
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? Optional.empty()
                : Optional.ofNullable(EXTENSIONS.get(file.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    private static String lower(Format format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** Reads a --format value among the verb's formats, in any case; a refusal lists them and the closest. */
    static final class Converter implements CommandLine.ITypeConverter<Format> {
        private final Set<Format> accepted;

        Converter(Set<Format> accepted) {
            this.accepted = accepted;
        }

        @Override
        public Format convert(String value) {
            for (Format format : accepted) {
                if (format.name().equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            // A format of another verb is no typo: where it is written, not the closest name here.
            String elsewhere = elsewhere(value.strip());
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format this command writes; "
                    + "expected " + spelled(accepted) + "." + (elsewhere.isEmpty() ? Suggestions.didYouMean(
                    value.strip().toLowerCase(Locale.ROOT), names(accepted)) : elsewhere));
        }

        /** Where a format of another verb is written: svg to a report verb is no typo but the wrong verb. */
        private static String elsewhere(String value) {
            for (Format format : Format.values()) {
                if (format.name().equalsIgnoreCase(value)) {
                    if (CHARTS.contains(format) && !REPORTS.contains(format)) {
                        return " " + lower(format) + " is a chart: costfit breakeven and costfit map draw it.";
                    }
                    if (REPORTS.contains(format) && !CHARTS.contains(format)) {
                        return " " + lower(format) + " is a report: costfit recommend, check and diff write it.";
                    }
                }
            }
            return "";
        }
    }

    /**
     * Gives a verb's --format option its formats: the converter, the completion values and the help's list; and,
     * where the verb has --fail-on (an option shared by verbs that take different policies), the policies it takes.
     */
    abstract static class Of implements CommandLine.IModelTransformer {
        abstract Set<Format> formats();

        @Override
        public CommandSpec transform(CommandSpec command) {
            OptionSpec shared = command.findOption("--format");
            command.remove(shared);
            command.addOption(OptionSpec.builder(shared).converters(new Converter(formats()))
                    .completionCandidates(names(formats())).description(help(formats())).build());
            OptionSpec failOn = command.findOption("--fail-on");
            if (failOn != null) {
                command.remove(failOn);
                command.addOption(OptionSpec.builder(failOn).completionCandidates(
                        Policy.completions(command.name().equals("diff"))).build());
            }
            return command;
        }
    }

    static final class Reports extends Of {
        @Override
        Set<Format> formats() {
            return REPORTS;
        }
    }

    static final class Charts extends Of {
        @Override
        Set<Format> formats() {
            return CHARTS;
        }
    }

    static final class Catalog extends Of {
        @Override
        Set<Format> formats() {
            return CATALOG;
        }
    }
}
