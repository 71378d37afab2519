package dev.costfit.report;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.MapCell;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A decision map read as regions: which regions it has and how much of it each covers (the legend), and where the
 * region changes along the profile's own row and column, in words — the same reading for every format.
 */
final class MapRegions {

    /** A region present on the map: its key (a platform id or a cell state), its name and its cell count. */
    record Region(String key, String label, int cells) {}

    /** A run of cells of one region along a line of the map, {@code first} to {@code last} inclusive. */
    record Stretch(String region, int first, int last) {}

    private final DecisionMap map;

    MapRegions(DecisionMap map) {
        this.map = map;
    }

    /** The regions present, platforms first in report order, then the cells without a cheapest platform. */
    List<Region> present() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        map.platforms().forEach(p -> counts.put(p, 0));
        for (MapCell.State s : List.of(MapCell.State.INFEASIBLE, MapCell.State.NOT_PRICED,
                MapCell.State.NOT_A_PROFILE)) {
            counts.put(s.key(), 0);
        }
        map.cells().forEach(c -> counts.merge(c.region(), 1, Integer::sum));
        List<Region> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            if (n > 0) {
                out.add(new Region(key, label(key), n));
            }
        });
        return out;
    }

    /**
     * A region's share of the map in whole per cent, as legends give it: "<1%" and ">99%" where rounding would say
     * 0% of a region that is there or 100% of a map it does not fill.
     */
    String share(Region region) {
        int total = map.cells().size();
        double percent = 100.0 * region.cells() / total;
        if (region.cells() > 0 && percent < 0.5) {
            return "<1%";
        }
        if (region.cells() < total && percent >= 99.5) {
            return ">99%";
        }
        return Numbers.grouped(percent, 0) + "%";
    }

    /** The platforms assessed that are cheapest nowhere on the map. */
    List<String> neverCheapest() {
        List<String> present = present().stream().map(Region::key).toList();
        return map.platforms().stream().filter(p -> !present.contains(p)).map(map::name).toList();
    }

    /** What a region is called in legends: the platform's name, or what the cells without one mean. */
    String label(String key) {
        if (key.equals(MapCell.State.INFEASIBLE.key())) {
            return "nothing fits";
        }
        if (key.equals(MapCell.State.NOT_PRICED.key())) {
            return "fits, not priced here";
        }
        if (key.equals(MapCell.State.NOT_A_PROFILE.key())) {
            return "not a valid profile";
        }
        return map.name(key);
    }

    /** The runs of one region along row {@code j} (a fixed y), from the lowest x. */
    List<Stretch> alongRow(int j) {
        return stretches(map.x().count(), i -> map.cell(i, j).region());
    }

    /** The runs of one region along column {@code i} (a fixed x), from the lowest y. */
    List<Stretch> alongColumn(int i) {
        return stretches(map.y().count(), j -> map.cell(i, j).region());
    }

    private static List<Stretch> stretches(int count, IntFunction<String> region) {
        List<Stretch> out = new ArrayList<>();
        int first = 0;
        for (int k = 1; k <= count; k++) {
            if (k == count || !region.apply(k).equals(region.apply(first))) {
                out.add(new Stretch(region.apply(first), first, k - 1));
                first = k;
            }
        }
        return out;
    }

    /**
     * The runs along a line in words, at the grid's resolution: "AWS Lambda up to 1.1/s, AWS Fargate from
     * 1.3/s to 310/s, Amazon EKS from 350/s" — a boundary lies between the last value of one and the first of the
     * next.
     */
    String inWords(List<Stretch> stretches, MapAxis axis) {
        if (stretches.size() == 1) {
            Stretch only = stretches.get(0);
            return label(only.region()) + " all the way from " + at(axis, axis.value(0)) + " to "
                    + at(axis, axis.value(axis.count() - 1));
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < stretches.size(); k++) {
            Stretch s = stretches.get(k);
            String where = k == 0 ? "up to " + at(axis, axis.value(s.last()))
                    : k == stretches.size() - 1 ? "from " + at(axis, axis.value(s.first()))
                    : s.first() == s.last() ? "at " + at(axis, axis.value(s.first()))
                    : "from " + at(axis, axis.value(s.first())) + " to " + at(axis, axis.value(s.last()));
            parts.add(label(s.region()) + " " + where);
        }
        return String.join(", ", parts);
    }

    /** The profile's cell in words: "AWS Fargate, $123.45 a month" or "nothing fits". */
    String cellInWords(MapCell cell) {
        return cell.cheapest().map(id -> map.name(id) + ", " + Money.format(cell.outcome(id).monthlyCost()
                .getAsDouble()) + " a month").orElse(label(cell.region()));
    }

    /** The unit an axis is read in: the one the profile's own value reads best in. */
    static SweepVariable.AxisUnit unit(DecisionMap map, MapAxis axis) {
        return unit(map.profile(), axis);
    }

    static SweepVariable.AxisUnit unit(Profile profile, MapAxis axis) {
        return axis.variable().axisUnit(axis.variable().current(profile));
    }

    /** A value of an axis in its unit: "1.1/s", "450 ms". */
    String at(MapAxis axis, double value) {
        SweepVariable.AxisUnit unit = unit(map, axis);
        return unit.label(value * unit.factor());
    }

    /** The values of cells {@code i} and {@code j}, where boundaries between them lie: "41.7–66.9/s". */
    String between(MapAxis axis, int i, int j) {
        SweepVariable.AxisUnit unit = unit(map, axis);
        return Numbers.significant(axis.value(i) * unit.factor(), 3) + "–" + unit.label(axis.value(j)
                * unit.factor());
    }

    /** An axis's title: "requests/s (log scale)", "duration (s)". */
    String title(MapAxis axis) {
        return SweepReport.axisTitle(axis.variable(), unit(map, axis), map.profile())
                + (axis.logarithmic() ? ", log scale" : "");
    }
}
