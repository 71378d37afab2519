package dev.costfit.profile;

import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.Optional;

/**
 * The estimates a profile stated as ranges; each one present was written {low, expected, high}, whose expected
 * value is the profile's own. Rate and mean duration are services' only; cpu_time and the llm block's figures are
 * any profile's.
 */
public record Ranges(Optional<Estimate<Rate>> rate, Optional<Estimate<TimeSpan>> meanDuration,
                     Optional<Estimate<TimeSpan>> cpuTime, Optional<Estimate<Long>> inputTokens,
                     Optional<Estimate<Long>> outputTokens, Optional<Estimate<Double>> llmCalls) {

    public static final Ranges NONE = new Ranges(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** The ranges of the workload's own fields (rate, mean duration), none of the others. */
    public static Ranges ofWorkload(Optional<Estimate<Rate>> rate, Optional<Estimate<TimeSpan>> meanDuration) {
        return new Ranges(rate, meanDuration, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same ranges with the llm block's. */
    public Ranges withLlm(Optional<Estimate<Long>> input, Optional<Estimate<Long>> output,
                          Optional<Estimate<Double>> calls) {
        return new Ranges(rate, meanDuration, cpuTime, input, output, calls);
    }

    public boolean any() {
        return rate.isPresent() || meanDuration.isPresent() || cpuTime.isPresent() || inputTokens.isPresent()
                || outputTokens.isPresent() || llmCalls.isPresent();
    }
}
