package dev.costfit.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every dotted path of a file format, so that a key written in the wrong place is pointed to where it belongs: a
 * top-level {@code rate:} is {@code traffic.rate}, not a misspelt {@code name}.
 */
public record KeyTree(List<String> paths) {

    public static final KeyTree NONE = new KeyTree(List.of());

    public KeyTree {
        paths = List.copyOf(paths);
    }

    /**
     * The sentence that follows "unknown field." for {@code key} in the mapping at {@code parent}: where the key
     * belongs, or nothing.
     */
    public String hint(String parent, String key, Collection<String> siblings) {
        String written = parent.isEmpty() ? key : parent + "." + key;
        if (key.contains(".") && paths.contains(written)) {
            int dot = written.lastIndexOf('.');
            return " Dots do not nest keys in YAML: write " + written.substring(dot + 1) + ": indented under "
                    + written.substring(0, dot).replace(".", ": then ") + ":.";
        }
        return suggest(parent, key, siblings).map(s -> " Did you mean '" + s + "'?").orElse("");
    }

    /**
     * What an unknown {@code key} in the mapping at {@code parent} most likely meant: a key of that mapping
     * ({@code siblings}) or a path elsewhere. A key of this mapping that differs only in case ({@code Memory}) wins;
     * then a key found as it is written elsewhere, over a near spelling here; between near spellings, the nearer
     * wins, and a sibling on a tie.
     */
    public Optional<String> suggest(String parent, String key, Collection<String> siblings) {
        for (String sibling : siblings) {
            if (normal(sibling).equals(normal(key))) {
                return Optional.of(sibling);
            }
        }
        List<String> exact = new ArrayList<>();
        for (String path : paths) {
            if (!parentOf(path).equals(parent) && normal(last(path)).equals(normal(key))) {
                exact.add(path);
            }
        }
        if (!exact.isEmpty()) {
            return Optional.of(String.join("' or '", exact));
        }
        Optional<String> sibling = Suggestions.near(key, siblings);
        Optional<String> elsewhere = elsewhere(parent, key, Suggestions::near);
        if (sibling.isPresent() && elsewhere.isPresent()) {
            int here = Suggestions.distance(normal(key), normal(sibling.get()));
            int there = Suggestions.distance(normal(key), normal(last(elsewhere.get())));
            return there < here ? elsewhere : sibling;
        }
        // No near spelling: the key as the first words of one, here before elsewhere (concurrency: is
        // concurrency_per_instance, not Cloud Functions' concurrency_target).
        return sibling.or(() -> elsewhere)
                .or(() -> Suggestions.leadingWords(key, siblings))
                .or(() -> elsewhere(parent, key, Suggestions::leadingWords));
    }

    private Optional<String> elsewhere(String parent, String key,
                                       java.util.function.BiFunction<String, List<String>, Optional<String>> match) {
        List<String> lasts = new ArrayList<>();
        List<String> full = new ArrayList<>();
        for (String path : paths) {
            if (!parentOf(path).equals(parent)) {
                lasts.add(last(path));
                full.add(path);
            }
        }
        return match.apply(key, lasts).map(k -> full.get(lasts.indexOf(k)));
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
