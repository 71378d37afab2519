package dev.costfit.recommend;

import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.EnglishList;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reasons for a recommendation, in plain words built from the numbers. */
final class Reasons {

    /** How a report words an answer close to changing ({@link BreakEven#CLOSE}). */
    /** What a container service's cold starts rest on where its pattern steps (WarmCapacity.forContainers). */
    private static final String STEPS_MET = "the pattern's hour-to-hour steps met by scheduled scaling";

    private static final String WITHIN_CLOSE = "within " + BreakEven.closePercent() + " of changing";

    private Reasons() {
    }

    /**
     * The shares the SLO's check judged, worst hour and month ("0.0591% wait 5 s in the quietest hours (0.0217% over
     * the month)"), where the platform checked it; else the month's share, and for a container service the
     * assumption it rests on (its tasks run ahead of the pattern's steps only if scaled ahead of them).
     */
    private static String sloShares(Assessment chosen) {
        return chosen.limits().stream().filter(l -> l.limit().equals(ColdStarts.SLO_CHECK))
                .findFirst().map(LimitCheck::allowed)
                .orElse(Numbers.significant(chosen.coldStarts().share() * 100, 2) + "% of requests start cold"
                        + (chosen.coldStarts().explanation().stream().anyMatch(e -> e.contains(STEPS_MET))
                        ? ", " + STEPS_MET : ""));
    }

    static List<String> explain(Profile profile, List<Assessment> assessments, Recommender.Choice choice,
                                double margin, Optional<BreakEven> breakEven, PlatformNames names) {
        return explain(profile, assessments, choice, margin, breakEven, Optional.empty(), names);
    }

    /** As above, with what stating cpu_time would change, where an LLM service leaves it out. */
    static List<String> explain(Profile profile, List<Assessment> assessments, Recommender.Choice choice,
                                double margin, Optional<BreakEven> breakEven, Optional<CpuTimeLadder> ladder,
                                PlatformNames names) {
        List<String> reasons = new ArrayList<>();
        List<Assessment> unpriced = assessments.stream().filter(a -> a.feasible() && !a.priced()).toList();
        if (choice.chosen().isEmpty()) {
            if (assessments.isEmpty()) {
                reasons.add("no platform was evaluated");
            } else if (unpriced.isEmpty()) {
                reasons.add("no platform fits this profile");
            } else {
                reasons.add("no platform that fits could be priced here: the catalog lacks prices for "
                        + profile.region() + " (" + String.join(", ", unpriced.stream().map(Assessment::platformName)
                        .toList()) + " fit); add them with --catalog, then compare");
            }
            assessments.forEach(a -> reasons.add(whyNot(a)));
            breakEven.ifPresent(b -> reasons.add(breakEvenText(b, profile, names)));
            return reasons;
        }
        Assessment chosen = choice.chosen().get();
        Assessment cheapest = choice.cheapest().orElseThrow();
        int usable = choice.usable().size();
        String among = unpriced.isEmpty() ? " platforms that fit" : " platforms that fit and could be priced";
        if (chosen == cheapest) {
            reasons.add(usable == 1
                    ? chosen.platformName() + " is the only platform evaluated that fits and can be priced: "
                            + Money.format(chosen.platformCost()) + " a month"
                    : chosen.platformName() + " is the cheapest of the " + usable + among + ": "
                            + Money.format(chosen.platformCost()) + " a month");
        } else {
            reasons.add(chosen.platformName() + " costs " + Money.format(chosen.platformCost()) + " a month, within "
                    + Numbers.grouped(margin * 100, 1) + "% of the cheapest (" + cheapest.platformName() + ", "
                    + Money.format(cheapest.platformCost()) + "), and " + simpler(chosen, cheapest));
        }
        partialComparison(profile, assessments).ifPresent(reasons::add);
        lowerBounds(profile, choice.usable()).ifPresent(reasons::add);
        otherCloud(profile, chosen, choice.usable(), margin).ifPresent(reasons::add);
        sharingReason(profile, chosen, choice.usable()).ifPresent(reasons::add);
        if (profile.gpu().isPresent() && assessments.stream().filter(Assessment::feasible).count() == 1) {
            reasons.add(onlyGpus(chosen, assessments));
        }
        List<String> bought = chosen.coldStarts().explanation().stream().filter(e -> e.startsWith(
                "provisioned concurrency") || e.startsWith("min_instances raised")).toList();
        // Each says why it was kept (the latency SLO, min_instances, the number stated): no prefix to repeat it.
        reasons.addAll(bought);
        // An SLO met with nothing kept warm is said too: the user stated it, and the answer rests on it holding.
        profile.latency().filter(slo -> bought.isEmpty() && chosen.coldStarts().sloMet()
                && chosen.coldStarts().keptWarm() == 0).ifPresent(slo -> reasons.add("the latency SLO (at most "
                + slo.coldStartShare().display() + " of requests waiting more than " + slo.coldStartBudget()
                .display() + " for a cold start) holds on " + chosen.platformName() + " with nothing kept warm: "
                + sloShares(chosen)));
        choice.runnerUp().ifPresent(r -> reasons.add("runner-up: " + r.platformName() + " at "
                + Money.format(r.platformCost()) + " a month" + difference(chosen, r)));
        undercutting(chosen, assessments, margin).ifPresent(reasons::add);
        ladder.ifPresent(l -> reasons.add(l.reason(chosen.platform(), names)));
        for (LimitCheck quota : chosen.violations()) {
            reasons.add("needs action: " + quota.limit() + " needs " + quota.required() + ", allowed "
                    + quota.allowed() + "; " + quota.workaround());
        }
        assessments.stream().filter(a -> !a.usable()).forEach(a -> reasons.add(whyNot(a)));
        breakEven.ifPresent(b -> reasons.add(breakEvenText(b, profile, names)));
        if (profile.clouds().size() < Cloud.values().length) {
            reasons.add("only " + String.join(" and ", profile.clouds().stream().sorted().map(Cloud::displayName)
                    .toList()) + " platforms were compared (clouds: " + profile.clouds().stream().sorted()
                    .map(Cloud::spelling).toList() + ")");
        }
        return reasons;
    }

    /**
     * Where stating a setting the notes name (arm64, provisioned concurrency or instance-based billing bought for their
     * price, Lambda SnapStart, 2nd gen's concurrency, a Tier 1 Google region) would change the recommendation, the
     * answer depends on a setting the profile left to its default: the reasons say so, for the setting whose new
     * answer would cost least. Whether it would is asked of the {@link Recommender}'s own rule, with every platform
     * whose notes price the setting at its month under it and the others as they are (architecture applies to every
     * AWS platform, a Google region to both generations): a platform harder to run must then undercut the one
     * recommended by more than the simplicity margin (an expert review found "EKS would cost $49,233 with
     * architecture: any, less than Fargate at $50,642 with it", where Fargate stays recommended, within 10%), and a
     * simpler one need only come within the margin of the cheapest (a review found 2nd gen's instance-based billing,
     * $88.09 against Fargate's $82.22, unsaid, where stating it recommends 2nd gen). Not where the setting may lower
     * the recommended platform's month too but it does not price it ({@link Alternative#unpricedOn}). Like with
     * like: a month under a setting is the platform's month less its saving, and that saving is the difference of
     * two whole months, each with the glue and the LLM calls' further attempts the platform's month includes
     * (dev.costfit.platform.SettingNotes), so that month is the one stating the setting shows; the provisioned
     * concurrency a note buys for its price is the exception, a saving about, on the platform's own lines.
     */
    private static Optional<String> undercutting(Assessment chosen, List<Assessment> assessments, double margin) {
        Recommender rule = new Recommender(margin);
        List<Assessment> usable = assessments.stream().filter(Assessment::usable).toList();
        String best = null;
        double least = Double.POSITIVE_INFINITY;
        for (String setting : usable.stream().flatMap(a -> a.alternatives().stream()).map(Alternative::setting)
                .distinct().toList()) {
            boolean unknown = saving(chosen, setting).isEmpty() && usable.stream().flatMap(a -> a.alternatives()
                    .stream()).anyMatch(x -> x.setting().equals(setting) && x.unpricedOn().contains(chosen.platform()));
            if (unknown) {
                continue; // what the recommended platform would cost with it is not known
            }
            java.util.function.ToDoubleFunction<Assessment> with = a -> a.platformCost() - saving(a, setting)
                    .orElse(0);
            Assessment picked = rule.chooseAt(usable, with).orElseThrow();
            if (picked != chosen && with.applyAsDouble(picked) < least) {
                least = with.applyAsDouble(picked);
                Assessment cheapest = usable.stream().min(java.util.Comparator.comparingDouble(with)).orElseThrow();
                best = changed(setting, chosen, picked, cheapest, with, margin);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The most a platform's notes say stating {@code setting} would save, if they price it. */
    private static java.util.OptionalDouble saving(Assessment a, String setting) {
        return a.alternatives().stream().filter(x -> x.setting().equals(setting)).mapToDouble(Alternative::saving)
                .max();
    }

    /**
     * How stating {@code setting} would change the recommendation from {@code chosen} to {@code picked}: cheaper than
     * it ("Lambda Managed Instances would cost about $719.01 a month with architecture: any (its notes say why), less
     * than Cloud Functions 2nd gen at $738.10"), or simpler within the margin of the cheapest; where {@code picked}'s
     * own month does not move, by the cheapest's, which narrows the margin past the one recommended.
     */
    private static String changed(String setting, Assessment chosen, Assessment picked, Assessment cheapest,
                                  java.util.function.ToDoubleFunction<Assessment> with, double margin) {
        double chosenCost = with.applyAsDouble(chosen);
        double pickedCost = with.applyAsDouble(picked);
        String at = chosen.platformName() + " at " + Money.format(chosenCost)
                + (chosenCost < chosen.platformCost() ? " with it" : "");
        String within = "within " + Numbers.grouped(margin * 100, 1) + "% of ";
        String stated = " with " + setting + " (its notes say why), ";
        if (saving(picked, setting).isEmpty()) {
            return cheapest.platformName() + " would cost about " + Money.format(with.applyAsDouble(cheapest))
                    + " a month" + stated + "and " + picked.platformName() + " at " + Money.format(pickedCost) + ", "
                    + within + "it, would then be recommended over " + at;
        }
        String would = picked.platformName() + " would cost about " + Money.format(pickedCost) + " a month" + stated;
        if (pickedCost < chosenCost) {
            return would + "less than " + at;
        }
        if (picked.simplicity() == chosen.simplicity()) {
            return would + "as much as " + at + ", and would then be recommended"; // a tie, decided by the order
        }
        return would + within + (cheapest == chosen ? at : "the cheapest then, " + cheapest.platformName() + " at "
                + Money.format(with.applyAsDouble(cheapest))) + ", and " + simpler(picked, chosen)
                + (cheapest == chosen || legacyOnly(picked, chosen) ? "" : " than " + at)
                + ": it would then be recommended";
    }

    /** When every platform of a cloud that fits lacks a price, the comparison is partial: say so. */
    private static Optional<String> partialComparison(Profile profile, List<Assessment> assessments) {
        for (Cloud cloud : Cloud.values()) {
            List<Assessment> fitting = assessments.stream().filter(Assessment::feasible)
                    .filter(a -> a.info().cloud() == cloud).toList();
            if (!fitting.isEmpty() && fitting.stream().noneMatch(Assessment::priced)) {
                return Optional.of("the comparison is partial: no " + cloud.displayName() + " platform could be "
                        + "priced here (" + String.join(", ", fitting.stream().map(Assessment::platformName).toList())
                        + " fit but the catalog lacks their prices for " + profile.region() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * A service around the compute that the region does not price is left out of each month of its cloud alike,
     * which keeps that cloud's platforms comparable among themselves but not with the other cloud's whole months:
     * where both kinds are usable, say which months are lower bounds (af-south-1: Lambda without its queue and logs
     * at $65 against Cloud Functions with them at $186).
     */
    private static Optional<String> lowerBounds(Profile profile, List<Assessment> usable) {
        List<Assessment> partial = usable.stream().filter(a -> dev.costfit.glue.GlueBill.leavesOut(a.notes()))
                .toList();
        List<Assessment> whole = usable.stream().filter(a -> !partial.contains(a)).toList();
        if (partial.isEmpty() || whole.isEmpty()) {
            return Optional.empty();
        }
        boolean one = partial.size() == 1;
        return Optional.of((one ? partial.get(0).platformName() + "'s month leaves" : "the months of "
                + names(partial) + " leave") + " out a service around the compute that the catalog does not price "
                + "in " + profile.region() + " (" + (one ? "its" : "their") + " notes name it): " + (one ? "a lower "
                + "bound" : "lower bounds") + " against the whole months of " + names(whole) + ", and the answer may "
                + "change once it is priced (add its price with --catalog)");
    }

    /** "A, B and C". */
    private static String names(List<Assessment> assessments) {
        return EnglishList.of(assessments.stream().map(Assessment::platformName).toList());
    }

    /**
     * The profile's region is an AWS region: a recommendation on another cloud says so, and what staying would
     * recommend, by the same rule (the cheapest on AWS, or a simpler one within the margin: what clouds: [aws]
     * answers, where "the cheapest on AWS" alone named Fargate at $1,194.00 and clouds: [aws] recommended Lambda at
     * $1,196.52).
     */
    private static Optional<String> otherCloud(Profile profile, Assessment chosen, List<Assessment> usable,
                                               double margin) {
        if (chosen.info().cloud() == Cloud.AWS) {
            return Optional.empty();
        }
        Recommender.Choice onAws = new Recommender(margin).choose(usable.stream()
                .filter(a -> a.info().cloud() == Cloud.AWS).toList());
        String stay = onAws.chosen().map(a -> "; on AWS " + (a == onAws.cheapest().orElseThrow()
                ? "the cheapest is " + a.platformName() + " at " + Money.format(a.platformCost()) + " a month"
                : a.platformName() + " would be recommended at " + Money.format(a.platformCost()) + " a month ("
                        + onAws.cheapest().orElseThrow().platformName() + ", the cheapest there, "
                        + Money.format(onAws.cheapest().orElseThrow().platformCost()) + ", is harder to run)"))
                .orElse("");
        return Optional.of(chosen.platformName() + " runs on " + chosen.info().cloud().displayName() + " ("
                + chosen.variant() + "), not on AWS where the profile's region " + profile.region() + " is" + stay
                + " (set clouds: [aws] to stay on one cloud)");
    }

    /**
     * Why a platform that serves many requests per instance beats one that runs a request per instance and bills
     * every second of it: "AWS Fargate costs 4% of AWS Lambda here: about 30 requests share one task while each
     * waits ~25 s on the LLM API". Only said when the numbers show it (the other costs at least twice as much,
     * requests mostly wait).
     */
    private static Optional<String> sharingReason(Profile profile, Assessment chosen, List<Assessment> usable) {
        if (!(profile.workload() instanceof Workload.Service) || !chosen.info().sharesInstances()) {
            return Optional.empty();
        }
        Optional<Assessment> alone = usable.stream().filter(a -> !a.info().sharesInstances()).findFirst();
        double wall = figure(chosen, "requestSeconds").orElse(profile.meanDuration().seconds());
        // The wait itself, as measured: the request's time on the chosen platform less its CPU part there would
        // count the CPU's stretch on a fractional vCPU as waiting (39.8 s read 40.4 s on a quarter vCPU).
        double waiting = dev.costfit.model.RequestTime.of(profile).waiting();
        double sharing = figure(chosen, "requestsPerInstance").orElse(0);
        if (alone.isEmpty() || alone.get().platformCost() < 2 * chosen.platformCost() || waiting < wall / 2
                || sharing < 2) {
            return Optional.empty();
        }
        String on = profile.llm().isPresent() ? "the LLM API" : "I/O";
        double share = chosen.platformCost() / alone.get().platformCost() * 100;
        return Optional.of(chosen.platformName() + " costs " + Numbers.significant(share, 2) + "% of "
                + alone.get().platformName() + " here: about " + Numbers.grouped(sharing, 0) + " requests share one "
                + chosen.info().instanceNoun() + " while each waits ~" + TimeSpan.ofSeconds(waiting).display()
                + " on " + on + ", and " + alone.get().platformName() + " bills every second of the wait");
    }

    private static java.util.OptionalDouble figure(Assessment a, String key) {
        return a.capacity().figures().stream().filter(f -> f.key().equals(key))
                .mapToDouble(dev.costfit.assessment.Figure::value).findFirst();
    }

    /**
     * Why the chosen platform is preferred within the margin: simpler to run, or — against a legacy product that is
     * as simple (Cloud Functions 1st gen, {@link dev.costfit.assessment.Simplicity#LEGACY_FUNCTIONS}) — its successor
     * (a review found "1st gen ... harder to run", which it is not).
     */
    private static String simpler(Assessment chosen, Assessment other) {
        return legacyOnly(chosen, other) ? "is the successor of " + other.platformName() + ", a legacy product, as "
                + "simple to run" : "is simpler to run";
    }

    /** Whether {@code other} differs from {@code chosen} only in being the legacy product of the same kind. */
    private static boolean legacyOnly(Assessment chosen, Assessment other) {
        return other.info().simplicity() == dev.costfit.assessment.Simplicity.LEGACY_FUNCTIONS
                && chosen.info().simplicity() == dev.costfit.assessment.Simplicity.FUNCTIONS;
    }

    private static String difference(Assessment chosen, Assessment other) {
        double base = chosen.platformCost();
        if (base <= 0) {
            return "";
        }
        double ratio = other.platformCost() / base;
        if (ratio < 1) {
            return " (" + percent(1 - ratio) + " less, but " + (legacyOnly(chosen, other)
                    ? "a legacy product)" : "harder to run)");
        }
        return ratio >= 2 ? " (" + Numbers.significant(ratio, 2) + "× as much)"
                : " (" + percent(ratio - 1) + " more)";
    }

    /** A share as a difference reads: whole per cent, one decimal under 1% ("0.1% less", never "0% less"). */
    private static String percent(double share) {
        double p = share * 100;
        return (p < 0.95 ? Numbers.grouped(p, 1) : Numbers.grouped(p, 0)) + "%";
    }

    private static String breakEvenText(BreakEven b, Profile profile, PlatformNames names) {
        String what = profile.workload() instanceof Workload.Job ? "run rate" : "request rate";
        if (b.below().isEmpty() && b.above().isEmpty()) {
            List<String> near = new ArrayList<>();
            b.closeBelow().ifPresent(z -> near.add(nearly(z, "down")));
            b.closeAbove().ifPresent(z -> near.add(nearly(z, "on")));
            // Both ends in one unit, the one the profile's own rate reads in (30/month: /month; 20/s: /s).
            Rate.Period unit = Rate.periodFor(BreakEven.rateOf(profile));
            return "break-even: no " + what + " " + (near.isEmpty() ? "" : "the search asked ") + "between "
                    + new Rate(b.lowest()).displayIn(unit) + " and " + new Rate(b.highest()).displayIn(unit)
                    + " changes the recommendation" + (near.isEmpty() ? "" : ", but " + String.join(", and ", near)
                    + (near.size() > 1 ? "," : "") + " it is " + WITHIN_CLOSE + ", and may change between the rates "
                    + "asked");
        }
        List<String> parts = new ArrayList<>();
        b.below().ifPresent(c -> parts.add("below " + c.rate().display() + " " + (c.from().equals("none")
                ? "no platform fits" : names.of(c.from()) + " would be recommended") + close(c, "down")
                + again(c, c.to(), "down", names)));
        b.closeBelow().ifPresent(z -> parts.add(noChangeFound(z, "below", "down")));
        b.above().ifPresent(c -> parts.add("above " + c.rate().display() + " " + (c.to().equals("none")
                ? "no platform fits" : names.of(c.to())) + close(c, "on") + again(c, c.from(), "up", names)));
        b.closeAbove().ifPresent(z -> parts.add(noChangeFound(z, "above", "on")));
        return "break-even " + what + ": " + String.join("; ", parts);
    }

    /** Where a zone lies: "from 2.5/s on" (to the crossing, or the end of the scan), "at 3/s", "between 2/s and 5/s". */
    private static String nearly(BreakEven.Close z, String direction) {
        return z.untilCrossing() ? "from " + z.first().display() + " " + direction
                : z.first().equals(z.last()) ? "at " + z.first().display()
                : "between " + z.low().display() + " and " + z.high().display();
    }

    /**
     * Where the rates the search asked on the way to a crossing were close to changing: the answer may change there,
     * before the crossing, in bands too narrow for a scan to see ({@link BreakEven}).
     */
    private static String close(BreakEven.Crossing c, String direction) {
        return c.close().map(z -> " (" + nearly(z, direction) + (z.untilCrossing() ? ", " : " ") + "the answer is "
                + WITHIN_CLOSE + ")").orElse("");
    }

    /**
     * Where the profile's own answer ({@code own}) was found again past the crossing: the two take turns there, and
     * the crossing is where the other first leads ({@link BreakEven#againUntil}).
     */
    private static String again(BreakEven.Crossing c, String own, String direction, PlatformNames names) {
        return c.againUntil().map(r -> ", taking turns with " + (own.equals("none") ? "no platform fitting"
                : names.of(own)) + " " + direction + " to " + r.display()).orElse("");
    }

    /** A side with no change, where rates asked there were close to changing: "no change found above, but …". */
    private static String noChangeFound(BreakEven.Close z, String side, String direction) {
        return "no change found " + side + ", but " + nearly(z, direction) + " the answer is " + WITHIN_CLOSE;
    }

    /**
     * Why the one platform that fits a GPU profile is the only one, from the limits: a platform without GPUs breaks
     * its "GPU" limit (allowed none); one that has them (Cloud Run's L4) was ruled out by another limit (the model,
     * the count, the memory, the region, a timeout), which is named, as "only it offers GPUs" would be false.
     */
    private static String onlyGpus(Assessment chosen, List<Assessment> assessments) {
        List<String> withGpus = assessments.stream().filter(a -> a != chosen && !a.feasible()
                && a.limits().stream().noneMatch(l -> l.blocks() && l.limit().equals("GPU")))
                .map(a -> a.platformName() + ": " + String.join("; ", a.limits().stream().filter(LimitCheck::blocks)
                        .map(l -> l.limit() + " needs " + l.required() + ", allowed " + l.allowed()).toList()))
                .toList();
        return withGpus.isEmpty() ? "only " + chosen.platformName() + " offers GPUs among the platforms evaluated"
                : chosen.platformName() + " is the only one whose GPUs fit (" + String.join("; ", withGpus) + ")";
    }

    /** One sentence: which hard limits a platform breaks, or which price it lacks. */
    static String whyNot(Assessment a) {
        if (!a.feasible()) {
            List<String> broken = a.limits().stream().filter(LimitCheck::blocks)
                    .map(l -> l.limit() + " needs " + l.required() + ", allowed " + l.allowed()
                            + " (" + l.workaround() + ")")
                    .toList();
            return a.platformName() + " does not fit: " + String.join("; ", broken);
        }
        return a.platformName() + " fits but is not priced here (missing: " + a.unpriced().orElse("") + ")";
    }

    /** Display names of platform ids ("none" when nothing fits). */
    interface PlatformNames {
        String of(String id);
    }
}
