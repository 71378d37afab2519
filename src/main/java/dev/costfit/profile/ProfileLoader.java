package dev.costfit.profile;

import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problem;
import dev.costfit.yaml.Problems;
import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads profiles from files and folders (every *.yaml / *.yml directly in a folder, in name order); a file may hold
 * several profiles as YAML documents. Problems of every file are reported together.
 */
public final class ProfileLoader {

    private final YamlLoader yaml = new YamlLoader();
    /** What the profiles of a load share, kept once (files are read in parallel). */
    private final SharedValues shared = new SharedValues();

    public List<Profile> load(List<Path> paths) {
        return load(paths, false);
    }

    /**
     * @param emptyFolderIsEmptySet a folder without profiles is an empty set rather than an error (the base side of
     *                              a diff, before the first profile was added)
     */
    public List<Profile> load(List<Path> paths, boolean emptyFolderIsEmptySet) {
        Problems problems = new Problems();
        List<Profile> profiles = new ArrayList<>();
        // Files are independent and a portfolio's are all read before any is priced: read on every core, then
        // taken in input order, so the profiles and the problems come in the same order as one by one.
        List<Path> files = expand(paths, problems, emptyFolderIsEmptySet);
        for (FileRead read : files.parallelStream().map(this::read).toList()) {
            profiles.addAll(read.profiles());
            problems.addAll(read.problems().list());
        }
        checkUniqueNames(profiles, problems);
        problems.throwIfAny();
        return profiles;
    }

    /** One file's profiles and problems. */
    private record FileRead(List<Profile> profiles, Problems problems) {}

    private FileRead read(Path file) {
        Problems problems = new Problems();
        List<Profile> profiles = new ArrayList<>();
        try {
            List<YamlNode> documents = yaml.load(file);
            if (documents.isEmpty()) {
                problems.add(Location.ofFile(file.toString()), "", "the file holds no profile");
            }
            ProfileReader reader = new ProfileReader(problems, shared);
            for (YamlNode document : documents) {
                reader.read(file.toString(), document).ifPresent(profiles::add);
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        return new FileRead(profiles, problems);
    }

    /** Profiles from YAML text; {@code name} is what error locations call it. */
    public List<Profile> parse(String name, String text) {
        Problems problems = new Problems();
        List<Profile> profiles = new ArrayList<>();
        try {
            ProfileReader reader = new ProfileReader(problems);
            for (YamlNode document : yaml.parse(name, text)) {
                reader.read(name, document).ifPresent(profiles::add);
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        checkUniqueNames(profiles, problems);
        problems.throwIfAny();
        return profiles;
    }

    private static List<Path> expand(List<Path> paths, Problems problems, boolean emptyFolderIsEmptySet) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    List<Path> found = children.filter(ProfileLoader::isYaml).filter(Files::isRegularFile)
                            .sorted().toList();
                    if (found.isEmpty() && !emptyFolderIsEmptySet) {
                        problems.add(Location.ofFile(path.toString()), "", "the folder holds no *.yaml or *.yml file");
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    problems.add(Location.ofFile(path.toString()), "", "cannot list the folder: " + e.getMessage());
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                problems.add(Location.ofFile(path.toString()), "", "no such file or folder");
            }
        }
        return files;
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static void checkUniqueNames(List<Profile> profiles, Problems problems) {
        Map<String, Profile> seen = new HashMap<>();
        for (Profile profile : profiles) {
            Profile first = seen.putIfAbsent(profile.name(), profile);
            if (first != null) {
                problems.addAll(List.of(new Problem(profile.source().locate("name"), "name",
                        "'" + profile.name() + "' is already the name of the profile at "
                                + first.source().locate("name") + "; names must be unique in a run")));
            }
        }
    }
}
