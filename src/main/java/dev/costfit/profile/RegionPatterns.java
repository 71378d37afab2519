package dev.costfit.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The AWS regions a profile's `regions` names: exact codes or globs (* any run of characters, ? one), matched
 * against the regions the catalog knows — never against a list costfit would have to invent.
 */
public final class RegionPatterns {

    /** Lower-case region codes with globs; the same syntax in Java and JSON Schema. */
    public static final String REGEX = "^[a-z0-9*?]+(-[a-z0-9*?]+)*$";

    private RegionPatterns() {
    }

    /** Whether {@code region} matches any of {@code patterns}; every region does where there are none. */
    public static boolean allows(List<String> patterns, String region) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> glob(p).matcher(region).matches());
    }

    /**
     * The known regions the patterns name, each once, in the order the patterns name them (a glob's matches in
     * the order of {@code known}).
     */
    public static List<String> expand(List<String> patterns, Collection<String> known) {
        List<String> out = new ArrayList<>();
        for (String pattern : patterns) {
            Pattern glob = glob(pattern);
            known.stream().filter(r -> glob.matcher(r).matches() && !out.contains(r)).forEach(out::add);
        }
        return out;
    }

    /** The patterns that name no known region (a typo, or a region to add with --catalog). */
    public static List<String> unmatched(List<String> patterns, Collection<String> known) {
        return patterns.stream().filter(p -> known.stream().noneMatch(r -> glob(p).matcher(r).matches())).toList();
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString());
    }
}
