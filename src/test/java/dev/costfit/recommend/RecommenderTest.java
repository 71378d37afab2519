package dev.costfit.recommend;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.platform.Assessment;
import dev.costfit.platform.Capacity;
import dev.costfit.platform.CostLine;
import dev.costfit.platform.Platforms;
import dev.costfit.platform.PricingContext;
import dev.costfit.platform.Simplicity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private final Evaluator evaluator = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false),
            new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));

    private static Assessment priced(String id, Simplicity simplicity, double cost) {
        return new Assessment(id, id, simplicity, "", List.of(), List.of(CostLine.of("x", 1, "unit", cost)),
                Capacity.NONE, List.of(), List.of(), Optional.empty());
    }

    @Test
    void theCheapestWins() {
        Recommendation r = new Recommender(0.10).recommend(List.of(priced("lambda", Simplicity.FUNCTIONS, 100),
                priced("fargate", Simplicity.CONTAINERS, 50)));
        assertThat(r.chosen().orElseThrow().platform()).isEqualTo("fargate");
        assertThat(r.runnerUp().orElseThrow().platform()).isEqualTo("lambda");
        assertThat(r.reasons().get(1)).contains("2× as much");
    }

    @Test
    void aSimplerPlatformWithinTheMarginWins() {
        Recommendation r = new Recommender(0.10).recommend(List.of(priced("eks", Simplicity.KUBERNETES, 100),
                priced("fargate", Simplicity.CONTAINERS, 109)));
        assertThat(r.chosen().orElseThrow().platform()).isEqualTo("fargate");
        assertThat(r.reasons().get(0)).contains("within 10% of the cheapest").contains("simpler to run");
        Recommendation outside = new Recommender(0.10).recommend(List.of(priced("eks", Simplicity.KUBERNETES, 100),
                priced("fargate", Simplicity.CONTAINERS, 111)));
        assertThat(outside.chosen().orElseThrow().platform()).isEqualTo("eks");
    }

    @Test
    void anLlmServiceAt20RequestsASecondDoesNotGoToLambda() {
        ProfileResult result = evaluator.evaluate(TestProfiles.parse("name: llm\ntraffic: {rate: 20/s}\n"
                + "duration: 25s\ncpu_time: 500ms\nmemory: 512MB\ntimeout: 120s\nconcurrency_per_instance: 50\n"));
        assertThat(result.recommendation().chosen().orElseThrow().platform()).isNotEqualTo("lambda");
    }

    @Test
    void oneRequestAMinuteInBusinessHoursGoesToLambda() {
        ProfileResult result = evaluator.evaluate(TestProfiles.parse("name: quiet\n"
                + "traffic: {rate: 1/min, pattern: business-hours}\nduration: 2s\ncpu_time: 100ms\nmemory: 512MB\n"
                + "timeout: 30s\n"));
        assertThat(result.recommendation().chosen().orElseThrow().platform()).isEqualTo("lambda");
    }

    @Test
    void aJobLongerThan15MinutesNeverGoesToLambda() {
        ProfileResult result = evaluator.evaluate(TestProfiles.parse("kind: job\nname: batch\n"
                + "schedule: {runs: 30/month, tasks: 4, duration: 20min}\nmemory: 4GB\nvcpu: 2\n"));
        assertThat(result.recommendation().chosen().orElseThrow().platform()).isNotEqualTo("lambda");
        assertThat(result.recommendation().reasons()).anyMatch(r -> r.startsWith("AWS Lambda does not fit: timeout"));
    }

    @Test
    void aGpuServiceGoesToEks() {
        ProfileResult result = evaluator.evaluate(TestProfiles.parse("name: gpu\ntraffic: {rate: 5/s}\n"
                + "duration: 200ms\nmemory: 8GB\nvcpu: 2\ntimeout: 10s\ngpu: {count: 1, type: any}\n"));
        assertThat(result.recommendation().chosen().orElseThrow().platform()).isEqualTo("eks");
    }

    @Test
    void nothingFitsSaysWhyForEveryPlatform() {
        ProfileResult result = evaluator.evaluate(TestProfiles.parse("name: huge\ntraffic: {rate: 1/s}\n"
                + "duration: 1s\nmemory: 2TB\ntimeout: 10s\n"));
        assertThat(result.recommendation().chosen()).isEmpty();
        assertThat(result.recommendation().reasons()).first().isEqualTo("no platform fits this profile");
        assertThat(result.recommendation().reasons()).hasSize(1 + Platforms.all().size());
    }
}
