package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.profile.Profile;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A profile evaluated at every cell of a grid over two of its inputs, the 2-D form of a {@link Sweep}: each cell
 * holds every platform's monthly cost there and the cheapest platform that fits, so that the regions where each
 * platform wins can be drawn. The profile is varied exactly as a sweep varies it ({@link SweepVariable#apply}).
 *
 * @param cells       row by row from the lowest y, each row from the lowest x
 * @param itself      the profile at its own values, assessed as a cell is: what the map says of it exactly, where
 *                    the nearest cell is only near
 * @param recommended the platform `recommend` chooses for the profile ({@link Sweep#NONE} if none fits): the
 *                    cheapest, or a simpler one within the simplicity margin
 * @param platforms   the ids of the platforms assessed, in report order
 * @param evaluations how many profiles the engine assessed: each distinct cell once (whole-number axes can repeat
 *                    a value), and the profile itself
 * @param everyCost   whether each cell holds every platform's outcome (what CSV and JSON list); without, a cell
 *                    holds only the platforms that could be its cheapest, which is all a drawing shows
 */
public record DecisionMap(Profile profile, MapAxis x, MapAxis y, List<MapCell> cells, MapCell itself,
                          String recommended, List<String> platforms, Map<String, String> names, int evaluations,
                          boolean everyCost) {

    public DecisionMap {
        if (x.variable() == y.variable()) {
            throw new IllegalArgumentException("a map varies two different inputs");
        }
        cells = List.copyOf(cells);
        platforms = List.copyOf(platforms);
        names = Map.copyOf(names);
    }

    /** {@link #draw(Evaluator, Profile, MapAxis, MapAxis, boolean)} with every platform's cost in every cell. */
    public static DecisionMap draw(Evaluator evaluator, Profile profile, MapAxis x, MapAxis y) {
        return draw(evaluator, profile, x, y, true);
    }

    /**
     * Assesses the platforms at every distinct cell, cost only ({@link Evaluator#assessForSearch}), rows in
     * parallel, each row keeping what its cells share ({@link Evaluator#assessingForOneSearch}): the engine is
     * pure, and the result does not depend on the order the rows finish in. The profile at its own values is
     * assessed once more, the same way, every platform.
     *
     * @param everyCost every platform in every cell; else only those that could be a cell's cheapest
     *                  ({@link Evaluator#contendersForOneRow}), which gives each cell the same cheapest platform and
     *                  state for less work: a drawing needs no more
     */
    public static DecisionMap draw(Evaluator evaluator, Profile profile, MapAxis x, MapAxis y, boolean everyCost) {
        double[] xs = distinct(x);
        double[] ys = distinct(y);
        List<Row> rows = IntStream.range(0, ys.length).parallel().mapToObj(j -> {
            // A row, one thread; its cells in ascending x, so that along the rate each bounds the next.
            Function<Profile, List<Assessment>> assessing = everyCost ? evaluator.assessingForOneSearch()
                    : evaluator.contendersForOneRow(x.variable() == SweepVariable.RATE);
            return new Row(Arrays.stream(xs).mapToObj(xv -> assess(assessing, profile, x, xv, y, ys[j])).toList());
        }).toList();
        List<Assessment> own = evaluator.assessForSearch(profile);
        Assessed itself = cell(own, x.variable().current(profile), y.variable().current(profile));
        Map<String, String> names = new LinkedHashMap<>(itself.names());
        rows.forEach(r -> r.cells().forEach(c -> names.putAll(c.names())));
        List<MapCell> cells = IntStream.range(0, y.count()).boxed().flatMap(j -> IntStream.range(0, x.count())
                .mapToObj(i -> rows.get(Arrays.binarySearch(ys, y.value(j))).cells()
                        .get(Arrays.binarySearch(xs, x.value(i))).cell())).toList();
        return new DecisionMap(profile, x, y, cells, itself.cell(), evaluator.choose(own).id(),
                List.copyOf(names.keySet()), names, xs.length * ys.length + 1, everyCost);
    }

    /** For a listing of every platform's cost (CSV, JSON): refused where the map assessed only the contenders. */
    public void requireEveryCost() {
        if (!everyCost) {
            throw new IllegalArgumentException("this map holds only each cell's contenders for the cheapest: "
                    + "draw it with every platform's cost to list them");
        }
    }

    /**
     * Whether no cell changes along {@code variable}'s axis: each row (or column) holds its first cell's outcomes
     * all the way along it.
     */
    public boolean flatAlong(SweepVariable variable) {
        boolean alongX = x.variable() == variable;
        if (!alongX && y.variable() != variable) {
            throw new IllegalArgumentException("the map does not vary " + variable.spelling());
        }
        return IntStream.range(0, x.count()).allMatch(i -> IntStream.range(0, y.count()).allMatch(j ->
                cell(i, j).platforms().equals((alongX ? cell(0, j) : cell(i, 0)).platforms())));
    }

    /** The cell in column {@code i} (from the lowest x) and row {@code j} (from the lowest y). */
    public MapCell cell(int i, int j) {
        return cells.get(j * x.count() + i);
    }

    /** A cell's place: its column (from the lowest x) and row (from the lowest y). */
    public record Spot(int column, int row) {}

    /** A point on the map in cell positions ({@link MapAxis#place}): cell (i, j)'s centre is (i, j). */
    public record Place(double x, double y) {}

    /**
     * Where the profile's own values lie, exactly, in cell positions, if both lie within the map: a drawing on
     * continuous axes marks it there, not at a cell's centre (halfway between two cells, a centre is half a cell
     * off, in a region the profile's own assessment may not share).
     */
    public Optional<Place> ownPlace() {
        return own().map(o -> new Place(x.place(x.variable().current(profile)),
                y.place(y.variable().current(profile))));
    }

    /**
     * The cell that holds the profile's own values ({@link MapAxis#cellOf}: on an edge, the lower cell), if both lie
     * within the map.
     */
    public Optional<Spot> own() {
        OptionalInt i = x.cellOf(x.variable().current(profile));
        OptionalInt j = y.cellOf(y.variable().current(profile));
        return i.isPresent() && j.isPresent() ? Optional.of(new Spot(i.getAsInt(), j.getAsInt())) : Optional.empty();
    }

    public String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** One assessed row, kept apart until every row is done. */
    private record Row(List<Assessed> cells) {}

    /** A cell and the display names of the platforms assessed in it. */
    private record Assessed(MapCell cell, Map<String, String> names) {}

    /** The axis's values, each once, ascending. */
    private static double[] distinct(MapAxis axis) {
        return IntStream.range(0, axis.count()).mapToDouble(axis::value).distinct().sorted().toArray();
    }

    /**
     * The profile with both values set, inputs applied in a fixed order (cpu_time last, as the duration may hold
     * it within itself), then every platform's verdict.
     */
    private static Assessed assess(Function<Profile, List<Assessment>> assessing, Profile profile, MapAxis x,
                                   double xv, MapAxis y, double yv) {
        boolean xFirst = x.variable().ordinal() < y.variable().ordinal();
        Profile varied = xFirst ? y.variable().apply(x.variable().apply(profile, xv), yv)
                : x.variable().apply(y.variable().apply(profile, yv), xv);
        if (!varied.consistent()) {
            return new Assessed(MapCell.notAProfile(xv, yv), Map.of());
        }
        return cell(assessing.apply(varied), xv, yv);
    }

    /** A cell from the platforms' assessments there: each one's verdict and cost. */
    private static Assessed cell(List<Assessment> assessments, double xv, double yv) {
        Map<String, MapCell.Outcome> outcomes = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            names.put(a.platform(), a.platformName());
            outcomes.put(a.platform(), !a.feasible() ? MapCell.Outcome.INFEASIBLE
                    : !a.priced() ? MapCell.Outcome.NOT_PRICED : MapCell.Outcome.priced(a.platformCost()));
        }
        return new Assessed(MapCell.of(xv, yv, outcomes), names);
    }
}
