package dev.costfit.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report of a campaign in {@code reportDir/seed-S/}: summary.txt (the counts, every failure signature with its
 * count, first case, slowest run and reproducer, and the most frequent exit-2 messages, also printed), failures.tsv
 * (every failing case) and cases.tsv (every case).
 */
final class ReportFiles {

    private final FuzzConfig config;
    private final PrintStream log;

    ReportFiles(FuzzConfig config, PrintStream log) {
        this.config = config;
        this.log = log;
    }

    void write(Campaign.Result result, String headline) {
        Tally tally = result.tally();
        Path dir = config.reportDir().resolve("seed-" + config.seed());
        StringBuilder summary = new StringBuilder(headline).append('\n');
        for (Tally.Group g : tally.groups()) {
            summary.append(String.format("%6d  %s%n        first: case %d, slowest %d ms; %s%n        %s%n",
                    g.count, g.signature, g.first.index(), g.maxMillis, Visible.of(g.firstVerdict.detail()),
                    g.reproducer.isEmpty() ? "(not minimised)" : g.reproducer));
        }
        summary.append("\nmost frequent exit-2 messages:\n");
        tally.topRejections(40).forEach(line -> summary.append(line).append('\n'));
        write(dir.resolve("summary.txt"), summary.toString());
        write(dir.resolve("cases.tsv"), "case\toutcome\tmillis\tsample\tcommand\tformat\n"
                + String.join("\n", tally.caseLines()) + "\n");
        write(dir.resolve("failures.tsv"), "case\toutcome\tmillis\tsignature\n"
                + String.join("\n", tally.failureLines()) + "\n");
        log.print(summary);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
