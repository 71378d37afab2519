package dev.costfit.cli;

import dev.costfit.profile.Profile;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.nio.file.Path;
import java.util.List;

/** The one profile a command that studies a single profile (breakeven, map) works on: named, or the only one. */
final class ProfileChoice {

    private ProfileChoice() {
    }

    /** @param name the --profile option, or null */
    static Profile pick(List<Profile> profiles, String name, Path file) {
        if (name != null) {
            return profiles.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                    new InputException(Location.ofFile("--profile"), "", "no profile named '" + name + "' in "
                            + file + "; it holds " + names(profiles)));
        }
        if (profiles.size() != 1) {
            throw new InputException(Location.ofFile(file.toString()), "", "holds " + profiles.size()
                    + " profiles; choose one with --profile NAME (" + names(profiles) + ")");
        }
        return profiles.get(0);
    }

    private static String names(List<Profile> profiles) {
        return String.join(", ", profiles.stream().map(Profile::name).toList());
    }
}
