package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.SettingOption;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.PricingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;

/**
 * Picks a platform's setting (memory, tier, vCPU, task size) from its candidates, as DESIGN §3 asks: the cheapest
 * that fits — which includes staying within the timeout (a job that states none: the platform's maximum run time,
 * {@link RunLimit}) and latency.max_slowdown of the measured duration — and, among settings whose monthly costs tie
 * within {@link Platform#SETTING_TIE}, the faster. The cost is each setting's month under the pricing option in
 * force ({@link CostUnderOption}): on demand its lines', under a commitment the committed month the report bills.
 * The candidates become the assessment's trade-off table.
 */
final class SettingChoice {

    /** Costs within 0.1% of each other are a tie: the faster setting is worth more than the rounding. */
    private static final double TIE = Platform.SETTING_TIE;

    /**
     * One setting priced: its label (written when a report reads it: a search reads the chosen setting's assessment
     * alone), a request's mean seconds on it and the slowdown, its assessment, and the month the choice compares
     * ({@link CostUnderOption}; a platform gives a candidate on demand, its assessment's platform cost).
     */
    record Candidate(java.util.function.Supplier<String> label, double seconds, double slowdown,
                     Assessment assessment, double cost) {

        Candidate(java.util.function.Supplier<String> label, double seconds, double slowdown,
                  Assessment assessment) {
            this(label, seconds, slowdown, assessment, assessment.platformCost());
        }

        String setting() {
            return label.get();
        }

        /** The same setting with the month the choice compares under {@code under}. */
        Candidate under(CostUnderOption under) {
            return under.onDemand() || !assessment.usable() ? this
                    : new Candidate(label, seconds, slowdown, assessment, under.of(assessment));
        }
    }

    /**
     * A function's setting priced with a warm capacity in a context: for a report's choice, as a search prices it
     * ({@link PricingContext#searching()}, {@link WarmCapacity#forChoice()}), or in full.
     */
    @FunctionalInterface
    interface Candidates<S> {
        Candidate of(S setting, WarmCapacity warm, PricingContext in);
    }

    private SettingChoice() {
    }

    /**
     * {@link #choose} where no trade-off table is shown (a search; a pipeline's steps), where a cheap figure bounds
     * each setting's cost from below (its bill with what can only add left out, at prices no higher): settings are
     * assessed in full cheapest bound first, until the next bound lies beyond the tie margin of the cheapest found —
     * such a setting can be neither the cheapest nor within the margin, so the choice is exactly that of assessing
     * all. Where no setting assessed in full is usable, every one is, and the same rule as {@link #choose} picks one.
     * Where the assessment is shown ({@link PricingContext#forReport()}), it carries the note {@link #choose} gives
     * the chosen setting, which names the fastest usable setting: the settings faster than the chosen one are then
     * assessed too, fastest first, until one is usable — the same assessment as {@link #choose}'s but for its table.
     *
     * @param under     the option the settings' months are compared under
     * @param bound     a cost no higher than the setting's own on demand; infinite where the setting cannot be
     *                  usable; where it lacks a price, the setting is assessed without a bound
     * @param secondsOf a setting's request time, as its candidate states it, without assessing it
     * @param full      a setting's candidate, on demand
     */
    static <S> Assessment chooseCheapestFirst(PricingContext context, CostUnderOption under, List<S> settings,
                                              java.util.function.ToDoubleFunction<S> bound,
                                              java.util.function.ToDoubleFunction<S> secondsOf,
                                              Function<S, Candidate> full) {
        java.util.TreeMap<Integer, Candidate> assessed = new java.util.TreeMap<>();
        Function<S, Candidate> priced = s -> full.apply(s).under(under);
        Candidate chosen = cheapestFirst(under, settings, bound, null, priced, assessed);
        if (!context.forReport() || settings.size() == 1 || chosen.slowdown() < 0.005
                || !chosen.assessment().usable()) {
            return chosen.assessment();
        }
        // Fastest first, equal times in the settings' order: the first usable is the one choose's note names.
        Integer[] faster = new Integer[settings.size()];
        int n = 0;
        for (int i = 0; i < settings.size(); i++) {
            if (secondsOf.applyAsDouble(settings.get(i)) < chosen.seconds() - 1e-9) {
                faster[n++] = i;
            }
        }
        Arrays.sort(faster, 0, n, Comparator.comparingDouble(i -> secondsOf.applyAsDouble(settings.get(i))));
        List<SettingOption> options = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Candidate c = assessed.computeIfAbsent(faster[k], i -> priced.apply(settings.get(i)));
            if (c.assessment().usable()) {
                options.add(option(c, false));
                break;
            }
        }
        Assessment a = chosen.assessment();
        return slower(chosen, options).map(a::withNote).orElse(a);
    }

    /**
     * As above for a search, with two bounds: settings are taken cheapest {@code bound} first, and a setting the
     * first leaves in is assessed in full only if {@code later} — a bound dearer to work out and no lower (a
     * container size's plan) — is not beyond the tie margin of the cheapest found either. A setting is left out
     * only where a cost no higher than its own is beyond the margin of a cheapest that can only fall: the choice is
     * still exactly that of assessing all.
     */
    static <S> Assessment chooseCheapestFirst(CostUnderOption under, List<S> settings,
                                              java.util.function.ToDoubleFunction<S> bound,
                                              java.util.function.ToDoubleFunction<S> later,
                                              Function<S, Candidate> full) {
        return cheapestFirst(under, settings, bound, later, s -> full.apply(s).under(under),
                new java.util.TreeMap<>()).assessment();
    }

    /**
     * The choice of {@link #chooseCheapestFirst}, with every candidate it assessed in full, by setting: the bounds,
     * on demand, made bounds of the months under the option ({@link CostUnderOption#bound}), and the candidates
     * ({@code full}) priced under it.
     */
    private static <S> Candidate cheapestFirst(CostUnderOption under, List<S> settings,
                                               java.util.function.ToDoubleFunction<S> bound,
                                               java.util.function.ToDoubleFunction<S> later,
                                               Function<S, Candidate> full,
                                               java.util.TreeMap<Integer, Candidate> assessed) {
        record Bounded(int index, double cost) {}
        List<Bounded> order = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            double b = under.bound(boundOf(bound, settings.get(i)));
            if (b < Double.POSITIVE_INFINITY) {
                order.add(new Bounded(i, b));
            }
        }
        order.sort(Comparator.comparingDouble(Bounded::cost));
        double cheapest = Double.POSITIVE_INFINITY;
        for (Bounded b : order) {
            if (b.cost() > cheapest * (1 + TIE) + 1e-12) {
                break;
            }
            if (later != null
                    && under.bound(boundOf(later, settings.get(b.index()))) > cheapest * (1 + TIE) + 1e-12) {
                continue;
            }
            Candidate c = full.apply(settings.get(b.index()));
            assessed.put(b.index(), c);
            if (c.assessment().usable()) {
                cheapest = Math.min(cheapest, c.cost());
            }
        }
        if (Double.isInfinite(cheapest)) {
            // None usable: every setting, those already assessed as they were.
            for (int i = 0; i < settings.size(); i++) {
                if (!assessed.containsKey(i)) {
                    assessed.put(i, full.apply(settings.get(i)));
                }
            }
        }
        // In the settings' own order, as choose would see them all: exact ties are broken the same way. A search
        // reads the chosen setting's fit and cost alone, not the trade-off table and note a report shows.
        return chosen(List.copyOf(assessed.values()));
    }

    private static <S> double boundOf(java.util.function.ToDoubleFunction<S> bound, S setting) {
        try {
            return bound.applyAsDouble(setting);
        } catch (MissingPriceException e) {
            return 0; // no bound: assessed in full, which says what is missing
        }
    }

    /**
     * The size a container platform chooses, each size worked out once up to its bound ({@code plan}) and then
     * priced in full ({@code price}): every size in a report, for the trade-off table; in a search only those whose
     * bound is not beyond the tie margin of the cheapest found ({@link #chooseCheapestFirst}), and planned only where
     * a bound cheaper to work out ({@code early}) is not beyond it either. A size whose plan is settled (does not
     * fit, has no price) is not priced. A report's table reads each size's fit, cost and speed: each size is priced
     * as a search prices it (the same figures, without what only the chosen size's assessment shows: the next node
     * type, the words), then the chosen one in full ({@link #chooseThenShow}), as a function's settings are.
     *
     * @param under     the option the sizes' months are compared under
     * @param early     a cost no higher than the plan's bound, worked out without the plan
     * @param price     a planned size's assessment, its cost lines built, in a context
     * @param candidate a size's assessment as a candidate (its label and speed)
     */
    static <S, R> Assessment chooseSize(PricingContext context, CostUnderOption under, List<S> sizes,
                                        java.util.function.ToDoubleFunction<S> early,
                                        Function<S, ContainerSizePlan<R>> plan, SizePricing<S, R> price,
                                        java.util.function.BiFunction<S, Assessment, Candidate> candidate) {
        java.util.Map<S, ContainerSizePlan<R>> plans = new java.util.HashMap<>();
        Function<S, ContainerSizePlan<R>> planned = size -> plans.computeIfAbsent(size, plan);
        java.util.function.BiFunction<S, PricingContext, Candidate> pricedIn = (size, in) -> {
            ContainerSizePlan<R> p = planned.apply(size);
            return candidate.apply(size, p.settled() != null ? p.settled() : price.of(size, p, in));
        };
        if (!context.forReport()) {
            return chooseCheapestFirst(under, sizes, early, size -> planned.apply(size).bound(),
                    size -> pricedIn.apply(size, context));
        }
        PricingContext unshown = context.searching();
        return chooseThenShow(under, sizes, size -> pricedIn.apply(size, unshown),
                size -> pricedIn.apply(size, context));
    }

    /** A container size's assessment from its plan, priced in a context (a search's, or a report's). */
    @FunctionalInterface
    interface SizePricing<S, R> {
        Assessment of(S size, ContainerSizePlan<R> plan, PricingContext in);
    }

    static Assessment choose(List<Candidate> candidates) {
        return choose(candidates, chosen(candidates));
    }

    /**
     * {@link #choose} for a report, where a setting's assessment can be made for the choice alone ({@code
     * forChoice}: its fit and cost exactly, without what only the chosen setting's assessment shows — the cold
     * starts a report words, say) or in full: every setting for the choice, and the chosen one again in full. The
     * trade-off table reads each setting's fit, cost and speed, which are the same either way, so the report is the
     * same as with every setting assessed in full.
     */
    static <S> Assessment chooseThenShow(CostUnderOption under, List<S> settings, Function<S, Candidate> forChoice,
                                         Function<S, Candidate> full) {
        if (settings.size() == 1) {
            return choose(List.of(full.apply(settings.get(0)).under(under)));
        }
        List<Candidate> candidates = new ArrayList<>(settings.size());
        for (S setting : settings) {
            candidates.add(forChoice.apply(setting).under(under));
        }
        Candidate forTheChoice = chosen(candidates);
        int chosen = 0;
        while (candidates.get(chosen) != forTheChoice) {
            chosen++;
        }
        candidates.set(chosen, full.apply(settings.get(chosen)).under(under));
        return choose(candidates, candidates.get(chosen));
    }

    /**
     * The chosen setting's assessment with the table of every candidate, each row with its own assessment kept for
     * {@link #pricedAsTotal}. A setting that does not fit is never marked chosen: where none fits, the platform chose
     * nothing, and every row says why it does not fit.
     */
    private static Assessment choose(List<Candidate> candidates, Candidate chosen) {
        if (candidates.size() == 1) {
            return chosen.assessment();
        }
        List<SettingOption> options = new ArrayList<>();
        List<Assessment> own = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            options.add(option(c, c == chosen && c.assessment().feasible()));
            own.add(c.assessment());
        }
        Assessment a = chosen.assessment().withTradeOff(options, own);
        return slower(chosen, options).map(a::withNote).orElse(a);
    }

    /** A setting as the trade-off table lists it. */
    private static SettingOption option(Candidate c, boolean isChosen) {
        return row(c.setting(), c.seconds(), c.slowdown(), c.assessment(), c.cost(), isChosen);
    }

    /** A row: {@code cost}, the month of the setting assessed {@code a}, where it is usable. */
    private static SettingOption row(String setting, double seconds, double slowdown, Assessment a, double cost,
                                     boolean isChosen) {
        return new SettingOption(setting, seconds, slowdown,
                a.usable() ? OptionalDouble.of(cost) : OptionalDouble.empty(), isChosen,
                isChosen ? "chosen" : verdict(a));
    }

    /**
     * {@code total}, a platform's assessment with what every platform's adds to its own lines ({@link Platforms}:
     * the glue, such as the SQS or Pub/Sub that feeds it, the LLM calls' further attempts, the pricing option), with
     * its trade-off table priced the same way: each usable row's own assessment passed through {@code finish}, which
     * adds all that as it was added to the chosen setting's, and the chosen row the total itself, so the table and
     * the platform's month agree to the cent and rank the settings as the month does (a table of the platform's own
     * lines alone put Lambda's chosen row at $1,520.51 where its month, SQS included, was $2,466.59). A row that
     * does not fit stays as it was; a row that a limit {@code finish} adds blocks says so, and where the total does
     * not fit, no row is chosen. The note on a slower chosen setting is worded anew from the priced rows. Where the
     * platform kept no row's own assessment (no table, or one already priced), {@code total} as it is.
     */
    static Assessment pricedAsTotal(Assessment total, java.util.function.UnaryOperator<Assessment> finish) {
        List<SettingOption> rows = total.tradeOff();
        List<Assessment> own = total.settingAssessments();
        if (own.isEmpty()) {
            return total;
        }
        List<SettingOption> priced = new ArrayList<>(rows.size());
        int chosen = -1;
        for (int i = 0; i < rows.size(); i++) {
            SettingOption o = rows.get(i);
            Assessment a = o.chosen() ? total : own.get(i).usable() ? finish.apply(own.get(i)) : own.get(i);
            priced.add(row(o.setting(), o.seconds(), o.slowdown(), a, a.platformCost(),
                    o.chosen() && total.feasible()));
            chosen = o.chosen() ? i : chosen;
        }
        Assessment tabled = total.withTradeOff(priced);
        if (chosen < 0) {
            return tabled;
        }
        SettingOption was = rows.get(chosen);
        // The note as the choice wrote it, from the chosen row's month (the month the choice compared).
        Optional<String> before = slower(was.setting(), was.seconds(), was.slowdown(), was.monthlyCost(), rows);
        return before.isEmpty() ? tabled : tabled.withNoteReplaced(before.get(), slower(was.setting(), was.seconds(),
                was.slowdown(), total.usable() ? OptionalDouble.of(total.platformCost()) : OptionalDouble.empty(),
                priced));
    }

    private static final Comparator<Candidate> FASTEST_THEN_CHEAPEST = Comparator.comparingDouble(Candidate::seconds)
            .thenComparingDouble(Candidate::cost);

    /**
     * The setting chosen: among the usable, the fastest within the tie of the cheapest; with none usable, the one
     * that comes closest (fits but lacks a price, else the fastest).
     */
    private static Candidate chosen(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate settings");
        }
        // Loops, not streams: a search chooses a setting per platform per rate. Among equals the first stays, as
        // Stream.min keeps it, and the least cost is Math.min's, as DoubleStream.min's.
        double cheapest = 0;
        boolean anyUsable = false;
        for (Candidate c : candidates) {
            if (c.assessment().usable()) {
                double cost = c.cost();
                cheapest = anyUsable ? Math.min(cheapest, cost) : cost;
                anyUsable = true;
            }
        }
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.assessment().usable() && c.cost() <= cheapest * (1 + TIE) + 1e-12
                    && (best == null || FASTEST_THEN_CHEAPEST.compare(best, c) > 0)) {
                best = c;
            }
        }
        if (best != null) {
            return best;
        }
        for (Candidate c : candidates) {
            if (c.assessment().feasible()) {
                return c;
            }
        }
        for (Candidate c : candidates) {
            if (best == null || Double.compare(best.seconds(), c.seconds()) > 0) {
                best = c;
            }
        }
        return best;
    }

    /**
     * "runs a request in 3 s at 512 MB, 200% slower than measured; 1,769 MB runs it in 1 s for +17%": said when
     * the chosen setting is slower than measured, so the latency is never a surprise.
     */
    private static Optional<String> slower(Candidate chosen, List<SettingOption> options) {
        return slower(chosen.setting(), chosen.seconds(), chosen.slowdown(), chosen.assessment().usable()
                ? OptionalDouble.of(chosen.cost()) : OptionalDouble.empty(), options);
    }

    /**
     * {@link #slower(Candidate, List)} of the setting {@code setting}, whose month is {@code month} (none where it
     * is not usable).
     */
    private static Optional<String> slower(String setting, double seconds, double slowdown, OptionalDouble month,
                                           List<SettingOption> options) {
        if (slowdown < 0.005 || month.isEmpty()) {
            return Optional.empty();
        }
        double cost = month.getAsDouble();
        String text = "runs a request in " + TimeSpan.ofSeconds(seconds).display() + " at "
                + setting + ", " + Numbers.grouped(slowdown * 100, 0) + "% slower than measured";
        Optional<SettingOption> fastest = options.stream().filter(o -> o.monthlyCost().isPresent())
                .filter(o -> o.seconds() < seconds - 1e-9)
                .min(Comparator.comparingDouble(SettingOption::seconds));
        if (fastest.isPresent() && cost > 0) {
            double more = fastest.get().monthlyCost().getAsDouble() / cost - 1;
            text += "; " + fastest.get().setting() + " runs it in " + TimeSpan.ofSeconds(fastest.get().seconds())
                    .display() + " for " + (more >= 0 ? "+" : "") + Numbers.grouped(more * 100, 0) + "%";
        }
        return Optional.of(text);
    }

    private static String verdict(Assessment a) {
        if (!a.feasible()) {
            return "does not fit: " + String.join("; ", a.limits().stream().filter(LimitCheck::blocks)
                    .map(LimitCheck::limit).distinct().toList());
        }
        if (!a.priced()) {
            return "not priced here";
        }
        return "";
    }
}
