package dev.costfit.report;

import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileResult;
import java.util.List;

/** One output format: the bytes of the recommend, check and diff reports. */
public interface Renderer {

    String recommend(RunInfo run, List<ProfileResult> results);

    String check(RunInfo run, List<ProfileResult> results);

    String diff(RunInfo run, Diff diff);
}
