package dev.costfit.report;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommender;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bar chart of each platform's cost: every bar in its platform's colour on the map, the recommended outlined. */
class CostChartTest {

    private static final Evaluator EVALUATOR = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false),
            new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));

    @Test
    void eachBarIsInItsPlatformsMapColourAndOnlyTheRecommendedIsOutlined() {
        ProfileResult result = EVALUATOR.evaluate(TestProfiles.service("10/s", "200ms", "512MB"), false);
        List<Assessment> usable = result.assessments().stream().filter(Assessment::usable).toList();
        assertThat(usable.size()).isGreaterThan(2);
        String svg = Charts.costs(result, "c");
        // The map's colours (MapPalette), one per platform: Lambda #f28e2b, 2nd gen #4e79a7, 1st gen #76b7b2, LMI
        // #ff9da7, Fargate #e15759, EKS #59a14f; no longer one blue for all and a green (#2da44e) for the chosen.
        List<String> expected = usable.stream().map(a -> switch (a.platform()) {
            case "lambda" -> "rgb(242,142,43)";
            case "cloud-functions-gen2" -> "rgb(78,121,167)";
            case "cloud-functions-gen1" -> "rgb(118,183,178)";
            case "lambda-managed-instances" -> "rgb(255,157,167)";
            case "fargate" -> "rgb(225,87,89)";
            case "eks" -> "rgb(89,161,79)";
            default -> throw new AssertionError(a.platform());
        }).toList();
        Matcher fills = Pattern.compile("<rect [^>]*fill:(rgb\\([0-9,]+\\))").matcher(svg);
        List<String> bars = fills.results().map(m -> m.group(1)).filter(expected::contains).toList();
        assertThat(bars).containsExactlyElementsOf(expected);
        assertThat(svg).doesNotContain("rgb(45,164,78)").doesNotContain("rgb(84,118,181)");
        assertThat(Pattern.compile("stroke-width:2.5").matcher(svg).results().count()).isEqualTo(1);
        String chosen = result.recommendation().chosen().orElseThrow().platformName();
        assertThat(svg).containsPattern("font-weight: ?bold[^>]*>" + Pattern.quote(chosen) + "<");
    }
}
