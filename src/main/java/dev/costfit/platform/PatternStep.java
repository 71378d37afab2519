package dev.costfit.platform;

import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.model.TrafficPattern;
import dev.costfit.units.TimeSpan;
import java.util.List;

/**
 * The largest step up between consecutive hours of a service's traffic pattern, in the capacity each hour keeps for
 * its own traffic: where Lambda Managed Instances must grow at an hour's start. The pattern gives each hour one
 * rate, so the step from one hour's rate to the next is taken as instantaneous — within the 5 minutes in which, by
 * the LMI scaling page, "if your traffic more than doubles ... you may see throttles". Counted in environments, not
 * in rates: an hour without traffic still keeps LMI's 3 environments, and those take the next hour's traffic up to
 * twice what they are sized for (the CPU target's headroom), so a rise from nothing is not an infinite one. The
 * pattern repeats, so its last hour steps into its first.
 *
 * <p>A pattern whose hours sample a smooth curve (the diurnal preset, {@link TrafficPattern#ramps()}) does not step:
 * its rate ramps from one hour's to the next's across the hour (ContainerScaling says why), so within a window of
 * minutes the capacity grows by that share of the hour's rise alone ({@link #growthWithin}).
 *
 * @param ratio the step: {@code to ÷ from}, 1 where the pattern never rises
 * @param from  environments in the hour before the step
 * @param to    environments in the hour the step enters
 * @param hour  the pattern hour the step enters (0 is midnight; a week's hour 0 is Monday's)
 * @param hours the pattern's hours: 24 (a day) or 168 (a week)
 * @param ramp  whether the pattern ramps across the hour rather than stepping on it
 */
record PatternStep(double ratio, int from, int to, int hour, int hours, boolean ramp) {

    /** No step: a flat pattern's, or a job's (whose runs are checked on their own). */
    static final PatternStep NONE = new PatternStep(1, 0, 0, 0, 24);

    /** A step on the hour. */
    PatternStep(double ratio, int from, int to, int hour, int hours) {
        this(ratio, from, to, hour, hours, false);
    }

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    /**
     * The largest step of {@code steady}, the environments each distinct load of {@code load} keeps (one count per
     * {@link HourlyLoad#distinctHours()}, in their order, as ContainerSizing lists them); the first hour of the
     * largest where several tie.
     */
    static PatternStep largest(HourlyLoad load, InstanceHours steady) {
        int n = load.hourCount();
        List<InstanceHours.Count> counts = steady.hours();
        if (counts.size() < 2) {
            return NONE;
        }
        PatternStep best = NONE;
        // Hours that repeat a step ask the same and never come first: the first hour of each step is enough.
        for (int i = 0; i < load.stepCount(); i++) {
            int h = load.stepHour(i);
            int from = counts.get(load.slotOf((h - 1 + n) % n)).instances();
            int to = counts.get(load.slotOf(h)).instances();
            double ratio = to / (double) Math.max(1, from);
            if (ratio > best.ratio() + 1e-12) {
                best = new PatternStep(ratio, from, to, h, n);
            }
        }
        // A ramp's steepest rise is the step of largest ratio too: its growth within a window is monotone in it.
        return load.pattern().ramps() ? new PatternStep(best.ratio, best.from, best.to, best.hour, best.hours, true)
                : best;
    }

    /** Whether the pattern rises at all from one hour to the next. */
    boolean rises() {
        return ratio > 1 + 1e-9;
    }

    /**
     * How many times the capacity grows within {@code window}: the whole step where the hour's rate starts on the
     * hour; where it ramps across the hour, the hour before's and the share of the rise the window spans (the rise
     * taken as even over the hour), 1 + (ratio − 1) × window ÷ 1 h.
     */
    double growthWithin(TimeSpan window) {
        return ramp ? 1 + (ratio - 1) * Math.min(1, window.seconds() / 3600) : ratio;
    }

    /** The hour the step enters, as a clock reads it: "01:00" in a day, "Monday 09:00" in a week. */
    String hourName() {
        return hourName(hour, hours);
    }

    /** Pattern hour {@code hour} of a pattern of {@code hours} as a clock reads it ({@link #hourName()}). */
    static String hourName(int hour, int hours) {
        // Not String.format: a search words the worst hour of each setting it asks about (WorstHour.kind), and the
        // formatter's parse of "%02d" was most of that.
        int h = hour % 24;
        String clock = (h < 10 ? "0" : "") + h + ":00";
        return hours == 168 ? DAYS[hour / 24] + " " + clock : clock;
    }
}
