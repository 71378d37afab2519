package dev.costfit.yaml;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt keys and choices. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The closest candidate, ignoring case and '-' versus '_': within a small edit distance (two, or a third of the
     * word) that leaves more than half of the longer of the two as it is, so that a key of one or two
     * characters ({@code b}, {@code <<}) or an unrelated short one ({@code low} against {@code llm}) suggests
     * nothing; failing that, the one candidate whose first words the word is ({@code concurrency} for
     * {@code concurrency_per_instance}).
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        return near(word, candidates).or(() -> leadingWords(word, candidates));
    }

    /** The nearest candidate within {@link #similar} edits, ignoring case and '-' versus '_'. */
    static Optional<String> near(String word, Collection<String> candidates) {
        String w = normal(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(w, normal(candidate));
            if (d < bestDistance && similar(w, normal(candidate), d)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Within two edits or a third of the word, and less than half of the longer one changed. */
    private static boolean similar(String word, String candidate, int distance) {
        return distance <= Math.max(2, word.length() / 3)
                && 2 * distance < Math.max(word.length(), candidate.length());
    }

    /**
     * The only candidate that begins with the whole word and then a '_' (after '-' is read as '_'), for a word of
     * three characters or more; none where several do, as nothing tells them apart.
     */
    static Optional<String> leadingWords(String word, Collection<String> candidates) {
        String w = normal(word);
        if (w.length() < 3) {
            return Optional.empty();
        }
        java.util.List<String> found = candidates.stream().filter(c -> normal(c).startsWith(w + "_"))
                .distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** " Did you mean 'memory'?" or nothing. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> " Did you mean '" + s + "'?").orElse("");
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
