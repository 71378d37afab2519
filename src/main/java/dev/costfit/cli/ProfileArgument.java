package dev.costfit.cli;

import dev.costfit.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The one profile a command studies (breakeven, map): a file, and which profile of it when it holds several. */
final class ProfileArgument {

    @Parameters(paramLabel = "PROFILE", description = "A profile file, or a file or folder with --profile NAME.")
    Path file;

    @Option(names = "--profile", paramLabel = "NAME", description = "Which profile, when the file holds several.")
    String name;

    /** What to read: the file or folder given. */
    List<Path> paths() {
        return List.of(file);
    }

    /**
     * What a verb that prices the profile in one region says where several are named ({@link RegionOption}): its
     * words, and this argument, for the recommend command that compares them instead.
     */
    RegionOption.OneRegion oneRegion(String verbSays) {
        return new RegionOption.OneRegion(verbSays, file.toString());
    }

    /** The profile asked for among those read from {@link #paths()}. */
    Profile pick(RunInputs inputs) {
        return ProfileChoice.pick(inputs.profiles(), name, file);
    }
}
