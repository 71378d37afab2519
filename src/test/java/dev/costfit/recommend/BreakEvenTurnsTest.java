package dev.costfit.recommend;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where whole tasks and nodes make two platforms take turns, a crossing is where the other platform first leads, and
 * the profile's own answer may return past it ({@link BreakEven.Crossing#againUntil}). A CPU-bound API (150/s, 90 ms
 * of which 80 ms CPU, four requests a container) is AWS Fargate's at its own rate, Amazon EKS's in bands from about
 * 255/s and Fargate's again between them up to about 700/s: the report said "above 376.3/s Amazon EKS", a band two
 * scan steps on, with nothing of the 255/s band before it or of Fargate's return after it.
 */
class BreakEvenTurnsTest {

    private static final Recommender RECOMMENDER = new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN);
    private static final Evaluator EVALUATOR = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false),
            RECOMMENDER);

    private static Profile cpuBoundApi() {
        return TestProfiles.parse("name: cpu-api\nregion: us-east-1\ntraffic: {rate: 150/s}\nduration: 90ms\n"
                + "cpu_time: 80ms\nmemory: 1024MB\ntimeout: 10s\nconcurrency_per_instance: 4\ntrigger: http\n");
    }

    private static String at(Profile profile, double rate) {
        return EVALUATOR.recommendedId(BreakEven.atRate(profile, rate));
    }

    private static double cost(List<Assessment> assessments, String platform) {
        return assessments.stream().filter(a -> a.platform().equals(platform)).findFirst().orElseThrow()
                .platformCost();
    }

    @Test
    void theFirstEksBandTwoScanStepsBeforeTheChangeTheScanSawIsTheCrossing() {
        Profile profile = cpuBoundApi();
        BreakEven b = EVALUATOR.evaluate(profile).recommendation().breakEven().orElseThrow();
        BreakEven.Crossing above = b.above().orElseThrow();
        assertThat(above.from()).isEqualTo("fargate");
        assertThat(above.to()).isEqualTo("eks");
        double crossing = above.rate().perSecond();
        // The scan asks 150/s × 10^(k/3): 323/s and 696/s give Fargate, 1,500/s EKS; the crossing lies in the first
        // step, below 323/s.
        assertThat(at(profile, 150 * Math.pow(10, 1 / 3.0))).isEqualTo("fargate");
        assertThat(at(profile, 150 * Math.pow(10, 2 / 3.0))).isEqualTo("fargate");
        assertThat(crossing).isBetween(250.0, 258.0);
        assertThat(at(profile, crossing * 1.001)).isEqualTo("eks");
        assertThat(at(profile, crossing / 1.001)).isEqualTo("fargate");
        // EKS leads there by more than the 10% margin Fargate, the simpler, is given.
        List<Assessment> there = EVALUATOR.assessForSearch(BreakEven.atRate(profile, crossing * 1.001));
        assertThat(cost(there, "eks")).isLessThan(cost(there, "fargate") / 1.1);
        // And Fargate returns past it, at 696/s (a rate the scan asked) and beyond.
        double again = above.againUntil().orElseThrow().perSecond();
        assertThat(again).isGreaterThanOrEqualTo(150 * Math.pow(10, 2 / 3.0) - 1e-9);
        assertThat(at(profile, again)).isEqualTo("fargate");
    }

    @Test
    void belowItsRateFargateReturnsPastTheChangeToCloudFunctions() {
        Profile profile = cpuBoundApi();
        BreakEven.Crossing below = EVALUATOR.evaluate(profile).recommendation().breakEven().orElseThrow().below()
                .orElseThrow();
        assertThat(below.from()).isEqualTo("cloud-functions-gen2");
        assertThat(below.to()).isEqualTo("fargate");
        assertThat(at(profile, below.rate().perSecond() / 1.001)).isEqualTo("cloud-functions-gen2");
        // 15/s, the scan's rate a decade below 150/s, gives Fargate: its second task's month ($102.75 at 15.13/s)
        // under 2nd gen's ($114.67) less the margin.
        assertThat(below.againUntil().orElseThrow().perSecond()).isCloseTo(15, within(1e-9));
        assertThat(at(profile, 15)).isEqualTo("fargate");
        List<Assessment> there = EVALUATOR.assessForSearch(BreakEven.atRate(profile, 15));
        assertThat(cost(there, "fargate")).isLessThan(cost(there, "cloud-functions-gen2") / 1.1);
    }

    @Test
    void theReportSaysWhereTheOwnAnswerReturns() {
        String text = String.join("\n", EVALUATOR.evaluate(cpuBoundApi()).recommendation().reasons());
        assertThat(text).contains(", taking turns with AWS Fargate up to ").contains(
                ", taking turns with AWS Fargate down to 15/s");
    }
}
