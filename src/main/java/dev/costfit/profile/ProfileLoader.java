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
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Loads profiles from files and folders (every *.yaml / *.yml directly in a folder, in name order); a file may hold
 * several profiles as YAML documents. Problems of every file are reported together.
 */
public final class ProfileLoader {

    /** Files read at once by {@link #readAgainWhenAsked}: enough to keep every core busy. */
    private static final int READ_BATCH = 512;

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
        return load(find(paths, emptyFolderIsEmptySet));
    }

    /**
     * The files {@code paths} name (every *.yaml / *.yml directly in a folder, in name order), and what is wrong
     * with the paths themselves.
     */
    public Found find(List<Path> paths, boolean emptyFolderIsEmptySet) {
        Problems problems = new Problems();
        List<Path> files = expand(paths, problems, emptyFolderIsEmptySet);
        return new Found(files, problems.list());
    }

    /** Files to read profiles from, and the problems of the paths that named them. */
    public record Found(List<Path> files, List<Problem> problems) {

        public Found {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Every profile of the files found, read and kept; the problems of every file reported together. */
    public List<Profile> load(Found found) {
        Problems problems = new Problems();
        problems.addAll(found.problems());
        List<Profile> profiles = new ArrayList<>();
        // Files are independent and a portfolio's are all read before any is priced: read on every core, then
        // taken in input order, so the profiles and the problems come in the same order as one by one.
        for (FileRead read : found.files().parallelStream().map(file -> read(file, shared)).toList()) {
            profiles.addAll(read.profiles());
            problems.addAll(read.problems().list());
        }
        problems.addAll(UniqueNames.among(profiles));
        problems.throwIfAny();
        return profiles;
    }

    /**
     * Every profile of the files found, read and checked now — {@code check} sees each, as {@code adjust} makes
     * it, in input order — with the problems of every file reported together, as {@link #load(Found)} does; but not
     * kept: the list returned reads a profile again each time it is asked for one. A portfolio's memory then stays
     * flat whatever its size, where keeping its profiles took some 2 KB each (their field locations, most of it):
     * 230 MB for 100,000, read before the first was priced. Reading twice costs about a tenth of a portfolio's time
     * (100,000 generated profiles: 122 -> 132 s).
     */
    public List<Profile> readAgainWhenAsked(Found found, UnaryOperator<Profile> adjust, Consumer<Profile> check) {
        Problems problems = new Problems();
        problems.addAll(found.problems());
        // Names taken twice are reported after every file's own problems, as load reports them.
        UniqueNames names = new UniqueNames();
        IntStream.Builder fileOf = IntStream.builder();
        IntStream.Builder documentOf = IntStream.builder();
        List<Path> files = found.files();
        // A batch of files at a time on every core, so that no more than a batch's profiles are held at once.
        for (int from = 0; from < files.size(); from += READ_BATCH) {
            List<FileRead> reads = files.subList(from, Math.min(files.size(), from + READ_BATCH)).parallelStream()
                    .map(file -> read(file, SharedValues.none())).toList();
            for (int k = 0; k < reads.size(); k++) {
                FileRead read = reads.get(k);
                problems.addAll(read.problems().list());
                for (int d = 0; d < read.profiles().size(); d++) {
                    Profile profile = read.profiles().get(d);
                    names.see(profile);
                    check.accept(adjust.apply(profile));
                    fileOf.add(from + k);
                    documentOf.add(d);
                }
            }
        }
        problems.addAll(names.taken());
        problems.throwIfAny();
        return new ReadAgain(files, fileOf.build().toArray(), documentOf.build().toArray(), adjust);
    }

    /** The profiles of files checked before, each read again when asked for (see {@link #readAgainWhenAsked}). */
    private final class ReadAgain extends AbstractList<Profile> implements RandomAccess {

        private final List<Path> files;
        private final int[] fileOf;
        private final int[] documentOf;
        private final UnaryOperator<Profile> adjust;
        /**
         * The last file of several profiles read, with them: its profiles are asked for one after another, and
         * reading the whole file for each (up to YamlLoader.MAX_DOCUMENTS) would cost its square. One file's
         * profiles at most are held.
         */
        private final java.util.concurrent.atomic.AtomicReference<LastRead> last =
                new java.util.concurrent.atomic.AtomicReference<>();

        private record LastRead(int file, FileRead read) {}

        ReadAgain(List<Path> files, int[] fileOf, int[] documentOf, UnaryOperator<Profile> adjust) {
            this.files = files;
            this.fileOf = fileOf;
            this.documentOf = documentOf;
            this.adjust = adjust;
        }

        @Override
        public Profile get(int index) {
            Path file = files.get(fileOf[index]);
            LastRead cached = last.get();
            FileRead read;
            if (cached != null && cached.file() == fileOf[index]) {
                read = cached.read();
            } else {
                read = read(file, SharedValues.none());
                if (read.profiles().size() > 1) {
                    last.set(new LastRead(fileOf[index], read));
                }
            }
            if (!read.problems().isEmpty() || read.profiles().size() <= documentOf[index]) {
                // The file was edited while the run priced the others: say so, with what is wrong with it now.
                List<Problem> now = new ArrayList<>(List.of(new Problem(Location.ofFile(file.toString()), "",
                        "the file changed after it was checked, while the run priced the profiles before it")));
                now.addAll(read.problems().list());
                throw new InputException(now);
            }
            return adjust.apply(read.profiles().get(documentOf[index]));
        }

        @Override
        public int size() {
            return fileOf.length;
        }
    }

    /** One file's profiles and problems. */
    private record FileRead(List<Profile> profiles, Problems problems) {}

    /** @param shared what the profiles read share: the load's, where they are kept; nothing, where not */
    private FileRead read(Path file, SharedValues shared) {
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
        problems.addAll(UniqueNames.among(profiles));
        problems.throwIfAny();
        return profiles;
    }

    private static List<Path> expand(List<Path> paths, Problems problems, boolean emptyFolderIsEmptySet) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (path.toString().isEmpty()) {
                // Path.of("") is the current folder: `check ""` (an unset variable) read every profile there.
                problems.add(Location.ofFile("''"), "", "an empty argument names no profile; give a file or a "
                        + "folder (. for the current one)");
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    List<Path> found = children.filter(ProfileLoader::isYaml).filter(Files::isRegularFile)
                            .sorted().toList();
                    List<Path> below = found.isEmpty() ? inSubfolders(path) : List.of();
                    if (!below.isEmpty()) {
                        // Read as empty, diff's BASE had every profile "added": the subfolders are said, not skipped.
                        problems.add(Location.ofFile(path.toString()), "", "the folder holds no *.yaml or *.yml "
                                + "file of its own, but its subfolders do (" + String.join(", ", below.stream()
                                .map(Path::toString).toList()) + "): costfit reads the profiles in a folder itself, "
                                + "not in its subfolders; name each folder that holds them");
                    } else if (found.isEmpty() && !emptyFolderIsEmptySet) {
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
        return once(files);
    }

    /** Up to three profiles in the subfolders of {@code folder}, a few levels down, as examples. */
    private static List<Path> inSubfolders(Path folder) {
        try (Stream<Path> files = Files.find(folder, 4, (p, a) -> a.isRegularFile() && isYaml(p))) {
            return files.sorted().limit(3).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable subfolder leaves the folder as it is: no profiles of its own.
            return List.of();
        }
    }

    /**
     * Each file once, at its first place: `recommend profiles/ profiles/chat-api.yaml` names chat-api.yaml twice,
     * which was read twice and refused as a profile named like itself.
     */
    private static List<Path> once(List<Path> files) {
        java.util.Map<Path, Path> seen = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            Path same;
            try {
                same = file.toRealPath();
            } catch (IOException | SecurityException e) {
                same = file.toAbsolutePath().normalize();
            }
            seen.putIfAbsent(same, file);
        }
        return List.copyOf(seen.values());
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The names of a run's profiles, seen one by one: each must be unique in the run. */
    private static final class UniqueNames {

        private final Map<String, Location> first = new HashMap<>();
        private final List<Problem> taken = new ArrayList<>();

        /** The problems of names taken twice among {@code profiles}. */
        static List<Problem> among(List<Profile> profiles) {
            UniqueNames names = new UniqueNames();
            profiles.forEach(names::see);
            return names.taken();
        }

        void see(Profile profile) {
            Location before = first.putIfAbsent(profile.name(), profile.source().locate("name"));
            if (before != null) {
                taken.add(new Problem(profile.source().locate("name"), "name", "'" + profile.name()
                        + "' is already the name of the profile at " + before + "; names must be unique in a run"));
            }
        }

        List<Problem> taken() {
            return taken;
        }
    }
}
