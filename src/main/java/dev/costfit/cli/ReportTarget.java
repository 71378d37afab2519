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

    /** As {@link #check(Path, List, String, Problems)} for a report. */
    static void check(Path out, List<Input> inputs, Problems problems) {
        check(out, inputs, "the report", problems);
    }

    /** Adds a problem at --out when it names no file, a folder, or one of {@code inputs}; {@code what} is written. */
    static void check(Path out, List<Input> inputs, String written, Problems problems) {
        if (out == null) {
            return;
        }
        if (out.toString().isBlank()) {
            problems.add(Location.ofFile("--out"), "", "found an empty file name; give the file to write "
                    + written + " to, such as --out report.md");
            return;
        }
        if (Files.isDirectory(out)) {
            problems.add(Location.ofFile("--out"), "", out + " is a folder; give a file in it, such as --out "
                    + out.resolve("report.md"));
            return;
        }
        for (Input input : inputs) {
            if (same(out, input.path())) {
                problems.add(Location.ofFile("--out"), "", out + " is " + input.what() + "; costfit never "
                        + "overwrites an input: write " + written + " to another file");
                return;
            }
        }
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
