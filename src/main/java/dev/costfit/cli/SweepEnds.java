package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;

/**
 * Where a sweep (breakeven) or a map's axis starts and ends: each end typed (--from, --to, or the two of FROM..TO)
 * or the default around the profile's value ({@link SweepVariable#defaultRange}). A refusal names the option the
 * user typed and, where the other end was defaulted, that end and the rule that set it, in the unit typed: "--from
 * 5000/s" past a defaulted end of 2,000/s had been blamed on a --to nobody wrote.
 */
final class SweepEnds {

    private SweepEnds() {
    }

    /** Which typed ends of a cpu_time range must lie within the duration. */
    enum Fit { NONE, START, BOTH }

    /** One end of the range: the text typed, or null for the default; the option it was typed as. */
    record End(String text, String option) {}

    /**
     * @param word            what the range is called in messages: "sweep", "range"
     * @param withinDuration  the typed ends a cpu_time beyond the duration is refused at: a sweep's both; a map's
     *                        start alone (its cells beyond are marked), and none against the duration, where the
     *                        cells where cpu_time is longer are marked as such
     * @return the start and the end, in the input's units
     */
    static double[] of(Profile profile, SweepVariable variable, End from, End to, String word,
                       Fit withinDuration) {
        SweepVariable.Range defaults = variable.defaultRange(profile);
        double start = from.text() == null ? defaults.from() : VariableValue.parse(profile, variable, from.text(),
                from.option());
        double end = to.text() == null ? defaults.to() : VariableValue.parse(profile, variable, to.text(),
                to.option());
        // A typed cpu_time longer than the duration is the problem to name, before any order of the ends: 7s
        // against a 6 s duration passes a defaulted end of 6 s, but no profile states it.
        if (withinDuration != Fit.NONE && variable == SweepVariable.CPU_TIME) {
            for (End typed : withinDuration == Fit.BOTH ? new End[] {from, to} : new End[] {from}) {
                double value = typed == from ? start : end;
                if (typed.text() != null && !variable.apply(profile, value).consistent()) {
                    // FROM..TO is one option: which end is at fault is said in words.
                    throw new InputException(Location.ofFile(typed.option()), "", (from.option().equals(to.option())
                            ? "starts at " : "found ") + variable.display(value)
                            + ", longer than the duration " + profile.meanDuration().display()
                            + ": cpu_time is part of a request's wall time");
                }
            }
        }
        if (end > start) {
            return new double[] {start, end};
        }
        if (from.text() != null && to.text() == null) {
            throw new InputException(Location.ofFile(from.option()), "", "found '" + from.text().trim()
                    + "', not below the " + word + "'s default end, " + VariableValue.inUnitOf(variable, end,
                    from.text()) + " (" + defaults.toWhy() + "); give " + to.option() + " above it as well");
        }
        if (to.text() != null && from.text() == null) {
            throw new InputException(Location.ofFile(to.option()), "", "found '" + to.text().trim()
                    + "', not above the " + word + "'s default start, " + VariableValue.inUnitOf(variable, start,
                    to.text()) + " (" + defaults.fromWhy() + "); give " + from.option() + " below it as well");
        }
        if (from.text() != null) {
            throw new InputException(Location.ofFile(to.option()), "", "the " + word + " must end above where it "
                    + "starts (" + from.text().trim() + ")");
        }
        // Both defaulted: the rules move each end away from the profile's value, within its field's range.
        throw new IllegalStateException("the default range of " + variable.spelling() + " is empty: "
                + start + " to " + end);
    }
}
