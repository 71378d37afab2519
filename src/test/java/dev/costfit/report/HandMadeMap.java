package dev.costfit.report;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.MapCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Decision maps built by hand for the renderers' tests (no engine): Lambda or Fargate the cheapest in each cell. */
final class HandMadeMap {

    private HandMadeMap() {
    }

    /**
     * Lambda at $100 a month where {@code lambdaAt(column, row)}, else $300; Fargate at $200 everywhere: each cell's
     * cheapest is the one asked for.
     */
    static DecisionMap lambdaOrFargate(Profile profile, MapAxis x, MapAxis y, BiPredicate<Integer, Integer> lambdaAt) {
        List<MapCell> cells = new ArrayList<>();
        for (int j = 0; j < y.count(); j++) {
            for (int i = 0; i < x.count(); i++) {
                Map<String, MapCell.Outcome> outcomes = new LinkedHashMap<>();
                outcomes.put("lambda", MapCell.Outcome.priced(lambdaAt.test(i, j) ? 100 : 300));
                outcomes.put("fargate", MapCell.Outcome.priced(200));
                cells.add(MapCell.of(x.value(i), y.value(j), outcomes));
            }
        }
        return new DecisionMap(profile, x, y, cells, cells.get(0), "lambda", List.of("lambda", "fargate"),
                Map.of("lambda", "AWS Lambda", "fargate", "AWS Fargate"), cells.size(), true);
    }
}
