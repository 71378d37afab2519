package dev.costfit.cli;

import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where --out may write: a file name, not a folder, and never one of the profiles the run reads. */
final class ReportTarget {

    private ReportTarget() {
    }

    static void check(Path out, List<String> inputs, Problems problems) {
        if (out == null) {
            return;
        }
        if (out.toString().isBlank()) {
            problems.add(Location.ofFile("--out"), "", "found an empty file name; give the file to write the report "
                    + "to, such as --out report.md");
            return;
        }
        if (Files.isDirectory(out)) {
            problems.add(Location.ofFile("--out"), "", out + " is a folder; give a file in it, such as --out "
                    + out.resolve("report.md"));
            return;
        }
        for (String input : inputs) {
            if (same(out, Path.of(input))) {
                problems.add(Location.ofFile("--out"), "", out + " is one of the profiles being read; costfit never "
                        + "overwrites an input: write the report to another file");
                return;
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
