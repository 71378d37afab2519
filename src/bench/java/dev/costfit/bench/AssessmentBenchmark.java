package dev.costfit.bench;

import dev.costfit.assessment.Assessment;
import dev.costfit.platform.Platform;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.recommend.BreakEven;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Issue 13's first target: assessments per second of one platform on the chat API profile
 * (profiles/chat-api.yaml), with a flat pattern and with its 168-hour business-hours week, as a report prices it
 * (every setting, for the trade-off table), as a search (break-even, map) prices it, and along a break-even scan's
 * rates as the search asks them. Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Djmh="AssessmentBenchmark"} (README, "Performance").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessmentBenchmark {

    @Param({"lambda", "lambda-managed-instances", "fargate", "eks", "cloud-functions-gen1", "cloud-functions-gen2"})
    public String platform;

    /** business-hours is a 168-hour week with two distinct loads; flat is one load all month. */
    @Param({"flat", "business-hours"})
    public String pattern;

    private PricingContext report;
    private PricingContext search;
    private Platform chosen;
    private Profile chat;
    /** The chat API profile at the 24 rates of a break-even scan, 3 a decade from 0.001/s. */
    private Profile[] scan;
    private PricingContext scanning;
    private int asked;

    @Setup
    public void load() throws IOException {
        report = new PricingContext(new CatalogLoader().embedded(), false);
        search = report.searching();
        chosen = Platforms.byId(platform).orElseThrow();
        String text = Files.readString(Path.of("profiles/chat-api.yaml"))
                .replace("pattern: business-hours", "pattern: " + pattern);
        chat = new ProfileLoader().parse("chat-api.yaml", text).get(0);
        scan = new Profile[24];
        for (int i = 0; i < scan.length; i++) {
            scan[i] = BreakEven.atRate(chat, BreakEven.LOWEST * Math.pow(10, i / 3.0));
        }
    }

    @Benchmark
    public Assessment assessReport() {
        return Platforms.assess(chosen, chat, report);
    }

    @Benchmark
    public Assessment assessSearch() {
        return Platforms.assess(chosen, chat, search);
    }

    /**
     * As a search asks: the profile at one rate after another of a scan, each scan with its own store of what its
     * rates share ({@link PricingContext#reusing}), as one profile's break-even search keeps it; the rate-free work
     * (node packings, task sizes, a runtime's checks) is done once a scan, not once an assessment.
     */
    @Benchmark
    public Assessment assessInScan() {
        int i = asked++ % scan.length;
        if (i == 0) {
            scanning = search.reusing();
        }
        return Platforms.assess(chosen, scan[i], scanning);
    }
}
