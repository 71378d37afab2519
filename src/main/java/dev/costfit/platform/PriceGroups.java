package dev.costfit.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * Instance types (or their packings) grouped by how many units one instance holds, each group in ascending price:
 * where a month's cost depends on an option's units and otherwise rises with its price alone (EKS node lines, Lambda
 * Managed Instances' instance lines), the two cheapest options are found by pricing only the groups whose floor is
 * not beyond the second cheapest found, each only up to its first option dearer than that — a few options, where the
 * catalog's 160 types form a few dozen groups and each group's month is a sum over the month's hours. Built once per
 * search (no rate changes the groups).
 *
 * @param <T> an option
 */
final class PriceGroups<T> {

    /** A cost no higher than the month of any option of a group: the units it holds, the least price in it. */
    @FunctionalInterface
    interface Floor {
        double of(int units, double leastPrice);
    }

    private final List<T> options;
    /** Indices into {@code options}, one array a group, each in ascending price (equal prices in the options' order). */
    private final int[][] groups;
    /** Each group's units, and its first (least) price. */
    private final int[] units;
    private final double[] leastPrice;

    /**
     * @param options in the order ties are broken in (name order)
     * @param unitsOf what an option's cost depends on besides its price (pods per node, environments per instance)
     * @param price   the price the cost rises with
     */
    PriceGroups(List<T> options, ToIntFunction<T> unitsOf, ToDoubleFunction<T> price) {
        this.options = List.copyOf(options);
        TreeMap<Integer, List<Integer>> byUnits = new TreeMap<>();
        for (int i = 0; i < this.options.size(); i++) {
            byUnits.computeIfAbsent(unitsOf.applyAsInt(this.options.get(i)), u -> new ArrayList<>()).add(i);
        }
        this.groups = new int[byUnits.size()][];
        this.units = new int[byUnits.size()];
        this.leastPrice = new double[byUnits.size()];
        int g = 0;
        for (var group : byUnits.entrySet()) {
            List<Integer> members = group.getValue();
            // List.sort is stable: equal prices stay in the options' order.
            members.sort(Comparator.comparingDouble(i -> price.applyAsDouble(this.options.get(i))));
            groups[g] = members.stream().mapToInt(Integer::intValue).toArray();
            units[g] = group.getKey();
            leastPrice[g] = price.applyAsDouble(this.options.get(groups[g][0]));
            g++;
        }
    }

    List<T> options() {
        return options;
    }

    /** A cost no higher than any option's month: the least of the groups' floors (infinite with no option). */
    double leastFloor(Floor floor) {
        double least = Double.POSITIVE_INFINITY;
        for (int g = 0; g < groups.length; g++) {
            least = Math.min(least, floor.of(units[g], leastPrice[g]));
        }
        return least;
    }

    /**
     * The two options whose month costs least, cheapest first; among equals the one met first in the options' order
     * stays ahead; an option whose cost is infinite (or not a number) is never one. The same two as a pass over every
     * option, provided {@code monthlyCost} does not fall as the price rises within a group (a product of
     * non-negative hours and the price, plus a constant, does not, in floating point too) and {@code floor} is no
     * higher than any cost of its group. Groups are taken least floor first, each in ascending price; an option that
     * costs more than the second least found so far, and every later one of its group (they cost no less), has two
     * options cheaper than it, so it is not among the two cheapest; nor is any option of a group whose floor is beyond
     * it, nor of the groups after it. Leaving them out changes neither of the two (the first two of the options
     * stably sorted by cost); the rest are compared in the options' own order, as a pass over every option would.
     */
    List<T> cheapestTwo(ToDoubleFunction<T> monthlyCost, Floor floor) {
        return cheapestTwo(monthlyCost, null, floor);
    }

    /**
     * As {@link #cheapestTwo(ToDoubleFunction, Floor)}, where {@code monthlyCost} may fall as the price rises within a
     * group, given {@code rising}: a cost no higher than each option's month that does not fall as the price rises
     * within a group (EKS nodes on Spot above an on-demand base, whose month weighs the on-demand price and the Spot
     * price, which differ in ratio by family). A group is priced up to its first option whose {@code rising} is beyond
     * the second least found (that option, and every later one of its group, has two options cheaper than it); an
     * option between is priced and left out where it costs more than that. The same two as a pass over every option.
     */
    List<T> cheapestTwo(ToDoubleFunction<T> monthlyCost, ToDoubleFunction<T> rising, Floor floor) {
        int count = groups.length;
        double[] floors = new double[count];
        int[] order = new int[count];
        for (int g = 0; g < count; g++) {
            floors[g] = floor.of(units[g], leastPrice[g]);
            // Insertion by floor (a few dozen groups); equal floors in the groups' order.
            int k = g;
            while (k > 0 && floors[order[k - 1]] > floors[g]) {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = g;
        }
        int[] kept = new int[options.size()];
        double[] costs = new double[options.size()];
        int n = 0;
        double least = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        for (int g : order) {
            if (floors[g] > second) {
                break; // floors ascend: every group left costs more than two options found
            }
            for (int i : groups[g]) {
                if (rising != null && rising.applyAsDouble(options.get(i)) > second) {
                    break;
                }
                double cost = monthlyCost.applyAsDouble(options.get(i));
                if (cost > second) {
                    if (rising == null) {
                        break; // the cost itself rises within the group
                    }
                    continue;
                }
                costs[i] = cost;
                kept[n++] = i;
                if (cost < least) {
                    second = least;
                    least = cost;
                } else if (cost < second) {
                    second = cost;
                }
            }
        }
        Arrays.sort(kept, 0, n);
        int best = -1;
        int next = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        double nextCost = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            int i = kept[k];
            double cost = costs[i];
            // Strictly less: among equals the first stays ahead (and an option that costs no finite sum is none).
            if (cost < bestCost) {
                next = best;
                nextCost = bestCost;
                best = i;
                bestCost = cost;
            } else if (cost < nextCost) {
                next = i;
                nextCost = cost;
            }
        }
        if (best < 0) {
            return List.of();
        }
        return next < 0 ? List.of(options.get(best)) : List.of(options.get(best), options.get(next));
    }
}
