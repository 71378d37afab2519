package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A profile evaluated at many values of one input, every platform at every point, through the same engine as
 * `recommend`; the crossovers are where the cheapest platform that fits changes, refined by bisection to 0.1%.
 */
public record Sweep(Profile profile, SweepVariable variable, List<Point> points, List<Crossover> crossovers,
                    List<String> platforms, Map<String, String> names) {

    /** The "platform" cheapest where nothing fits. */
    public static final String NONE = "none";

    /** One value: each platform's monthly cost (empty where it does not fit), the cheapest and the recommended. */
    public record Point(double value, Map<String, OptionalDouble> costs, String cheapest, String recommended) {

        /** A platform's monthly cost here, empty where it does not fit (or was not assessed). */
        public OptionalDouble cost(String platform) {
            return costs.getOrDefault(platform, OptionalDouble.empty());
        }
    }

    /** Where the cheapest platform goes from {@code from} (below) to {@code to} (above), and the costs there. */
    public record Crossover(double value, String from, String to, Map<String, OptionalDouble> costs) {}

    /**
     * Points from {@code from} to {@code to} at which the cheapest platform was within {@link BreakEven#CLOSE} of
     * changing: another platform cost less than 5% more ({@link #closeAt}). {@code platforms} are those that did at
     * some point of the run, the cheapest included, in the sweep's order.
     */
    public record Close(double from, double to, List<String> platforms) {

        public Close {
            platforms = List.copyOf(platforms);
        }
    }

    public Sweep {
        points = List.copyOf(points);
        crossovers = List.copyOf(crossovers);
        platforms = List.copyOf(platforms);
        names = Map.copyOf(names);
    }

    /**
     * Evaluates {@code count} points from {@code from} to {@code to} (log-spaced for the rate; distinct whole numbers
     * for a whole input, fewer where the range holds fewer), then refines every change of the cheapest platform.
     * Points are independent, so they are evaluated in parallel: the engine is pure.
     */
    public static Sweep run(Evaluator evaluator, Profile profile, SweepVariable variable, double from, double to,
                            int count) {
        double[] values = values(variable, from, to, count);
        List<Evaluated> evaluated = Arrays.stream(values).parallel()
                .mapToObj(value -> evaluate(evaluator, profile, variable, value)).toList();
        List<Crossover> crossovers = IntStream.range(1, evaluated.size()).parallel()
                .filter(i -> !evaluated.get(i - 1).point().cheapest().equals(evaluated.get(i).point().cheapest()))
                .mapToObj(i -> refine(evaluator, profile, variable, evaluated.get(i - 1).point(),
                        evaluated.get(i).point()))
                .flatMap(List::stream).toList();
        Map<String, String> names = new LinkedHashMap<>();
        evaluated.forEach(e -> names.putAll(e.names()));
        return new Sweep(profile, variable, evaluated.stream().map(Evaluated::point).toList(), crossovers,
                List.copyOf(names.keySet()), names);
    }

    /**
     * The values a sweep evaluates: {@code count} spaced from {@code from} to {@code to}; for a whole input, the whole
     * numbers of the range, rounded from that spacing (distinct, as the step is then more than 1), or all of them
     * where the range holds no more than {@code count}: a point at 1.5 requests would be priced at 2 and labelled
     * 1.5, and a crossing between two such points placed between whole numbers no profile could state.
     */
    static double[] values(SweepVariable variable, double from, double to, int count) {
        if (!variable.whole()) {
            return IntStream.range(0, count).mapToDouble(i -> {
                double t = count == 1 ? 0 : i / (double) (count - 1);
                return variable.logarithmic() ? from * Math.pow(to / from, t) : from + (to - from) * t;
            }).toArray();
        }
        double low = Math.ceil(from);
        double high = Math.floor(to);
        if (!(high >= low)) {
            throw new IllegalArgumentException("no whole number from " + from + " to " + to);
        }
        if (high - low + 1 <= count) {
            return IntStream.rangeClosed(0, (int) (high - low)).mapToDouble(i -> low + i).toArray();
        }
        return IntStream.range(0, count).mapToDouble(i -> Math.rint(low + (high - low) * i / (count - 1)))
                .distinct().toArray();
    }

    /**
     * Whether no platform's outcome changes along the sweep: every point holds the first one's costs (a job swept
     * along the concurrency where no platform priced reads it, say).
     */
    public boolean flat() {
        return points.stream().allMatch(p -> p.costs().equals(points.get(0).costs()));
    }

    /**
     * A point, the display names of the platforms assessed there, and the cost every platform has alike (the LLM
     * tokens), empty where no platform fits.
     */
    record Evaluated(Point point, Map<String, String> names, OptionalDouble shared) {}

    private static Evaluated evaluate(Evaluator evaluator, Profile profile, SweepVariable variable, double value) {
        return assessed(evaluator, variable.apply(profile, value), value);
    }

    /**
     * Every platform on a profile, cost only ({@link Evaluator#assessForSearch}): each one's monthly cost, the
     * cheapest and the recommended; {@code value} labels the point.
     */
    static Evaluated assessed(Evaluator evaluator, Profile varied, double value) {
        List<Assessment> assessments = evaluator.assessForSearch(varied);
        Map<String, OptionalDouble> costs = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            names.put(a.platform(), a.platformName());
            costs.put(a.platform(), a.usable() ? OptionalDouble.of(a.platformCost()) : OptionalDouble.empty());
        }
        String cheapest = costs.entrySet().stream().filter(e -> e.getValue().isPresent())
                .min(Comparator.comparingDouble(e -> e.getValue().getAsDouble()))
                .map(Map.Entry::getKey).orElse(NONE);
        OptionalDouble shared = assessments.stream().filter(Assessment::usable).findFirst()
                .map(a -> OptionalDouble.of(a.sharedCost())).orElse(OptionalDouble.empty());
        return new Evaluated(new Point(value, costs, cheapest, evaluator.choose(assessments).id()), names, shared);
    }

    /**
     * Bisects between two points with different cheapest platforms until they are 0.1% apart; if a third platform
     * is cheapest in between, its own crossing to the upper point is refined too.
     */
    private static List<Crossover> refine(Evaluator evaluator, Profile profile, SweepVariable variable, Point low,
                                          Point high) {
        Bisection.Scale scale = variable.whole() ? Bisection.Scale.WHOLE
                : variable.logarithmic() ? Bisection.Scale.LOG : Bisection.Scale.LINEAR;
        List<Crossover> out = new ArrayList<>();
        Point from = low;
        while (true) {
            Bisection.Bracket<Point> b = Bisection.narrow(new Bisection.Bracket<>(from.value(), from, high.value(),
                    high), v -> evaluate(evaluator, profile, variable, v).point(), Point::cheapest, scale, true);
            out.add(new Crossover(b.high(), b.atLow().cheapest(), b.atHigh().cheapest(), b.atHigh().costs()));
            if (b.atHigh() == high || b.atHigh().cheapest().equals(high.cheapest())) {
                return out;
            }
            from = b.atHigh();
        }
    }

    public String name(String id) {
        return names.getOrDefault(id, "no platform");
    }

    /**
     * Where the cheapest platform was close to changing along the sweep: each run of consecutive points at which it
     * was ({@link #closeAt}) — two or more, or one alone where its neighbours have the same cheapest platform. Whole
     * tasks and nodes step the containers' costs, so where two platforms stay that close the cheapest can change
     * back and forth between the points sampled (the document summarizer's AWS Fargate and Amazon EKS, a few per
     * cent apart over decades of rate at some CPU targets, trade places in narrow bands), and the crossovers
     * found between points that differ are then some of many. One close point beside a crossover is only where the
     * costs meet, and is not a run; one between points whose cheapest is its own is where they nearly did.
     */
    public List<Close> closeRuns() {
        List<List<String>> closeAt = points.stream().map(Sweep::closeAt).toList();
        List<Close> runs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (closeAt.get(i).isEmpty()) {
                continue;
            }
            int end = i;
            while (end + 1 < points.size() && !closeAt.get(end + 1).isEmpty()) {
                end++;
            }
            if (end > i || sameCheapestAround(i)) {
                Set<String> close = new HashSet<>();
                for (int k = i; k <= end; k++) {
                    close.addAll(closeAt.get(k));
                }
                runs.add(new Close(points.get(i).value(), points.get(end).value(),
                        platforms.stream().filter(close::contains).toList()));
            }
            i = end;
        }
        return runs;
    }

    private boolean sameCheapestAround(int i) {
        String cheapest = points.get(i).cheapest();
        return (i == 0 || points.get(i - 1).cheapest().equals(cheapest))
                && (i + 1 == points.size() || points.get(i + 1).cheapest().equals(cheapest));
    }

    /**
     * The platforms that fit at a point and cost less than {@link BreakEven#CLOSE} more than the cheapest, as a
     * log factor (ln(cost / cheapest) &lt; 0.05, as a recommendation's slack is counted): the cheapest and those,
     * where there are any; empty where the cheapest is 5% or more ahead of every other, or nothing fits.
     */
    static List<String> closeAt(Point point) {
        if (point.cheapest().equals(NONE)) {
            return List.of();
        }
        double cheapest = point.cost(point.cheapest()).getAsDouble();
        List<String> close = new ArrayList<>();
        point.costs().forEach((id, cost) -> {
            if (cost.isPresent() && (cost.getAsDouble() == cheapest
                    || cheapest > 0 && Math.log(cost.getAsDouble() / cheapest) < BreakEven.CLOSE)) {
                close.add(id);
            }
        });
        return close.size() > 1 ? close : List.of();
    }
}
