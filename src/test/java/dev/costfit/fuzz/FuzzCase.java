package dev.costfit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One fuzz case: a sample profile ({@code base}, the unmutated tree, which the minimiser may trim), the edits that
 * make the mutated profile from it, and the command line to run.
 *
 * @param seed  the campaign's seed and {@code index} the case number: together they regenerate the case
 */
record FuzzCase(long seed, long index, String sample, YamlTree.Node base, List<Edit> edits, Invocation invocation) {

    FuzzCase {
        edits = List.copyOf(edits);
    }

    /** The mutated profile's text (before any re-encoding). */
    String profileText() {
        return Edit.apply(base, edits);
    }

    String baseText() {
        return YamlTree.render(base);
    }

    FuzzCase withEdits(List<Edit> fewer) {
        return new FuzzCase(seed, index, sample, base, fewer, invocation);
    }

    FuzzCase withBase(YamlTree.Node smaller) {
        return new FuzzCase(seed, index, sample, smaller, edits, invocation);
    }

    FuzzCase withInvocation(Invocation other) {
        return new FuzzCase(seed, index, sample, base, edits, other);
    }

    String describeEdits() {
        return edits.isEmpty() ? "none" : edits.stream().map(Edit::describe).collect(Collectors.joining("; "));
    }

    /** The files of the case, written into {@code dir}, and the command line that names them. */
    RunInput written(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("profile.yaml");
            Path base = dir.resolve("base.yaml");
            Path empty = Files.createDirectories(dir.resolve("empty"));
            Path out = dir.resolve("out." + (invocation.format().isEmpty() ? "txt" : invocation.format()));
            byte[] bytes = Edit.bytes(profileText(), edits);
            Files.write(file, bytes);
            Files.writeString(base, baseText(), StandardCharsets.UTF_8);
            return new RunInput(invocation.args(file, base, empty, out), Map.of(file.toString(),
                    new String(bytes, StandardCharsets.UTF_8), base.toString(), baseText()), out,
                    invocation.has("--fail-on"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
