package dev.costfit.recommend;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.Simplicity;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reasons for a recommendation, in plain words built from the numbers. */
final class Reasons {

    private Reasons() {
    }

    static List<String> explain(Profile profile, List<Assessment> assessments, Recommender.Choice choice,
                                double margin, Optional<BreakEven> breakEven, PlatformNames names) {
        List<String> reasons = new ArrayList<>();
        if (choice.chosen().isEmpty()) {
            reasons.add(assessments.isEmpty() ? "no platform was evaluated" : "no platform fits this profile");
            assessments.forEach(a -> reasons.add(whyNot(a)));
            breakEven.ifPresent(b -> reasons.add(breakEvenText(b, profile, names)));
            return reasons;
        }
        Assessment chosen = choice.chosen().get();
        Assessment cheapest = choice.cheapest().orElseThrow();
        int usable = choice.usable().size();
        if (chosen == cheapest) {
            reasons.add(usable == 1
                    ? chosen.platformName() + " is the only platform evaluated that fits and can be priced: "
                            + Money.format(chosen.platformCost()) + " a month"
                    : chosen.platformName() + " is the cheapest of the " + usable + " platforms that fit: "
                            + Money.format(chosen.platformCost()) + " a month");
        } else {
            reasons.add(chosen.platformName() + " costs " + Money.format(chosen.platformCost()) + " a month, within "
                    + Numbers.grouped(margin * 100, 1) + "% of the cheapest (" + cheapest.platformName() + ", "
                    + Money.format(cheapest.platformCost()) + "), and is simpler to run");
        }
        sharingReason(profile, chosen, choice.usable()).ifPresent(reasons::add);
        if (profile.gpu().isPresent() && assessments.stream().filter(Assessment::feasible).count() == 1) {
            reasons.add("only " + chosen.platformName() + " offers GPUs among the platforms evaluated");
        }
        chosen.coldStarts().explanation().stream().filter(e -> e.startsWith("provisioned concurrency")
                || e.startsWith("min_instances raised")).forEach(e -> reasons.add("to meet the latency SLO: " + e));
        choice.runnerUp().ifPresent(r -> reasons.add("runner-up: " + r.platformName() + " at "
                + Money.format(r.platformCost()) + " a month" + difference(chosen, r)));
        for (LimitCheck quota : chosen.violations()) {
            reasons.add("needs action: " + quota.limit() + " needs " + quota.required() + ", allowed "
                    + quota.allowed() + "; " + quota.workaround());
        }
        assessments.stream().filter(a -> !a.usable()).forEach(a -> reasons.add(whyNot(a)));
        breakEven.ifPresent(b -> reasons.add(breakEvenText(b, profile, names)));
        return reasons;
    }

    /**
     * Why a platform that serves many requests per instance beats Lambda, which bills every second a request
     * waits: "AWS Fargate costs 4% of AWS Lambda here: 40 requests share one task while each waits ~25 s on the LLM
     * API". Only said when the numbers show it (Lambda costs at least twice as much, requests mostly wait).
     */
    private static Optional<String> sharingReason(Profile profile, Assessment chosen, List<Assessment> usable) {
        if (!(profile.workload() instanceof Workload.Service service) || profile.concurrencyPerInstance() < 2
                || chosen.platform().equals("lambda") || chosen.platform().equals("cloud-functions-gen1")) {
            return Optional.empty();
        }
        Optional<Assessment> lambda = usable.stream().filter(a -> a.platform().equals("lambda")).findFirst();
        double wall = service.duration().mean().seconds();
        double waiting = wall - profile.cpuTime().seconds();
        if (lambda.isEmpty() || lambda.get().platformCost() < 2 * chosen.platformCost() || waiting < wall / 2) {
            return Optional.empty();
        }
        String unit = chosen.simplicity() == Simplicity.FUNCTIONS ? "instance"
                : chosen.platform().equals("eks") ? "pod" : "task";
        String on = profile.llm().isPresent() ? "the LLM API" : "I/O";
        double share = chosen.platformCost() / lambda.get().platformCost() * 100;
        return Optional.of(chosen.platformName() + " costs " + Numbers.significant(share, 2) + "% of "
                + lambda.get().platformName() + " here: " + profile.concurrencyPerInstance() + " requests share one "
                + unit + " while each waits ~" + TimeSpan.ofSeconds(waiting).display() + " on " + on
                + ", and Lambda bills every second of the wait");
    }

    private static String difference(Assessment chosen, Assessment other) {
        double base = chosen.platformCost();
        if (base <= 0) {
            return "";
        }
        double ratio = other.platformCost() / base;
        if (ratio < 1) {
            return " (" + Numbers.grouped((1 - ratio) * 100, 0) + "% less, but harder to run)";
        }
        return ratio >= 2 ? " (" + Numbers.significant(ratio, 2) + "× as much)"
                : " (" + Numbers.grouped((ratio - 1) * 100, 0) + "% more)";
    }

    private static String breakEvenText(BreakEven b, Profile profile, PlatformNames names) {
        String what = profile.workload() instanceof Workload.Job ? "run rate" : "request rate";
        if (b.below().isEmpty() && b.above().isEmpty()) {
            return "break-even: no " + what + " between " + BreakEven.LOWEST + "/s and "
                    + Numbers.grouped(BreakEven.HIGHEST, 0) + "/s changes the recommendation";
        }
        List<String> parts = new ArrayList<>();
        b.below().ifPresent(c -> parts.add("below " + c.rate().display() + " " + names.of(c.from())
                + " would be recommended"));
        b.above().ifPresent(c -> parts.add("above " + c.rate().display() + " " + names.of(c.to())));
        return "break-even " + what + ": " + String.join("; ", parts);
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
        return a.platformName() + " cannot be priced: " + a.unpriced().orElse("");
    }

    /** Display names of platform ids ("none" when nothing fits). */
    interface PlatformNames {
        String of(String id);
    }
}
