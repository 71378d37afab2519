package dev.costfit.report;

import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import java.util.List;
import java.util.Optional;

/**
 * JSON Lines (`--format jsonl`): one profile per line, each line the object the JSON report has for that profile
 * in its {@code profiles} array (so {@code jq} reads both alike). The run's own facts (tool version, catalog date,
 * options) are in the JSON report; a line stands alone so that a portfolio of any size streams through with flat
 * memory.
 */
public final class JsonLinesReport implements Renderer {

    private final JsonReport json = new JsonReport();

    @Override
    public String recommend(RunInfo run, List<ProfileResult> results) {
        return json.profileLines(results);
    }

    @Override
    public String check(RunInfo run, List<ProfileResult> results) {
        return json.profileLines(results);
    }

    @Override
    public String diff(RunInfo run, Diff diff) {
        return json.diffLines(run, diff);
    }

    @Override
    public Optional<PartedReport> recommendInParts(RunInfo run) {
        return Optional.of(json.lines());
    }

    @Override
    public Optional<PartedReport> checkInParts(RunInfo run) {
        return Optional.of(json.lines());
    }
}
