package dev.costfit.model;

import dev.costfit.units.Numbers;
import java.util.List;

/**
 * Cold starts of a function platform over the month, hour by hour ({@link ColdStartModel} in each hour, plus the
 * environments a rising hour adds and those recycled at the end of their lifetime), and the fewest instances to
 * keep warm for a target share of cold requests. Pure maths: what the target is and what a cold start costs are
 * the platforms' business.
 */
public final class ColdStartPlan {

    private final HourlyLoad load;
    private final double keepAlive;
    private final double capacity;
    private final double lifetime;
    /** Each distinct hourly load's level pass (patterns repeat their hours; any number kept is then a lookup). */
    private final ColdStartModel.Levels[] levels;
    /**
     * An hour's cold starts depend on its load, the load of the hour before and the number kept, so hours that
     * share the first two (a business-hours week has four such transitions in 168 hours) share one figure: each
     * transition remembers the last number kept it was asked about and its answer.
     */
    private final int[] transition;
    private final int[] lastKept;
    private final double[] lastCold;
    /** Each transition's start from the hour before, for any number kept. */
    private final ColdStartModel.Transient[] transients;

    /**
     * @param load      the hourly load with the billed duration as W
     * @param capacity  requests an instance holds, not necessarily whole ({@link ColdStartModel})
     * @param lifetime  seconds an environment lives however busy (infinite where instances are not recycled)
     */
    public ColdStartPlan(HourlyLoad load, double keepAlive, double capacity, double lifetime) {
        this.load = load;
        this.keepAlive = keepAlive;
        this.capacity = capacity;
        this.lifetime = lifetime;
        this.levels = new ColdStartModel.Levels[load.distinctHours().size()];
        // The pattern's, shared by every plan on it: read only.
        TrafficPattern.Transitions transitions = load.pattern().transitions();
        this.transition = transitions.ofHour();
        this.lastKept = new int[transitions.count()];
        this.lastCold = new double[transitions.count()];
        this.transients = new ColdStartModel.Transient[transitions.count()];
        java.util.Arrays.fill(lastKept, -1);
    }

    /**
     * Cold starts a month and the share of requests, with {@code kept[h]} instances warm in pattern hour h.
     *
     * @param worstHour the first pattern hour whose share is {@code worstHourShare} (0 where no hour has traffic)
     */
    public record Outcome(double coldPerMonth, double share, double worstHourShare, int worstHour, int[] kept) {}

    public Outcome evaluate(int[] kept) {
        double cold = 0;
        double requests = 0;
        double worst = 0;
        int worstHour = 0;
        double monthHours = load.monthHoursPerHour();
        for (int h = 0; h < load.hourCount(); h++) {
            double hourRequests = load.loadOf(h).rate() * 3600;
            double hourCold = coldInHour(h, kept[h]);
            if (hourRequests > 0 && hourCold / hourRequests > worst) {
                worst = hourCold / hourRequests;
                worstHour = h;
            }
            cold += hourCold * monthHours;
            requests += hourRequests * monthHours;
        }
        return new Outcome(cold, requests == 0 ? 0 : cold / requests, worst, worstHour, kept.clone());
    }

    /**
     * The most cold starts a month {@link #evaluate} can give with none kept warm, without a level pass: in each hour
     * the most steady requests that can start cold ({@link ColdStartModel#mostColdShare}: every request where the
     * keep-alive is short against the gaps between them), the most instances the pool can hold
     * ({@link ColdStartModel#mostPool(double, double, double, double)}) recycled, and as many added by the scale-up
     * where the hour before has another load (an hour after one of the same load adds none: the same pass gives
     * both pools). A search bounds a function's bill by it where cold starts only add the INIT they bill.
     */
    public static double mostColdStarts(HourlyLoad load, double keepAlive, double capacity, double lifetime) {
        HourBounds most = HourBounds.of(load, keepAlive, capacity, lifetime);
        int n = load.hourCount();
        double total = 0;
        for (int h = 0; h < n; h++) {
            int slot = load.pattern().slot(h);
            boolean rises = load.pattern().slot((h - 1 + n) % n) != slot;
            total += (most.steadyAndRecycled()[slot] + (rises ? most.pool()[slot] : 0)) * load.monthHoursPerHour();
        }
        return total;
    }

    /**
     * Each distinct hour's most steady and recycled cold starts ({@link ColdStartModel#mostColdShare} of its requests,
     * and the most pool, {@link ColdStartModel#mostPool(double, double, double, double)}, over the lifetime), and that
     * pool: none for an hour without requests.
     */
    private record HourBounds(double[] steadyAndRecycled, double[] pool) {

        static HourBounds of(HourlyLoad load, double keepAlive, double capacity, double lifetime) {
            List<HourlyLoad.Hour> distinct = load.distinctHours();
            double[] steadyAndRecycled = new double[distinct.size()];
            double[] pool = new double[distinct.size()];
            for (int i = 0; i < distinct.size(); i++) {
                HourlyLoad.Hour hour = distinct.get(i);
                if (hour.rate() > 0) {
                    pool[i] = ColdStartModel.mostPool(hour.rate(), hour.inFlight(), capacity, keepAlive);
                    double recycled = Double.isInfinite(lifetime) ? 0 : 3600 * pool[i] / lifetime;
                    steadyAndRecycled[i] = hour.rate() * 3600 * ColdStartModel.mostColdShare(hour.rate(),
                            hour.inFlight(), capacity, keepAlive) + recycled;
                }
            }
            return new HourBounds(steadyAndRecycled, pool);
        }
    }

    /**
     * Whether no hour of {@link #evaluate} with none kept counts more than {@code target} of its requests cold — so
     * that {@link #keptPerHour} and {@link #keptAllMonth} keep none (from a floor of none) and its worst hour meets
     * the target — known without a level pass: in each hour with requests, its steady cold starts at most
     * {@link ColdStartModel#mostColdShare} of them, its recycled environments at most the most its pool can hold
     * ({@link ColdStartModel#mostPool(double, double, double, double)}) over their lifetime, and its scale-up at most
     * that pool less the least the hour before holds ({@link ColdStartModel#leastPool}; none after an hour of the same
     * load, which has the same pass). False where the bounds cannot tell. Where the keep-alive is long against the
     * gaps between requests, a busy service's steady share is small (its levels' count, about 17√L, against λK), and
     * that is where the passes cost most: their levels grow with √L, their hours with the pattern's.
     */
    public static boolean noneKeptMeets(HourlyLoad load, double keepAlive, double capacity, double lifetime,
                                        double target) {
        List<HourlyLoad.Hour> distinct = load.distinctHours();
        HourBounds most = HourBounds.of(load, keepAlive, capacity, lifetime);
        int n = load.hourCount();
        for (int h = 0; h < n; h++) {
            int slot = load.pattern().slot(h);
            double requests = distinct.get(slot).rate() * 3600;
            if (!(requests > 0)) {
                continue; // no share to meet (evaluate leaves such hours out of the worst)
            }
            int before = load.pattern().slot((h - 1 + n) % n);
            double leastBefore = ColdStartModel.leastPool(distinct.get(before).inFlight(), capacity);
            double scaleUp = before == slot ? 0 : Math.max(0, most.pool()[slot] - leastBefore);
            // Room for the rounding of evaluate's own sums and share.
            if (!((most.steadyAndRecycled()[slot] + scaleUp) * (1 + 1e-9) <= target * requests)) {
                return false;
            }
        }
        return true;
    }

    /** The fewest instances to keep warm in each hour so that at most {@code target} of its requests start cold. */
    public int[] keptPerHour(double target, int floor) {
        int[] kept = new int[load.hourCount()];
        // Hours of the same transition have the same answer: one search per transition.
        int[] found = new int[lastKept.length];
        java.util.Arrays.fill(found, -1);
        for (int h = 0; h < kept.length; h++) {
            int t = transition[h];
            if (found[t] < 0) {
                found[t] = keptInHour(h, target, floor);
            }
            kept[h] = found[t];
        }
        return kept;
    }

    private int keptInHour(int h, double target, int floor) {
        HourlyLoad.Hour hour = load.loadOf(h);
        double requests = hour.rate() * 3600;
        int low = floor;
        int high = Math.max(floor, (int) Math.ceil((hour.inFlight() + 10 * Math.sqrt(hour.inFlight()) + 10)
                / capacity));
        if (requests == 0 || coldInHour(h, low) <= target * requests) {
            return low;
        }
        while (low < high) {
            int mid = (low + high) / 2;
            if (coldInHour(h, mid) <= target * requests) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** One number of instances for every hour (Cloud Run's minimum instances cannot follow the clock). */
    public int keptAllMonth(double target, int floor) {
        int most = floor;
        for (int k : keptPerHour(target, floor)) {
            most = Math.max(most, k);
        }
        return most;
    }

    /** Cold starts in one pattern hour: steady state, recycled environments, and the scale-up from the hour before. */
    private double coldInHour(int h, int kept) {
        int t = transition[h];
        if (lastKept[t] != kept) {
            lastCold[t] = coldInHourOnce(h, kept);
            lastKept[t] = kept;
        }
        return lastCold[t];
    }

    private double coldInHourOnce(int h, int kept) {
        int n = load.hourCount();
        HourlyLoad.Hour hour = load.loadOf(h);
        HourlyLoad.Hour previous = load.loadOf((h - 1 + n) % n);
        ColdStartModel.Result now = result(hour, kept);
        double steady = hour.rate() * 3600 * now.coldShare();
        double recycled = 3600 * now.recycled();
        // The hour's start from the hour before's instances, above those kept: they are started ahead of the hour
        // (provisioned, or minimum instances). Against the hour before with none kept, the pool above them counted
        // as new every hour, even where the load does not change (a flat day: 0.4% of a request an hour at 1/h with
        // 1 kept and a 30-minute keep-alive); and the pool's growth counted every instance as needed at once, so
        // that a longer keep-alive, whose pool is larger, made more cold starts and kept more warm (2nd gen at 8 an
        // hour on business hours: a second minimum instance with a 30-minute keep-alive, $16.22 a month against
        // $9.58 with 5 minutes). ColdStartModelTest compares both with a simulation of hours at two rates in turn.
        // Never more than that growth, which stays the bound a search uses (noneKeptMeets, mostColdStarts).
        double scaleUp = 0;
        if (load.slot(previous) != load.slot(hour)) {
            double growth = now.pool() - result(previous, kept).pool();
            scaleUp = growth > 0 ? Math.min(growth, transientOf(h, hour, previous).above(kept)) : 0;
        }
        return steady + recycled + scaleUp;
    }

    /** The start of a pattern hour from the hour before, worked out once a transition. */
    private ColdStartModel.Transient transientOf(int h, HourlyLoad.Hour hour, HourlyLoad.Hour previous) {
        int t = transition[h];
        if (transients[t] == null) {
            transients[t] = levelsOf(hour).transientAfter(levelsOf(previous), hour.rate(), 3600);
        }
        return transients[t];
    }

    private ColdStartModel.Result result(HourlyLoad.Hour hour, int kept) {
        return levelsOf(hour).at(kept);
    }

    private ColdStartModel.Levels levelsOf(HourlyLoad.Hour hour) {
        int i = load.slot(hour);
        if (levels[i] == null) {
            levels[i] = ColdStartModel.levels(hour.rate(), hour.inFlight() / Math.max(hour.rate(), Double.MIN_VALUE),
                    keepAlive, capacity, load.occupancy(hour), lifetime);
        }
        return levels[i];
    }

    /**
     * Instances alive on average in pattern hour h in its steady state with {@code kept} warm regardless: those
     * busy and those idle within the keep-alive, the pool {@link ColdStartModel} counts warm for the cold starts
     * (at least {@code kept}; exactly {@code kept} in an hour without requests).
     */
    public double pool(int h, int kept) {
        return result(load.loadOf(h), kept).pool();
    }

    /**
     * Instance-seconds a month alive where an instance lives while busy and for the keep-alive after its last
     * request: each pattern hour's own {@code alive[h]} (its steady pool, or more), plus the instances the hours
     * before it leave idle. An instance alive at the end of hour h − j is kept at most the keep-alive K past it, so
     * at t seconds into hour h the instances alive are at most the largest alive[h − j] over the hours whose end is
     * less than K before t; the busiest of them serve requests to the end and are kept all of K. With K = mK·3600 + r
     * (r below an hour), the first r seconds of hour h reach back mK + 1 hours and the rest mK: an hour without
     * requests after a busy one bills the busy hour's instances for K (15 min on Cloud Run, 10 for a GPU), then
     * only {@code alive[h]}, the instances kept regardless. An upper end for the tail: an instance idle when the
     * hour ends was last used before it, and lives less than K more. The pattern repeats, so the hour before the
     * first is the last.
     */
    public double aliveSeconds(double[] alive) {
        int n = alive.length;
        int wholeHours = (int) Math.min(n, Math.floor(keepAlive / 3600));
        double part = wholeHours == n ? 0 : keepAlive - wholeHours * 3600.0;
        double total = 0;
        for (int h = 0; h < n; h++) {
            double whole = alive[h];
            for (int j = 1; j <= wholeHours; j++) {
                whole = Math.max(whole, alive[((h - j) % n + n) % n]);
            }
            double reach = Math.max(whole, alive[((h - wholeHours - 1) % n + n) % n]);
            total += (part * reach + (3600 - part) * whole) * load.monthHoursPerHour();
        }
        return total;
    }

    /**
     * Requests in flight that N provisioned environments serve in a pattern hour: those that find one free, Erlang's
     * loss system ({@link ErlangLoss#carried}): a request that finds all N busy runs on demand to its end, so it
     * does not move back when one frees — fewer than E[min(X, N)] of the unbounded occupancy.
     */
    public double servedByKept(HourlyLoad.Hour hour, int kept) {
        if (kept == 0) {
            return 0;
        }
        return ErlangLoss.carried(kept, hour.inFlight());
    }

    /** "3–12 (mean 5.2)" for hour-by-hour instance counts weighted by the month. */
    public String keptSummary(int[] kept) {
        return keptSummary(kept, load.pattern().monthHoursPerPatternHour());
    }

    /**
     * {@link #keptSummary}, worded when read, holding the counts and an hour's month hours rather than the plan: a
     * report's results keep their texts, and a plan keeps its load's Poisson tables and level passes.
     */
    public java.util.function.Supplier<String> keptSummaryLater(int[] kept) {
        int[] counts = kept.clone();
        double monthHours = load.pattern().monthHoursPerPatternHour();
        return () -> keptSummary(counts, monthHours);
    }

    /** Every pattern hour stands for the same month hours ({@link HourlyLoad.Hour#monthHours()}). */
    private static String keptSummary(int[] kept, double monthHours) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        double weighted = 0;
        double hours = 0;
        for (int h = 0; h < kept.length; h++) {
            min = Math.min(min, kept[h]);
            max = Math.max(max, kept[h]);
            weighted += kept[h] * monthHours;
            hours += monthHours;
        }
        return Numbers.range(min, max) + (min == max ? "" : " (mean " + Numbers.significant(weighted / hours, 3) + ")");
    }

    /** Instance-hours a month of {@code kept} warm instances. */
    public double keptHours(int[] kept) {
        double total = 0;
        for (int h = 0; h < kept.length; h++) {
            total += kept[h] * load.monthHoursPerHour();
        }
        return total;
    }

    public HourlyLoad load() {
        return load;
    }

}
