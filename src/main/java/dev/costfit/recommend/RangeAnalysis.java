package dev.costfit.recommend;

import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Estimate;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Ranges;
import dev.costfit.profile.Workload;
import dev.costfit.units.Quantity;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A seeded Monte Carlo over the ranges a profile states: each scenario draws every ranged field independently from
 * a {@link Triangular} distribution over (low, expected, high), is priced on every platform through the cost-only
 * path sweeps and maps use, and counts which platform is cheapest and which is recommended. The draws are made in
 * one sequence from the seed before any scenario is priced, so the result is the same for a seed whatever the
 * number of threads.
 *
 * @param varied      the fields sampled, as the profile spells them
 * @param spreads     each platform's monthly cost over the scenarios where it fits and is priced, in report order
 * @param cheapest    scenarios in which each platform is the cheapest ({@link Sweep#NONE} where nothing fits)
 * @param recommended scenarios in which each platform is the recommendation
 */
public record RangeAnalysis(long seed, int scenarios, List<String> varied, List<Spread> spreads,
                            Map<String, Integer> cheapest, Map<String, Integer> recommended,
                            Map<String, String> names) {

    /** The distribution, in words, for reports. */
    public static final String DISTRIBUTION = "triangular";
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_SCENARIOS = 1000;

    public RangeAnalysis {
        varied = List.copyOf(varied);
        spreads = List.copyOf(spreads);
        cheapest = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cheapest));
        recommended = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(recommended));
        names = Map.copyOf(names);
    }

    /**
     * One platform's monthly cost across the scenarios: P10, P50 and P90 by nearest rank (the value at rank
     * ⌈p·n⌉ of the n sorted costs, so every figure is one a scenario produced), empty where it never fits.
     */
    public record Spread(String platform, int fits, OptionalDouble p10, OptionalDouble p50, OptionalDouble p90) {}

    public String name(String id) {
        return names.getOrDefault(id, "no platform");
    }

    /** Runs {@code scenarios} scenarios of the profile's ranges from {@code seed}. */
    public static RangeAnalysis run(Evaluator evaluator, Profile profile, long seed, int scenarios) {
        if (scenarios < 1) {
            throw new IllegalArgumentException("scenarios must be at least 1: " + scenarios);
        }
        Ranges ranges = profile.ranges();
        SplittableRandom random = new SplittableRandom(seed);
        // Draws in a fixed order (rate, duration, cpu_time), scenario by scenario, before any pricing.
        double[][] draws = new double[scenarios][3];
        for (double[] draw : draws) {
            draw[0] = sample(ranges.rate(), random);
            draw[1] = sample(ranges.meanDuration(), random);
            draw[2] = sample(ranges.cpuTime(), random);
        }
        List<Sweep.Evaluated> evaluated = IntStream.range(0, scenarios).parallel()
                .mapToObj(i -> Sweep.assessed(evaluator, scenario(profile, draws[i]), i)).toList();
        Map<String, String> names = new LinkedHashMap<>();
        evaluated.forEach(e -> names.putAll(e.names()));
        List<Spread> spreads = new ArrayList<>();
        for (String platform : names.keySet()) {
            double[] costs = evaluated.stream().map(e -> e.point().cost(platform)).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).sorted().toArray();
            spreads.add(new Spread(platform, costs.length, percentile(costs, 0.10), percentile(costs, 0.50),
                    percentile(costs, 0.90)));
        }
        return new RangeAnalysis(seed, scenarios, variedFields(ranges), spreads,
                tally(evaluated, Sweep.Point::cheapest), tally(evaluated, Sweep.Point::recommended), names);
    }

    /** The profile at one scenario's draws: each ranged field set, the rest as stated. */
    static Profile scenario(Profile profile, double[] draw) {
        Ranges ranges = profile.ranges();
        Profile out = profile;
        if (ranges.rate().isPresent()) {
            out = BreakEven.atRate(out, draw[0]);
        }
        if (ranges.meanDuration().isPresent()) {
            out = withMeanDuration(out, draw[1]);
        }
        if (ranges.cpuTime().isPresent()) {
            out = out.withCpuTime(TimeSpan.ofSeconds(draw[2]));
        }
        return out;
    }

    /**
     * The mean duration set, the stated percentiles scaled with it (the same shape), the timeout kept: a range of
     * the mean is uncertainty about the work, not a change of the team's timeout setting. A defaulted cpu_time is
     * the whole request and follows it.
     */
    private static Profile withMeanDuration(Profile profile, double seconds) {
        Workload.Service service = (Workload.Service) profile.workload();
        DurationProfile d = service.duration();
        double ratio = seconds / d.mean().seconds();
        DurationProfile scaled = new DurationProfile(TimeSpan.ofSeconds(seconds), scale(d.p50(), ratio),
                scale(d.p95(), ratio), scale(d.p99(), ratio), scale(d.max(), ratio));
        TimeSpan cpu = profile.cpuTimeDefaulted() ? TimeSpan.ofSeconds(seconds) : profile.cpuTime();
        return profile.withTiming(new Workload.Service(service.traffic(), scaled), cpu, profile.timeout());
    }

    private static Optional<TimeSpan> scale(Optional<TimeSpan> value, double ratio) {
        return ratio == 1 ? value : value.map(t -> TimeSpan.ofSeconds(t.seconds() * ratio));
    }

    /** A draw from the range in its base unit (per second, seconds); 0 where the field is not ranged. */
    private static double sample(Optional<? extends Estimate<? extends Quantity>> range, SplittableRandom random) {
        if (range.isEmpty()) {
            return 0;
        }
        Estimate<? extends Quantity> e = range.get();
        return new Triangular(e.low().magnitude(), e.expected().magnitude(), e.high().magnitude())
                .quantile(random.nextDouble());
    }

    /** The nearest-rank percentile of sorted values, empty for none. */
    static OptionalDouble percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        int rank = (int) Math.ceil(p * sorted.length - 1e-9);
        return OptionalDouble.of(sorted[Math.max(0, rank - 1)]);
    }

    private static Map<String, Integer> tally(List<Sweep.Evaluated> evaluated,
                                              java.util.function.Function<Sweep.Point, String> which) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        evaluated.forEach(e -> counts.merge(which.apply(e.point()), 1, Integer::sum));
        // Most scenarios first; ties in the order first seen.
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        Map<String, Integer> out = new LinkedHashMap<>();
        sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static List<String> variedFields(Ranges ranges) {
        List<String> out = new ArrayList<>();
        ranges.rate().ifPresent(r -> out.add("traffic.rate"));
        ranges.meanDuration().ifPresent(r -> out.add("duration.mean"));
        ranges.cpuTime().ifPresent(r -> out.add("cpu_time"));
        return out;
    }

    /** The share of scenarios a count is, 0 to 1. */
    public double share(int count) {
        return count / (double) scenarios;
    }
}
