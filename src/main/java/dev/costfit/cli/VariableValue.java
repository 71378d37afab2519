package dev.costfit.cli;

import dev.costfit.recommend.SweepVariable;
import dev.costfit.units.Units;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.YamlNode;

/**
 * A value of a swept input typed on the command line, read by the same parsers as the profile field it stands
 * for (0.5/s, 90s, 2GB, 40, 150ms), in the engine's units (per second, seconds, MiB, requests, seconds).
 */
final class VariableValue {

    private VariableValue() {
    }

    static double parse(SweepVariable variable, String text, String option) {
        YamlNode.Scalar scalar = new YamlNode.Scalar(text.trim(), YamlNode.ScalarKind.STRING, Location.ofFile(option));
        try {
            return switch (variable) {
                case RATE -> Units.rate(scalar).perSecond();
                case DURATION, CPU_TIME -> Units.duration(scalar).seconds();
                case MEMORY -> Units.size(scalar).mib();
                case CONCURRENCY -> Units.count(scalar);
            };
        } catch (InvalidValue e) {
            throw new InputException(Location.ofFile(option), "", e.getMessage());
        }
    }
}
