package dev.costfit.recommend;

import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.Entry;
import dev.costfit.profile.Estimate;
import dev.costfit.profile.Llm;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileFormat;
import dev.costfit.profile.Ranges;
import dev.costfit.profile.ValueType;
import dev.costfit.profile.Workload;
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
 * number of threads; they are made field by field ({@link Varied}'s order), all scenarios' draws of one field
 * before the next field's, so a range added to a later field leaves the earlier fields' draws as they were and a
 * comparison of the two runs shows that field's effect alone.
 *
 * @param varied      the fields sampled, as the profile spells them
 * @param spreads     each platform's monthly cost over the scenarios where it fits and is priced, in report order
 * @param cheapest    scenarios in which each platform is the cheapest ({@link Sweep#NONE} where nothing fits)
 * @param recommended scenarios in which each platform is the recommendation
 * @param llmTokens   the LLM tokens' monthly cost across the scenarios where a platform fits, for a profile that
 *                    calls an LLM: the same on every platform, so left out of {@code spreads} as out of every
 *                    comparison, and shown beside them
 */
public record RangeAnalysis(long seed, int scenarios, List<String> varied, List<Spread> spreads,
                            Map<String, Integer> cheapest, Map<String, Integer> recommended,
                            Map<String, String> names, Optional<Band> llmTokens) {

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

    /** A cost over the {@code priced} scenarios that had one: P10, P50 and P90 by nearest rank, as for a Spread. */
    public record Band(int priced, double p10, double p50, double p90) {}

    /** The fields a scenario may vary, in the order they are drawn. */
    enum Varied {
        RATE(ProfileFormat.RATE), MEAN_DURATION(ProfileFormat.MEAN), CPU_TIME(ProfileFormat.CPU_TIME),
        INPUT_TOKENS(ProfileFormat.INPUT_TOKENS), OUTPUT_TOKENS(ProfileFormat.OUTPUT_TOKENS),
        LLM_CALLS(ProfileFormat.CALLS);

        private final Entry field;

        Varied(Entry field) {
            this.field = field;
        }

        /** The range the profile states for this field, if it states one. */
        Optional<? extends Estimate<?>> range(Ranges ranges) {
            return switch (this) {
                case RATE -> ranges.rate();
                case MEAN_DURATION -> ranges.meanDuration();
                case CPU_TIME -> ranges.cpuTime();
                case INPUT_TOKENS -> ranges.inputTokens();
                case OUTPUT_TOKENS -> ranges.outputTokens();
                case LLM_CALLS -> ranges.llmCalls();
            };
        }

        String path() {
            return field.path();
        }
    }

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
        // Draws field by field in Varied's order, every scenario's draw of one field before the next field's, all
        // before any pricing; a field without a range draws nothing.
        double[][] draws = new double[scenarios][Varied.values().length];
        for (Varied field : Varied.values()) {
            Optional<? extends Estimate<?>> range = field.range(ranges);
            for (double[] draw : draws) {
                draw[field.ordinal()] = sample(range, random);
            }
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
        double[] tokens = evaluated.stream().map(Sweep.Evaluated::shared).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).sorted().toArray();
        Optional<Band> llmTokens = profile.llm().isEmpty() || tokens.length == 0 ? Optional.empty()
                : Optional.of(new Band(tokens.length, percentile(tokens, 0.10).getAsDouble(),
                percentile(tokens, 0.50).getAsDouble(), percentile(tokens, 0.90).getAsDouble()));
        return new RangeAnalysis(seed, scenarios, variedFields(ranges), spreads,
                tally(evaluated, Sweep.Point::cheapest), tally(evaluated, Sweep.Point::recommended), names,
                llmTokens);
    }

    /** The profile at one scenario's draws: each ranged field set, the rest as stated. */
    static Profile scenario(Profile profile, double[] draw) {
        Ranges ranges = profile.ranges();
        Profile out = profile;
        if (ranges.rate().isPresent()) {
            out = BreakEven.atRate(out, draw[Varied.RATE.ordinal()]);
        }
        if (ranges.meanDuration().isPresent()) {
            out = withMeanDuration(out, draw[Varied.MEAN_DURATION.ordinal()]);
        }
        if (ranges.cpuTime().isPresent()) {
            out = out.withCpuTime(TimeSpan.ofSeconds(draw[Varied.CPU_TIME.ordinal()]));
        }
        if (out.llm().isPresent() && (ranges.inputTokens().isPresent() || ranges.outputTokens().isPresent()
                || ranges.llmCalls().isPresent())) {
            out = out.withLlm(withDraws(out.llm().get(), ranges, draw));
        }
        return out;
    }

    /**
     * The LLM calls at a scenario's draws. Tokens per call are whole numbers, so a drawn count is rounded to the
     * nearest token (at most half a token off, nothing against ranges of hundreds); calls per request may be a
     * fraction and are kept as drawn.
     */
    private static Llm withDraws(Llm llm, Ranges ranges, double[] draw) {
        long in = ranges.inputTokens().isPresent() ? Math.round(draw[Varied.INPUT_TOKENS.ordinal()])
                : llm.inputTokens();
        long out = ranges.outputTokens().isPresent() ? Math.round(draw[Varied.OUTPUT_TOKENS.ordinal()])
                : llm.outputTokens();
        double calls = ranges.llmCalls().isPresent() ? draw[Varied.LLM_CALLS.ordinal()] : llm.callsPerRequest();
        return llm.with(in, out, calls);
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

    /** A draw from the range in its base unit (per second, seconds, tokens); 0 where the field is not ranged. */
    private static double sample(Optional<? extends Estimate<?>> range, SplittableRandom random) {
        if (range.isEmpty()) {
            return 0;
        }
        Estimate<?> e = range.get();
        return new Triangular(ValueType.Ranged.magnitude(e.low()), ValueType.Ranged.magnitude(e.expected()),
                ValueType.Ranged.magnitude(e.high())).quantile(random.nextDouble());
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
        return java.util.Arrays.stream(Varied.values()).filter(f -> f.range(ranges).isPresent()).map(Varied::path)
                .toList();
    }

    /** The share of scenarios a count is, 0 to 1. */
    public double share(int count) {
        return count / (double) scenarios;
    }
}
