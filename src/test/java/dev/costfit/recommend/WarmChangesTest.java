package dev.costfit.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link WarmChanges} on made-up counts and answers, where every rate it should find is known by hand: a count that
 * steps from 2 to 1 at 0.004/s and from 1 to 0 at 0.006/s, counts that rise, a platform that becomes usable at
 * 0.005/s, answers that change only in a band right after a change of a count (or right before one).
 */
class WarmChangesTest {

    private static final Profile PROFILE = TestProfiles.service("0.001/s", "1s", "128MB");

    /** Counts as platforms give them: a function of the rate, each call recorded. */
    private static final class Counts implements BreakEven.KeptWarm {

        private final List<String> ids;
        private final List<DoubleUnaryOperator> counts;
        final List<Double> asked = new ArrayList<>();
        /** The most a count moves at once (1: one instance, as a count kept all month moves). */
        double step = 1;

        Counts(List<String> ids, List<DoubleUnaryOperator> counts) {
            this.ids = ids;
            this.counts = counts;
        }

        @Override
        public List<String> platforms() {
            return ids;
        }

        @Override
        public double step(String platform) {
            return step;
        }

        @Override
        public double kept(String platform, Profile atRate) {
            double rate = BreakEven.rateOf(atRate);
            asked.add(rate);
            return counts.get(ids.indexOf(platform)).applyAsDouble(rate);
        }
    }

    /** 2 below 0.004/s, 1 up to 0.006/s, 0 from there. */
    private static double twoSteps(double rate) {
        return rate < 0.004 ? 2 : rate < 0.006 ? 1 : 0;
    }

    @Test
    void theAnswerJustAfterAFallIsFoundWithinTheSearchsPrecision() {
        Counts counts = new Counts(List.of("gcf2"), List.of(WarmChangesTest::twoSteps));
        List<Double> answered = new ArrayList<>();
        // gcf2 is recommended from its second fall to 0.0065/s; gcf1 at both ends of the step and elsewhere.
        WarmChanges changes = new WarmChanges(counts, PROFILE, r -> {
            answered.add(r);
            return BreakEven.Answer.of(r >= 0.006 && r < 0.0065 ? "gcf2" : "gcf1");
        });
        Optional<WarmChanges.Found> found = changes.firstOther(0.003, 0.0075, "gcf1");
        assertThat(found).isPresent();
        assertThat(found.get().answer().id()).isEqualTo("gcf2");
        // Just past 0.006/s: within 0.1% of it, on the side with the lower count.
        assertThat(found.get().rate()).isBetween(0.006, 0.006 * 1.001);
        // Both sides of the first fall (at 0.004/s) were asked first, then the second fall's lower side.
        assertThat(answered).hasSize(4);
        assertThat(answered.get(0)).isBetween(0.004 / 1.001, 0.004);
        assertThat(answered.get(1)).isBetween(0.004, 0.004 * 1.001);
        // Two falls, each narrowed from a step of 2.5x to 0.1%: about log2(ln 2.5 / ln 1.001) = 9.8 halvings each,
        // the counts at the ends and the middles shared.
        assertThat(counts.asked).hasSizeBetween(12, 24);
    }

    @Test
    void downwardTheFallNearestTheHigherEndComesFirst() {
        Counts counts = new Counts(List.of("gcf2"), List.of(WarmChangesTest::twoSteps));
        // Another answer just after both falls: scanning down from 0.0075/s, the one after 0.006/s is met first.
        WarmChanges changes = new WarmChanges(counts, PROFILE, r -> BreakEven.Answer.of(
                (r >= 0.004 && r < 0.0041) || (r >= 0.006 && r < 0.0061) ? "gcf2" : "gcf1"));
        Optional<WarmChanges.Found> down = changes.firstOther(0.0075, 0.003, "gcf1");
        assertThat(down).isPresent();
        assertThat(down.get().rate()).isBetween(0.006, 0.006 * 1.001);
        Optional<WarmChanges.Found> up = new WarmChanges(counts, PROFILE, r -> BreakEven.Answer.of(
                (r >= 0.004 && r < 0.0041) || (r >= 0.006 && r < 0.0061) ? "gcf2" : "gcf1"))
                .firstOther(0.003, 0.0075, "gcf1");
        assertThat(up.get().rate()).isBetween(0.004, 0.004 * 1.001);
    }

    @Test
    void theAnswerJustBeforeTheRecommendedPlatformsOwnFallIsAskedToo() {
        // The recommended platform is dearest just before its own fall: there another may lead.
        Counts counts = new Counts(List.of("gcf1"), List.of(r -> r < 0.005 ? 1 : 0));
        WarmChanges changes = new WarmChanges(counts, PROFILE, r -> BreakEven.Answer.of(
                r > 0.0049 && r < 0.005 ? "lambda" : "gcf1"));
        Optional<WarmChanges.Found> found = changes.firstOther(0.003, 0.0075, "gcf1");
        assertThat(found).isPresent();
        assertThat(found.get().answer().id()).isEqualTo("lambda");
        assertThat(found.get().rate()).isBetween(0.005 / 1.001, 0.005);
    }

    /**
     * Provisioned concurrency falling an hour of the day at a time: 288 falls of 1/24 of an environment from 24 to
     * 12 across the step, each under 0.35% of the count, so none can put a platform 5% ahead (4.9% of the count at
     * least, see {@link WarmChanges}). With one fall of 6 environments at 0.005/s among them, that one alone is asked.
     */
    @Test
    void fallsTooSmallToPutAPlatformAheadAreNotBisectedOneByOne() {
        double ln = Math.log(0.0075 / 0.003);
        DoubleUnaryOperator hourByHour = r -> 12 + Math.floor(288 * Math.log(0.0075 / r) / ln) / 24;
        Counts small = new Counts(List.of("lambda"), List.of(hourByHour));
        List<Double> answered = new ArrayList<>();
        WarmChanges changes = new WarmChanges(small, PROFILE, r -> {
            answered.add(r);
            return BreakEven.Answer.of("lambda");
        });
        assertThat(changes.firstOther(0.003, 0.0075, "lambda")).isEmpty();
        assertThat(answered).isEmpty();
        // Halving while a half's count falls by 4.9% or more: a few dozen counts, not 288 bisections of ten.
        assertThat(small.asked).hasSizeLessThan(100);
        Counts withOneLarge = new Counts(List.of("lambda"), List.of(
                r -> hourByHour.applyAsDouble(r) + (r < 0.005 ? 6 : 0)));
        Optional<WarmChanges.Found> found = new WarmChanges(withOneLarge, PROFILE, r -> BreakEven.Answer.of(
                r >= 0.005 && r < 0.00501 ? "gcf2" : "lambda")).firstOther(0.003, 0.0075, "lambda");
        assertThat(found.map(WarmChanges.Found::rate).orElseThrow()).isBetween(0.005, 0.005 * 1.001);
        assertThat(withOneLarge.asked).hasSizeLessThan(100);
    }

    /**
     * Provisioned concurrency rising an hour of the day at a time from 1 to 3 environments in the mean hour across the
     * step. With a step of one environment (a count kept all month) each half whose count rises by 4.9% or more is
     * halved again; where the platform says its count moves by at most 1/24 at once (hour by hour, no two hours
     * alike), no single move from 1 or more can reach 4.9% (1/24 of 1 + 1/24 is 4%), and nothing is counted between
     * the step's ends. From 0.5 it can (1/24 of 0.54 is 7.7%), and halving goes on there.
     */
    @Test
    void aCountThatMovesAnHourAtATimeIsNotCountedWhereNoSingleMoveCanReachTheShare() {
        double ln = Math.log(0.0075 / 0.003);
        DoubleUnaryOperator rising = r -> 1 + Math.floor(48 * Math.max(0, Math.log(r / 0.003)) / ln) / 24;
        Counts oneAtATime = new Counts(List.of("lambda"), List.of(rising));
        new WarmChanges(oneAtATime, PROFILE, r -> BreakEven.Answer.of("gcf1")).firstOther(0.003, 0.0075, "gcf1");
        Counts hourByHour = new Counts(List.of("lambda"), List.of(rising));
        hourByHour.step = 1.0 / 24;
        new WarmChanges(hourByHour, PROFILE, r -> BreakEven.Answer.of("gcf1")).firstOther(0.003, 0.0075, "gcf1");
        // The ends, and the lowest rate the search asks (whether it keeps any at all), and nothing else.
        assertThat(hourByHour.asked).hasSize(3);
        assertThat(oneAtATime.asked).hasSizeGreaterThan(hourByHour.asked.size() + 10);
        Counts fromHalf = new Counts(List.of("lambda"), List.of(r -> rising.applyAsDouble(r) - 0.5));
        fromHalf.step = 1.0 / 24;
        new WarmChanges(fromHalf, PROFILE, r -> BreakEven.Answer.of("gcf1")).firstOther(0.003, 0.0075, "gcf1");
        assertThat(fromHalf.asked).hasSizeGreaterThan(3);
    }

    /**
     * In the scan step that holds a change (0.00215/s to 0.00464/s, from the profile's 0.001/s: x below, z above),
     * bisection settles on x to z at 0.004/s; a fall of y's count at 0.003/s opens a band of y just before, which
     * comes first.
     */
    @Test
    void aChangeInsideTheCrossingsOwnStepComesFirst() {
        BreakEven.Answer x = BreakEven.Answer.of("x");
        java.util.function.Function<Profile, BreakEven.Answer> answers = p -> {
            double r = BreakEven.rateOf(p);
            return BreakEven.Answer.of(r >= 0.004 ? "z" : r >= 0.003 && r < 0.0031 ? "y" : "x");
        };
        BreakEven scanAlone = BreakEven.find(PROFILE, x, answers);
        assertThat(scanAlone.above().orElseThrow().rate().perSecond()).isBetween(0.004, 0.004 * 1.001);
        Counts counts = new Counts(List.of("y"), List.of(r -> r < 0.003 ? 1 : 0));
        BreakEven.Crossing above = BreakEven.find(PROFILE, x, answers, counts).above().orElseThrow();
        assertThat(above.to()).isEqualTo("y");
        assertThat(above.rate().perSecond()).isBetween(0.003, 0.003 * 1.001);
    }

    @Test
    void becomingUsableCountsAsAChange() {
        // Not usable (infinite) below 0.005/s: its first usable rates are its cheapest against the others.
        Counts counts = new Counts(List.of("lambda"), List.of(r -> r < 0.005 ? Double.POSITIVE_INFINITY : 3));
        WarmChanges changes = new WarmChanges(counts, PROFILE, r -> BreakEven.Answer.of(
                r >= 0.005 && r < 0.0051 ? "lambda" : "fargate"));
        assertThat(changes.firstOther(0.003, 0.0075, "fargate").map(WarmChanges.Found::rate).orElseThrow())
                .isBetween(0.005, 0.005 * 1.001);
    }

    /**
     * Counts that rise: Lambda and 1st gen keep a second instance from 0.00075/s, 2nd gen from 0.0008/s, and 2nd gen
     * leads in between (as a 9-a-day service does, {@link WarmChanges}): the answer just after the first rise finds
     * it.
     */
    @Test
    void theAnswerJustAfterARiseIsAskedToo() {
        Counts counts = new Counts(List.of("lambda", "gcf2", "gcf1"), List.of(r -> r < 0.00075 ? 1 : 2,
                r -> r < 0.0008 ? 1 : 2, r -> r < 0.00075 ? 1 : 2));
        WarmChanges changes = new WarmChanges(counts, TestProfiles.service("0.0001/s", "1s", "128MB"),
                r -> BreakEven.Answer.of(r >= 0.00075 && r < 0.0008 ? "gcf2" : "lambda"));
        Optional<WarmChanges.Found> found = changes.firstOther(0.00048, 0.00104, "lambda");
        assertThat(found.map(WarmChanges.Found::answer).map(BreakEven.Answer::id)).contains("gcf2");
        assertThat(found.get().rate()).isBetween(0.00075, 0.00075 * 1.001);
    }

    @Test
    void countsThatDoNotChangeOrAreZeroAtTheLowestRateAskNothingMore() {
        List<Double> answered = new ArrayList<>();
        Counts steady = new Counts(List.of("lambda", "gcf2"), List.of(r -> 2, r -> 0));
        WarmChanges changes = new WarmChanges(steady, PROFILE, r -> {
            answered.add(r);
            return BreakEven.Answer.of("fargate");
        });
        assertThat(changes.firstOther(0.003, 0.0075, "fargate")).isEmpty();
        // Lambda at the lowest rate searched (the profile's 0.001/s), then at the step's two ends, the same at both;
        // gcf2 at the lowest rate, where it keeps none: it can keep none above and is asked no more.
        assertThat(steady.asked).containsExactly(0.001, 0.003, 0.0075, 0.001);
        assertThat(answered).isEmpty();
        // A fall whose both sides give the step's answer: asked, and nothing found.
        Counts falling = new Counts(List.of("gcf2"), List.of(r -> r < 0.005 ? 1 : 0));
        assertThat(new WarmChanges(falling, PROFILE, r -> {
            answered.add(r);
            return BreakEven.Answer.of("fargate");
        }).firstOther(0.003, 0.0075, "fargate")).isEmpty();
        assertThat(answered).hasSize(2);
    }
}
