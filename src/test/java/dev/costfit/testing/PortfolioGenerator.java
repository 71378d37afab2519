package dev.costfit.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded profiles of every shape a portfolio holds — LLM-calling services, CPU-bound APIs, GPU inference, queue
 * workers, scheduled jobs, pipelines of steps (some in parallel, on Step Functions or calling each other); every
 * traffic pattern, rate units from per second to per day, with and without CPU time, concurrency, latency SLOs,
 * private networking — written as one file each. The same seed gives the same files.
 * Used by the tests of portfolio runs and by {@code bench/portfolio.sh}:
 * {@code java -cp target/test-classes dev.costfit.testing.PortfolioGenerator COUNT SEED DIR}.
 */
public final class PortfolioGenerator {

    private static final String[] PATTERNS = {"flat", "business-hours", "diurnal", "spiky"};
    private static final String[] RUNTIMES = {"python", "node", "go", "java", "container"};
    private static final String[] MODELS = {"claude-3-5-haiku-20241022", "claude-sonnet-4"};

    private final SplittableRandom random;

    public PortfolioGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PortfolioGenerator COUNT SEED DIR");
            System.exit(2);
        }
        write(Integer.parseInt(args[0]), Long.parseLong(args[1]), Path.of(args[2]));
    }

    /** Writes {@code count} profiles into {@code dir} (created if missing) as p000001.yaml, p000002.yaml, … */
    public static void write(int count, long seed, Path dir) throws IOException {
        Files.createDirectories(dir);
        PortfolioGenerator generator = new PortfolioGenerator(seed);
        for (int i = 1; i <= count; i++) {
            String name = nameOf(i);
            Files.writeString(dir.resolve(name + ".yaml"), generator.next(name), StandardCharsets.UTF_8);
        }
    }

    /** The name and file name (without .yaml) of the {@code i}th profile written, from 1: p000001, … */
    public static String nameOf(int i) {
        return String.format(Locale.ROOT, "p%06d", i);
    }

    /** The next profile's YAML. */
    public String next(String name) {
        return switch (random.nextInt(12)) {
            case 0, 1 -> job(name);
            case 2, 3 -> gpu(name);
            case 4 -> pipeline(name);
            default -> service(name);
        };
    }

    private String service(String name) {
        StringBuilder y = head(name);
        boolean llm = random.nextInt(3) > 0;
        double meanSeconds = llm ? 2 + random.nextDouble() * 40 : 0.01 + random.nextDouble() * 2;
        y.append("traffic:\n  rate: ").append(rate()).append('\n');
        y.append("  pattern: ").append(PATTERNS[random.nextInt(PATTERNS.length)]).append('\n');
        if (random.nextBoolean()) {
            y.append("  burst: ").append(1 + random.nextInt(4)).append("x\n");
        }
        y.append("duration:\n  mean: ").append(ms(meanSeconds)).append('\n');
        if (random.nextBoolean()) {
            y.append("  p95: ").append(ms(meanSeconds * 2.5)).append('\n');
        }
        y.append("  max: ").append(ms(meanSeconds * 4)).append('\n');
        if (random.nextInt(4) > 0) {
            double cpu = meanSeconds * (llm ? 0.01 + random.nextDouble() * 0.1 : 0.1 + random.nextDouble() * 0.9);
            y.append("cpu_time: ").append(ms(cpu)).append('\n');
        }
        y.append("memory: ").append(128 << random.nextInt(6)).append("MB\n");
        y.append("timeout: ").append(ms(Math.min(900, meanSeconds * 6 + 1))).append('\n');
        if (random.nextBoolean()) {
            y.append("concurrency_per_instance: ").append(1 + random.nextInt(llm ? 80 : 20)).append('\n');
        }
        y.append("runtime: ").append(RUNTIMES[random.nextInt(RUNTIMES.length)]).append('\n');
        if (random.nextInt(4) == 0) {
            y.append("latency: {cold_start_budget: ").append(200 + random.nextInt(2000)).append("ms, cold_start_share: ")
                    .append(1 + random.nextInt(5)).append("%}\n");
        }
        if (random.nextInt(3) == 0) {
            y.append("network: {private: true}\n");
        }
        if (random.nextBoolean()) {
            y.append("payload: {request: ").append(1 + random.nextInt(64)).append("KB, response: ")
                    .append(1 + random.nextInt(256)).append("KB}\n");
        }
        if (llm) {
            y.append("llm: {model: ").append(MODELS[random.nextInt(MODELS.length)]).append(", input_tokens: ")
                    .append(200 + random.nextInt(8000)).append(", output_tokens: ").append(50 + random.nextInt(1000))
                    .append(", calls_per_request: ").append(1 + random.nextInt(4)).append("}\n");
        }
        return y.toString();
    }

    private static final String[] ORCHESTRATORS = {"step-functions-express", "step-functions-standard", "none"};

    /**
     * A request through two to four stages of steps, a stage now and then two steps at once: retrieval, tool calls
     * and an LLM's answer, as a RAG or agent pipeline runs them. Each step from 50 ms to 20 s, within Express's five
     * minutes whatever its retries.
     */
    private String pipeline(String name) {
        StringBuilder y = head(name);
        y.append("traffic:\n  rate: ").append(rate()).append('\n');
        y.append("  pattern: ").append(PATTERNS[random.nextInt(PATTERNS.length)]).append('\n');
        y.append("orchestrator: ").append(ORCHESTRATORS[random.nextInt(ORCHESTRATORS.length)]).append('\n');
        y.append("steps:\n");
        double path = 0;
        boolean parallel = false;
        int stages = 2 + random.nextInt(3);
        for (int s = 1; s <= stages; s++) {
            if (random.nextInt(4) == 0) {
                parallel = true;
                y.append("  - parallel:\n");
                double slowest = 0;
                for (int b = 1; b <= 2; b++) {
                    slowest = Math.max(slowest, step(y, "      - ", "s" + s + "b" + b));
                }
                path += slowest;
            } else {
                path += step(y, "  - ", "s" + s);
            }
        }
        if (parallel) {
            y.append("threads: 2\n"); // two steps at once burn CPU at once
        }
        y.append("memory: ").append(128 << random.nextInt(5)).append("MB\n");
        y.append("timeout: ").append(ms(Math.min(900, path * 4 + 5))).append('\n');
        if (random.nextBoolean()) {
            y.append("concurrency_per_instance: ").append(1 + random.nextInt(40)).append('\n');
        }
        y.append("runtime: ").append(RUNTIMES[random.nextInt(RUNTIMES.length)]).append('\n');
        if (random.nextBoolean()) {
            y.append("llm: {model: ").append(MODELS[random.nextInt(MODELS.length)]).append(", input_tokens: ")
                    .append(500 + random.nextInt(6000)).append(", output_tokens: ").append(50 + random.nextInt(800))
                    .append("}\n");
        }
        return y.toString();
    }

    /** One step, written after {@code indent}: its longest attempt's seconds, retries included. */
    private double step(StringBuilder y, String indent, String name) {
        double seconds = 0.05 + Math.pow(random.nextDouble(), 3) * 20;
        y.append(indent).append("{name: ").append(name).append(", duration: ").append(ms(seconds));
        if (random.nextBoolean()) {
            y.append(", cpu_time: ").append(ms(seconds * (0.01 + random.nextDouble() * 0.5)));
        }
        if (random.nextInt(3) == 0) {
            y.append(", memory: ").append(128 << random.nextInt(5)).append("MB");
        }
        double attempts = random.nextInt(4) == 0 ? 1.01 + random.nextInt(10) / 100.0 : 1;
        if (attempts > 1) {
            y.append(", attempts: ").append(attempts);
        }
        y.append(", output: ").append(1 + random.nextInt(64)).append("KB}\n");
        return seconds * Math.ceil(attempts);
    }

    private String gpu(String name) {
        StringBuilder y = head(name);
        y.append("traffic:\n  rate: ").append(1 + random.nextInt(100)).append("/s\n  pattern: ")
                .append(PATTERNS[random.nextInt(PATTERNS.length)]).append('\n');
        y.append("duration:\n  mean: ").append(50 + random.nextInt(400)).append("ms\n");
        y.append("memory: ").append(4 + random.nextInt(12)).append("GB\n");
        y.append("timeout: 30s\n");
        y.append("gpu: {count: 1, type: any}\n");
        y.append("concurrency_per_instance: ").append(1 + random.nextInt(16)).append('\n');
        y.append("runtime: container\n");
        return y.toString();
    }

    private String job(String name) {
        StringBuilder y = new StringBuilder("version: 1\nkind: job\nname: ").append(name).append("\nregion: us-east-1\n");
        y.append("schedule:\n  runs: ").append(1 + random.nextInt(60)).append(random.nextBoolean() ? "/month" : "/day")
                .append("\n  tasks: ").append(1 + random.nextInt(8)).append("\n  duration: ")
                .append(1 + random.nextInt(120)).append("min\n");
        y.append("memory: ").append(1 + random.nextInt(16)).append("GB\n");
        y.append("vcpu: ").append(1 + random.nextInt(4)).append('\n');
        y.append("runtime: ").append(RUNTIMES[random.nextInt(RUNTIMES.length)]).append('\n');
        return y.toString();
    }

    private StringBuilder head(String name) {
        return new StringBuilder("version: 1\nname: ").append(name).append("\nregion: us-east-1\n");
    }

    /** A rate from a few a day to a few thousand a second, in the unit a person would write it in. */
    private String rate() {
        double perSecond = Math.pow(10, -4 + random.nextDouble() * 7.5);
        if (perSecond >= 1) {
            return Math.round(perSecond) + "/s";
        }
        if (perSecond * 60 >= 1) {
            return Math.round(perSecond * 60) + "/min";
        }
        if (perSecond * 3600 >= 1) {
            return Math.round(perSecond * 3600) + "/h";
        }
        return Math.max(1, Math.round(perSecond * 86400)) + "/day";
    }

    private static String ms(double seconds) {
        return Math.max(1, Math.round(seconds * 1000)) + "ms";
    }
}
