package dev.costfit.recommend;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One cell of a decision map: the values of the two inputs there, how each platform fares, and the cheapest that
 * fits. A platform that fits but has no price in the region is "not priced", never counted as not fitting.
 *
 * @param x         the value of the x axis's input, in the engine's unit
 * @param platforms each platform assessed, in report order
 */
public record MapCell(double x, double y, Map<String, Outcome> platforms, State state, Optional<String> cheapest) {

    /** How one platform fares in a cell. */
    public enum Verdict { PRICED, INFEASIBLE, NOT_PRICED }

    /** A platform's verdict, and its monthly platform cost where it is priced (LLM tokens left out). */
    public record Outcome(Verdict verdict, OptionalDouble monthlyCost) {

        public static final Outcome INFEASIBLE = new Outcome(Verdict.INFEASIBLE, OptionalDouble.empty());
        public static final Outcome NOT_PRICED = new Outcome(Verdict.NOT_PRICED, OptionalDouble.empty());

        public static Outcome priced(double monthlyCost) {
            return new Outcome(Verdict.PRICED, OptionalDouble.of(monthlyCost));
        }
    }

    /** What the cell shows: a cheapest platform, or why there is none. */
    public enum State {
        /** At least one platform fits and is priced: the cell has a cheapest platform. */
        PRICED("priced"),
        /** Something fits, but none of what fits has a price in the region. */
        NOT_PRICED("not-priced"),
        /** No platform fits: a hard limit is crossed everywhere. */
        INFEASIBLE("infeasible"),
        /**
         * The two values make a profile the format refuses (a cpu_time longer than the duration, more requests in
         * flight than a profile may have): nothing was evaluated.
         */
        NOT_A_PROFILE("not-a-profile");

        private final String key;

        State(String key) {
            this.key = key;
        }

        /** The stable spelling in JSON and CSV. */
        public String key() {
            return key;
        }
    }

    public MapCell {
        platforms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(platforms));
    }

    /** The cell of a profile the two values make invalid. */
    public static MapCell notAProfile(double x, double y) {
        return new MapCell(x, y, Map.of(), State.NOT_A_PROFILE, Optional.empty());
    }

    /** The cell's outcomes, the cheapest priced platform (first in report order on a tie) and the state. */
    public static MapCell of(double x, double y, Map<String, Outcome> platforms) {
        Optional<String> cheapest = Optional.empty();
        double least = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Outcome> e : platforms.entrySet()) {
            OptionalDouble cost = e.getValue().monthlyCost();
            if (cost.isPresent() && cost.getAsDouble() < least) {
                least = cost.getAsDouble();
                cheapest = Optional.of(e.getKey());
            }
        }
        State state = cheapest.isPresent() ? State.PRICED
                : platforms.values().stream().anyMatch(o -> o.verdict() == Verdict.NOT_PRICED) ? State.NOT_PRICED
                : State.INFEASIBLE;
        return new MapCell(x, y, platforms, state, cheapest);
    }

    /** What the cell is coloured by: the cheapest platform's id, or the state's key where there is none. */
    public String region() {
        return cheapest.orElse(state.key());
    }

    /** A platform's outcome here (infeasible if it was not assessed). */
    public Outcome outcome(String platform) {
        return platforms.getOrDefault(platform, Outcome.INFEASIBLE);
    }
}
