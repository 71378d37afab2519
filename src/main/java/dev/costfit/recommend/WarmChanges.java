package dev.costfit.recommend;

import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleFunction;

/**
 * Where a function's instances kept warm change inside a step of the break-even scan, and what is recommended
 * there.
 *
 * <p>The scan asks every 2.15× and looks closer only where two rates it asked differ. Between them a function's cost
 * grows with the load while it keeps the same instances warm; where the count a latency SLO makes it keep
 * (provisioned concurrency, minimum instances) changes, its month moves by an instance's at once: down where traffic
 * keeps instances warm instead, a factor of three for a small service, or up where more requests in flight need
 * more kept warm; and from nothing to a cost where it first becomes usable (the SLO met with the instances it may
 * keep). Such a step can put a platform ahead for part of a scan step whose two ends agree. A service of 14 requests
 * a day is Cloud Functions 1st gen's at the scan's 0.0035/s and 0.0075/s, and 2nd gen's from 0.0065/s to 0.0071/s,
 * where 2nd gen's minimum instance has given way ($8.24 a month to $0.97) and 1st gen's not yet; one of 9 a day is
 * Lambda's at 0.00048/s and 0.001/s, and 2nd gen's from 0.0007/s, where Lambda and 1st gen keep a second instance
 * and 2nd gen not yet ($4.31 against $5.68 at 0.00077/s). Between such steps a function's cost grows smoothly, so a
 * platform is at its cheapest against the others just after its count falls or just before it rises, and the others
 * at their dearest just before theirs falls or just after it rises: the answer asked on both sides of every change
 * in the scan step is every answer the step can hold, but for smooth costs that cross and cross back, which make
 * near-ties the slack sees ({@link BreakEven#CLOSE}), and containers' whole tasks, nodes and instances, which are
 * looked for next to a crossing ({@link UnitBands}).
 *
 * <p>Only changes that can put a platform {@link BreakEven#CLOSE} ahead are looked for. Every instance kept bills
 * its month (its idle time, or its provisioned concurrency), so a platform keeping {@code k} bills at least {@code k}
 * of them, and a change by {@code d} moves its bill by at most {@code d} of them: {@code d/k} of it at most, with
 * {@code k} the larger count. The band such a change opens is ahead by no more (the platform that leads there was
 * behind on the other side of it), and a band ahead by less than 5% is a near-tie, which the search does not claim
 * to see between its rates. So a count is looked at closer only where it changes by at least {@code 1 − e^−0.05}
 * (4.9%) of the larger between two rates: a Lambda function whose provisioned concurrency moves an hour of the day at
 * a time (a 24-hour pattern: 1/24 of an environment's month each, a fraction of a per cent of its bill) is not
 * bisected change by change; and from more than 19.5 kept, one instance more or less is under 4.9%, so nothing is
 * bisected there (a count moves by one instance at a time as the rate does). Where a platform's count moves by less
 * at once ({@link BreakEven.KeptWarm#step}: Lambda's provisioned concurrency, bought hour by hour, by the hours
 * alike, 1/12 of an environment on a diurnal day), nothing is bisected from 19.5 such steps on: in 3,000 generated
 * profiles 12,732 counts fall to 12,130, and a diurnal Java function's search from 51 to 46 ms, no change found
 * moving. Like the rule of one instance, it takes the count inside a step to stay within its ends'. A platform
 * other than the answer is not even counted where its cost floor keeps it too far from the answer's cost
 * ({@link BreakEven.KeptWarm#mayComeNear}); a rise of one, which makes it dearer, is looked at only where before
 * it the platform can come near the answer's cost ({@link BreakEven.KeptWarm#mayLeadBeforeRise}). In 3,000
 * generated profiles these save a third of the counts (15,566 to 10,344), and no change found moves.
 *
 * <p>The changes are found by bisecting each platform's count between the scan step's ends to the search's
 * precision; a count that moves and comes back as far within a step is taken not to change there, and so is one that
 * dips below both its ends' counts. Such dips exist: at a few requests a minute the share of cold starts with none
 * kept has a minimum, where the first instance's cold starts fall with the rate (traffic keeps it warm) while the
 * second's rise (it is needed more often, and is then mostly cold), so a function that keeps one at the step's lower
 * end and two at its upper may need none in a narrow band between (BreakEvenKeptWarmTest, p000294: 3% of the rate
 * wide, where that minimum is 1.99% against a 2% target). Finding them would take the share's minimum over every
 * step, for bands 3% of the rate wide, which a map draws where one of its cells falls inside (it assesses every
 * cell; 60 cells across four decades of rate are 17% apart) and a report's break-even leaves out.
 */
final class WarmChanges {

    /**
     * The most instances kept from which one more can still move a bill by 4.9%: 1 / (1 − e^−0.05) − 1 = 19.5. A
     * count moves by one instance at a time (in some hours or all) as the rate does, so from more than that no
     * single change can open a band 5% ahead, however far the count moves in all (see the class); from more than
     * that many of a platform's smaller steps, where it says so ({@link BreakEven.KeptWarm#step}).
     */
    static final double MOST_KEPT = 1 / (1 - Math.exp(-BreakEven.CLOSE)) - 1;

    private final BreakEven.KeptWarm warm;
    private final Profile profile;
    private final DoubleFunction<BreakEven.Answer> at;
    /** Each platform's count at the rates asked: the scan's ends serve two steps each. */
    private final Map<String, TreeMap<Double, Double>> counts = new HashMap<>();
    private final Map<String, Double> steps = new HashMap<>();

    WarmChanges(BreakEven.KeptWarm warm, Profile profile, DoubleFunction<BreakEven.Answer> at) {
        this.warm = warm;
        this.profile = profile;
        this.at = at;
    }

    /** A rate and what is recommended there. */
    record Found(double rate, BreakEven.Answer answer) {}

    /**
     * The first rate from {@code near} towards {@code far} (a step of the scan, both ends recommending {@code id}),
     * just before or after a change of a count, where another platform (or none) is recommended; empty where there
     * is none.
     */
    Optional<Found> firstOther(double near, double far, String id) {
        double low = Math.min(near, far);
        double high = Math.max(near, far);
        List<double[]> changes = new ArrayList<>();
        for (String platform : warm.platforms()) {
            if (warm.mayComeNear(platform, id, low, high) && keeps(platform)) {
                collect(platform, id, low, count(platform, low), high, count(platform, high), changes);
            }
        }
        boolean upward = far > near;
        changes.sort(upward ? Comparator.comparingDouble((double[] c) -> c[0])
                : Comparator.comparingDouble((double[] c) -> -c[1]));
        for (double[] change : changes) {
            for (double rate : upward ? change : new double[] {change[1], change[0]}) {
                if (rate > low && rate < high) {
                    BreakEven.Answer there = at.apply(rate);
                    if (!there.id().equals(id)) {
                        return Optional.of(new Found(rate, there));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The changes of a platform's count between two rates by at least 4.9% of the larger count, each narrowed to
     * the search's precision.
     */
    private void collect(String platform, String id, double low, double atLow, double high, double atHigh,
                         List<double[]> out) {
        // Less than 4.9% of the larger cannot put a platform 5% ahead (see the class); infinite (not usable) to
        // finite, or back, is a change.
        double fewer = Math.min(atLow, atHigh);
        double more = Math.max(atLow, atHigh);
        if (!(fewer < more * Math.exp(-BreakEven.CLOSE))
                || (more < Double.POSITIVE_INFINITY && fewer > step(platform) * MOST_KEPT)
                || (atHigh > atLow && !warm.mayLeadBeforeRise(platform, id, low, high))) {
            return;
        }
        double middle = Bisection.Scale.LOG.middle(low, high);
        if (Bisection.Scale.LOG.narrow(low, high) || middle <= low || middle >= high) {
            out.add(new double[] {low, high});
            return;
        }
        double atMiddle = count(platform, middle);
        collect(platform, id, low, atLow, middle, atMiddle, out);
        collect(platform, id, middle, atMiddle, high, atHigh, out);
    }

    /** The most a platform's count moves at once ({@link BreakEven.KeptWarm#step}), asked once a search. */
    private double step(String platform) {
        return steps.computeIfAbsent(platform, warm::step);
    }

    /**
     * Whether a platform may keep instances warm: where the requests are furthest apart, at the lowest rate the
     * search asks, most of them start cold, so a platform that needs none kept there to meet the SLO (and is usable)
     * needs none at any rate. Counted there once, when the platform first may matter.
     */
    private boolean keeps(String platform) {
        return count(platform, Math.min(BreakEven.LOWEST, BreakEven.rateOf(profile))) > 0;
    }

    /**
     * A platform's count at a rate; 0 without asking where it was 0 at a lower rate: once traffic alone keeps the
     * share of cold starts within the SLO, more traffic does too.
     */
    private double count(String platform, double rate) {
        TreeMap<Double, Double> known = counts.computeIfAbsent(platform, k -> new TreeMap<>());
        Double here = known.get(rate);
        if (here == null) {
            Map.Entry<Double, Double> below = known.floorEntry(rate);
            here = below != null && below.getValue() == 0 ? 0 : warm.kept(platform, BreakEven.atRate(profile, rate));
            known.put(rate, here);
        }
        return here;
    }
}
