package dev.costfit.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Sweeps against costs computed by hand from pricing-reference.md, and their shape over the sample profiles. */
class SweepTest {

    private static Evaluator evaluator(String... ids) {
        return Evaluators.listPrices(ids);
    }

    /**
     * 1 s at 512 MB, all of it waiting (cpu_time 0 ms: no setting is slower), no front door: on Lambda each
     * request costs $0.20/M + 0.5 GB-s × $0.0000166667
     * (pricing-reference.md §1.1; init 0 ms, so no INIT billing), on Fargate one 0.25 vCPU / 0.5 GB task runs all
     * month: 730 h × (0.25 × $0.04048 + 0.5 × $0.004445) = $9.010025 (§2). They cost the same at
     * r = 9.010025 / (2,628,000 s × $0.00000853335) = 0.40177/s.
     */
    @Test
    void lambdaMeetsOneAlwaysOnFargateTaskWhereTheirMonthsCostTheSame() {
        Profile profile = TestProfiles.service("0.1/s", "1s", "512MB", "cpu_time: 0ms",
                "concurrency_per_instance: 10", "cold_start: {init: 0ms}", "architecture: x86_64");
        Sweep sweep = Sweep.run(evaluator("lambda", "fargate"), profile, SweepVariable.RATE, 0.01, 10, 40);

        double perRequest = 0.2e-6 + 0.5 * 0.0000166667;
        double task = 730 * (0.25 * 0.04048 + 0.5 * 0.004445);
        double expected = task / (2_628_000 * perRequest);
        assertThat(sweep.crossovers()).hasSize(1);
        Sweep.Crossover c = sweep.crossovers().get(0);
        assertThat(c.from()).isEqualTo("lambda");
        assertThat(c.to()).isEqualTo("fargate");
        assertThat(c.value()).isCloseTo(expected, within(expected * 0.001));
        assertThat(c.costs().get("fargate").getAsDouble()).isCloseTo(task, within(1e-9));
        assertThat(c.costs().get("lambda").getAsDouble()).isCloseTo(task, within(task * 0.001));
        // Below the crossing Lambda is cheapest at every point, above it Fargate.
        for (Sweep.Point p : sweep.points()) {
            assertThat(p.cheapest()).isEqualTo(p.value() < expected ? "lambda" : "fargate");
        }
    }

    @Test
    void aThirdPlatformCheapestInBetweenGetsItsOwnCrossings() {
        // Each segment whose cheapest platform changes is refined on its own, so every change is reported in order.
        // The chat API: Lambda at a request every few seconds, 2nd gen sharing instances, then Fargate. (The RAG
        // service as one function had 1st gen first, until 2nd gen could run a request at a time on a fraction of a
        // vCPU, which Google prices as 1st gen's tiers: now 2nd gen leads from the lowest rates.)
        Profile profile = new ProfileLoader().load(List.of(Path.of("profiles/chat-api.yaml"))).get(0);
        Sweep sweep = Sweep.run(evaluator(), profile, SweepVariable.RATE, 0.05, 60, 30);
        List<Sweep.Crossover> cs = sweep.crossovers();
        assertThat(cs).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < cs.size(); i++) {
            Sweep.Crossover c = cs.get(i);
            assertThat(c.from()).isNotEqualTo(c.to());
            if (i > 0) {
                assertThat(c.value()).isGreaterThan(cs.get(i - 1).value());
                assertThat(c.from()).isEqualTo(cs.get(i - 1).to());
            }
            // Just below the crossing the old platform is cheapest, at it the new one: 0.1% apart.
            Sweep.Point below = evaluate(profile, SweepVariable.RATE, c.value() * (1 - 0.0011));
            assertThat(below.cheapest()).isEqualTo(c.from());
            assertThat(evaluate(profile, SweepVariable.RATE, c.value()).cheapest()).isEqualTo(c.to());
        }
    }

    private static Sweep.Point evaluate(Profile profile, SweepVariable variable, double value) {
        return Sweep.run(evaluator(), profile, variable, value, value * 1.000001, 2).points().get(0);
    }

    @Test
    void costRisesWithTheRateOnEveryPlatformOfEverySampleProfile() {
        for (Profile profile : new ProfileLoader().load(List.of(Path.of("profiles")))) {
            SweepVariable.Range range = SweepVariable.RATE.defaultRange(profile);
            Sweep sweep = Sweep.run(evaluator(), profile, SweepVariable.RATE, range.from(), range.to(), 25);
            for (String platform : sweep.platforms()) {
                double previous = 0;
                for (Sweep.Point p : sweep.points()) {
                    OptionalDouble cost = p.costs().get(platform);
                    if (cost.isPresent()) {
                        assertThat(cost.getAsDouble()).as("%s on %s at %s", profile.name(), platform,
                                SweepVariable.RATE.display(p.value())).isGreaterThanOrEqualTo(previous - 1e-9);
                        previous = cost.getAsDouble();
                    }
                }
            }
        }
    }

    @Test
    void pointsWhereAPlatformDoesNotFitAreGapsNotZeros() {
        // A 10-minute job with a 10-minute timeout, swept from 5 to 30 minutes: Lambda's 15-minute limit cuts in.
        Profile job = TestProfiles.parse("name: batch\nkind: job\nschedule: {runs: 30/month, tasks: 1, "
                + "duration: 10min}\nmemory: 1GB\ntimeout: 10min\n");
        Sweep sweep = Sweep.run(evaluator("lambda", "fargate"), job, SweepVariable.DURATION, 300, 1800, 26);
        for (Sweep.Point p : sweep.points()) {
            OptionalDouble lambda = p.costs().get("lambda");
            assertThat(lambda.isPresent()).as("Lambda at %s s", p.value()).isEqualTo(p.value() <= 900 + 1e-6);
            lambda.ifPresent(cost -> assertThat(cost).isPositive());
            assertThat(p.costs().get("fargate").getAsDouble()).isPositive();
        }
        // Where Lambda stops fitting, Fargate takes over as the cheapest even if it was dearer before.
        assertThat(sweep.points().get(sweep.points().size() - 1).cheapest()).isEqualTo("fargate");
    }

    /**
     * A pipeline's duration is its critical path (rag-pipeline: embed 400 ms, then the slower of two searches,
     * 600 ms, then the answer, 10.8 s × 1.02 attempts: 12.016 s). Swept, every step takes the ratio longer — on
     * Lambda each step is a function billed its own time — and a stated cpu_time stays, within the step's new mean.
     * Left alone, the steps kept their time and Lambda's cost stayed flat along the whole axis.
     */
    @Test
    void aPipelinesDurationSlowsEveryStep() {
        Profile profile = new ProfileLoader().load(List.of(Path.of("profiles/rag-pipeline.yaml"))).get(0);
        assertThat(profile.meanDuration().seconds()).isCloseTo(12.016, within(1e-9));
        Profile twice = SweepVariable.DURATION.apply(profile, 24.032);
        dev.costfit.profile.Pipeline steps = twice.glue().pipeline().orElseThrow();
        assertThat(steps.criticalPath().seconds()).isCloseTo(24.032, within(1e-9));
        dev.costfit.profile.PipelineStep answer = steps.steps().get(3);
        assertThat(answer.mean().seconds()).isCloseTo(21.6, within(1e-9));
        assertThat(answer.max().orElseThrow().seconds()).isCloseTo(84, within(1e-9));
        assertThat(answer.cpuTime().orElseThrow().seconds()).isCloseTo(0.35, within(1e-12));
        // The steps' CPU, 20 + 30 + 30 + 350 × 1.02 ms, is the profile's, as the reader sums it.
        assertThat(twice.cpuTime().seconds()).isCloseTo(0.437, within(1e-12));
        assertThat(twice.consistent()).isTrue();
        // A hundredth of the time: the answer's 350 ms of CPU cannot exceed its new 108 ms.
        Profile tiny = SweepVariable.DURATION.apply(profile, 0.12016);
        assertThat(tiny.glue().pipeline().orElseThrow().steps().get(3).cpuTime().orElseThrow().seconds())
                .isCloseTo(0.108, within(1e-12));
        Sweep sweep = Sweep.run(evaluator("lambda"), profile, SweepVariable.DURATION, 1.2016, 24.032, 6);
        double[] lambda = sweep.points().stream().mapToDouble(p -> p.costs().get("lambda").getAsDouble()).toArray();
        for (int i = 1; i < lambda.length; i++) {
            assertThat(lambda[i]).as("point " + i).isGreaterThan(lambda[i - 1]);
        }
    }

    /**
     * A pipeline's cpu_time is its steps' sum (rag-pipeline: 20 + 30 + 30 + 350 × 1.02 = 437 ms). Swept, each step
     * burns its share of the new sum, within its own mean; left alone, Lambda's step functions kept their CPU and
     * their cost stayed flat along the axis.
     */
    @Test
    void aPipelinesCpuTimeIsSharedByItsSteps() {
        Profile profile = new ProfileLoader().load(List.of(Path.of("profiles/rag-pipeline.yaml"))).get(0);
        Profile twice = SweepVariable.CPU_TIME.apply(profile, 0.874);
        List<dev.costfit.profile.PipelineStep> steps = twice.glue().pipeline().orElseThrow().steps();
        assertThat(steps.stream().map(s -> s.cpuTime().orElseThrow().seconds()).toList())
                .satisfiesExactly(c -> assertThat(c).isCloseTo(0.040, within(1e-12)),
                        c -> assertThat(c).isCloseTo(0.060, within(1e-12)),
                        c -> assertThat(c).isCloseTo(0.060, within(1e-12)),
                        c -> assertThat(c).isCloseTo(0.700, within(1e-12)));
        assertThat(twice.cpuTime().seconds()).isCloseTo(0.874, within(1e-12));
        // Fifty times: embed's share (20 of 437 ms) would be 1 s, beyond its 400 ms mean, which caps it.
        Profile fifty = SweepVariable.CPU_TIME.apply(profile, 21.85);
        assertThat(fifty.glue().pipeline().orElseThrow().steps().get(0).cpuTime().orElseThrow().seconds())
                .isCloseTo(0.4, within(1e-12));
        Sweep sweep = Sweep.run(evaluator("lambda"), profile, SweepVariable.CPU_TIME, 0.0437, 4.37, 6);
        double[] lambda = sweep.points().stream().mapToDouble(p -> p.costs().get("lambda").getAsDouble()).toArray();
        assertThat(lambda[lambda.length - 1]).isGreaterThan(lambda[0]);
        for (int i = 1; i < lambda.length; i++) {
            assertThat(lambda[i]).as("point " + i).isGreaterThanOrEqualTo(lambda[i - 1]);
        }
    }

    /**
     * Concurrency is swept over distinct whole numbers only: 60 points from 1 to 160 step 159/59 = 2.695 and are
     * rounded (1, 3.69 -> 4, 6.39 -> 6, ..., 11.78 -> 12 at the fifth), and a range of five whole numbers has five
     * points, not 60 of which most would repeat one.
     */
    @Test
    void concurrencyPointsAreDistinctWholeNumbers() {
        double[] wide = Sweep.values(SweepVariable.CONCURRENCY, 1, 160, 60);
        assertThat(wide).hasSize(60).startsWith(1, 4, 6, 9, 12).endsWith(160);
        assertThat(java.util.Arrays.stream(wide).distinct().count()).isEqualTo(60);
        assertThat(java.util.Arrays.stream(wide).allMatch(v -> v == Math.rint(v))).isTrue();
        assertThat(Sweep.values(SweepVariable.CONCURRENCY, 1, 5, 60)).containsExactly(1, 2, 3, 4, 5);
        assertThat(Sweep.values(SweepVariable.CONCURRENCY, 1.2, 3.9, 60)).containsExactly(2, 3);
        // Other inputs keep their spacing: memory 128 to 512 MB in 4 points, 128 MB apart.
        assertThat(Sweep.values(SweepVariable.MEMORY, 128, 512, 4)).containsExactly(128, 256, 384, 512);
    }

    /** A whole-number bisection ends on neighbouring whole numbers however large they are (not within 0.1%). */
    @Test
    void aWholeNumberCrossingIsFoundBetweenNeighbours() {
        Bisection.Bracket<String> b = Bisection.narrow(new Bisection.Bracket<>(1, "low", 10_000, "high"),
                v -> v < 7_777 ? "low" : "high", s -> s, Bisection.Scale.WHOLE, true);
        assertThat(b.low()).isEqualTo(7_776);
        assertThat(b.high()).isEqualTo(7_777);
    }

    /**
     * The chat API along its concurrency: each crossing is at a whole number c where the platform it names is
     * cheapest, and the one before it is cheapest at c - 1, each checked by pricing the profile at that concurrency
     * on its own. (The fractional points once put Amazon EKS's end at 3.69, where Fargate is already cheaper at 3.)
     */
    @Test
    void concurrencyCrossingsAreAtTheFirstWholeNumberOfTheNextPlatform() {
        Profile profile = new ProfileLoader().load(List.of(Path.of("profiles/chat-api.yaml"))).get(0);
        Evaluator evaluator = evaluator();
        Sweep sweep = Sweep.run(evaluator, profile, SweepVariable.CONCURRENCY, 1, 160, 60);
        assertThat(sweep.crossovers()).isNotEmpty();
        for (Sweep.Crossover c : sweep.crossovers()) {
            assertThat(c.value()).isEqualTo(Math.rint(c.value()));
            assertThat(cheapestAt(evaluator, profile, c.value())).isEqualTo(c.to());
            assertThat(cheapestAt(evaluator, profile, c.value() - 1)).isEqualTo(c.from());
        }
        assertThat(sweep.crossovers()).extracting(Sweep.Crossover::to).contains("fargate");
    }

    private static String cheapestAt(Evaluator evaluator, Profile profile, double concurrency) {
        return Sweep.assessed(evaluator, profile.withConcurrency((int) concurrency), concurrency).point().cheapest();
    }

    /** A job's tasks take concurrency_per_instance only on Lambda Managed Instances: elsewhere the sweep is flat. */
    @Test
    void aJobsConcurrencySweepIsFlatWithoutLambdaManagedInstances() {
        Profile job = TestProfiles.parse("kind: job\nname: light\nregion: us-east-1\nruntime: python\n"
                + "schedule: {runs: 30/month, tasks: 200, duration: 5min}\ncpu_time: 5s\nmemory: 512MB\n");
        Sweep containers = Sweep.run(evaluator("fargate", "eks"), job, SweepVariable.CONCURRENCY, 1, 10, 10);
        assertThat(containers.flat()).isTrue();
        assertThat(SweepVariable.CONCURRENCY.flatOnJob(job, containers.flat())).isPresent();
        // 200 tasks at once, one request slot each: more environments at concurrency 1 than at 10.
        Sweep lmi = Sweep.run(evaluator("lambda-managed-instances"), job, SweepVariable.CONCURRENCY, 1, 10, 10);
        assertThat(lmi.flat()).isFalse();
        assertThat(SweepVariable.CONCURRENCY.flatOnJob(job, lmi.flat())).isEmpty();
        assertThat(SweepVariable.MEMORY.flatOnJob(job, true)).isEmpty();
    }

    @Test
    void concurrencyIsSweptInWholeRequests() {
        Profile profile = new ProfileLoader().load(List.of(Path.of("profiles/chat-api.yaml"))).get(0);
        Sweep sweep = Sweep.run(evaluator(), profile, SweepVariable.CONCURRENCY, 1, 40, 12);
        for (Sweep.Crossover c : sweep.crossovers()) {
            // The crossing lies between two neighbouring whole numbers; it is reported at the upper one.
            assertThat(SweepVariable.CONCURRENCY.apply(profile, c.value()).concurrencyPerInstance())
                    .isBetween(1, 40);
        }
        // Lambda serves one request per environment whatever the setting: its cost does not move.
        assertThat(sweep.points().stream().mapToDouble(p -> p.costs().get("lambda").getAsDouble()).distinct()
                .count()).isEqualTo(1);
    }
}
