package dev.costfit.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One costfit command line with placeholders for the files: {@code {file}} the mutated profile, {@code {base}} the
 * unmutated sample, {@code {empty}} an empty folder, {@code {out}} a file to write the report to. Options are kept in
 * groups (an option and its value) so that the minimiser can drop them one at a time.
 */
record Invocation(String command, List<String> positionals, String format, List<List<String>> options) {

    static final String FILE = "{file}";
    static final String BASE = "{base}";
    static final String EMPTY = "{empty}";
    static final String OUT = "{out}";

    Invocation {
        positionals = List.copyOf(positionals);
        options = options.stream().map(List::copyOf).toList();
    }

    /** The words, placeholders left in. */
    List<String> words() {
        List<String> words = new ArrayList<>();
        words.add(command);
        words.addAll(positionals);
        words.add("--format");
        words.add(format);
        options.forEach(words::addAll);
        return words;
    }

    /** The words with the placeholders replaced by real paths. */
    List<String> args(Path file, Path base, Path empty, Path out) {
        return words().stream().map(w -> w.replace(FILE, file.toString()).replace(BASE, base.toString())
                .replace(EMPTY, empty.toString()).replace(OUT, out.toString())).toList();
    }

    boolean has(String option) {
        return options.stream().anyMatch(group -> group.get(0).equals(option));
    }

    boolean needsBase() {
        return positionals.contains(BASE);
    }

    Invocation withoutOption(int index) {
        List<List<String>> fewer = new ArrayList<>(options);
        fewer.remove(index);
        return new Invocation(command, positionals, format, fewer);
    }

    Invocation withPositionals(List<String> replaced) {
        return new Invocation(command, replaced, format, options);
    }

    @Override
    public String toString() {
        return ArgsLine.format(words());
    }
}
