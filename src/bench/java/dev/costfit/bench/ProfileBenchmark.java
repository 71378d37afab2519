package dev.costfit.bench;

import dev.costfit.platform.Platforms;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommender;
import dev.costfit.recommend.SweepVariable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13's per-profile targets on the chat API profile (profiles/chat-api.yaml): `recommend` with its break-even
 * search, and the 60 × 40 rate × duration map, warm and once in a fresh JVM started like the launcher. Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Djmh="ProfileBenchmark"} (README, "Performance").
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProfileBenchmark {

    private Evaluator evaluator;
    private Profile chat;
    private MapAxis rates;
    private MapAxis durations;

    @Setup
    public void load() {
        evaluator = new Evaluator(Platforms.all(), new PricingContext(new CatalogLoader().embedded(), false),
                new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
        chat = new ProfileLoader().load(List.of(Path.of("profiles/chat-api.yaml"))).get(0);
        SweepVariable.Range x = SweepVariable.RATE.defaultRange(chat);
        SweepVariable.Range y = SweepVariable.DURATION.defaultRange(chat);
        rates = MapAxis.of(SweepVariable.RATE, x.from(), x.to(), 60);
        durations = MapAxis.of(SweepVariable.DURATION, y.from(), y.to(), 40);
    }

    /** `recommend` of one profile: every platform, the ranking, the reasons and the break-even search. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    // The optimising compiler settles only after some 12 s here (warm-up iterations of 13, 3.9, 2.6, 2.1, 1.8 and
    // 1.7 ms, then 1.5-1.6 ms, on 2026-12-05): three warm-ups of 2 s measured compilation, with errors larger than
    // the score.
    @Warmup(iterations = 8, time = 2)
    @Measurement(iterations = 5, time = 2)
    public ProfileResult recommendWarm() {
        return evaluator.evaluate(chat);
    }

    /** Which map: as `costfit map` draws it (each cell's cheapest), or with every cost as CSV and JSON list it. */
    @State(Scope.Benchmark)
    public static class MapKind {
        @Param({"false", "true"})
        boolean everyCost;
    }

    /** The 60 × 40 rate × duration map, steady state, of each kind. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public DecisionMap mapWarm(MapKind kind) {
        return DecisionMap.draw(evaluator, chat, rates, durations, kind.everyCost);
    }

    /** The drawn map once in a fresh JVM started as ./costfit starts it: the engine time `costfit map` sees. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 5, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DecisionMap mapCold() {
        return DecisionMap.draw(evaluator, chat, rates, durations, false);
    }
}
