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

    /** The profile asked for among those read from {@link #paths()}. */
    Profile pick(RunInputs inputs) {
        return ProfileChoice.pick(inputs.profiles(), name, file);
    }
}
