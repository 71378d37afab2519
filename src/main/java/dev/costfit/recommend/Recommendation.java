package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import java.util.List;
import java.util.Optional;

/**
 * The platform to use (if any fits), the next best, the reasons in plain words, and where the answer changes: along
 * the rate, and along cpu_time where an LLM service leaves it out ({@link CpuTimeLadder}).
 */
public record Recommendation(Optional<Assessment> chosen, Optional<Assessment> runnerUp, List<String> reasons,
                             Optional<BreakEven> breakEven, Optional<CpuTimeLadder> cpuTimeLadder) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
