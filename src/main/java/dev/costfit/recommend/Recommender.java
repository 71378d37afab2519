package dev.costfit.recommend;

import dev.costfit.platform.Assessment;
import dev.costfit.platform.LimitCheck;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ranks the assessments of one profile: among the platforms that fit and can be priced, the cheapest, unless a
 * simpler one (functions before containers before Kubernetes) costs within the simplicity margin of it.
 */
public final class Recommender {

    public static final double DEFAULT_SIMPLICITY_MARGIN = 0.10;

    private final double simplicityMargin;

    public Recommender(double simplicityMargin) {
        this.simplicityMargin = simplicityMargin;
    }

    public Recommendation recommend(List<Assessment> assessments) {
        List<Assessment> usable = assessments.stream().filter(Assessment::usable)
                .sorted(Comparator.comparingDouble(Assessment::monthlyCost)).toList();
        if (usable.isEmpty()) {
            return new Recommendation(Optional.empty(), Optional.empty(), whyNothingFits(assessments));
        }
        Assessment cheapest = usable.get(0);
        Assessment chosen = usable.stream()
                .filter(a -> a.monthlyCost() <= cheapest.monthlyCost() * (1 + simplicityMargin))
                .min(Comparator.comparing(Assessment::simplicity).thenComparingDouble(Assessment::monthlyCost))
                .orElse(cheapest);
        Optional<Assessment> runnerUp = usable.stream().filter(a -> a != chosen).findFirst();

        List<String> reasons = new ArrayList<>();
        if (chosen == cheapest) {
            reasons.add(usable.size() == 1
                    ? chosen.platformName() + " is the only platform evaluated that fits and can be priced: "
                            + Money.format(chosen.monthlyCost()) + " a month"
                    : chosen.platformName() + " is the cheapest of the " + usable.size() + " platforms that fit: "
                            + Money.format(chosen.monthlyCost()) + " a month");
        } else {
            reasons.add(chosen.platformName() + " costs " + Money.format(chosen.monthlyCost()) + " a month, within "
                    + Numbers.grouped(simplicityMargin * 100, 1) + "% of the cheapest (" + cheapest.platformName()
                    + ", " + Money.format(cheapest.monthlyCost()) + "), and is simpler to run");
        }
        runnerUp.ifPresent(r -> reasons.add("runner-up: " + r.platformName() + " at " + Money.format(r.monthlyCost())
                + " a month" + difference(chosen, r)));
        for (LimitCheck quota : chosen.violations()) {
            reasons.add("needs action: " + quota.limit() + " needs " + quota.required() + ", allowed "
                    + quota.allowed() + "; " + quota.workaround());
        }
        assessments.stream().filter(a -> !a.usable()).forEach(a -> reasons.add(whyNot(a)));
        return new Recommendation(Optional.of(chosen), runnerUp, reasons);
    }

    private static String difference(Assessment chosen, Assessment other) {
        double base = chosen.monthlyCost();
        if (base <= 0) {
            return "";
        }
        double ratio = other.monthlyCost() / base;
        if (ratio < 1) {
            return " (" + Numbers.grouped((1 - ratio) * 100, 0) + "% less, but harder to run)";
        }
        return ratio >= 2 ? " (" + Numbers.significant(ratio, 2) + "× as much)"
                : " (" + Numbers.grouped((ratio - 1) * 100, 0) + "% more)";
    }

    private static List<String> whyNothingFits(List<Assessment> assessments) {
        List<String> reasons = new ArrayList<>();
        reasons.add(assessments.isEmpty() ? "no platform was evaluated" : "no platform fits this profile");
        assessments.forEach(a -> reasons.add(whyNot(a)));
        return reasons;
    }

    /** One sentence: which hard limits a platform breaks, or which price it lacks. */
    public static String whyNot(Assessment a) {
        if (!a.feasible()) {
            List<String> broken = a.limits().stream().filter(LimitCheck::blocks)
                    .map(l -> l.limit() + " needs " + l.required() + ", allowed " + l.allowed()
                            + " (" + l.workaround() + ")")
                    .toList();
            return a.platformName() + " does not fit: " + String.join("; ", broken);
        }
        return a.platformName() + " cannot be priced: " + a.unpriced().orElse("");
    }
}
