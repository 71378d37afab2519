package dev.costfit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Ranking instance types group by group ({@link PriceGroups#cheapestTwo}) finds the same two as ranking every type:
 * the first two of the types stably sorted by their month's cost, those that cost no finite sum left out.
 */
class PriceGroupsTest {

    /** An instance type: its name, how many pods one node holds, its hourly price. */
    private record Type(String name, int pods, double price) {}

    /** Node-hours a month for a number of pods per node: ⌈pods ÷ per node⌉ nodes, at least one, each hour alike. */
    private static double nodeHours(int pods, int perNode, double hours) {
        return Math.max(1, (pods + perNode - 1) / perNode) * hours;
    }

    /** What a pass over every type gives: the types stably sorted by cost, the first two with a finite cost. */
    private static List<Type> byFullSort(List<Type> types, ToDoubleFunction<Type> cost) {
        return types.stream().filter(t -> cost.applyAsDouble(t) < Double.POSITIVE_INFINITY)
                .sorted(Comparator.comparingDouble(cost)).limit(2).toList();
    }

    @Test
    void aHandRankedFleet() {
        // 12 pods, 730 hours: 4 per node takes 3 nodes (2,190 node-hours), 8 per node 2 (1,460), 16 per node 1 (730).
        List<Type> types = List.of(new Type("a.large", 4, 0.10), new Type("b.xlarge", 8, 0.20),
                new Type("c.large", 4, 0.09), new Type("d.2xlarge", 16, 0.45), new Type("e.xlarge", 8, 0.18));
        PriceGroups<Type> groups = new PriceGroups<>(types, Type::pods, Type::price);
        ToDoubleFunction<Type> cost = t -> nodeHours(12, t.pods(), 730) * t.price();
        // c.large 2,190 × 0.09 = $197.10; a.large $219; e.xlarge 1,460 × 0.18 = $262.80; b.xlarge $292; d $328.50.
        assertThat(groups.cheapestTwo(cost, (pods, price) -> 12.0 / pods * 730 * price))
                .extracting(Type::name).containsExactly("c.large", "a.large");
        // At 8 pods: 4 per node takes 2 nodes ($146, $131.40), 8 per node one ($131.40, $146), 16 per node $328.50.
        ToDoubleFunction<Type> eight = t -> nodeHours(8, t.pods(), 730) * t.price();
        assertThat(groups.cheapestTwo(eight, (pods, price) -> Math.max(1, 8.0 / pods) * 730 * price))
                .extracting(Type::name).containsExactly("c.large", "e.xlarge"); // equal costs: name order
        // The least floor, a bound before any type is priced: each group's least price (4 per node: c.large 0.09;
        // 8: e.xlarge 0.18; 16: d.2xlarge 0.45) at 12 ÷ pods nodes, 730 hours: $197.10, $197.10, $246.375.
        assertThat(groups.leastFloor((pods, price) -> 12.0 / pods * 730 * price)).isCloseTo(197.10,
                org.assertj.core.api.Assertions.within(1e-9));
        // At 16 pods, 16 per node's one node ($328.50) is dearer than 4 per node's four at 0.09 and 8 per node's two
        // at 0.18 ($262.80 each): the floor is the least of the groups' floors.
        assertThat(groups.leastFloor((pods, price) -> 16.0 / pods * 730 * price)).isCloseTo(262.80,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(new PriceGroups<Type>(List.of(), Type::pods, Type::price).leastFloor((pods, price) -> 1))
                .isInfinite();
    }

    @Test
    void equalsTheFullRankingOverRandomFleets() {
        Random random = new Random(13);
        int compared = 0;
        int pruned = 0;
        for (int round = 0; round < 3_000; round++) {
            List<Type> types = new ArrayList<>();
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                // Few distinct pods and prices, so that groups, equal prices and equal costs are common.
                int perNode = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
                double price = random.nextInt(8) == 0 ? Double.POSITIVE_INFINITY
                        : (1 + random.nextInt(6)) * 0.05 * (random.nextBoolean() ? 1 : 1 + 1e-15);
                types.add(new Type(String.format("t%03d", i), perNode, price));
            }
            int pods = random.nextInt(200);
            double hours = random.nextInt(5) == 0 ? 0 : 100 + random.nextInt(700);
            PriceGroups<Type> groups = new PriceGroups<>(types, Type::pods, Type::price);
            int[] priced = new int[1];
            ToDoubleFunction<Type> cost = t -> {
                priced[0]++;
                return nodeHours(pods, t.pods(), hours) * (t.price() + 0.005);
            };
            // The floor: at least one node and at least pods ÷ per node, every hour.
            List<Type> two = groups.cheapestTwo(cost, (perNode, price) -> Math.max(1, (double) pods / perNode)
                    * hours * (price + 0.005) * (1 - 1e-12));
            pruned += count - priced[0];
            assertThat(two).as("round %d", round).isEqualTo(byFullSort(types, cost));
            compared++;
        }
        assertThat(compared).isEqualTo(3_000);
        // It must leave types unpriced, or it is no faster than the full pass.
        assertThat(pruned).isGreaterThan(3_000 * 5);
    }

    /** A type on Spot: pods per node, its Spot price (what it is grouped by) and its on-demand price. */
    private record SpotType(String name, int pods, double spot, double onDemand) {}

    /**
     * With a month that weighs two prices (EKS nodes on Spot above an on-demand base), the cost falls within a group
     * where a type's Spot saving is deeper than the one before it; given a bound that rises with the Spot price, the
     * same two as ranking every type.
     */
    @Test
    void aMonthOfTwoPricesEqualsTheFullRankingGivenARisingBound() {
        Random random = new Random(29);
        int compared = 0;
        int pruned = 0;
        int reordered = 0;
        for (int round = 0; round < 3_000; round++) {
            List<SpotType> types = new ArrayList<>();
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                int perNode = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
                double onDemand = (1 + random.nextInt(6)) * 0.05;
                // Savings of 0% to 90%, a few apart, so that a cheaper Spot price can have a dearer on-demand one.
                double spot = onDemand * (1 - random.nextInt(10) * 0.1);
                types.add(new SpotType(String.format("t%03d", i), perNode, spot, onDemand));
            }
            int pods = random.nextInt(200);
            double hours = random.nextInt(5) == 0 ? 0 : 100 + random.nextInt(700);
            int base = random.nextInt(4);
            PriceGroups<SpotType> groups = new PriceGroups<>(types, SpotType::pods, SpotType::spot);
            int[] priced = new int[1];
            // ⌈pods ÷ per node⌉ nodes, at least one, every hour; the first `base` of them on demand.
            ToDoubleFunction<SpotType> cost = t -> {
                priced[0]++;
                double nodes = Math.max(1, (pods + t.pods() - 1) / t.pods());
                double onDemandNodes = Math.min(base, nodes);
                return hours * (onDemandNodes * t.onDemand() + (nodes - onDemandNodes) * t.spot() + nodes * 0.005);
            };
            ToDoubleFunction<SpotType> rising = t -> hours * Math.max(1, (pods + t.pods() - 1) / t.pods())
                    * (t.spot() + 0.005) * (1 - 1e-12);
            List<SpotType> two = groups.cheapestTwo(cost, rising, (perNode, price) -> Math.max(1,
                    (double) pods / perNode) * hours * (price + 0.005) * (1 - 1e-12));
            pruned += count - priced[0];
            List<SpotType> full = types.stream()
                    .sorted(java.util.Comparator.comparingDouble(cost)).limit(2).toList();
            assertThat(two).as("round %d", round).isEqualTo(full);
            if (!full.isEmpty() && !full.get(0).equals(types.stream().min(java.util.Comparator
                    .comparingDouble((SpotType t) -> hours * Math.max(1, (pods + t.pods() - 1) / t.pods())
                            * (t.spot() + 0.005))).orElseThrow())) {
                reordered++;
            }
            compared++;
        }
        assertThat(compared).isEqualTo(3_000);
        // Cases where the Spot price alone would have chosen another type, or the test proves little.
        assertThat(reordered).isGreaterThan(300);
        assertThat(pruned).isGreaterThan(3_000 * 5);
    }
}
