package dev.costfit.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run the launcher makes its class-data archive or AOT cache from (`costfit`, {@code archive}): the main job on
 * the sample profiles, then the decision map of the chat API profile, in one JVM, so that the archive holds what
 * both load and, on Java 25, the map's method profiles too (JEP 515). One JVM trains one archive, and the verbs are
 * one per JVM on the command line. Not a command: nothing a user runs, so nothing in the help or the completion.
 *
 * <p>2026-12-05, Java 25, the map of {@code profiles/chat-api.yaml} in a fresh JVM: 410–458 ms of engine time with
 * a cache trained by the main job alone, 340–399 ms with this one (five interleaved runs each); one profile the
 * same (0.30–0.37 against 0.30–0.33 s wall). On Java 17, whose archive holds classes alone, the map is the same
 * either way.
 */
public final class ArchiveTraining {

    /** The profile the README's map measurements and benchmarks draw. */
    static final String MAP_PROFILE = "chat-api.yaml";

    private ArchiveTraining() {
    }

    /** @param args the sample profiles' folder */
    public static void main(String[] args) {
        // As Main starts a run of the main job: the catalog read on another core.
        dev.costfit.pricing.CatalogLoader.preload();
        System.exit(run(Path.of(args[0]), Main.stderr()));
    }

    /**
     * Both jobs, their reports discarded. The exit code is the main job's: the map is trained only where the sample
     * it draws is there, and an archive without it is still worth making.
     */
    static int run(Path profiles, PrintWriter err) {
        PrintWriter discarded = new PrintWriter(Writer.nullWriter());
        int code = Main.run(new String[] {"recommend", profiles.toString()}, discarded, err);
        Path mapped = profiles.resolve(MAP_PROFILE);
        if (code == 0 && Files.isRegularFile(mapped)) {
            Main.run(new String[] {"map", mapped.toString()}, discarded, err);
        }
        return code;
    }
}
