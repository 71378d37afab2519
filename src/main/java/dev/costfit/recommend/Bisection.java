package dev.costfit.recommend;

import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Narrows the interval in which an answer changes (the cheapest or the recommended platform along a rate,
 * duration, …) by bisection, until its ends are within 0.1% of each other — on a log scale for rates, linearly
 * otherwise, and down to neighbouring whole numbers for counts.
 */
final class Bisection {

    /** Relative width at which the search stops. */
    static final double PRECISION = 0.001;

    /** How the interval is halved and when it is narrow enough. */
    enum Scale {
        LOG, LINEAR, WHOLE;

        double middle(double low, double high) {
            return switch (this) {
                case LOG -> Math.sqrt(low * high);
                case LINEAR -> (low + high) / 2;
                case WHOLE -> Math.floor((low + high) / 2);
            };
        }

        boolean narrow(double low, double high) {
            return switch (this) {
                case LOG -> high / low <= 1 + PRECISION;
                case LINEAR -> high - low <= PRECISION * Math.abs(high);
                // Down to neighbouring whole numbers, however large: the answer at each is one a profile states.
                case WHOLE -> high - low <= 1;
            };
        }
    }

    /** Two values and what was found at each. */
    record Bracket<T>(double low, T atLow, double high, T atHigh) {}

    private Bisection() {
    }

    /**
     * Narrows {@code bracket}, whose ends have different answers, to the change next to one end: with
     * {@code keepLow} the first change above the low end, otherwise the last change below the high end (they differ
     * only when a third answer lies in between).
     */
    static <T> Bracket<T> narrow(Bracket<T> bracket, DoubleFunction<T> evaluate, Function<T, String> answer,
                                 Scale scale, boolean keepLow) {
        Bracket<T> b = bracket;
        String kept = answer.apply(keepLow ? b.atLow() : b.atHigh());
        while (!scale.narrow(b.low(), b.high())) {
            double mid = scale.middle(b.low(), b.high());
            if (mid <= b.low() || mid >= b.high()) {
                break;
            }
            T found = evaluate.apply(mid);
            boolean sameAsKept = answer.apply(found).equals(kept);
            b = sameAsKept == keepLow ? new Bracket<>(mid, found, b.high(), b.atHigh())
                    : new Bracket<>(b.low(), b.atLow(), mid, found);
        }
        return b;
    }
}
