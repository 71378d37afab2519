package dev.costfit.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Decision maps against boundaries computed by hand from pricing-reference.md, and the rules every cell keeps. */
class DecisionMapTest {

    private static final double TASK = 730 * (0.25 * 0.04048 + 0.5 * 0.004445);

    private static Evaluator evaluator(String... ids) {
        return Evaluators.listPrices(ids);
    }

    /**
     * All waiting (cpu_time 0 ms), no INIT billing, no front door: Lambda's cost per request is linear in time. The
     * timeout (scaled with the duration along a map) stays far below Lambda's 900 s.
     */
    private static Profile waiting() {
        return service("0.1/s", "1s", "cpu_time: 0ms", "concurrency_per_instance: 10", "cold_start: {init: 0ms}",
                "architecture: x86_64");
    }

    private static Profile service(String rate, String duration, String... extra) {
        return TestProfiles.parse("name: t\ntraffic: {rate: " + rate + "}\nduration: " + duration + "\nmemory: 512MB\n"
                + "timeout: 30s\nfront_door: none\nnetwork: {clients: vpc}\n" + String.join("\n", extra) + "\n");
    }

    /**
     * The rate where Lambda at 512 MB costs what one always-on 0.25 vCPU / 0.5 GB Fargate task costs, for requests
     * of {@code seconds}: $0.20/M + 0.5 GB × the duration rounded up to 1 ms × $0.0000166667 a request
     * (pricing-reference.md §1.1, §1.2) against 730 h × (0.25 × $0.04048 + 0.5 × $0.004445) = $9.010025 (§2.1).
     */
    private static double breakEven(double seconds) {
        double billed = Math.ceil(seconds * 1000 - 1e-9) / 1000;
        return TASK / (2_628_000 * (0.2e-6 + 0.5 * billed * 0.0000166667));
    }

    @Test
    void lambdaWinsLeftOfTheHandComputedBoundaryInEveryRowAndFargateRightOfIt() {
        MapAxis rate = MapAxis.of(SweepVariable.RATE, 0.01, 10, 60);
        MapAxis duration = MapAxis.of(SweepVariable.DURATION, 0.5, 10, 40);
        DecisionMap map = DecisionMap.draw(evaluator("lambda", "fargate"), waiting(), rate, duration);

        assertThat(map.cells()).hasSize(60 * 40);
        assertThat(rate.logarithmic()).isTrue();
        assertThat(duration.logarithmic()).as("0.5 s to 10 s spans more than a decade").isTrue();
        int compared = 0;
        for (int j = 0; j < 40; j++) {
            double boundary = breakEven(duration.value(j));
            for (int i = 0; i < 60; i++) {
                MapCell cell = map.cell(i, j);
                assertThat(cell.cheapest()).as("%s at %s", cell.x(), cell.y())
                        .contains(cell.x() < boundary ? "lambda" : "fargate");
                compared++;
            }
            // The hand-computed boundary lies inside the map in every row, so each row has both regions.
            assertThat(boundary).isBetween(0.01, 10.0);
        }
        assertThat(compared).isEqualTo(2400);
        assertThat(map.cell(0, 0).cheapest()).contains("lambda");
        assertThat(map.cell(59, 39).cheapest()).contains("fargate");
    }

    @Test
    void everyCellsCheapestIsTheLeastOfItsPricedCosts() {
        Profile chat = service("20/s", "6s", "cpu_time: 150ms", "concurrency_per_instance: 40");
        DecisionMap map = DecisionMap.draw(evaluator(), chat, MapAxis.of(SweepVariable.RATE, 0.2, 2000, 12),
                MapAxis.of(SweepVariable.DURATION, 0.6, 18, 8));
        int priced = 0;
        for (MapCell cell : map.cells()) {
            OptionalDouble least = cell.platforms().values().stream().map(MapCell.Outcome::monthlyCost)
                    .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).min();
            if (least.isPresent()) {
                priced++;
                assertThat(cell.state()).isEqualTo(MapCell.State.PRICED);
                assertThat(cell.outcome(cell.cheapest().orElseThrow()).monthlyCost().getAsDouble())
                        .isEqualTo(least.getAsDouble());
            } else {
                assertThat(cell.cheapest()).isEmpty();
            }
        }
        assertThat(priced).isEqualTo(96);
        assertThat(map.platforms()).containsExactly("lambda", "cloud-functions-gen2", "cloud-functions-gen1",
                "lambda-managed-instances", "fargate", "eks");
    }

    @Test
    void lambdaDoesNotFitWhereRequestsOutlastItsFifteenMinuteTimeout() {
        // The timeout equals the duration and scales with it, so Lambda fits up to 900 s and not beyond.
        Profile slow = TestProfiles.parse("name: slow\ntraffic: {rate: 1/min}\nduration: 60s\nmemory: 1GB\n"
                + "timeout: 60s\n");
        MapAxis duration = MapAxis.of(SweepVariable.DURATION, 60, 1800, 30);
        DecisionMap map = DecisionMap.draw(evaluator(), slow, MapAxis.of(SweepVariable.RATE, 0.001, 1, 6), duration);
        for (MapCell cell : map.cells()) {
            assertThat(cell.outcome("lambda").verdict()).as("%s s", cell.y())
                    .isEqualTo(cell.y() > 900 ? MapCell.Verdict.INFEASIBLE : MapCell.Verdict.PRICED);
            assertThat(cell.outcome("cloud-functions-gen1").verdict()).as("1st gen stops at 540 s: %s s", cell.y())
                    .isEqualTo(cell.y() > 540 ? MapCell.Verdict.INFEASIBLE : MapCell.Verdict.PRICED);
        }
    }

    @Test
    void aCellWhereNoPlatformFitsIsInfeasibleAndOneWithoutPricesIsNot() {
        Profile huge = service("1/s", "1s");
        DecisionMap memory = DecisionMap.draw(evaluator(), huge, MapAxis.of(SweepVariable.RATE, 0.1, 10, 3),
                MapAxis.of(SweepVariable.MEMORY, 512, 4 * 1024 * 1024, 3));
        assertThat(memory.cell(0, 2).state()).as("4 TB per instance: no platform has it")
                .isEqualTo(MapCell.State.INFEASIBLE);
        assertThat(memory.cell(0, 2).region()).isEqualTo("infeasible");
        assertThat(memory.cell(0, 0).state()).isEqualTo(MapCell.State.PRICED);

        // af-south-1 has no Fargate prices in the catalog: Fargate fits there, it is only not priced.
        DecisionMap unpriced = DecisionMap.draw(evaluator("fargate"), huge.withRegion("af-south-1"),
                MapAxis.of(SweepVariable.RATE, 0.1, 10, 3), MapAxis.of(SweepVariable.DURATION, 0.5, 2, 3));
        assertThat(unpriced.cells()).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(MapCell.State.NOT_PRICED);
            assertThat(c.outcome("fargate").verdict()).isEqualTo(MapCell.Verdict.NOT_PRICED);
            assertThat(c.region()).isEqualTo("not-priced");
        });
    }

    @Test
    void cpuTimeLongerThanTheDurationIsNotAProfileAndIsNotEvaluated() {
        Profile p = service("1/s", "1s", "cpu_time: 100ms");
        DecisionMap map = DecisionMap.draw(evaluator("lambda"), p, MapAxis.of(SweepVariable.DURATION, 0.1, 2, 3),
                MapAxis.of(SweepVariable.CPU_TIME, 0.01, 1.5, 3));
        // Durations 0.1, 1.05, 2 s; cpu_time 0.01, 0.755, 1.5 s.
        assertThat(map.cell(0, 1).state()).isEqualTo(MapCell.State.NOT_A_PROFILE);
        assertThat(map.cell(1, 2).state()).isEqualTo(MapCell.State.NOT_A_PROFILE);
        assertThat(map.cell(2, 2).state()).isEqualTo(MapCell.State.PRICED);
        assertThat(map.cell(0, 0).state()).isEqualTo(MapCell.State.PRICED);
    }

    /**
     * A profile that leaves concurrency_per_instance to its default has containers sized by CPU alone; a map along
     * concurrency states it at every cell, so a container holds that many requests and no more. 2/s of 5 s requests
     * are Poisson(10) in flight, whose 99th percentile is 18 (P(X ≤ 17) = 0.9857, P(X ≤ 18) = 0.9928): at one request
     * a task, 18 tasks of 0.25 vCPU / 0.5 GB all month, where 0.1 vCPU of CPU alone needs one. (The copy kept
     * "concurrency_per_instance" among the defaults used, and every container cell cost one task.)
     */
    @Test
    void varyingConcurrencyStatesItSoContainersHoldNoMoreThanThatMany() {
        Profile unstated = service("2/s", "5s", "cpu_time: 50ms");
        assertThat(unstated.defaulted("concurrency_per_instance")).isTrue();
        Profile varied = SweepVariable.CONCURRENCY.apply(unstated, 1);
        assertThat(varied.concurrencyPerInstance()).isEqualTo(1);
        assertThat(varied.defaulted("concurrency_per_instance")).isFalse();
        Evaluator fargate = evaluator("fargate");
        assertThat(fargate.assessForSearch(unstated).get(0).platformCost()).isCloseTo(TASK, within(1e-9));
        assertThat(fargate.assessForSearch(varied).get(0).platformCost()).isCloseTo(18 * TASK, within(1e-9));
    }

    @Test
    void varyingCpuTimeStatesItSoTheCpuModelAppliesAndTheDurationStays() {
        Profile stated = service("1/s", "1s");
        assertThat(stated.cpuModel()).isFalse();
        Profile varied = SweepVariable.CPU_TIME.apply(stated, 0.5);
        assertThat(varied.cpuModel()).isTrue();
        assertThat(varied.cpuTime().seconds()).isEqualTo(0.5);
        assertThat(varied.meanDuration().seconds()).isEqualTo(1.0);
        assertThat(varied.defaultsUsed()).noneMatch(d -> d.path().equals("cpu_time"));
    }

    @Test
    void wholeNumberAxesEvaluateEachDistinctValueOnce() {
        MapAxis concurrency = MapAxis.of(SweepVariable.CONCURRENCY, 1, 4, 10);
        assertThat(concurrency.logarithmic()).isFalse();
        DecisionMap map = DecisionMap.draw(evaluator("fargate"), waiting(), MapAxis.of(SweepVariable.RATE, 1, 10, 3),
                concurrency);
        assertThat(map.cells()).hasSize(30);
        assertThat(map.evaluations()).as("1 to 4 requests at 3 rates, and the profile itself").isEqualTo(3 * 4 + 1);
        assertThat(map.cell(0, 1).y()).isEqualTo(1.0); // 1.33 rounds to 1
        assertThat(map.cell(0, 9).y()).isEqualTo(4.0);
    }

    @Test
    void theProfilesOwnCellIsTheNearestInBothDirections() {
        DecisionMap map = DecisionMap.draw(evaluator("lambda"), waiting(), MapAxis.of(SweepVariable.RATE, 0.001, 10, 5),
                MapAxis.of(SweepVariable.DURATION, 0.5, 1.5, 3));
        // 0.1/s is the third of 0.001, 0.01, 0.1, 1, 10; 1 s the second of 0.5, 1, 1.5.
        assertThat(map.own()).contains(new DecisionMap.Spot(2, 1));
        // The profile itself is assessed at its own values, as recommend assesses it.
        double lambda = evaluator("lambda").assessForSearch(waiting()).get(0).platformCost();
        assertThat(map.itself().outcome("lambda").monthlyCost()).hasValue(lambda);
        assertThat(map.itself().x()).isEqualTo(0.1);
        assertThat(map.recommended()).isEqualTo(evaluator("lambda").recommendedId(waiting()));
        DecisionMap outside = DecisionMap.draw(evaluator("lambda"), waiting(), MapAxis.of(SweepVariable.RATE, 1, 10, 3),
                MapAxis.of(SweepVariable.DURATION, 0.5, 1.5, 3));
        assertThat(outside.own()).isEmpty();
    }

    /**
     * Rows run in parallel and each keeps what its cells share (node packings, task sizes, speed limits): every
     * platform's verdict and cost at every cell is still that of the cell assessed alone, whichever inputs the rows
     * and the cells vary.
     */
    @Test
    void rowsInParallelKeepingWhatTheirCellsShareGiveTheSameMapAsEachCellAlone() {
        Profile p = service("2/s", "2s", "cpu_time: 500ms", "concurrency_per_instance: 10");
        Evaluator evaluator = evaluator();
        List<MapAxis[]> pairs = List.of(
                new MapAxis[] {MapAxis.of(SweepVariable.RATE, 0.01, 100, 7), MapAxis.of(SweepVariable.MEMORY, 128, 8192, 5)},
                new MapAxis[] {MapAxis.of(SweepVariable.MEMORY, 128, 8192, 6), MapAxis.of(SweepVariable.RATE, 0.01, 100, 4)},
                new MapAxis[] {MapAxis.of(SweepVariable.CONCURRENCY, 1, 80, 5), MapAxis.of(SweepVariable.DURATION, 1, 60, 4)},
                new MapAxis[] {MapAxis.of(SweepVariable.CPU_TIME, 0, 1.5, 5), MapAxis.of(SweepVariable.DURATION, 0.5, 20, 4)});
        int compared = 0;
        for (MapAxis[] pair : pairs) {
            MapAxis x = pair[0];
            MapAxis y = pair[1];
            DecisionMap map = DecisionMap.draw(evaluator, p, x, y);
            for (int j = 0; j < y.count(); j++) {
                for (int i = 0; i < x.count(); i++) {
                    boolean xFirst = x.variable().ordinal() < y.variable().ordinal();
                    Profile at = xFirst ? y.variable().apply(x.variable().apply(p, x.value(i)), y.value(j))
                            : x.variable().apply(y.variable().apply(p, y.value(j)), x.value(i));
                    if (!at.consistent()) {
                        continue;
                    }
                    for (var alone : evaluator.assessForSearch(at)) {
                        MapCell.Outcome outcome = map.cell(i, j).outcome(alone.platform());
                        assertThat(outcome.verdict()).as("%s at %s", alone.platform(), at.name())
                                .isEqualTo(!alone.feasible() ? MapCell.Verdict.INFEASIBLE
                                        : !alone.priced() ? MapCell.Verdict.NOT_PRICED : MapCell.Verdict.PRICED);
                        if (alone.feasible() && alone.priced()) {
                            assertThat(outcome.monthlyCost()).hasValue(alone.platformCost());
                        }
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(4 * 20 * 5);
    }

    /**
     * A drawing's map assesses only the platforms that could be a cell's cheapest: every cell still has the cheapest
     * platform and the state of the map with every platform's cost, and the platforms it did assess the same
     * outcomes, along the rate (each cell bounding the next), across it, and away from it; and it leaves some out.
     */
    @Test
    void aDrawingsMapHasTheCheapestAndStateOfTheMapWithEveryCostInEveryCell() {
        Evaluator evaluator = evaluator();
        List<Profile> profiles = List.of(
                service("2/s", "2s", "cpu_time: 500ms", "concurrency_per_instance: 10"),
                waiting(),
                TestProfiles.parse("name: slo\ntraffic: {rate: 20/s, pattern: business-hours, burst: 3x}\n"
                        + "duration: 8s\ncpu_time: 100ms\nmemory: 512MB\ntimeout: 60s\nconcurrency_per_instance: 40\n"
                        + "latency: {cold_start_budget: 1s, cold_start_share: 1%}\n"));
        List<MapAxis[]> pairs = List.of(
                new MapAxis[] {MapAxis.of(SweepVariable.RATE, 0.001, 5000, 9), MapAxis.of(SweepVariable.DURATION, 0.1, 60, 4)},
                new MapAxis[] {MapAxis.of(SweepVariable.DURATION, 0.1, 60, 5), MapAxis.of(SweepVariable.RATE, 0.01, 500, 4)},
                new MapAxis[] {MapAxis.of(SweepVariable.MEMORY, 128, 8192, 5), MapAxis.of(SweepVariable.CONCURRENCY, 1, 80, 3)});
        int cells = 0;
        int pruned = 0;
        for (Profile p : profiles) {
            for (MapAxis[] pair : pairs) {
                DecisionMap every = DecisionMap.draw(evaluator, p, pair[0], pair[1]);
                DecisionMap drawing = DecisionMap.draw(evaluator, p, pair[0], pair[1], false);
                assertThat(drawing.everyCost()).isFalse();
                assertThat(drawing.platforms()).isEqualTo(every.platforms());
                assertThat(drawing.recommended()).isEqualTo(every.recommended());
                for (int k = 0; k < every.cells().size(); k++) {
                    MapCell all = every.cells().get(k);
                    MapCell some = drawing.cells().get(k);
                    assertThat(some.cheapest()).as("%s cell %d", p.name(), k).isEqualTo(all.cheapest());
                    assertThat(some.state()).as("%s cell %d", p.name(), k).isEqualTo(all.state());
                    some.platforms().forEach((id, outcome) -> assertThat(outcome).isEqualTo(all.outcome(id)));
                    pruned += all.platforms().size() - some.platforms().size();
                    cells++;
                }
            }
        }
        assertThat(cells).isEqualTo(3 * (9 * 4 + 5 * 4 + 5 * 3));
        assertThat(pruned).as("platforms left unassessed").isGreaterThan(cells / 2);
    }
}
