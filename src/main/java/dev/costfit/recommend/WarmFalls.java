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
 * Where a function's cost falls inside a step of the break-even scan, and what is recommended there.
 *
 * <p>The scan asks every 2.15× and looks closer only where two rates it asked differ. Between them the costs of
 * containers rise with the load, and so does a function's while it keeps the same instances warm; a function's cost
 * falls as the load rises only where the instances a latency SLO makes it keep (provisioned concurrency, minimum
 * instances) give way to traffic that keeps them warm instead — by an instance's month at once, a factor of three
 * for a small service — or where it first becomes usable (the SLO met with the instances it may keep). Such a fall
 * can put a platform ahead for part of a step whose two ends agree: a service of 14 requests a day is Cloud Functions
 * 1st gen's at the scan's 0.0035/s and 0.0075/s, and 2nd gen's from 0.0065/s to 0.0071/s, where 2nd gen's minimum
 * instance has given way ($8.24 a month to $0.97) and 1st gen's not yet. Between falls every cost rises, so a platform is at its cheapest against the
 * others just after its own fall, and the others at their dearest just before theirs: the answer asked on both
 * sides of every fall in the step is every answer the step can hold, but for rising costs that cross and cross back,
 * which the slack sees ({@link BreakEven#CLOSE}).
 *
 * <p>The falls are found by bisecting each platform's count between the step's ends, where it is lower at the
 * higher end, to the search's precision; a count that falls then rises back within a step is taken not to fall
 * (counts go one way with the load: more traffic keeps more instances warm).
 */
final class WarmFalls {

    private final BreakEven.KeptWarm warm;
    private final Profile profile;
    private final DoubleFunction<BreakEven.Answer> at;
    /** Each platform's count at the rates asked: the scan's ends serve two steps each. */
    private final Map<String, TreeMap<Double, Double>> counts = new HashMap<>();
    /** The platforms that keep some instances warm at the lowest rate searched, found on first use. */
    private List<String> keeping;

    WarmFalls(BreakEven.KeptWarm warm, Profile profile, DoubleFunction<BreakEven.Answer> at) {
        this.warm = warm;
        this.profile = profile;
        this.at = at;
    }

    /** A rate and what is recommended there. */
    record Found(double rate, BreakEven.Answer answer) {}

    /**
     * The first rate from {@code near} towards {@code far} (a step of the scan, both ends recommending {@code id}),
     * just before or after a fall, where another platform (or none) is recommended; empty where there is none.
     */
    Optional<Found> firstOther(double near, double far, String id) {
        double low = Math.min(near, far);
        double high = Math.max(near, far);
        List<double[]> falls = new ArrayList<>();
        for (String platform : keeping()) {
            double atLow = count(platform, low);
            // Nothing kept at the lower rate (and usable there): nothing to fall.
            if (atLow > 0) {
                collect(platform, low, atLow, high, count(platform, high), falls);
            }
        }
        boolean upward = far > near;
        falls.sort(upward ? Comparator.comparingDouble((double[] f) -> f[0])
                : Comparator.comparingDouble((double[] f) -> -f[1]));
        for (double[] fall : falls) {
            for (double rate : upward ? fall : new double[] {fall[1], fall[0]}) {
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

    /** The falls of a platform's count between two rates, each narrowed to the search's precision. */
    private void collect(String platform, double low, double atLow, double high, double atHigh, List<double[]> out) {
        if (!(atHigh < atLow)) {
            return;
        }
        double middle = Bisection.Scale.LOG.middle(low, high);
        if (Bisection.Scale.LOG.narrow(low, high) || middle <= low || middle >= high) {
            out.add(new double[] {low, high});
            return;
        }
        double atMiddle = count(platform, middle);
        collect(platform, low, atLow, middle, atMiddle, out);
        collect(platform, middle, atMiddle, high, atHigh, out);
    }

    /**
     * The platforms whose count can fall: more traffic keeps more instances warm, so a platform that keeps none (and
     * is usable) at the lowest rate the search asks keeps none at any rate, and its cost never falls for it.
     */
    private List<String> keeping() {
        if (keeping == null) {
            double lowest = Math.min(BreakEven.LOWEST, BreakEven.rateOf(profile));
            keeping = warm.platforms().stream().filter(p -> count(p, lowest) > 0).toList();
        }
        return keeping;
    }

    /** A platform's count at a rate; 0 without asking where it was 0 at a lower rate (see {@link #keeping}). */
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
