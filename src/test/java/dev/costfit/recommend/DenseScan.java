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
 * own rates were close).
 */
final class DenseScan {

    private final Evaluator evaluator;
    private final Recommender recommender;
    private final int perDecade;
    private int rates;
    private int nearTies;

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

    /** The rates assessed so far. */
    int rates() {
        return rates;
    }

    /** The near-ties passed over so far. */
    int nearTies() {
        return nearTies;
    }
}
