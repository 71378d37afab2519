package dev.costfit.recommend;

import dev.costfit.model.Poisson;
import dev.costfit.model.TrafficPattern;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Schedule;
import dev.costfit.profile.Traffic;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import dev.costfit.units.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * The request rate (run rate for jobs) at which the recommendation would change, below and above the profile's
 * own: scanned on a log grid from 0.001/s — or from the profile's own rate, if lower (a nightly job's 30 runs a month
 * is 0.0000114/s: nothing below it is scanned) — to 100,000/s — or to the rate where the requests in flight at the
 * peak hour reach what the model covers ({@link Poisson#MODELLED_MEAN}), if lower — each change refined by bisection
 * to 0.1%.
 *
 * <p>The recommendation is not monotone in the rate. Whole tasks, nodes and instances step the containers' costs, so
 * where one platform costs about the simplicity margin more than another (or two about the same) the answer goes
 * back and forth in bands a fraction of a per cent wide: the shipped document summarizer is Amazon EKS's at 2,134/s
 * and AWS Fargate's again at 2,138/s, and so on, dozens of times up to 8,659/s. No grid sees every such band (a scan
 * of 96 points a decade still misses some), and the change the scan finds is then one of many. What a grid does see
 * is how close each answer it asks is to changing ({@link Recommender#slack}): where every rate asked from some
 * rate up to the change — two or more — was within {@link #CLOSE} of it, the answer hovered at a tie over a whole
 * step of the grid, and where a rate on the way was, then was not, it nearly changed there: the crossing says where
 * ({@link Crossing#close}), and a report says the answer is within 5% of changing there. That asks no more rates than
 * the scan does; the slack of an answer close to changing is the one every platform's assessment gives
 * ({@code RateSearch}).
 *
 * <p>Between two rates the scan asks, a function's cost steps by an instance's month where the instances it keeps
 * warm for a latency SLO change (down where traffic keeps them warm instead, up where more are in flight), and a
 * platform can lead there though both rates give another answer: for a service with an SLO the scan also asks on
 * both sides of each such change ({@link WarmChanges}). A container's whole tasks, nodes and instances step its
 * cost the same way, so where a crossing is found, the step that holds it and every step before it are looked through
 * for bands they open ({@link UnitBands}).
 *
 * <p>Where no rate asked changes the answer, the scan may still have met rates where it was close to changing — a
 * container's whole tasks let it lead in bands between the rates asked, and a function's cost climbs through them —
 * and then says so ({@link #closeBelow}, {@link #closeAbove}): "no rate changes it" holds for the rates asked, not
 * for every rate in between.
 *
 * @param lowest     the lowest rate scanned, per second: {@link #LOWEST}, or the profile's own rate if lower
 * @param highest    the highest rate scanned, per second
 * @param closeBelow where no crossing was found below the profile's rate, the first run of rates asked there at which
 *                   the answer was within {@link #CLOSE} of changing, however short ({@code untilCrossing}: the run
 *                   reaches the lowest rate scanned)
 * @param closeAbove the same above the profile's rate ({@code untilCrossing}: it reaches the highest)
 */
public record BreakEven(Optional<Crossing> below, Optional<Crossing> above, double lowest, double highest,
                        Optional<Close> closeBelow, Optional<Close> closeAbove) {

    /** Crossings with no zone met where none was found. */
    public BreakEven(Optional<Crossing> below, Optional<Crossing> above, double lowest, double highest) {
        this(below, above, lowest, highest, Optional.empty(), Optional.empty());
    }

    public static final double LOWEST = 0.001;
    public static final double HIGHEST = 100_000;
    private static final int POINTS_PER_DECADE = 3;
    /** The ratio of one scan rate to the next: 10^(1/3), 2.15. */
    private static final double STEP = Math.pow(10, 1.0 / POINTS_PER_DECADE);
    /**
     * A slack ({@link Recommender#slack}) below which an answer counts as close to changing: one platform's cost
     * moving by 5% would change it — about the step one more task makes in a fleet of twenty.
     */
    public static final double CLOSE = 0.05;

    /** {@link #CLOSE} as reports word it: "5%" (ln 1.05 rounds to the same whole per cent). */
    public static String closePercent() {
        return Numbers.grouped(CLOSE * 100, 0) + "%";
    }

    /**
     * Where the recommendation goes from {@code from} (at lower rates) to {@code to} (at higher rates).
     *
     * @param close      where, on the way from the profile's rate (included), the answer was first within
     *                   {@link #CLOSE} of changing at the rates asked, if it was (see {@link CloseRun} for which runs
     *                   count)
     * @param againUntil past the crossing, the farthest rate at which the profile's own answer was found again, where
     *                   whole units make the two take turns ({@link #againUntil}); empty where it was not
     */
    public record Crossing(Rate rate, String from, String to, Optional<Close> close, Optional<Rate> againUntil) {

        /** A crossing past which the profile's own answer was not found again. */
        public Crossing(Rate rate, String from, String to, Optional<Close> close) {
            this(rate, from, to, close, Optional.empty());
        }
    }

    /**
     * Rates on the way to a crossing at which the answer was within {@link #CLOSE} of changing: from {@code first}
     * (the nearer the profile's rate) to {@code last}, and {@code untilCrossing} at every rate asked up to it.
     */
    public record Close(Rate first, Rate last, boolean untilCrossing) {

        /** The lower of the two ends (first below the profile's rate, last above it). */
        public Rate low() {
            return first.perSecond() <= last.perSecond() ? first : last;
        }

        /** The higher of the two ends. */
        public Rate high() {
            return first.perSecond() <= last.perSecond() ? last : first;
        }
    }

    /**
     * What a search learns at one rate: the recommended platform's id ("none" if nothing fits) and how close it is
     * to changing ({@link Recommender#slack}; infinite where that is not asked) — at most that, where the search
     * bounded some platforms instead of assessing them and the bounds call the answer close: {@code full} then
     * gives the slack every platform's assessment would, where that is close, and at least {@link #CLOSE}
     * elsewhere, worked out only when asked (null where {@code slack} is already the one to go by).
     */
    public record Answer(String id, double slack, DoubleSupplier full) {

        public Answer(String id, double slack) {
            this(id, slack, null);
        }

        static Answer of(String id) {
            return new Answer(id, Double.POSITIVE_INFINITY);
        }

        /** Whether the answer is within {@link #CLOSE} of changing (asked only of the scan's own rates). */
        boolean close() {
            return slack < CLOSE && (full == null || full.getAsDouble() < CLOSE);
        }
    }

    /**
     * The instances each platform keeps warm at a rate ({@link dev.costfit.assessment.ColdStarts#keptWarm}), infinite
     * where it is not usable there: a function's cost steps by an instance's month where this changes, and grows
     * smoothly in between ({@link WarmChanges}).
     */
    public interface KeptWarm {

        /** Nothing kept by any platform: the scan's own rates alone. */
        KeptWarm NONE = new KeptWarm() {
            @Override
            public List<String> platforms() {
                return List.of();
            }

            @Override
            public double kept(String platform, Profile atRate) {
                return 0;
            }
        };

        /** The platforms whose count can change for the profile searched (ids). */
        List<String> platforms();

        /** The count of {@code platform} for the profile at another rate. */
        double kept(String platform, Profile atRate);

        /**
         * The most {@code platform}'s count moves at once as the rate moves
         * ({@link dev.costfit.platform.Platform#keptWarmStep}): one instance, where nothing says less.
         */
        default double step(String platform) {
            return 1;
        }

        /**
         * Where {@code platform}'s count rises between two rates at which {@code answer} is recommended, whether
         * anything could lead between them for it: false where neither it, before its rise, can come near enough
         * to the answer's cost, nor (where it is the answer) any other platform after it.
         */
        default boolean mayLeadBeforeRise(String platform, String answer, double low, double high) {
            return true;
        }

        /**
         * Whether {@code platform}, other than the answer, could lead {@code answer} somewhere between two rates at
         * which the answer is recommended, whatever its count does there: false where its cost floor keeps it too
         * far (it is then not counted at all).
         */
        default boolean mayComeNear(String platform, String answer, double low, double high) {
            return true;
        }
    }

    /**
     * What a search knows of the platforms' costs between two rates, for the bands containers' whole units open
     * inside a scan step ({@link UnitBands}): bounds, each platform's units, and who is ahead at a rate.
     */
    public interface Costs {

        /** No platform: the scan's own rates alone. */
        Costs NONE = List::of;

        /** The platforms that may fit the profile searched (ids); where empty, nothing is looked for. */
        List<String> candidates();

        /** Whether a platform's cost climbs in whole tasks, nodes or instances, flat in between. */
        default boolean wholeUnits(String platform) {
            return false;
        }

        /**
         * At least what {@code platform} costs anywhere between two rates: {@code exact}, from its assessments,
         * else from what the search knows without assessing; 0 where nothing bounds it.
         */
        default double least(String platform, double low, double high, boolean exact) {
            return 0;
        }

        /**
         * At most what {@code answer} costs between two rates at which it is recommended; infinite where nothing
         * bounds it.
         */
        default double most(String answer, double low, double high) {
            return Double.POSITIVE_INFINITY;
        }

        /**
         * Whether a platform's units cannot step its cost by 5% between two rates: it has none, or their count moves
         * by less than 4.9% (or is so large that one more is less) and their size by less than 5%.
         */
        default boolean steadyUnits(String platform, double low, double high) {
            return false;
        }

        /** Whether any of {@code others} costs less at this rate than it must to take over from {@code answer}. */
        default boolean anyAhead(String answer, List<String> others, double rate) {
            return true;
        }

        /**
         * The share of the answer's cost under which {@code platform} takes over from it (with no other platform
         * moving): the margin above 1 where it is simpler, below where the answer is.
         */
        default double within(String platform, String answer) {
            return 1;
        }
    }

    /** The profile with its rate replaced (requests for a service, runs for a job). */
    public static Profile atRate(Profile profile, double perSecond) {
        if (profile.workload() instanceof Workload.Service s) {
            Traffic t = s.traffic();
            return profile.withWorkload(new Workload.Service(new Traffic(new Rate(perSecond), t.pattern(), t.burst()),
                    s.duration()));
        }
        Schedule schedule = ((Workload.Job) profile.workload()).schedule();
        return profile.withWorkload(new Workload.Job(new Schedule(new Rate(perSecond), schedule.tasks(),
                schedule.duration())));
    }

    public static double rateOf(Profile profile) {
        if (profile.workload() instanceof Workload.Service s) {
            return s.traffic().rate().perSecond();
        }
        return ((Workload.Job) profile.workload()).schedule().runs().perSecond();
    }

    /** @param recommended the id of the platform recommended for a profile ("none" if nothing fits) */
    public static BreakEven find(Profile profile, Function<Profile, String> recommended) {
        Function<Profile, Answer> answers = p -> Answer.of(recommended.apply(p));
        return find(profile, answers.apply(atRate(profile, rateOf(profile))), answers);
    }

    /** As above, where the answer at the profile's own rate is known ({@code here}, a report's). */
    public static BreakEven find(Profile profile, Answer here, Function<Profile, Answer> answers) {
        return find(profile, here, answers, KeptWarm.NONE);
    }

    /**
     * As above, where platforms may keep instances warm ({@code warm}): inside a step whose two ends give the same
     * answer, the answer is also asked on both sides of every change of their counts ({@link WarmChanges}), and the
     * first that differs is the change bisection narrows; in the step that holds a change, the rates between the
     * near end and the change bisection found are looked through the same way, since bisection settles on one of
     * the step's changes, not necessarily the first.
     */
    public static BreakEven find(Profile profile, Answer here, Function<Profile, Answer> answers, KeptWarm warm) {
        return find(profile, here, answers, warm, Costs.NONE);
    }

    /**
     * As above, and where a crossing is found, the step that holds it and every step before it are looked through for
     * bands a container's whole units open ({@link UnitBands}, from what the search knows of the costs).
     */
    public static BreakEven find(Profile profile, Answer here, Function<Profile, Answer> answers, KeptWarm warm,
                                 Costs costs) {
        double rate = rateOf(profile);
        double highest = Math.max(rate, Math.min(HIGHEST, modelled(profile)));
        // What is scanned, as reports state it: a rate under LOWEST is scanned up from, never down (the range once
        // said 2,628/month to 100,000/s of a job at 30/month, a range without the job in it).
        double lowest = Math.min(rate, LOWEST);
        DoubleFunction<Answer> at = r -> answers.apply(atRate(profile, r));
        Inside inside = new Inside(new WarmChanges(warm, profile, at), new UnitBands(costs, at));
        CloseRun down = new CloseRun(rate, here);
        Optional<Crossing> below = scan(rate, lowest, false, here, at, inside, down);
        CloseRun up = new CloseRun(rate, here);
        Optional<Crossing> above = scan(rate, highest, true, here, at, inside, up);
        return new BreakEven(below, above, lowest, highest, below.isEmpty() ? down.anyRun() : Optional.empty(),
                above.isEmpty() ? up.anyRun() : Optional.empty());
    }

    /** What the scan looks through between its rates: the instances kept warm, and containers' whole units. */
    private record Inside(WarmChanges warm, UnitBands units) {

        /** The first other answer from {@code near} towards {@code far} that either finds. */
        Optional<WarmChanges.Found> firstOther(double near, double far, String id) {
            Optional<WarmChanges.Found> kept = warm.firstOther(near, far, id);
            Optional<WarmChanges.Found> band = units.firstOther(near, far, id);
            if (kept.isEmpty() || band.isEmpty()) {
                return kept.isPresent() ? kept : band;
            }
            return Math.abs(Math.log(kept.get().rate() / near)) <= Math.abs(Math.log(band.get().rate() / near))
                    ? kept : band;
        }
    }

    /**
     * The first change of the answer from the profile's rate towards {@code end} (downward or {@code up}), on the log
     * grid, each step's ends compared and, where they agree, the changes of the instances kept warm inside it; where
     * they differ, every step before is first looked through for bands of whole units, back to the profile's rate;
     * the rates asked on the way are seen by {@code close}.
     */
    private static Optional<Crossing> scan(double rate, double end, boolean up, Answer here, DoubleFunction<Answer> at,
                                           Inside inside, CloseRun close) {
        List<Double> nears = new ArrayList<>(); // the near end of each step before this one, the profile's rate first
        for (double near = rate; up ? near < end : near > end; near = up ? near * STEP : near / STEP) {
            double far = up ? Math.min(near * STEP, end) : Math.max(near / STEP, end);
            Answer there = at.apply(far);
            Optional<WarmChanges.Found> kept = there.id().equals(here.id())
                    ? inside.warm().firstOther(near, far, here.id()) : Optional.empty();
            if (kept.isPresent()) {
                far = kept.get().rate();
                there = kept.get().answer();
            }
            if (!there.id().equals(here.id())) {
                double seenNear = near;
                double seenFar = far;
                Answer seen = there;
                // Bisection settles on one change of a step: whole units may open a band before it, in this step or
                // in any step before, back to the profile's rate (a CPU-bound API: Amazon EKS leads at 382/s, a step
                // before the change the scan saw, and at 255/s, two steps before; a generated LLM service at 90/s is
                // AWS Fargate's down to 17/s and Lambda Managed Instances' in bands below, five steps before the
                // change to Cloud Functions at 0.08/s). Each step asks answers only where bounds let some platform
                // lead by 5% (UnitBands); the nearest band found is the change.
                double upper = near;
                int withdrawn = 0;
                for (int i = nears.size() - 1; i >= 0; i--) {
                    Optional<WarmChanges.Found> before = inside.units().firstOther(nears.get(i), upper, here.id());
                    upper = nears.get(i);
                    withdrawn++;
                    if (before.isEmpty()) {
                        continue;
                    }
                    for (; withdrawn > 0; withdrawn--) {
                        close.withdraw(); // the step's near end lies beyond the change now
                    }
                    near = nears.get(i);
                    far = before.get().rate();
                    there = before.get().answer();
                }
                Bisection.Bracket<Answer> b = narrow(near, here, far, there, up, at);
                // Every rate bisection asked between the near end and the change it found gave this answer: a change
                // of the instances kept warm, or a container's whole units, may hide one nearer.
                for (Optional<WarmChanges.Found> nearer = inside.firstOther(near, up ? b.low() : b.high(), here.id());
                        nearer.isPresent(); nearer = inside.firstOther(near, up ? b.low() : b.high(), here.id())) {
                    b = narrow(near, here, nearer.get().rate(), nearer.get().answer(), up, at);
                }
                double crossing = up ? b.high() : b.low();
                Optional<Rate> again = againUntil(crossing, up ? b.atHigh().id() : b.atLow().id(), seenNear, seenFar,
                        seen, end, up, here, at, inside.units());
                return Optional.of(up ? new Crossing(new Rate(b.high()), here.id(), b.atHigh().id(), close.zone(),
                        again) : new Crossing(new Rate(b.high()), b.atLow().id(), here.id(), close.zone(), again));
            }
            nears.add(near);
            close.see(far, there);
        }
        return Optional.empty();
    }

    /**
     * Past a crossing, the farthest rate at which the profile's own answer ({@code here}) was found again: where whole
     * units make two platforms take turns, the crossing is where the other ({@code other}) first leads, not where it
     * stays ahead (a CPU-bound API: Amazon EKS from 255/s, AWS Fargate again up to 843/s). Looked for at the scan's
     * own rates between the crossing and the step in which the scan saw the change ({@code seenNear} to
     * {@code seenFar}, its answer there {@code seen}), where bands moved the crossing nearer; in bands of whole units
     * in that step, nearest its far end first (where some platform may lead by {@link #CLOSE} or more, as
     * {@link UnitBands} looks; a near-tie may be found, not sought); in the step after it; and step after step beyond,
     * as long as each finds the own answer again. A third answer ends the search: it is the next change, which a
     * break-even does not report; where the own answer held the step's near end, the own answer's end before it is
     * narrowed as a crossing is.
     */
    private static Optional<Rate> againUntil(double crossing, String other, double seenNear, double seenFar,
                                             Answer seen, double end, boolean up, Answer here,
                                             DoubleFunction<Answer> at, UnitBands units) {
        String own = here.id();
        double last = up ? seenNear > crossing ? seenNear : Double.NaN : seenNear < crossing ? seenNear : Double.NaN;
        double from = Double.isNaN(last) ? crossing : last;
        double to = seenFar;
        // The answer at the step's near end, where it is a rate the scan asked past the change (its own answer).
        Answer atFrom = Double.isNaN(last) ? null : here;
        Answer atTo = seen;
        for (int steps = 1; ; steps++) {
            boolean found;
            if (atTo.id().equals(own)) {
                found = true;
                last = to;
            } else if (atTo.id().equals(other)) {
                Optional<WarmChanges.Found> back = units.firstOther(to, from, other, List.of(own));
                found = back.isPresent() && back.get().answer().id().equals(own);
                if (found) {
                    last = back.get().rate();
                }
            } else {
                // A third answer: the next change. Where the own answer held the step's near end, it holds on into
                // the step up to that change: narrowed, as a crossing is.
                if (atFrom != null && atFrom.id().equals(own)) {
                    Bisection.Bracket<Answer> b = narrow(from, atFrom, to, atTo, up, at);
                    last = up ? b.low() : b.high();
                }
                break;
            }
            // The step after the change's is looked through whatever this one held: a container's next unit opens
            // a band there as often (a function's cost grows on towards the next task's month).
            if ((!found && steps > 1) || to == end) {
                break;
            }
            from = to;
            atFrom = atTo;
            to = up ? Math.min(to * STEP, end) : Math.max(to / STEP, end);
            atTo = at.apply(to);
        }
        return Double.isNaN(last) ? Optional.empty() : Optional.of(new Rate(last));
    }

    /** The change between the near end (this answer) and the far one, narrowed next to the near end. */
    private static Bisection.Bracket<Answer> narrow(double near, Answer here, double far, Answer there, boolean up,
                                                    DoubleFunction<Answer> at) {
        return Bisection.narrow(up ? new Bisection.Bracket<>(near, here, far, there)
                : new Bisection.Bracket<>(far, there, near, here), at, Answer::id, Bisection.Scale.LOG, up);
    }

    /**
     * The first run of rates asked on the way to a change that were close to changing. A run that reaches the change
     * is a zone once it holds two or more rates (the answer stayed close over a whole step of the grid, a factor of
     * 2.15): one close rate alone is where most changes are approached from — the costs converge — and says nothing
     * the change does not. A run that ends before the change is a zone however short: the answer nearly changed there.
     */
    private static final class CloseRun {

        /** The run so far: its first and last close rate, how many, and whether a rate not close has ended it. */
        private record Run(double from, double to, int rates, boolean ended) {}

        private Run run = new Run(0, 0, 0, false);
        /** The run as it was before each rate seen, the last first, for {@link #withdraw}. */
        private final java.util.ArrayDeque<Run> before = new java.util.ArrayDeque<>();

        CloseRun(double rate, Answer here) {
            see(rate, here);
        }

        void see(double rate, Answer answer) {
            before.push(run);
            if (run.ended()) {
                return;
            }
            run = answer.close() ? new Run(run.rates() == 0 ? rate : run.from(), rate, run.rates() + 1, false)
                    : new Run(run.from(), run.to(), run.rates(), run.rates() > 0);
        }

        /** Forgets the last rate seen (not the profile's own): the change was found before it. */
        void withdraw() {
            if (before.size() > 1) {
                run = before.pop();
            }
        }

        Optional<Close> zone() {
            return run.rates() == 0 || (!run.ended() && run.rates() < 2) ? Optional.empty() : anyRun();
        }

        /**
         * The run however short, where the scan found no change: no change is approached, so even one close rate
         * says the answer nearly changed.
         */
        Optional<Close> anyRun() {
            return run.rates() == 0 ? Optional.empty()
                    : Optional.of(new Close(new Rate(run.from()), new Rate(run.to()), !run.ended()));
        }
    }

    /** The rate at which a service's peak-hour requests in flight, with the burst, reach the modelled limit. */
    private static double modelled(Profile profile) {
        if (!(profile.workload() instanceof Workload.Service s)) {
            return Double.POSITIVE_INFINITY;
        }
        double peakWeight = TrafficPattern.of(s.traffic().pattern()).peakWeight();
        return Poisson.MODELLED_MEAN / (peakWeight * s.traffic().burst() * s.duration().mean().seconds());
    }
}
