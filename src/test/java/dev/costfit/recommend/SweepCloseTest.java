package dev.costfit.recommend;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Where a sweep says the cheapest platform was within 5% of changing ({@link Sweep#closeRuns}): the rules on a
 * hand-made sweep, a crossing of two straight cost lines worked out by hand, and the shipped document summarizer,
 * whose AWS Fargate and Amazon EKS trade places between the points sampled.
 */
class SweepCloseTest {

    private static final Profile PROFILE = TestProfiles.parse("name: api\ntraffic: {rate: 10/s}\n"
            + "duration: {mean: 1s}\nmemory: 512MB\ntimeout: 10s\n");

    static Sweep.Point point(double value, double lambda, double fargate, double eks) {
        Map<String, OptionalDouble> costs = new LinkedHashMap<>();
        costs.put("lambda", Double.isNaN(lambda) ? OptionalDouble.empty() : OptionalDouble.of(lambda));
        costs.put("fargate", Double.isNaN(fargate) ? OptionalDouble.empty() : OptionalDouble.of(fargate));
        costs.put("eks", Double.isNaN(eks) ? OptionalDouble.empty() : OptionalDouble.of(eks));
        String cheapest = Sweep.NONE;
        double least = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, OptionalDouble> e : costs.entrySet()) {
            if (e.getValue().isPresent() && e.getValue().getAsDouble() < least) {
                least = e.getValue().getAsDouble();
                cheapest = e.getKey();
            }
        }
        return new Sweep.Point(value, costs, cheapest, cheapest);
    }

    static Sweep sweep(List<Sweep.Point> points) {
        return new Sweep(PROFILE, SweepVariable.RATE, points, List.of(), List.of("lambda", "fargate", "eks"),
                Map.of("lambda", "AWS Lambda", "fargate", "AWS Fargate", "eks", "Amazon EKS"));
    }

    /**
     * ln(1.04) = 0.039 and ln(1.05) = 0.0488 are within 5%, ln(1.06) = 0.058 is not: points 2 and 3 are a run. Point 5
     * (3% apart) stands alone between points whose cheapest is its own (Lambda): it nearly changed there. Point 7 (2%)
     * stands alone beside the crossing from Lambda to Fargate: the costs only meet there. EKS is within 5% at point 3
     * alone, and is named with the run. Where nothing fits, or one platform alone does, nothing is close.
     */
    @Test
    void runsOfTwoOrMoreAndLonePointsAwayFromACrossingAreReported() {
        double nan = Double.NaN;
        Sweep sweep = sweep(List.of(point(1, 100, 200, 300), point(2, 100, 104, 300), point(3, 100, 105, 104.9),
                point(4, 100, 106, 300), point(5, 100, 103, 300), point(6, 100, 120, 300), point(7, 102, 100, 300),
                point(8, 150, 100, 300), point(9, nan, 100, nan), point(10, nan, nan, nan)));

        assertThat(sweep.closeRuns()).containsExactly(new Sweep.Close(2, 3, List.of("lambda", "fargate", "eks")),
                new Sweep.Close(5, 5, List.of("lambda", "fargate")));
    }

    @Test
    void aTieIsCloseAndAFreePlatformIsCloseOnlyToAnotherFreeOne() {
        Sweep ties = sweep(List.of(point(1, 0, 0, 5), point(2, 0, 0, 5), point(3, 0, 1e-9, 5), point(4, 7, 7, 7)));

        // Points 1 and 2: two free platforms (a free tier) tie. Point 3: $0 against any cost is no near-tie. Point 4:
        // three at one cost, alone after a point with the same cheapest (Lambda) and at the end.
        assertThat(ties.closeRuns()).containsExactly(new Sweep.Close(1, 2, List.of("lambda", "fargate")),
                new Sweep.Close(4, 4, List.of("lambda", "fargate", "eks")));
    }

    /**
     * The crossing of SweepTest's hand computation: Lambda at $0.20/M + 0.5 GB-s × $0.0000166667 a request
     * (pricing-reference.md §1.1), a straight line through the origin, against one always-on 0.25 vCPU / 0.5 GB
     * Fargate task, $9.010025 a month (§2), which meet at 0.40177/s. The two are within 5% from 0.40177/s × e^−0.05
     * to 0.40177/s × e^0.05 (Lambda's cost is proportional to the rate, Fargate's flat), a factor of 1.105: with 40
     * points over three decades (a factor of 1.194 apart) one point at most falls within, beside the crossing, so
     * there is no run; with 400 (a factor of 1.0175) the run is exactly the points in that window.
     */
    @Test
    void twoStraightCostLinesAreWithinFivePercentOverAFactorOfTenPerCentAroundTheirCrossing() {
        Profile profile = TestProfiles.service("0.1/s", "1s", "512MB", "cpu_time: 0ms",
                "concurrency_per_instance: 10", "cold_start: {init: 0ms}", "architecture: x86_64");
        Evaluator evaluator = new Evaluator(List.of(Platforms.byId("lambda").orElseThrow(),
                Platforms.byId("fargate").orElseThrow()), new PricingContext(CATALOG, false), new Recommender(0.1));
        double perRequest = 0.2e-6 + 0.5 * 0.0000166667;
        double task = 730 * (0.25 * 0.04048 + 0.5 * 0.004445);
        double crossing = task / (2_628_000 * perRequest);

        assertThat(Sweep.run(evaluator, profile, SweepVariable.RATE, 0.01, 10, 40).closeRuns()).isEmpty();

        Sweep fine = Sweep.run(evaluator, profile, SweepVariable.RATE, 0.01, 10, 400);
        List<Double> window = new ArrayList<>();
        for (Sweep.Point p : fine.points()) {
            // Away from the window's two ends by more than the rounding of the costs.
            if (Math.abs(Math.abs(Math.log(p.value() / crossing)) - 0.05) < 1e-4) {
                throw new AssertionError("a point at the window's edge: choose another count");
            }
            if (Math.abs(Math.log(p.value() / crossing)) < 0.05) {
                window.add(p.value());
            }
        }
        assertThat(window).hasSizeBetween(5, 6);
        assertThat(fine.closeRuns()).containsExactly(new Sweep.Close(window.get(0), window.get(window.size() - 1),
                List.of("lambda", "fargate")));
    }

    /**
     * The document summarizer (Fargate at a 62% target) along the rate: AWS Fargate and Amazon EKS a few per cent
     * apart over decades, whole tasks and nodes stepping both, so the cheapest changes back and forth between them.
     * Every crossing of the two after the first lies within a run the report names, and at every point of a run two
     * platforms are within 5% (worked out here from the points' costs).
     */
    /**
     * The shipped document summarizer with its Fargate tasks sized for another CPU target, which brings Fargate
     * and EKS close over a wide band of rates (the shipped profile's EKS costs more since nodes count the memory
     * their kernel reports and their root volumes). Its EKS nodes are the catalog's types before the AMD and
     * Graviton2 families, on which the case was found: the AMD types make EKS cheaper and move the bands.
     */
    static Profile closeSummarizer(String fargateTarget) {
        try {
            return TestProfiles.parse(java.nio.file.Files.readString(Path.of("profiles/doc-summarizer.yaml"))
                    + "platforms: {fargate: {target_utilization: " + fargateTarget + "}, eks: {node_types: "
                    + TestProfiles.nodeTypesBeforeAmdAndGraviton2() + "}}\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDocumentSummarizersBackAndForthBetweenFargateAndEksLiesWithinARun() {
        Profile profile = closeSummarizer("62%");
        Evaluator evaluator = new Evaluator(Platforms.all(), new PricingContext(CATALOG, false), new Recommender(0.1));
        double rate = BreakEven.rateOf(profile);
        Sweep sweep = Sweep.run(evaluator, profile, SweepVariable.RATE, rate / 100, rate * 100, 60);

        List<Sweep.Crossover> containers = sweep.crossovers().stream()
                .filter(c -> List.of("fargate", "eks").containsAll(List.of(c.from(), c.to()))).toList();
        assertThat(containers).hasSizeGreaterThanOrEqualTo(3);
        for (Sweep.Crossover c : containers.subList(1, containers.size())) {
            assertThat(sweep.closeRuns()).anySatisfy(run -> {
                assertThat(c.value()).isBetween(run.from(), run.to());
                assertThat(run.platforms()).contains("fargate", "eks");
            });
        }
        int checked = 0;
        for (Sweep.Close run : sweep.closeRuns()) {
            for (Sweep.Point p : sweep.points()) {
                if (p.value() >= run.from() && p.value() <= run.to()) {
                    double cheapest = p.cost(p.cheapest()).getAsDouble();
                    assertThat(p.costs().values().stream().filter(OptionalDouble::isPresent)
                            .filter(c -> c.getAsDouble() < cheapest * Math.exp(0.05)).count())
                            .isGreaterThanOrEqualTo(2);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6); // 511/min, and six from 954/min to 2,080/min
    }
}
