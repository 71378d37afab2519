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
        return args.stream().anyMatch(a -> a.contains(token))
                || texts.values().stream().anyMatch(t -> t.contains(token) || unescaped(t).contains(token));
    }

    /**
     * The text with YAML's escapes of a character by its code decoded (in a double-quoted scalar: a backslash, then
     * x and 2 hex digits, u and 4, or U and 8), where they name one; others left as they are.
     */
    private static String unescaped(String text) {
        return ESCAPE.matcher(text).replaceAll(m -> {
            String hex = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            long code = Long.parseLong(hex, 16);
            return java.util.regex.Matcher.quoteReplacement(code <= Character.MAX_CODE_POINT
                    ? Character.toString((int) code) : m.group());
        });
    }

    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile(
            "\\\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))");

    String command() {
        return args.isEmpty() ? "" : args.get(0);
    }

    String format() {
        int i = args.indexOf("--format");
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : "table";
    }
}
