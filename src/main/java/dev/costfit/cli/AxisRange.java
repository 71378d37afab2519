package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;

/**
 * A map's axis from its options: the range typed as FROM..TO in the units of the profile field (each end one a
 * profile could state), or the default around the profile's own value.
 */
final class AxisRange {

    private AxisRange() {
    }

    /**
     * @param other  the input of the other axis (cpu_time against the duration may cross it; alone it may not)
     * @param range  the option's text, or null for the default range
     * @param option the option's name, for messages
     */
    static MapAxis of(Profile profile, SweepVariable input, SweepVariable other, String range, String option,
                      int count) {
        String[] texts = range == null ? new String[2] : typed(input, range, option);
        // Along cpu_time alone, a value beyond the duration is never a profile; with the duration on the other
        // axis, the cells where it is longer are marked as such instead.
        double[] ends = SweepEnds.of(profile, input, new SweepEnds.End(texts[0], option),
                new SweepEnds.End(texts[1], option), "range",
                other == SweepVariable.DURATION ? SweepEnds.Fit.NONE : SweepEnds.Fit.START);
        return MapAxis.of(input, ends[0], ends[1], count);
    }

    private static String[] typed(SweepVariable input, String range, String option) {
        int at = range.indexOf("..");
        if (at <= 0 || at + 2 >= range.length()) {
            throw new InputException(Location.ofFile(option), "", "found '" + range + "', expected FROM..TO such as "
                    + example(input));
        }
        return new String[] {range.substring(0, at), range.substring(at + 2)};
    }

    private static String example(SweepVariable input) {
        return switch (input) {
            case RATE -> "0.1/s..500/s";
            case DURATION -> "1s..15min";
            case MEMORY -> "128MB..4GB";
            case CONCURRENCY -> "1..80";
            case CPU_TIME -> "10ms..2s";
        };
    }
}
