package dev.costfit.model;

/**
 * Cold starts of a pool of instances kept warm for a while after their last request, under Poisson arrivals.
 *
 * <p>The approximation (checked against a discrete-event simulation in the tests): instances are reused
 * most-recently-used first, so the instance that serves requests above level k·c (c requests per instance) stays
 * warm while the number in flight has exceeded k·c within the keep-alive window K, and a request starts cold when it
 * lifts the number in flight above k·c after that instance expired. c need not be whole: an instance that holds
 * c = 2.5 requests on average (Cloud Run's at full CPU) is needed above 0, 2.5, 5, 7.5 … in flight, so its levels,
 * the whole numbers the occupancy passes, are ⌊k·c⌋ = 0, 2, 5, 7 …, and X in flight need ⌈X/c⌉ instances, as
 * Cloud Run's busy instances are counted. Cold starts then arrive at the rate
 * Σ_k λ·p(kc)·P(T_kc &gt; K), where p is the Poisson(λW) occupancy of the M/G/∞ queue and T_j the time the
 * occupancy takes to climb from j back to j+1. T_j is taken from the birth-death (M/M/∞) process, whose first two
 * moments follow from its passage-time identities (see the level pass), and its tail from a two-phase
 * hyperexponential with those moments (balanced means): the climb back is either quick or a long excursion towards
 * the mean.
 *
 * <p>Instances kept warm regardless (provisioned concurrency, minimum instances) remove the levels below them.
 */
public final class ColdStartModel {

    private static final double NEGLIGIBLE = 1e-15;
    /** The most tail evaluations one steady state makes (see the level loop). */
    private static final long MAX_TAILS = 256;

    private ColdStartModel() {
    }

    /**
     * @param coldShare share of requests that start cold in steady traffic
     * @param pool      instances warm on average (busy or idle)
     * @param recycled  instances recycled a second at the end of their lifetime, of those not kept (see
     *                  {@link #levels(double, double, double, double, Poisson, double)}); 0 where they live for ever
     */
    public record Result(double coldShare, double pool, double recycled) {

        /** Instances that live for ever. */
        public Result(double coldShare, double pool) {
            this(coldShare, pool, 0);
        }
    }

    public static Result steadyState(double rate, double meanSeconds, double keepAliveSeconds, double capacity,
                                     int kept) {
        return levels(rate, meanSeconds, keepAliveSeconds, capacity, Poisson.withMean(rate * meanSeconds)).at(kept);
    }

    /** As above, with the occupancy Poisson(rate × meanSeconds) already built. */
    public static Result steadyState(double rate, double meanSeconds, double keepAliveSeconds, double capacity,
                                     int kept, Poisson occupancy) {
        return levels(rate, meanSeconds, keepAliveSeconds, capacity, occupancy).at(kept);
    }

    /**
     * What each instance contributes to the cold starts and to the pool, in one pass over the levels, so that the
     * steady state with any number kept warm is a suffix sum: keeping N warm removes the levels of instances below
     * N and counts those instances warm, and nothing else in the pass depends on N.
     */
    public static Levels levels(double rate, double meanSeconds, double keepAliveSeconds, double capacity,
                                Poisson occupancy) {
        return levels(rate, meanSeconds, keepAliveSeconds, capacity, occupancy, Double.POSITIVE_INFINITY);
    }

    /**
     * As above, for instances recycled {@code lifetime} seconds after they start however busy (Lambda's, about two
     * hours). An instance is recycled only if it stays warm that long: its warm spells start with its cold starts, at
     * the rate c = λ·(its cold share), and last w/c on average, w its share of time warm. Taking a spell's length as
     * exponential, a spell is recycled Σ_n e^(−n·T·c/w) = 1/(e^(T·c/w) − 1) times, so the instance is recycled
     * c/(e^(T·c/w) − 1) times a second: w/T for an instance always warm (c → 0), and all but none for one whose
     * spells are far shorter than its lifetime — a function called once an hour with a 30-minute keep-alive, whose
     * warm spells end long before two hours (w/T alone counted 0.2 recycled an hour there, a third as many as its
     * cold starts; the DES with lifetimes in ColdStartModelTest counts next to none).
     */
    public static Levels levels(double rate, double meanSeconds, double keepAliveSeconds, double capacity,
                                Poisson occupancy, double lifetime) {
        if (rate <= 0) {
            return new Levels(0, new double[1], new double[1], new double[1], lifetime, 1);
        }
        double load = rate * meanSeconds;
        double reach = Math.ceil(load + 12 * Math.sqrt(load) + 30);
        if (!(reach < Integer.MAX_VALUE - (double) capacity)) {
            // Beyond the levels an int counts, where the occupancy itself saturates (Poisson#MODELLED_MEAN: a
            // setting far slower than measured can reach it): the limit the pass tends to as the load grows — every
            // instance up to the mean warm, the climb back from below it immediate, no cold start — saturated as the
            // occupancy is. The pass would count its levels past the largest int.
            return new Levels((int) Math.min(Integer.MAX_VALUE - 1, Math.ceil(load / capacity)), new double[1],
                    new double[1], new double[1], lifetime, 1);
        }
        int last = (int) reach;
        // Far below the mean the occupancy climbs back at once: those levels are always warm and never start
        // cold. The pass starts at the first level with any probability (or ten standard deviations below the
        // mean, if lower); the mass below it is negligible (below 1e-20 of the mode's).
        int start = Math.max(0, Math.min(occupancy.first(), (int) Math.floor(load - 10 * Math.sqrt(load))));
        int first = firstAtOrAbove(start, capacity); // instances whose levels are below start: always warm
        int instances = Math.max(0, firstAtOrAbove(last + 1L, capacity) - first);
        double[] cold = new double[instances + 1];
        double[] pool = new double[instances + 1];
        // T_j's moments from the passage-time identities of a birth-death chain, with F and p the occupancy's
        // distribution and probabilities: m1(j) = F(j)/(λ·p(j)), and m2(j) = 2/(λ·p(j))·Σ_{k≤j} p(k)·τ(k, j+1), where
        // τ(k, j+1) = M1(j) − M1(k−1) is the mean passage time from k to j+1 and M1 the running sum of m1; that is
        // m2(j) = 2·(F(j)·M1(j) − S(j))/(λ·p(j)) with S(j) = Σ_{k≤j} p(k)·M1(k−1). Three running sums, one addition
        // each a level, that do not wait on each other, where the recursion from level to level this replaces was a
        // chain of dependent multiplications (ColdStartMomentsTest checks the two agree to 1e-12).
        double cumulative = 0;
        double m1Sum = 0;
        double weighted = 0;
        // Five standard deviations below the mean the climb back is so quick that no instance there ever expires:
        // P(X = j) < 3e-7, so skipping the tail changes the share and the pool by less than that.
        double quick = load - 5 * Math.sqrt(load);
        // Far above a few thousand levels the tail moves little from one level to the next: evaluate it at most
        // MAX_TAILS times across the band and hold it in between (the moments are still summed level by level).
        long band = Math.max(1, (long) ((last - Math.max(start, quick)) / capacity));
        long stride = Math.max(1, band / MAX_TAILS);
        long untilTail = 0;
        Tail tail = new Tail();
        boolean tailKnown = false;
        double p = 0;
        int instance = 0; // the instance, counted from first, that serves the requests above the next level
        long nextLevel = level(first, capacity);
        int untilLevel = (int) (nextLevel - start); // steps from j to that level
        // The occupancy's table read in place where it has one: the same terms as probability(j), without two calls
        // a level (most of the pass under C1, which does not inline them).
        double[] table = occupancy.table();
        int walked = instances + 1; // the instances the pass reached: none beyond them is ever warm
        double odds = 0;
        double perMean = 1 / occupancy.mean();
        double perRate = 1 / rate;
        int tableFirst = occupancy.first();
        for (int j = start; j <= last; j++, untilLevel--) {
            if (table != null) {
                int t = j - tableFirst;
                p = t < 0 || t >= table.length ? 0 : table[t];
            } else {
                p = j == start ? occupancy.probability(j) : occupancy.probabilityAfter(j, p);
            }
            cumulative += p;
            if (p > 0) {
                weighted += p * m1Sum;
                // F(j)/p(j) = 1 + F(j−1)/p(j−1) · j/L, as p(j−1)/p(j) = j/L: no division a level.
                odds = odds > 0 ? 1 + odds * (j * perMean) : cumulative / p;
                m1Sum += odds * perRate;
            }
            if (untilLevel > 0) {
                continue;
            }
            long level = nextLevel;
            nextLevel = level(first + instance + 1L, capacity);
            untilLevel = (int) (nextLevel - level);
            int i = instance++;
            if (j < quick) {
                pool[i] = 1 - Math.min(1, cumulative);
                continue;
            }
            // Counted down rather than j % stride: no integer division a level.
            if (!tailKnown || untilTail-- == 0) {
                if (tailKnown) {
                    untilTail = stride - 1;
                }
                tailKnown = true;
                // Where p is 0 (beyond the table) the moments are infinite: the climb back never comes.
                double flow = rate * p;
                tail.set(cumulative / flow, 2 * (cumulative * m1Sum - weighted) / flow, keepAliveSeconds);
            }
            cold[i] = p * tail.survival;
            pool[i] = 1 - Math.min(1, cumulative) * tail.ageBeyond;
            if (p < NEGLIGIBLE && j > load && tail.ageBeyond > 1 - NEGLIGIBLE) {
                walked = i + 1;
                break;
            }
        }
        // Suffix sums, each kept in a register rather than read back from the element just written; from where the
        // pass stopped (beyond it every sum is 0, as the arrays start).
        double coldFrom = 0;
        double poolFrom = 0;
        double recycledFrom = 0;
        boolean recycles = lifetime < Double.POSITIVE_INFINITY;
        double[] recycled = new double[recycles ? instances + 1 : 1];
        for (int i = walked - 1; i >= 0; i--) {
            if (recycles) {
                recycledFrom += recycledPerSecond(rate * cold[i], pool[i], lifetime);
                recycled[i] = recycledFrom;
            }
            coldFrom += cold[i];
            poolFrom += pool[i];
            cold[i] = coldFrom;
            pool[i] = poolFrom;
        }
        return new Levels(first, cold, pool, recycled, lifetime, walked);
    }

    /** Recycles a second of an instance with cold starts {@code colds} a second and warm {@code warm} of the time. */
    private static double recycledPerSecond(double colds, double warm, double lifetime) {
        if (!(warm > 0)) {
            return 0;
        }
        double x = lifetime * colds / warm;
        // x → 0: c/(e^x − 1) → w/T (an instance always warm); past e^−700 nothing is recycled.
        return x < 1e-9 ? warm / lifetime : x > 700 ? 0 : colds / expLessOne(x);
    }

    /**
     * e^x − 1 for x ≥ 0: Math.exp (an intrinsic; Math.expm1 is not, and on Java 17 calls native code: 7.7% of a
     * portfolio's samples in JFR here) and, below 0.01, where e^x − 1 would cancel, six terms of its series: within
     * 2e-14 of expm1 relative (ColdStartModelTest).
     */
    static double expLessOne(double x) {
        return x < 0.01 ? x * (1 + x / 2 * (1 + x / 3 * (1 + x / 4 * (1 + x / 5 * (1 + x / 6))))) : Math.exp(x) - 1;
    }

    /**
     * Instance k's level, ⌊k·c⌋: it is needed when more than k·c are in flight, which for a whole number in flight is
     * more than ⌊k·c⌋ — the level {@link Poisson#expectedCeilDiv(double)} counts instance k + 1 busy above, so that
     * with no keep-alive the pool is the instances busy, E[⌈X/c⌉]. Exact for a whole c.
     */
    private static long level(long k, double capacity) {
        return Poisson.level(k, capacity);
    }

    /** The first instance whose level is at least {@code j} (a capacity of at least 1: levels rise by one or more). */
    private static int firstAtOrAbove(long j, double capacity) {
        long k = Math.max(0, (long) Math.ceil(j / capacity) - 1);
        while (level(k, capacity) < j) {
            k++;
        }
        while (k > 0 && level(k - 1, capacity) >= j) {
            k--;
        }
        return (int) k;
    }

    /**
     * The most instances {@link #levels} can count warm at a load with none kept: those below the pass, plus at most
     * one per instance level it walks, up to its last level, ⌈L + 12√L + 30⌉ (with room for the rounding of
     * rate × seconds). A bound a search uses without the pass (ColdStartPlan#mostColdStarts).
     */
    static double mostPool(double load, double capacity) {
        double roomy = load * (1 + 1e-12) + 1;
        return Math.ceil(roomy + 12 * Math.sqrt(roomy) + 30) / capacity + 2;
    }

    /**
     * The fewest instances {@link #levels} can count warm at a load with none kept, without the pass. Instance k serves
     * the requests above level k·c, so it is busy, and warm, whenever more than k·c are in flight: the pass counts it
     * warm 1 − F(kc)·A, with A ≤ 1 the share of climbs older than the keep-alive (1 − F(kc) where it takes no tail,
     * and 1 below the levels it walks), so at least P(X &gt; kc), and all of them at least E[⌈X/c⌉] ≥ L/c — but for
     * the levels past its end, each P(X &gt; kc) below 1e-14 there, and the rounding of its sums (the one instance
     * and the billionth taken off). 0 where the pass saturates (beyond a billion instances). A search bounds an
     * hour's scale-up by it ({@link ColdStartPlan#noneKeptMeets}).
     */
    static double leastPool(double load, double capacity) {
        double instances = load / capacity;
        return instances < 1e9 ? Math.max(0, instances * (1 - 1e-9) - 1) : 0;
    }

    /**
     * The largest share of requests {@link #levels} can count cold with none kept, without the pass. An instance
     * level j of the pass adds p(j)·P(T_j &gt; K), with P(T_j &gt; K) the tail held from a level no higher. Level 0,
     * where the pass walks it, is the first level it takes a tail at, and the climb from it is one arrival: an
     * exponential of mean 1/λ, which adds p(0)·e^(−λK). Above it, the tail is a distribution of mean m1 = F(j)/(λ·p(j))
     * (one exponential, or two phases of balanced means), so by Markov's inequality P(T &gt; K) ≤ m1/K, and m1 only
     * grows with j (F(j)/p(j) = Σ_k j!/((j−k)!·L^k) does), so a held tail is no more than that either: each level adds
     * at most min(p(j), F(j)/(λK)) ≤ 1/(λK), and they add at most 1 − p(0) together. Only the levels from L − 5√L to
     * the last, ⌈L + 12√L + 30⌉, add anything: at most (17√L + 31)/c + 1 of them (with room for rounding). Where the
     * keep-alive is long against the gaps between requests (λK ≫ √L) this is a small share, where every request was
     * the bound before; at most 1.
     */
    static double mostColdShare(double rate, double load, double capacity, double keepAliveSeconds) {
        double rateTimesKeepAlive = rate * keepAliveSeconds;
        if (!(rateTimesKeepAlive > 0) || !(rateTimesKeepAlive < Double.POSITIVE_INFINITY)) {
            return 1;
        }
        double idle = Math.exp(-load);
        double levels = levelsWithTails(load, capacity);
        double share = idle * Math.exp(-rateTimesKeepAlive) + Math.min(1 - idle, levels / rateTimesKeepAlive);
        // Room for the rounding of the pass's sums and of the exponentials.
        return Math.min(1, share * (1 + 1e-9) + 1e-12);
    }

    /**
     * The most instances {@link #levels} can count warm at a load with none kept, with the keep-alive: where the pass
     * takes a tail at every level (at most {@code 2·MAX_TAILS} levels from the quick region up), an instance level
     * j ≥ 1 is warm at most 1 − F(j)·A(j), with A the share of time spent in climbs older than K, and 1 − A ≤ K/m1
     * (e^(−x) ≥ 1 − x, in each phase of the tail), so at most (1 − F(j)) + λK·p(j). The always-warm instances below
     * the pass and the levels' 1 − F(j) add up to at most L/c + 1 (a Poisson's Σ_j P(X &gt; j) is its mean L), the
     * levels' λK·p(j) to λK·(1 − p(0)), and level 0 to at most 1. Where tails are held across levels it is
     * {@link #mostPool(double, double)}; never more than that.
     */
    static double mostPool(double rate, double load, double capacity, double keepAliveSeconds) {
        double loose = mostPool(load, capacity);
        double rateTimesKeepAlive = rate * keepAliveSeconds;
        if (levelsWithTails(load, capacity) >= 2 * MAX_TAILS || !(rateTimesKeepAlive >= 0)) {
            return loose;
        }
        double tight = 2 + load / capacity + rateTimesKeepAlive * -Math.expm1(-load);
        return Math.min(loose, tight * (1 + 1e-9) + 1e-9);
    }

    /** The most instance levels a pass evaluates a tail at, from L − 5√L to its last (see {@link #levels}). */
    private static double levelsWithTails(double load, double capacity) {
        double roomy = load * (1 + 1e-12) + 1;
        return (17 * Math.sqrt(roomy) + 32) / capacity + 2;
    }

    /**
     * The pass of {@link #levels}: instances below {@code first} are always warm; from it on, the suffix sums of
     * each instance's cold-start probability per request and of its share of time warm.
     */
    public static final class Levels {

        private final int first;
        private final double[] coldFrom;
        private final double[] poolFrom;
        private final double[] recycledFrom;
        private final double lifetime;

        /** The instances from {@code first} the pass reached: beyond them none is warm, none starts cold. */
        private final int walked;

        private Levels(int first, double[] coldFrom, double[] poolFrom, double[] recycledFrom, double lifetime,
                       int walked) {
            this.first = first;
            this.coldFrom = coldFrom;
            this.poolFrom = poolFrom;
            this.recycledFrom = recycledFrom;
            this.lifetime = lifetime;
            this.walked = walked;
        }

        /**
         * The steady state with {@code kept} instances warm regardless (their recycling replaced ahead, as Lambda
         * replaces provisioned environments): those below the pass and above the kept are always warm, recycled once
         * a lifetime each.
         */
        public Result at(int kept) {
            int from = Math.max(first, kept);
            int i = Math.min(from - first, coldFrom.length - 1);
            double recycled = lifetime < Double.POSITIVE_INFINITY
                    ? (from - kept) / lifetime + recycledFrom[Math.min(i, recycledFrom.length - 1)] : 0;
            return new Result(Math.min(1, coldFrom[i]), from + poolFrom[i], recycled);
        }

        /**
         * The cold starts an hour of this steady state adds, above any number kept, when it follows an hour in the
         * steady state {@code before}: each instance starts the hour as warm as it was, w₀, and relaxes towards its
         * w here. Taken as a two-state process — cold to warm at a rate a (its needs while cold), warm to cold at
         * b, w = a/(a + b), its cold starts c = a(1 − w) a second — it spends (w − w₀)·(1 − e^(−(a+b)T))/(a + b)
         * seconds less warm than in the steady state over the hour's T, so it starts cold a times that more often:
         * (w − w₀)·w·(1 − e^(−(a+b)T)), with a + b = c/(w(1 − w)). An instance warm all the time (w = 1) is one
         * cold start where it was not warm before; one seldom warm here adds little however cold it starts. (The
         * pool's growth, Σ(w − w₀), counted every instance as if it were needed at once: a 2nd gen service at 8 an
         * hour kept a second minimum instance with a 30-minute keep-alive that a 5-minute one did not need.)
         * An instance warmer before adds none, so that keeping one more never adds cold starts. Worked out once
         * for every instance, as suffix sums like the pass's own, so that any number kept is a look-up.
         */
        public Transient transientAfter(Levels before, double rate, double seconds) {
            int low = Math.min(first, before.first);
            int top = end();
            // Below both passes every instance is warm in both hours, and from where this pass stopped none is
            // warm here: nothing to add. In between, a run of instances outside both passes is warm all the time
            // here and cold before (one cold start each), or the same (none): a constant a run. Below this pass,
            // inside the other, each instance warm all the time here adds 1 − w₀: the run's length less the hour
            // before's pool over it, read off its suffix sums.
            int[] edges = edges(low, first, top, Math.min(before.first, top), Math.min(before.end(), top));
            int runs = edges.length - 1;
            Transient.Run[] parts = new Transient.Run[Math.max(0, runs)];
            double[] fromNext = new double[parts.length];
            double after = 0;
            double roundingOfWarm = 1e-9 + 16 * Math.ulp(poolFrom[0]);
            for (int r = runs - 1; r >= 0; r--) {
                int from = edges[r];
                int to = edges[r + 1];
                fromNext[r] = after;
                if (to <= first && before.inPass(from)) {
                    parts[r] = new Transient.PoolBefore(to, before);
                } else if (inPass(from) || before.inPass(from)) {
                    double[] sums = new double[to - from];
                    double sum = 0;
                    for (int k = to - 1; k >= from; k--) {
                        sum += added(before, k, rate, seconds, roundingOfWarm);
                        sums[k - from] = sum;
                    }
                    parts[r] = new Transient.Summed(from, sums);
                } else {
                    parts[r] = new Transient.Each(to, added(before, from, rate, seconds, roundingOfWarm));
                }
                after += parts[r].from(from);
            }
            return new Transient(edges, parts, fromNext);
        }

        /** The distinct values, sorted. */
        private static int[] edges(int... values) {
            int[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int n = 0;
            for (int v : sorted) {
                if (n == 0 || v != sorted[n - 1]) {
                    sorted[n++] = v;
                }
            }
            return java.util.Arrays.copyOf(sorted, n);
        }

        /** Instance k's cold starts added at the hour's start (see {@link #transientAfter}). */
        private double added(Levels before, int k, double rate, double seconds, double roundingOfWarm) {
            double w = warmAt(k);
            double w0 = before.warmAt(k);
            if (!(w > w0)) {
                return 0;
            }
            double most = (w - w0) * w;
            // An instance cold for less than a billionth of the time (or as little as the rounding of the pass's
            // sums tells apart) is needed again as soon as it is cold: it relaxes at once. So is one without cold
            // starts of its own (below the levels the pass takes tails at). And one that can add no more than 1e-16
            // (far above the mean, seldom warm) is taken to add that, without its exponential.
            double colds = rate * coldAt(k);
            double cold = 1 - w;
            if (cold <= roundingOfWarm || colds <= 0 || most < 1e-16) {
                return most;
            }
            double x = seconds * colds / (w * cold);
            // Past 40, 1 − e^(−x) is 1 in doubles: the same without the exponential (most instances of a busy hour).
            // Below it, Math.exp (an intrinsic, a third of expm1's time here) and, where 1 − e^(−x) would cancel, four
            // terms of its series: within 6e-14 of expm1 relative (ColdStartModelTest).
            return x > 40 ? most : most * oneLessExp(x);
        }

        /** 1 − e^(−x) for x ≥ 0. */
        static double oneLessExp(double x) {
            return x < 1e-3 ? x * (1 - x / 2 * (1 - x / 3 * (1 - x / 4))) : 1 - Math.exp(-x);
        }

        /** The first instance beyond the pass (where it stopped), never warm. */
        private int end() {
            return first + walked;
        }

        private boolean inPass(int k) {
            return k >= first && k < end();
        }

        /**
         * Σ (1 − w_k) over instances k from {@code from} to {@code to} of this pass: the cold starts of instances warm
         * all the time in the hour after it (never below none, whatever the rounding of the sums).
         */
        private double coldWhereWarmAbove(int from, int to) {
            return Math.max(0, (to - from) - (warmFrom(from) - warmFrom(to)));
        }

        /** Σ w_k over the pass's instances from k on (k at least {@code first}). */
        private double warmFrom(int k) {
            int i = k - first;
            return i < poolFrom.length ? poolFrom[i] : 0;
        }

        /** Instance k's share of time warm (1 below the pass, 0 beyond it). */
        private double warmAt(int k) {
            if (k < first) {
                return 1;
            }
            int i = k - first;
            if (i >= poolFrom.length) {
                return 0;
            }
            return poolFrom[i] - (i + 1 < poolFrom.length ? poolFrom[i + 1] : 0);
        }

        /** Instance k's cold starts per request (none below the pass or beyond it). */
        private double coldAt(int k) {
            int i = k - first;
            if (i < 0 || i >= coldFrom.length) {
                return 0;
            }
            return coldFrom[i] - (i + 1 < coldFrom.length ? coldFrom[i + 1] : 0);
        }
    }

    /**
     * The cold starts an hour's start adds above any number kept ({@link Levels#transientAfter}): runs of instances
     * between edges, each summed from its end down to any instance in it.
     */
    public static final class Transient {

        /** A run of instances up to an edge: what the instances from {@code k} to its end add. */
        sealed interface Run permits Summed, Each, PoolBefore {
            double from(int k);
        }

        /** Summed instance by instance (inside either hour's pass), from its first instance {@code start}. */
        record Summed(int start, double[] suffix) implements Run {
            @Override
            public double from(int k) {
                return suffix[k - start];
            }
        }

        /** Outside both passes: each instance adds the same, one cold start or none. */
        record Each(int end, double each) implements Run {
            @Override
            public double from(int k) {
                return each * (double) (end - k);
            }
        }

        /** Below this hour's pass, inside the hour before's: each instance adds 1 − w₀, read off its pool. */
        record PoolBefore(int end, Levels before) implements Run {
            @Override
            public double from(int k) {
                return before.coldWhereWarmAbove(k, end);
            }
        }

        private final int[] edges;
        private final Run[] runs;
        /** What the runs above each one add. */
        private final double[] fromNext;

        private Transient(int[] edges, Run[] runs, double[] fromNext) {
            this.edges = edges;
            this.runs = runs;
            this.fromNext = fromNext;
        }

        /** The cold starts added above {@code kept} instances, which are warm ahead of the hour. */
        public double above(int kept) {
            int k = Math.max(kept, edges[0]);
            for (int r = 0; r < runs.length; r++) {
                if (k < edges[r + 1]) {
                    return runs[r].from(k) + fromNext[r];
                }
            }
            return 0;
        }
    }

    /**
     * P(T > K) and the share of time spent in climbs already older than K, from the first two moments of T. One
     * holder a pass, set level by level: the pass stays free of allocation even where it is compiled without its
     * callees inlined (the launcher's inlining limits for portfolios).
     */
    private static final class Tail {

        /** exp(−x) is exactly 0 in doubles for x above about 745.13. */
        private static final double UNDERFLOW = 746;
        /** The same with room for rounding in the bound that avoids the square root. */
        private static final double CERTAIN_UNDERFLOW = 760;

        private double survival;
        private double ageBeyond;

        void set(double mean, double second, double k) {
            if (!Double.isFinite(mean) || !Double.isFinite(second) || mean <= 0) {
                survival = 1;
                ageBeyond = 1;
                return;
            }
            if (second > 0 && k * mean > CERTAIN_UNDERFLOW * second) {
                // The slow phase's rate is at least mean/second (1 − p1 ≥ 1/(2(scv + 1)) below), so both phases
                // are past exp's underflow: the answer below without its square root and exponentials.
                survival = 0;
                ageBeyond = 0;
                return;
            }
            // The squared coefficient of variation is second/mean² − 1; above 1 the fit has two phases, with
            // (scv − 1)/(scv + 1) = 1 − 2·mean²/second: one division, where the chain of dependent operations up to
            // the exponential is most of a tail's time.
            double meanSquared = mean * mean;
            double kPerMean = k / mean;
            if (!(second > 2 * meanSquared)) {
                double e = Math.exp(-kPerMean);
                survival = e;
                ageBeyond = e;
                return;
            }
            double p1 = (1 + Math.sqrt(1 - 2 * meanSquared / second)) / 2;
            // Rates r1 = 2·p1/mean and r2 = 2·(1 − p1)/mean, times k.
            double r1k = 2 * p1 * kPerMean;
            double r2k = 2 * (1 - p1) * kPerMean;
            if (r2k > UNDERFLOW) {
                // Both phases (r1 ≥ r2, as p1 ≥ ½) are past exp's underflow: the sums below are exactly zero.
                survival = 0;
                ageBeyond = 0;
                return;
            }
            // The quick phase alone is often past exp's underflow (a climb back of seconds against a keep-alive of
            // minutes): the same zero without the call.
            double quick = r1k > UNDERFLOW ? 0 : Math.exp(-r1k);
            double slow = Math.exp(-r2k);
            survival = p1 * quick + (1 - p1) * slow;
            // (p1/r1·quick + (1 − p1)/r2·slow)/mean, where balanced means make p1/r1 = (1 − p1)/r2 = mean/2.
            ageBeyond = Math.min(1, (quick + slow) / 2);
        }
    }
}
