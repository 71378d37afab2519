package dev.costfit.cli;

import dev.costfit.profile.Bound;
import dev.costfit.profile.Bounds;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.recommend.SweepVariable;
import dev.costfit.units.DataSize;
import dev.costfit.units.Units;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.YamlNode;

/**
 * A value of a swept input typed on the command line (breakeven's --from/--to, map's --x-range/--y-range), read by
 * the same parsers as the profile field it stands for (0.5/s, 90s, 2GB, 40, 150ms) and held to the same bounds —
 * a value no profile may state is no point to price either (a sweep from 0/s divides by zero traffic) — in the
 * engine's units (per second, seconds, MiB, requests, seconds).
 */
final class VariableValue {

    private VariableValue() {
    }

    static double parse(Profile profile, SweepVariable variable, String text, String option) {
        YamlNode.Scalar scalar = new YamlNode.Scalar(text.trim(), YamlNode.ScalarKind.STRING, Location.ofFile(option));
        double value;
        try {
            value = switch (variable) {
                case RATE -> Units.rate(scalar).perSecond();
                case DURATION, CPU_TIME -> Units.duration(scalar).seconds();
                case MEMORY -> Units.size(scalar).mib();
                case CONCURRENCY -> Units.count(scalar);
            };
        } catch (InvalidValue e) {
            throw new InputException(Location.ofFile(option), "", e.getMessage());
        }
        Bound bound = bound(profile, variable);
        double magnitude = variable == SweepVariable.MEMORY ? DataSize.ofMiB(value).magnitude() : value;
        if (!bound.holds(magnitude)) {
            throw new InputException(Location.ofFile(option), "", "found '" + text.trim() + "', expected "
                    + bound.range() + " (" + bound.why() + ")");
        }
        return value;
    }

    /** What a profile may state for the input. */
    private static Bound bound(Profile profile, SweepVariable input) {
        return switch (input) {
            case RATE -> profile.workload() instanceof Workload.Job ? Bounds.RUNS : Bounds.RATE;
            case DURATION -> Bounds.DURATION;
            case MEMORY -> Bounds.MEMORY;
            case CPU_TIME -> Bounds.CPU_TIME;
            case CONCURRENCY -> Bounds.CONCURRENCY;
        };
    }
}
