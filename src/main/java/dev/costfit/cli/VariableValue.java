package dev.costfit.cli;

import dev.costfit.profile.Bound;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.SweepVariable;
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
            value = read(variable, scalar);
        } catch (InvalidValue e) {
            throw new InputException(Location.ofFile(option), "", e.getMessage());
        }
        Bound bound = variable.bound(profile);
        if (!bound.holds(variable.magnitude(value))) {
            throw new InputException(Location.ofFile(option), "", "found '" + text.trim() + "', expected "
                    + bound.range() + " (" + bound.why() + ")");
        }
        return value;
    }

    /**
     * {@code value} in the unit {@code typed} was written in, where that reads well: a default start beside a typed
     * "0.01/s" reads "0.2/s", not "12/min"; "100ms" beside "600ms". Otherwise as the input displays values.
     */
    static String inUnitOf(SweepVariable variable, double value, String typed) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\s*([0-9][0-9,_]*(?:\\.[0-9]+)?)\\s*([a-zA-Z/][a-zA-Z/ ]*)\\s*").matcher(typed);
        if (m.matches() && variable != SweepVariable.CONCURRENCY) {
            double number = Double.parseDouble(m.group(1).replace(",", "").replace("_", ""));
            // The typed value in the engine's units, over its number: the unit's size (0.001 for ms, 1/60 for /min).
            double unit = parseQuietly(variable, typed) / number;
            double inUnit = value / unit;
            if (number > 0 && Double.isFinite(inUnit) && inUnit >= 0.01 && inUnit < 1e6) {
                return dev.costfit.units.Numbers.significant(inUnit, 3) + m.group(2).strip();
            }
        }
        return variable.display(value);
    }

    private static double parseQuietly(SweepVariable variable, String text) {
        try {
            return read(variable, new YamlNode.Scalar(text.trim(), YamlNode.ScalarKind.STRING, Location.ofFile("")));
        } catch (InvalidValue e) {
            return Double.NaN;
        }
    }

    private static double read(SweepVariable variable, YamlNode.Scalar scalar) throws InvalidValue {
        return switch (variable) {
            case RATE -> Units.rate(scalar).perSecond();
            case DURATION, CPU_TIME -> Units.duration(scalar).seconds();
            case MEMORY -> Units.size(scalar).mib();
            case CONCURRENCY -> Units.count(scalar);
        };
    }
}
