package dev.costfit.bench;

import dev.costfit.pricing.PricingContext;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommender;
import dev.costfit.recommend.Sweep;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's two heavy jobs on the sample profiles: `breakeven --vary rate` on the chat API (60 points and the
 * crossovers refined) and `recommend profiles/` (every platform, with the break-even search). Run with
 * {@code mvn -q -Pbench test-compile exec:exec} (README, "Performance").
 *
 * <p>Two views: {@code *Cold} is one call in a fresh JVM started as the ./costfit launcher starts it (C1 only,
 * serial GC) after the catalog and profiles are loaded: the engine time a command-line run sees. {@code *Warm} is
 * the steady state once compiled, for spotting regressions in the model itself.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {

    private Evaluator evaluator;
    private Profile chat;
    private List<Profile> samples;

    @Setup
    public void load() {
        evaluator = new Evaluator(Platforms.all(), new PricingContext(new CatalogLoader().embedded(), false),
                new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
        samples = new ProfileLoader().load(List.of(Path.of("profiles")));
        chat = samples.stream().filter(p -> p.name().equals("chat-api")).findFirst().orElseThrow();
    }

    private Sweep rateSweep() {
        SweepVariable.Range range = SweepVariable.RATE.defaultRange(chat);
        return Sweep.run(evaluator, chat, SweepVariable.RATE, range.from(), range.to(), 60);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 10, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Sweep breakevenChatRateCold() {
        return rateSweep();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(value = 1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Sweep breakevenChatRateWarm() {
        return rateSweep();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 10, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public List<ProfileResult> recommendSamplesCold() {
        return evaluator.evaluateAll(samples, true);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(value = 1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<ProfileResult> recommendSamplesWarm() {
        return evaluator.evaluateAll(samples, true);
    }
}
