package dev.costfit.fuzz;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shrinks the first case of each failure signature — at most six per failure class, two for slow ones (which take
 * seconds a run) — and writes each distinct reproducer once, to {@code reportDir/seed-S/repro/NNN-outcome.yaml}
 * (and NNN-outcome.base.yaml when a diff needs its base).
 */
final class ReproducerWriter {

    private static final int MAX_PER_KEY = 6;
    private static final int MAX_PER_SLOW_KEY = 2;
    private static final int SLOW_MINIMISE_RUNS = 20;

    private final FuzzConfig config;
    private final Path workDir;
    private final PrintStream log;

    ReproducerWriter(FuzzConfig config, Path workDir, PrintStream log) {
        this.config = config;
        this.workDir = workDir;
        this.log = log;
    }

    List<String> writeAll(Tally tally) {
        Path dir = config.reportDir().resolve("seed-" + config.seed()).resolve("repro");
        Map<String, Integer> perKey = new HashMap<>();
        Set<String> written = new HashSet<>();
        List<String> paths = new ArrayList<>();
        for (Tally.Group g : tally.groups()) {
            boolean slow = g.firstVerdict.outcome() == Outcome.SLOW;
            if (paths.size() >= config.maxReproducers()
                    || perKey.merge(g.firstVerdict.key(), 1, Integer::sum) > (slow ? MAX_PER_SLOW_KEY : MAX_PER_KEY)) {
                continue;
            }
            CaseRunner runner = new CaseRunner(workDir, config.limitMillis(),
                    slow ? Math.min(config.hardCapMillis(), 2 * config.limitMillis()) : config.hardCapMillis());
            Minimiser minimiser = new Minimiser(runner::run, slow ? SLOW_MINIMISE_RUNS : config.minimiseRuns());
            FuzzCase small = minimiser.shrink(g.first, g.firstVerdict);
            if (!written.add(small.invocation() + "\n" + small.profileText())) {
                g.reproducer = "(same as an earlier reproducer)";
                continue;
            }
            Verdict verdict = runner.run(small);
            String text = Reproducer.text(small, verdict.failure() ? verdict : g.firstVerdict,
                    small.invocation().has("--fail-on") ? "0|2|3" : "0|2");
            Path file = dir.resolve(String.format("%03d-%s.yaml", paths.size() + 1, g.firstVerdict.outcome().label));
            ReportFiles.write(file, text);
            if (small.invocation().needsBase()) {
                ReportFiles.write(dir.resolve(file.getFileName().toString().replace(".yaml", ".base.yaml")),
                        small.baseText());
            }
            g.reproducer = file.toString();
            paths.add(file.toString());
            if (config.report()) {
                log.printf("fuzz: %s (%d cases) -> %s [%d runs to shrink]%n", g.signature, g.count, file,
                        minimiser.runs());
            }
        }
        return paths;
    }
}
