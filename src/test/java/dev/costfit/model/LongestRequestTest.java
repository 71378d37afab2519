package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.profile.DurationProfile;
import dev.costfit.units.TimeSpan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A stated p95 or p99 is not the longest request: the log-normal costfit fits to the stated durations (σ from
 * BilledDuration, its mean the stated mean) puts a share of them past any limit. Shares by hand: Q(z) from a normal
 * table, z = (ln(t / mean) + σ²/2) / σ.
 */
class LongestRequestTest {

    private static final double Z95 = 1.6448536269514722;

    private static DurationProfile durations(double mean, Double p50, Double p95, Double p99, Double max) {
        return new DurationProfile(TimeSpan.ofSeconds(mean), Optional.ofNullable(p50).map(TimeSpan::ofSeconds),
                Optional.ofNullable(p95).map(TimeSpan::ofSeconds), Optional.ofNullable(p99).map(TimeSpan::ofSeconds),
                Optional.ofNullable(max).map(TimeSpan::ofSeconds));
    }

    @Test
    void aP95OfFourteenMinutesLeavesFourPercentPastFifteen() {
        // An expert review's profile: mean 8 min, p50 7 min, p95 14 min. σ = ln(14 / 7) / 1.6449 = 0.42140, σ²/2 =
        // 0.088791; past 15 min: z = (ln(900 / 480) + 0.088791) / 0.42140 = (0.62861 + 0.08879) / 0.42140 = 1.7024,
        // Q(1.7024) = 0.04434. (With the median at the stated p50 instead, Q(ln(15 / 7) / 0.42140) = Q(1.8085) =
        // 0.0353, the review's 3.5%; costfit's fit keeps the stated mean, which bills.)
        LongestRequest r = LongestRequest.of(durations(480, 420.0, 840.0, null, null));
        assertThat(r.name()).isEqualTo("p95");
        assertThat(r.sigma()).isCloseTo(Math.log(2) / Z95, within(1e-12));
        assertThat(r.bounds()).isFalse();
        assertThat(r.shareBeyond(900)).isCloseTo(0.04434, within(5e-6));
        assertThat(r.endsWithin(900)).isFalse();
        assertThat(r.beyond(900)).isEqualTo("about 4.4% of requests run past 15 min by the log-normal fitted to the "
                + "stated durations");
    }

    @Test
    void aNegligibleTailEndsWithinTheLimit() {
        // Mean 2 min, p99 6 min: the σ whose log-normal of that mean has that p99, 2.3263·σ − σ²/2 = ln 3: σ = 2.3263
        // − √(2.3263² − 2 ln 3) = 2.3263 − 1.7930 = 0.53340. Past 15 min: z = (ln 7.5 + 0.14226) / 0.53340 = 4.0442,
        // Q = 0.0000263: at most 0.1%, so the requests end within 15 min.
        LongestRequest r = LongestRequest.of(durations(120, null, null, 360.0, null));
        assertThat(r.shareBeyond(900)).isCloseTo(0.0000263, within(5e-8));
        assertThat(r.endsWithin(900)).isTrue();
        assertThat(r.beyond(900)).startsWith("about 0.0026% of requests run past 15 min");
    }

    @Test
    void aMaxOrAMeanAloneBoundsTheRequests() {
        LongestRequest max = LongestRequest.of(durations(480, 420.0, 840.0, null, 870.0));
        assertThat(max.name()).isEqualTo("max");
        assertThat(max.bounds()).isTrue();
        assertThat(max.endsWithin(900)).isTrue();
        assertThat(max.endsWithin(860)).isFalse();
        // Only the mean: every request is taken to last it (BilledDuration.AT_THE_MEAN).
        LongestRequest mean = LongestRequest.of(durations(480, null, null, null, null));
        assertThat(mean.bounds()).isTrue();
        assertThat(mean.shareBeyond(600)).isZero();
    }

    @Test
    void atASlowerSettingEveryRequestStretchesAlike() {
        // Mean 20 s, p95 50 s: 1.6449·σ − σ²/2 = ln 2.5, σ = 1.6449 − √(1.6449² − 2 ln 2.5) = 0.71053. Past 60 s:
        // z = (ln 3 + 0.25243) / 0.71053 = 1.9015, Q = 0.02862. At a setting twice as slow (p95 100 s, mean 40 s),
        // past 120 s is the same share.
        LongestRequest r = LongestRequest.of(durations(20, null, 50.0, null, null));
        assertThat(r.shareBeyond(60)).isCloseTo(0.02862, within(5e-6));
        LongestRequest slower = r.at(100);
        assertThat(slower.mean()).isCloseTo(40, within(1e-12));
        assertThat(slower.shareBeyond(120)).isCloseTo(0.02862, within(5e-6));
    }
}
