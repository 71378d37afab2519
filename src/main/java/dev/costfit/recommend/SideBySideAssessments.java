package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The same platforms assessed in several columns (pricing options, regions), each column in report order: what the
 * side-by-side comparisons read from them, platform by platform and column by column.
 */
final class SideBySideAssessments {

    private SideBySideAssessments() {
    }

    /** For each platform, in the first column's order, its assessment in every column. */
    static List<List<Assessment>> byPlatform(List<List<Assessment>> columns) {
        return IntStream.range(0, columns.get(0).size())
                .mapToObj(platform -> columns.stream().map(column -> column.get(platform)).toList()).toList();
    }

    /** The platform id recommended in each column ("none" where nothing fits). */
    static List<String> chosen(List<List<Assessment>> columns, Recommender recommender) {
        return columns.stream().map(column -> recommender.choose(column).id()).toList();
    }
}
