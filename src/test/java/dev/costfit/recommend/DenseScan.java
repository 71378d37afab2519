package dev.costfit.recommend;

import dev.costfit.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check the break-even's property tests share: between a profile's rate and each change its report gives, a
 * scan far denser than the search's, every platform assessed at each rate, looking for another platform recommended
 * with room to spare — at least {@link BreakEven#CLOSE} from changing back, which no near-tie is. A near-tie is
 * counted and passed over: the search does not claim to see those between its rates (it names the zones where its
 * own rates were close). So is a lead where some platform's count of instances kept warm lies outside its counts at
 * both ends of the search's scan step (it dips and comes back), which the search takes not to change there
 * ({@link WarmChanges}): checked, not assumed, from the counts themselves.
 */
final class DenseScan {

    private final Evaluator evaluator;
    private final Recommender recommender;
    private final int perDecade;
    private int rates;
    private int nearTies;
    private int returns;
    private final List<String> dips = new ArrayList<>();

    DenseScan(Evaluator evaluator, Recommender recommender, int perDecade) {
        this.evaluator = evaluator;
        this.recommender = recommender;
        this.perDecade = perDecade;
    }

    /**
     * The directions of {@code profile} ("p000001 above") in which another platform leads by {@link BreakEven#CLOSE}
     * or more before the reported change (or before the end of the scan, where none is reported).
     */
    List<String> missed(Profile profile) {
        double rate = BreakEven.rateOf(profile);
        String here = evaluator.recommendedId(profile);
        BreakEven found = evaluator.evaluate(profile).recommendation().breakEven().orElseThrow();
        List<String> missed = new ArrayList<>();
        for (Optional<BreakEven.Crossing> crossing : List.of(found.below(), found.above())) {
            boolean down = crossing == found.below();
            double end = crossing.map(c -> c.rate().perSecond()).orElse(down ? found.lowest() : found.highest());
            if (down ? end >= rate : end <= rate) {
                continue; // a profile below the lowest rate scanned has nothing scanned below it
            }
            int n = (int) Math.ceil(Math.abs(Math.log10(end / rate)) * perDecade);
            for (int k = 1; k < n; k++) {
                double r = rate * Math.pow(end / rate, k / (double) n);
                if (Math.abs(Math.log(r / end)) < 0.002) {
                    break; // the change itself
                }
                Recommender.Choice choice = recommender.choose(evaluator.assessForSearch(BreakEven.atRate(profile,
                        r)));
                rates++;
                if (!choice.id().equals(here)) {
                    if (recommender.slack(choice) < BreakEven.CLOSE) {
                        nearTies++;
                    } else if (countDips(profile, rate, r)) {
                        dips.add(profile.name() + (down ? " below" : " above") + ": " + choice.id() + " at " + r
                                + "/s");
                    } else {
                        missed.add(profile.name() + (down ? " below" : " above") + ": " + choice.id() + " at " + r
                                + "/s, the change at " + end + "/s");
                        break;
                    }
                }
            }
        }
        return missed;
    }

    /**
     * Past each reported change, the directions of {@code profile} in which the profile's own answer leads by
     * {@link BreakEven#CLOSE} or more beyond the farthest rate the report says it returns to
     * ({@link BreakEven.Crossing#againUntil}; the change itself where it says none), within a step of the search's
     * scan (a factor of 10^(1/3)) past it; and where a return is reported, whether the own answer is recommended there.
     */
    List<String> missedAfter(Profile profile) {
        String here = evaluator.recommendedId(profile);
        BreakEven found = evaluator.evaluate(profile).recommendation().breakEven().orElseThrow();
        List<String> missed = new ArrayList<>();
        double step = Math.pow(10, 1.0 / 3);
        for (Optional<BreakEven.Crossing> crossing : List.of(found.below(), found.above())) {
            if (crossing.isEmpty()) {
                continue;
            }
            boolean down = crossing == found.below();
            String side = profile.name() + (down ? " below" : " above");
            BreakEven.Crossing c = crossing.get();
            String other = down ? c.from() : c.to();
            if (c.againUntil().isPresent()) {
                returns++;
                double r = c.againUntil().get().perSecond();
                rates++;
                String there = evaluator.recommendedId(BreakEven.atRate(profile, r));
                if (!there.equals(here)) {
                    missed.add(side + ": " + there + ", not " + here + ", at the reported return " + r + "/s");
                }
            }
            double from = c.againUntil().map(dev.costfit.units.Rate::perSecond).orElse(c.rate().perSecond());
            double to = down ? Math.max(found.lowest(), from / step) : Math.min(found.highest(), from * step);
            int n = (int) Math.ceil(Math.abs(Math.log10(to / from)) * perDecade);
            for (int k = 1; k <= n; k++) {
                double r = from * Math.pow(to / from, k / (double) n);
                Recommender.Choice choice = recommender.choose(evaluator.assessForSearch(BreakEven.atRate(profile,
                        r)));
                rates++;
                if (choice.id().equals(here)) {
                    if (recommender.slack(choice) < BreakEven.CLOSE) {
                        nearTies++;
                    } else {
                        missed.add(side + ": " + here + " again at " + r + "/s, past " + from + "/s");
                        break;
                    }
                } else if (!choice.id().equals(other)) {
                    break; // the next change
                }
            }
        }
        return missed;
    }

    /**
     * Whether some platform's count of instances kept warm at {@code r} lies outside its counts at both ends of the
     * search's scan step around it (the profile's rate times or over 10^(k/3)).
     */
    private boolean countDips(Profile profile, double rate, double r) {
        double step = Math.pow(10, 1.0 / 3);
        double steps = Math.log(r / rate) / Math.log(step);
        double near = rate * Math.pow(step, steps > 0 ? Math.floor(steps) : Math.ceil(steps));
        double far = near * (steps > 0 ? step : 1 / step);
        RateSearch search = evaluator.rateSearch(profile);
        for (String platform : search.platforms()) {
            double here = search.kept(platform, BreakEven.atRate(profile, r));
            double atNear = search.kept(platform, BreakEven.atRate(profile, near));
            double atFar = search.kept(platform, BreakEven.atRate(profile, far));
            if (here < Math.min(atNear, atFar) || here > Math.max(atNear, atFar)) {
                return true;
            }
        }
        return false;
    }

    /** The leads passed over where a count dips inside a scan step ("p000294 above: cloud-functions-gen2 at …"). */
    List<String> dips() {
        return dips;
    }

    /** The rates assessed so far. */
    int rates() {
        return rates;
    }

    /** The returns of the own answer past a change that reports gave, so far ({@link #missedAfter}). */
    int returns() {
        return returns;
    }

    /** The near-ties passed over so far. */
    int nearTies() {
        return nearTies;
    }
}
