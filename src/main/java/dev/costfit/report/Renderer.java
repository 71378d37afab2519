package dev.costfit.report;

import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import java.util.List;

/** One output format: the bytes of the recommend, check and diff reports. */
public interface Renderer {

    String recommend(RunInfo run, List<ProfileResult> results);

    String check(RunInfo run, List<ProfileResult> results);

    String diff(RunInfo run, Diff diff);

    /**
     * For reports that can be written while profiles are still being evaluated: the reports of consecutive parts
     * of the profiles, each after the first without this many leading lines (its header), concatenate to the
     * report of all of them. -1 for reports that must see every profile first (tables, summaries, charts).
     */
    default int streamHeaderLines() {
        return -1;
    }
}
