package dev.costfit.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * Where a container's whole tasks, nodes or instances let another platform lead inside a step of the break-even
 * scan, next to the change the scan found.
 *
 * <p>A container's month is a staircase in the rate: flat while its units stay, a task's month more where one is
 * added. A function's cost climbs smoothly. So a container is at its cheapest against a function just before it
 * adds a unit, and at its dearest just after, and where the two are near, the answer takes turns in bands between
 * the scan's rates (every 2.15×), which both ends of a step may miss. Bisection then settles on one change of the
 * step that holds a crossing, not necessarily the first, and the change before it may lie in a step before. Of
 * the 2,522 services of 3,000 generated profiles, a scan of 24 rates a decade found 38 directions where another
 * platform led by 5% or more before the reported change (AWS Fargate against Cloud Functions 2nd gen in most), by up
 * to 2.15 times; looking through the crossing's step and the one before leaves 4, two of them directions with no
 * change reported (docs/performance.md, the twenty-third round). p001478 (14 a minute, flat) said Cloud Functions
 * 2nd gen up to 2.395/s, where Fargate's second task leads at 1.125/s ($96.32 against $105.97) and its fourth from
 * about 2.0/s to 2.2/s ($168.87 against $202.18 at 2.15/s).
 *
 * <p>The search (branch and bound, between the near end and the change found, and through the steps before): an
 * interval can hold a band only where some platform, at the least it costs there, comes under the answer's most,
 * less what it must undercut it by to take over ({@link BreakEven.Costs#within}) and 5% — a band led by less is a
 * near-tie, as the scan's slack counts it ({@link BreakEven#CLOSE}) — and where the units of that platform or of
 * the answer may step by 5% across it (their count moves by at least 4.9% and is 19.5 or fewer at one end, or their
 * size does, a unit's cost moving by 5%): between unit steps both costs are smooth, two smooth costs that cross and
 * cross back inside an interval whose ends agree make a near-tie, and from 20 units one more moves a bill by less
 * than 5%. Such an interval is halved, and the
 * answer is asked at its middle where one of those platforms costs less there than it must to take over; the first
 * answer that differs, nearest the near end, is returned. Halving stops at 2.5% of width (a band 5% ahead spans
 * about 5% of rate where the function's cost grows in proportion to it).
 */
final class UnitBands {

    /**
     * The narrowest interval halved, as the log of its ends' ratio: the middles asked are then at most 2.5% apart,
     * half a band 5% ahead.
     */
    private static final double NARROWEST = BreakEven.CLOSE / 2;

    private final BreakEven.Costs costs;
    private final DoubleFunction<BreakEven.Answer> at;

    UnitBands(BreakEven.Costs costs, DoubleFunction<BreakEven.Answer> at) {
        this.costs = costs;
        this.at = at;
    }

    /**
     * The first rate from {@code near} towards {@code far} (both recommending {@code id}) where a band of whole units
     * puts another platform (or none) ahead; empty where none was found.
     */
    Optional<WarmChanges.Found> firstOther(double near, double far, String id) {
        return firstOther(near, far, id, costs.candidates());
    }

    /**
     * As above, where only {@code sought} (ids) may lead: past a change, where the answer before it returns
     * ({@link BreakEven}), the platforms that could lead there are not looked for.
     */
    Optional<WarmChanges.Found> firstOther(double near, double far, String id, List<String> sought) {
        List<String> candidates = costs.candidates();
        if (!candidates.contains(id)) {
            return Optional.empty(); // "none", or a platform the search does not price: nothing to undercut
        }
        List<String> others = new ArrayList<>();
        for (String p : candidates) {
            if (!sought.contains(p)) {
                continue;
            }
            // Two smooth costs make no band a step's ends miss but a near-tie: one of the two must step.
            if (!p.equals(id) && (costs.wholeUnits(p) || costs.wholeUnits(id))) {
                others.add(p);
            }
        }
        return others.isEmpty() ? Optional.empty()
                : search(Math.min(near, far), Math.max(near, far), far > near, id, others);
    }

    private Optional<WarmChanges.Found> search(double low, double high, boolean upward, String id,
                                               List<String> others) {
        if (Math.log(high / low) < NARROWEST) {
            return Optional.empty();
        }
        List<String> near = mayLead(low, high, id, others);
        double middle = Bisection.Scale.LOG.middle(low, high);
        if (near.isEmpty() || middle <= low || middle >= high) {
            return Optional.empty();
        }
        if (costs.anyAhead(id, near, middle)) {
            BreakEven.Answer there = at.apply(middle);
            if (!there.id().equals(id)) {
                return Optional.of(new WarmChanges.Found(middle, there));
            }
        }
        Optional<WarmChanges.Found> first = upward ? search(low, middle, true, id, near)
                : search(middle, high, false, id, near);
        if (first.isPresent()) {
            return first;
        }
        return upward ? search(middle, high, true, id, near) : search(low, middle, false, id, near);
    }

    /** The platforms that may lead the answer by 5% somewhere between two rates through a step of units. */
    private List<String> mayLead(double low, double high, String id, List<String> others) {
        double most = costs.most(id, low, high);
        List<String> near = new ArrayList<>(others.size());
        Boolean answerSteady = null;
        for (String p : others) {
            double under = most * costs.within(p, id) * Math.exp(-BreakEven.CLOSE);
            // The bound without assessing first, then the platform's own cost.
            if (most < Double.POSITIVE_INFINITY && (costs.least(p, low, high, false) >= under
                    || costs.least(p, low, high, true) >= under)) {
                continue;
            }
            if (answerSteady == null) {
                answerSteady = !costs.wholeUnits(id) || costs.steadyUnits(id, low, high);
            }
            if (!answerSteady || !costs.steadyUnits(p, low, high)) {
                near.add(p);
            }
        }
        return near;
    }
}
