package dev.costfit.recommend;

import dev.costfit.platform.Assessment;
import java.util.List;
import java.util.Optional;

/** The platform to use (if any fits), the next best, and the reasons in plain words. */
public record Recommendation(Optional<Assessment> chosen, Optional<Assessment> runnerUp, List<String> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
