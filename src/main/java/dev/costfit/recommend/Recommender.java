package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Simplicity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Ranks the assessments of one profile: among the platforms that fit and can be priced, the cheapest, unless a
 * simpler one (functions before containers before Kubernetes) costs within the simplicity margin of it. Costs are
 * compared without the lines every platform shares (LLM tokens), which would otherwise hide the differences.
 */
public final class Recommender {

    public static final double DEFAULT_SIMPLICITY_MARGIN = 0.10;

    private final double simplicityMargin;

    public Recommender(double simplicityMargin) {
        this.simplicityMargin = simplicityMargin;
    }

    public double simplicityMargin() {
        return simplicityMargin;
    }

    /** Whether a platform costing {@code cost} is within the simplicity margin of the cheapest's cost. */
    boolean withinMargin(double cost, double cheapest) {
        return cost <= cheapest * (1 + simplicityMargin);
    }

    /** The outcome of the ranking: what is recommended, what is cheapest, what comes next. */
    public record Choice(Optional<Assessment> chosen, Optional<Assessment> cheapest, Optional<Assessment> runnerUp,
                         List<Assessment> usable) {

        public Choice {
            usable = List.copyOf(usable);
        }

        /** The recommended platform's id, or "none". */
        public String id() {
            return chosen.map(Assessment::platform).orElse("none");
        }
    }

    /**
     * How far the costs are from changing a choice: the least factor, as its natural log, by which one platform's
     * cost would have to move, the others fixed, for another platform to be chosen — by becoming cheaper than the
     * chosen one's cost less the margin (any platform), by coming within the margin of the cheapest (a simpler one)
     * or by undercutting the chosen one within it (one as simple). 0 where a tie decides; infinite where nothing is
     * chosen, or nothing else is usable. The break-even names where the rates it asked were within 5% of changing
     * ({@link BreakEven#CLOSE}).
     */
    public double slack(Choice choice) {
        if (choice.chosen().isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        Assessment chosen = choice.chosen().get();
        double slack = Double.POSITIVE_INFINITY;
        for (Assessment other : choice.usable()) {
            if (other != chosen) {
                slack = Math.min(slack, slackAgainst(choice, other.simplicity(), other.platformCost()));
            }
        }
        return slack;
    }

    /**
     * The same against one more platform, which costs at least {@code cost} (a bound, where it was not assessed: the
     * slack is then at most the true one).
     */
    double slackAgainst(Choice choice, Simplicity simplicity, double cost) {
        if (choice.chosen().isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        Assessment chosen = choice.chosen().get();
        double own = chosen.platformCost();
        double cheapest = choice.cheapest().orElseThrow().platformCost();
        double slack = Math.log((1 + simplicityMargin) * cost / own);
        int simpler = simplicity.compareTo(chosen.simplicity());
        if (simpler < 0) {
            slack = Math.min(slack, Math.log(cost / ((1 + simplicityMargin) * cheapest)));
        } else if (simpler == 0) {
            slack = Math.min(slack, Math.log(cost / own));
        }
        // NaN (costs of 0) and below 0 (a bound under a cost that decided) both say: no room at all.
        return slack > 0 ? slack : 0;
    }

    public Choice choose(List<Assessment> assessments) {
        List<Assessment> usable = usableByCost(assessments, Assessment::platformCost);
        if (usable.isEmpty()) {
            return new Choice(Optional.empty(), Optional.empty(), Optional.empty(), usable);
        }
        Assessment picked = pick(usable, Assessment::platformCost);
        Optional<Assessment> runnerUp = Optional.empty();
        for (Assessment a : usable) {
            if (a != picked) {
                runnerUp = Optional.of(a);
                break;
            }
        }
        return new Choice(Optional.of(picked), Optional.of(usable.get(0)), runnerUp, usable);
    }

    /**
     * What {@link #choose} would recommend were each usable platform's month {@code cost} of it instead: the same rule
     * on other figures, so that what stating a setting would recommend is asked of the rule itself ({@link Reasons}),
     * not of an inequality written beside it. Empty where nothing is usable.
     */
    Optional<Assessment> chooseAt(List<Assessment> assessments, ToDoubleFunction<Assessment> cost) {
        List<Assessment> usable = usableByCost(assessments, cost);
        return usable.isEmpty() ? Optional.empty() : Optional.of(pick(usable, cost));
    }

    /**
     * The usable assessments, cheapest first by {@code cost}. Loops, not streams: a search ranks at every rate it
     * asks about. List.sort is the stable sort Stream.sorted is, and the first of equals stays chosen, as Stream.min
     * keeps it.
     */
    private static List<Assessment> usableByCost(List<Assessment> assessments, ToDoubleFunction<Assessment> cost) {
        List<Assessment> usable = new java.util.ArrayList<>(assessments.size());
        for (Assessment a : assessments) {
            if (a.usable()) {
                usable.add(a);
            }
        }
        usable.sort(Comparator.comparingDouble(cost));
        return usable;
    }

    /**
     * Among {@code byCost} (cheapest first, not empty), the simplest within the margin of the cheapest, the cheaper
     * of two as simple; the cheapest where none is (a margin below 0).
     */
    private Assessment pick(List<Assessment> byCost, ToDoubleFunction<Assessment> cost) {
        Assessment cheapest = byCost.get(0);
        double least = cost.applyAsDouble(cheapest);
        Assessment chosen = null;
        double chosenCost = 0;
        for (Assessment a : byCost) {
            double c = cost.applyAsDouble(a);
            if (withinMargin(c, least) && (chosen == null || simplestThenCheapest(chosen, chosenCost, a, c) > 0)) {
                chosen = a;
                chosenCost = c;
            }
        }
        return chosen == null ? cheapest : chosen;
    }

    /** Simpler first, then cheaper: below 0 where {@code a} ranks first, above 0 where {@code b} does. */
    private static int simplestThenCheapest(Assessment a, double aCost, Assessment b, double bCost) {
        int simpler = a.simplicity().compareTo(b.simplicity());
        return simpler != 0 ? simpler : Double.compare(aCost, bCost);
    }
}
