package dev.costfit.cli;

import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where --out may write: a file name, not a folder, and never a file the run reads (a profile, a --catalog overlay,
 * the refreshed prices): costfit never overwrites its input.
 */
final class ReportTarget {

    /** A file the run reads, and what it is to the run, as the message names it ("one of the profiles being read"). */
    record Input(Path path, String what) {}

    private ReportTarget() {
    }

    /** The profile files a run reads. */
    static List<Input> profiles(List<Path> files) {
        return files.stream().map(f -> new Input(f, "one of the profiles being read")).toList();
    }

    /** The catalog files a run layers over the embedded one: the refreshed prices, if any, then the overlays. */
    static List<Input> catalogs(Optional<Path> refreshed, List<Path> overlays) {
        List<Input> inputs = new ArrayList<>();
        refreshed.ifPresent(f -> inputs.add(new Input(f, "the refreshed price catalog being read (costfit pricing "
                + "update writes it)")));
        overlays.forEach(f -> inputs.add(new Input(f, "one of the catalog overlays being read (--catalog)")));
        return inputs;
    }

    /**
     * As {@link #check(Path, List, String, Problems)} for a report, which is never named as a profile is: a report in
     * r.yaml (written as a table, the extension naming no format) sat among the profiles, and the next run over
     * that folder read it as one and failed on it.
     */
    static void check(Path out, List<Input> inputs, Problems problems) {
        int before = problems.count();
        check(out, inputs, "the report", problems);
        if (problems.count() > before || out == null) {
            return;
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (extension.equals("yaml") || extension.equals("yml")) {
            String stem = name.substring(0, dot);
            problems.add(Location.ofFile("--out"), "", out + " is named as a profile is (." + extension + "), but a "
                    + "report is not a profile: costfit would read it as one the next time it reads that folder. "
                    + "Name a file for the report's format, such as " + stem + ".txt, " + stem + ".md or " + stem
                    + ".json");
        }
    }

    /** Checks the --out of a verb that reads no file (schema, completion); {@code written} as there. */
    static void check(Path out, String written) {
        Problems problems = new Problems();
        check(out, List.of(), written, problems);
        problems.throwIfAny();
    }

    /** Adds a problem at --out when it names no file, a folder, or one of {@code inputs}; {@code what} is written. */
    static void check(Path out, List<Input> inputs, String written, Problems problems) {
        if (out == null) {
            return;
        }
        String example = switch (written) {
            case "the schema" -> "profile-v1.schema.json";
            case "the script" -> "costfit-completion.bash";
            case "the overlay" -> "prices.yaml";
            case "the comparison" -> "price-diff.txt";
            default -> "report.md";
        };
        if (out.toString().isBlank()) {
            problems.add(Location.ofFile("--out"), "", "found an empty file name; give the file to write "
                    + written + " to, such as --out " + example);
            return;
        }
        if (Files.isDirectory(out)) {
            problems.add(Location.ofFile("--out"), "", out + " is a folder; give a file in it, such as --out "
                    + out.resolve(example));
            return;
        }
        for (Input input : inputs) {
            if (same(out, input.path())) {
                problems.add(Location.ofFile("--out"), "", out + " is " + input.what() + "; costfit never "
                        + "overwrites an input: write " + written + " to another file");
                return;
            }
        }
        folderProblem(out).ifPresent(p -> problems.add(Location.ofFile("--out"), "", p));
    }

    /**
     * What keeps the folder of --out from taking the file, checked before any work, as the rest of --out is: a
     * missing folder was found only at the end, after every profile was priced (14 s for 1,500). The temp file
     * {@link AtomicFile} renames into place is made in that folder, so it must exist and be writable. A pipe, a
     * device or a symbolic link is left to AtomicFile, which writes it in place or follows it.
     */
    private static Optional<String> folderProblem(Path out) {
        Path absolute = out.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) || Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            return Optional.empty();
        }
        Path dir = absolute.getParent();
        if (dir == null) {
            return Optional.empty();
        }
        String shown = out.getParent() != null ? out.getParent().toString() : dir.toString();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Optional.of("cannot write " + out + ": " + shown + " is a file, not a folder; name a file in a "
                    + "folder");
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of("cannot write " + out + ": the folder " + shown + " does not exist; create it "
                    + "first (mkdir -p " + shown + "), or name a file in a folder that exists");
        }
        if (!Files.isWritable(dir)) {
            return Optional.of("cannot write " + out + ": the folder " + shown + " is not writable (costfit "
                    + "writes a temp file there, then renames it); name a file in a folder you can write to");
        }
        return Optional.empty();
    }

    /**
     * Whether writing {@code out} would overwrite {@code input}. A pipe or a terminal (/dev/stdin read, /dev/stdout
     * written, both the terminal) is written in place, not overwritten ({@link AtomicFile}).
     */
    private static boolean same(Path a, Path b) {
        if (Files.exists(a) && !Files.isRegularFile(a)) {
            return false;
        }
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
