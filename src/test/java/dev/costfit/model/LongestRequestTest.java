package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.profile.AtOnce;
import dev.costfit.profile.DurationProfile;
import dev.costfit.profile.MessageBatch;
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

    @Test
    void theProfilesOwnTimeoutWeighsWhatASlowerSettingAdds() {
        // The chat API: mean 6 s, p50 4 s, p95 30 s, timeout 120 s. σ = ln 7.5 / 1.6449 = 1.2250, σ²/2 = 0.75028;
        // as measured z = (ln 20 + 0.75028) / 1.2250 = 3.0580, Q = 0.0011140: past 0.1% already, which would refuse
        // every setting, the one measured too. Against its own timeout only what a setting adds counts.
        LongestRequest chat = LongestRequest.of(durations(6, 4.0, 30.0, null, null));
        assertThat(chat.shareBeyond(120)).isCloseTo(0.0011140, within(5e-8));
        assertThat(chat.endsWithin(120)).isFalse();
        assertThat(chat.endWithinOwnTimeout(120, chat)).isTrue();
        // 6.37 s (Lambda's 512 MB): z = (ln(120 / 6.37) + 0.75028) / 1.2250 = 3.0092, Q = 0.0013097, 0.020% more.
        LongestRequest slower = chat.atMean(6.37);
        assertThat(slower.seconds()).isCloseTo(30 * 6.37 / 6, within(1e-12));
        assertThat(slower.addedBeyond(120, chat)).isCloseTo(0.0013097 - 0.0011140, within(5e-7));
        assertThat(slower.endWithinOwnTimeout(120, chat)).isTrue();
        // 8 s: z = (ln 15 + 0.75028) / 1.2250 = 2.8231, Q = 0.0023774, 0.13% more: refused.
        assertThat(chat.atMean(8).addedBeyond(120, chat)).isCloseTo(0.0023774 - 0.0011140, within(5e-7));
        assertThat(chat.atMean(8).endWithinOwnTimeout(120, chat)).isFalse();
    }

    @Test
    void theMostMeanWithinTheOwnTimeoutIsWhereTheAddedShareReachesATenthOfAPercent() {
        // Mean 12 s, p50 9 s, p95 25 s, timeout 30 s: σ = ln(25 / 9) / 1.6449 = 0.62112, σ²/2 = 0.19289; as measured
        // Q((ln 2.5 + 0.19289) / 0.62112) = Q(1.7858) = 0.037067; the share reaches 0.038067 at z = 1.7736:
        // m = 30 · e^(0.19289 − 0.62112 × 1.7736) = 12.0914 s (the p95 alone would allow 12 × 30 / 25 = 14.4 s).
        LongestRequest r = LongestRequest.of(durations(12, 9.0, 25.0, null, null));
        double most = r.mostMeanWithin(30, r);
        assertThat(most).isCloseTo(12.0914, within(5e-5));
        assertThat(r.atMean(most).addedBeyond(30, r)).isCloseTo(LongestRequest.NEGLIGIBLE, within(1e-12));
        assertThat(r.atMean(most).endWithinOwnTimeout(30, r)).isTrue();
        assertThat(r.atMean(most * 1.0001).endWithinOwnTimeout(30, r)).isFalse();
        // A max bounds them: the mean at which it reaches the timeout, 12 × 30 / 28.
        LongestRequest max = LongestRequest.of(durations(12, 9.0, 25.0, null, 28.0));
        assertThat(max.mostMeanWithin(30, max)).isCloseTo(12.0 * 30 / 28, within(1e-12));
        // A mean alone too: 30 s.
        LongestRequest mean = LongestRequest.of(durations(12, null, null, null, null));
        assertThat(mean.mostMeanWithin(30, mean)).isCloseTo(30, within(1e-12));
    }

    @Test
    void theLeastVcpuKeepsTheTailWithinTheOwnTimeout() {
        // The same requests, 2 s of CPU on one thread: 10 + 2 / v = 12.0914 at v = 0.95631 (by the p95 alone,
        // 10 + 2 / v = 14.4 at v = 0.45455). max_slowdown 25% allows 15 s: the timeout binds.
        LongestRequest r = LongestRequest.of(durations(12, 9.0, 25.0, null, null));
        RequestTime time = new RequestTime(12, 25, 2, 1, true, 12, 0, dev.costfit.profile.AtOnce.ONE);
        assertThat(time.vcpuWithin(0.25, 30, r)).isCloseTo(0.95631, within(5e-6));
        LongestRequest bound = LongestRequest.of(durations(12, 9.0, 25.0, null, 25.0));
        assertThat(time.vcpuWithin(0.25, 30, bound)).isCloseTo(2 / 4.4, within(1e-12));
    }

    @Test
    void aBatchsShareIsItsBusiestBatchsByItsMessagesTail() {
        // A mean batch of 4 messages of mean 10 s (40 s), the busiest of 8, σ 0.5 a message, one after another:
        // Fenton–Wilkinson, e^0.25 − 1 = 0.284025, σ_S² = ln(1 + 0.284025/8) = 0.034887, σ_S = 0.186782; the busiest
        // batch's mean 80 s. Past 150 s: z = (ln(150/80) + 0.017444) / 0.186782 = 3.45886, Q = 0.00027123.
        MessageBatch eight = new MessageBatch(8, false, 4, 0.5, 0.001, TimeSpan.ofSeconds(130), "p99");
        DurationProfile batch = new DurationProfile(TimeSpan.ofSeconds(40), Optional.empty(), Optional.empty(),
                Optional.of(TimeSpan.ofSeconds(60)), Optional.empty(), AtOnce.ONE, Optional.of(eight));
        LongestRequest r = LongestRequest.of(batch);
        assertThat(r.name()).isEqualTo("p99");
        assertThat(r.figure()).isEqualTo("busiest batch's p99");
        assertThat(r.seconds()).isEqualTo(130);
        assertThat(r.bounds()).isFalse();
        assertThat(r.shareBeyond(150)).isCloseTo(0.00027123, within(5e-9));
        assertThat(r.beyond(150)).isEqualTo("about 0.027% of the busiest batches (8 messages one after another) run "
                + "past 150 s (2.5 min) by the Fenton–Wilkinson log-normal of the sum of their fitted log-normals");
        // Twice as slow, past twice the time: the same share.
        assertThat(r.at(260).shareBeyond(300)).isCloseTo(0.00027123, within(5e-9));
        // The most mean within 150 s adding 0.1% to that: 0.0012712 past it, z = 3.01824; the busiest batch at a
        // message's mean of 1 s reaches 8·e^(−0.017444 + 0.186782 × 3.01824) = 13.8149 s there, so a message may
        // take 150 / 13.8149 = 10.858 s, the mean batch 43.431 s; and the check reads it so.
        double most = r.mostMeanWithin(150, r);
        assertThat(most).isCloseTo(43.431, within(0.001));
        assertThat(r.atMean(most).endWithinOwnTimeout(150, r)).isTrue();
        assertThat(r.atMean(most * 1.001).endWithinOwnTimeout(150, r)).isFalse();
        // At once, the busiest batch lasts its slowest of 8: q = Q((ln 15 + 0.125) / 0.5) = Q(5.66610) = 7.304e-9,
        // 1 − (1 − q)^8 = 5.843e-8, where a message's mean is 40 / 4 = 10 s (perMessage 4, as if its expected slowest).
        LongestRequest atOnce = LongestRequest.of(new DurationProfile(TimeSpan.ofSeconds(40), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), new AtOnce(4, 8), Optional.of(
                new MessageBatch(8, true, 4, 0.5, 0.001, TimeSpan.ofSeconds(40), "p99"))));
        assertThat(atOnce.shareBeyond(150)).isCloseTo(5.843e-8, within(5e-11));
    }
}
