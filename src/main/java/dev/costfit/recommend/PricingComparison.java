package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.profile.PricingOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every platform's monthly cost (LLM tokens left out, as in the ranking) on demand and under each commitment option,
 * and the platform recommended under each: what a budget owner weighs before committing.
 *
 * @param inForce    the option the report's figures use
 * @param chosen     the platform id recommended under each option ("none"), in the order of {@code options}
 * @param atPublished the platform id recommended under each option at published rates alone, taking no "up to"
 *                   figure (AWS's best case, such as EC2's "up to 66%" across instance types): where it differs
 *                   from {@code chosen}, a best case decides the answer
 */
public record PricingComparison(PricingOption inForce, List<PricingOption> options, List<Row> rows,
                                List<String> chosen, List<String> atPublished) {

    /** One platform: its cost under each option, empty where it does not fit or has no price. */
    public record Row(String platform, String name, List<OptionalDouble> costs) {
        public Row {
            costs = List.copyOf(costs);
        }
    }

    public PricingComparison {
        options = List.copyOf(options);
        rows = List.copyOf(rows);
        chosen = List.copyOf(chosen);
        atPublished = List.copyOf(atPublished);
    }

    /** Whether the answer under the option at {@code index} rests on an "up to" figure, not a published rate. */
    public boolean restsOnBestCase(int index) {
        return !chosen.get(index).equals(atPublished.get(index));
    }

    /** Whether any option recommends another platform than on demand does. */
    public boolean changesRecommendation() {
        return chosen.stream().anyMatch(id -> !id.equals(chosen.get(0)));
    }

    /** Built from each option's assessments, in the order of {@code options} (on demand first). */
    static PricingComparison of(PricingOption inForce, List<PricingOption> options,
                                List<List<Assessment>> byOption, List<List<Assessment>> published,
                                Recommender recommender) {
        List<Row> rows = SideBySideAssessments.byPlatform(byOption).stream()
                .map(across -> new Row(across.get(0).platform(), across.get(0).platformName(), across.stream()
                        .map(a -> a.usable() ? OptionalDouble.of(a.platformCost()) : OptionalDouble.empty())
                        .toList()))
                .toList();
        return new PricingComparison(inForce, options, rows, SideBySideAssessments.chosen(byOption, recommender),
                SideBySideAssessments.chosen(published, recommender));
    }

    /** The name of a platform id in this comparison. */
    public String nameOf(String id) {
        Optional<Row> row = rows.stream().filter(r -> r.platform().equals(id)).findFirst();
        return row.map(Row::name).orElse("no platform");
    }
}
