package dev.costfit.report;

import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import java.util.List;
import java.util.Optional;

/** One output format: the bytes of the recommend, check and diff reports. */
public interface Renderer {

    String recommend(RunInfo run, List<ProfileResult> results);

    String check(RunInfo run, List<ProfileResult> results);

    String diff(RunInfo run, Diff diff);

    /**
     * The recommend report written part by part as profiles are evaluated, where the format allows it; empty for
     * reports that must see every profile first (tables, summaries, charts).
     */
    default Optional<PartedReport> recommendInParts(RunInfo run) {
        return Optional.empty();
    }

    /** The same for the check report. */
    default Optional<PartedReport> checkInParts(RunInfo run) {
        return Optional.empty();
    }
}
