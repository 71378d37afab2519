package dev.costfit.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A command line ready to run, and what the judge needs to know about its input.
 *
 * @param args   the arguments, real paths in
 * @param texts  the text of every profile file by its path, as costfit decodes it (UTF-8)
 * @param out    where --out writes, if the command line has it
 * @param failOn whether the command line has --fail-on (exit 3 is allowed only then)
 */
record RunInput(List<String> args, Map<String, String> texts, Path out, boolean failOn) {

    /** Whether {@code token} was in the input: costfit may quote it back without that being its own doing. */
    boolean inputContains(String token) {
        return args.stream().anyMatch(a -> a.contains(token)) || texts.values().stream().anyMatch(t -> t.contains(token));
    }

    String command() {
        return args.isEmpty() ? "" : args.get(0);
    }

    String format() {
        int i = args.indexOf("--format");
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : "table";
    }
}
