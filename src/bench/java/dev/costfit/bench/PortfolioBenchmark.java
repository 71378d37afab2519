package dev.costfit.bench;

import dev.costfit.platform.Platforms;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommender;
import dev.costfit.report.JsonLinesReport;
import dev.costfit.testing.PortfolioGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where a portfolio's time per profile goes, warm, one thread: issue 13's binding target is 100,000 generated
 * profiles in 30 s on 2 cores, about 0.6 ms of core time a profile with its reading and output. Each benchmark runs
 * over the same {@value #PROFILES} generated profiles ({@link PortfolioGenerator}, seed 1, the first profiles of
 * `bench/portfolio.sh`) and scores one profile: reading its YAML, assessing every platform at its own rate as the
 * report shows it, the same with the break-even search (`recommend`'s whole engine), and writing its JSON line.
 * Run with {@code mvn -q -Pbench test-compile exec:exec -Djmh="PortfolioBenchmark"}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class PortfolioBenchmark {

    static final int PROFILES = 200;

    private final ProfileLoader loader = new ProfileLoader();
    private final JsonLinesReport jsonl = new JsonLinesReport();
    private List<String> yaml;
    private List<Profile> profiles;
    private List<ProfileResult> results;
    private Evaluator evaluator;

    @Setup
    public void generate() {
        PortfolioGenerator generator = new PortfolioGenerator(1);
        yaml = new ArrayList<>();
        profiles = new ArrayList<>();
        for (int i = 1; i <= PROFILES; i++) {
            String name = PortfolioGenerator.nameOf(i);
            yaml.add(generator.next(name));
            profiles.addAll(loader.parse(name + ".yaml", yaml.get(i - 1)));
        }
        evaluator = new Evaluator(Platforms.all(), new PricingContext(new CatalogLoader().embedded(), false),
                new Recommender(Recommender.DEFAULT_SIMPLICITY_MARGIN));
        results = profiles.stream().map(evaluator::evaluate).toList();
    }

    /** A profile's YAML read into a profile. */
    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public void read(Blackhole out) {
        for (int i = 0; i < PROFILES; i++) {
            out.consume(loader.parse("p.yaml", yaml.get(i)));
        }
    }

    /** Every platform at the profile's own rate, as the report shows it, without the break-even search. */
    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public void ownRate(Blackhole out) {
        for (Profile p : profiles) {
            out.consume(evaluator.evaluate(p, false));
        }
    }

    /** `recommend`'s engine: the above and the break-even search. */
    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public void recommend(Blackhole out) {
        for (Profile p : profiles) {
            out.consume(evaluator.evaluate(p));
        }
    }

    /** A profile's line of `--format jsonl`. */
    @Benchmark
    @OperationsPerInvocation(PROFILES)
    public void jsonLine(Blackhole out) {
        for (ProfileResult r : results) {
            out.consume(jsonl.recommend(null, List.of(r)));
        }
    }
}
