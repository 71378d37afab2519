package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.recommend.RangeAnalysis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shares of scenarios in words: a share that is not all or none is never printed as 100% or 0% (a review found
 * "AWS Fargate in 100% of scenarios, Cloud Functions 2nd gen in 0%" where the counts were 9,998 and 2 of 10,000).
 */
class RangeTablePercentTest {

    private static RangeAnalysis of(int scenarios, Map<String, Integer> recommended) {
        return new RangeAnalysis(1, scenarios, List.of("traffic.rate"), List.of(), recommended, recommended,
                Map.of("fargate", "AWS Fargate", "gcf2", "Cloud Functions 2nd gen"), Optional.empty());
    }

    @Test
    void nineThousandNineHundredNinetyEightOfTenThousandIsNinetyNinePointNineEightPercentNotAll() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("fargate", 9_998);
        counts.put("gcf2", 2);
        RangeAnalysis r = of(10_000, counts);
        // 9,998 / 10,000 = 99.98%; 2 / 10,000 = 0.02%: to 0.1% they would read 100.0% and 0.0%.
        assertThat(RangeTable.percent(r, 9_998)).isEqualTo("99.98%");
        assertThat(RangeTable.percent(r, 2)).isEqualTo("0.02%");
        assertThat(RangeTable.verdict(r)).startsWith("Recommended: AWS Fargate in 99.98% of scenarios, Cloud "
                + "Functions 2nd gen in 0.02%.");
        // 1 of 1,000,000 is 0.0001%; whole shares stay whole, and 0.1% is enough where it is not all or none.
        assertThat(RangeTable.percent(of(1_000_000, counts), 1)).isEqualTo("0.0001%");
        assertThat(RangeTable.percent(r, 10_000)).isEqualTo("100%");
        assertThat(RangeTable.percent(r, 0)).isEqualTo("0%");
        assertThat(RangeTable.percent(of(1_000, counts), 721)).isEqualTo("72.1%");
        assertThat(RangeTable.percent(of(60, counts), 20)).isEqualTo("33.3%");
    }
}
