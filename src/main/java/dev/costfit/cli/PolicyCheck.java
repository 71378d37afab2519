package dev.costfit.cli;

import dev.costfit.assessment.Assessment;
import dev.costfit.recommend.CostChange;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which --fail-on policies a run trips: one line each, for stderr once the report is written. */
final class PolicyCheck {

    /** An increase of exactly N% does not trip increase>N%, whatever the last bits of the doubles say. */
    private static final double BOUNDARY = 1e-9;

    private PolicyCheck() {
    }

    /**
     * Policies that had nothing to judge, for stderr: over-budget when no profile states a budget and no --budget
     * was given is skipped with this note rather than failing the run.
     *
     * @param anyProfileBudget whether any profile of the run states a budget
     */
    static List<String> notes(List<Policy> policies, boolean anyProfileBudget, Double defaultBudget) {
        boolean anyBudget = defaultBudget != null || anyProfileBudget;
        if (policies.stream().anyMatch(p -> p instanceof Policy.OverBudget) && !anyBudget) {
            return List.of("costfit: note: --fail-on over-budget checked nothing: no profile states a budget and "
                    + "--budget was not given");
        }
        return List.of();
    }

    /** The tripped policies as a report states them (without the "costfit: " of stderr). */
    static List<String> forReport(List<String> tripped) {
        return tripped.stream().map(line -> line.startsWith("costfit: ") ? line.substring(9) : line).toList();
    }

    static List<String> tripped(List<Policy> policies, List<ProfileResult> results, Double defaultBudget) {
        Tally tally = new Tally(policies, defaultBudget);
        tally.add(results);
        return tally.tripped();
    }

    /**
     * The single-run policies judged part by part, as results stream past: the same lines, in the same order
     * (policy by policy, profiles in input order), as judging all results at once.
     */
    static final class Tally {

        private final List<Policy> policies;
        private final Double defaultBudget;
        private final List<List<String>> lines = new ArrayList<>();

        Tally(List<Policy> policies, Double defaultBudget) {
            this.policies = List.copyOf(policies);
            this.defaultBudget = defaultBudget;
            policies.forEach(p -> lines.add(new ArrayList<>()));
        }

        void add(List<ProfileResult> results) {
            for (int i = 0; i < policies.size(); i++) {
                lines.get(i).addAll(judge(policies.get(i), results, defaultBudget));
            }
        }

        List<String> tripped() {
            return lines.stream().flatMap(List::stream).toList();
        }
    }

    private static List<String> judge(Policy policy, List<ProfileResult> results, Double defaultBudget) {
        List<String> lines = new ArrayList<>();
        for (ProfileResult result : results) {
            String name = result.profile().name();
            if (policy instanceof Policy.Infeasible
                    && result.assessments().stream().noneMatch(Assessment::feasible)) {
                lines.add("costfit: policy infeasible: " + name + " fits no platform");
            }
            if (policy instanceof Policy.Unpriced) {
                List<String> unpriced = result.assessments().stream().filter(a -> a.feasible() && !a.priced())
                        .map(Assessment::platformName).toList();
                if (!unpriced.isEmpty()) {
                    lines.add("costfit: policy unpriced: " + name + " fits " + String.join(", ", unpriced)
                            + " but the catalog cannot price " + (unpriced.size() == 1 ? "it" : "them")
                            + " in its region");
                }
            }
            if (policy instanceof Policy.OverBudget) {
                Double budget = result.profile().budget().isPresent()
                        ? Double.valueOf(result.profile().budget().getAsDouble()) : defaultBudget;
                Assessment chosen = result.recommendation().chosen().orElse(null);
                // Compared in cents, as bills are: a cost that rounds to the budget is within it.
                if (budget != null && chosen != null && Math.round(chosen.platformCost() * 100)
                        > Math.round(budget * 100)) {
                    lines.add("costfit: policy over-budget: " + name + " costs "
                            + Money.format(chosen.platformCost()) + " a month on " + chosen.platformName()
                            + ", over its budget of " + Money.format(budget));
                }
            }
        }
        return lines;
    }

    /** The policies of `diff`: the single-run ones on the new profiles, plus increase and recommendation change. */
    static List<String> tripped(List<Policy> policies, Diff diff, List<ProfileResult> head, Double defaultBudget) {
        List<String> lines = new ArrayList<>(tripped(policies, head, defaultBudget));
        for (Policy policy : policies) {
            if (policy instanceof Policy.Increase increase) {
                String name = "costfit: policy increase>" + Numbers.grouped(increase.percent(), 2) + "%: ";
                double limit = increase.percent() / 100;
                for (ProfileDiff d : diff.profiles()) {
                    Optional<CostChange> change = d.costChange();
                    if (d.status() == ProfileDiff.Status.CHANGED && change.isPresent()
                            && change.get().exceeds(limit, BOUNDARY)) {
                        lines.add(name + d.name() + grows(change.get(), " costs ", " more"));
                    }
                }
                CostChange total = diff.totalChange();
                if (total.exceeds(limit, BOUNDARY)) {
                    lines.add(name + "the total" + grows(total, " grows ", ""));
                }
            }
            if (policy instanceof Policy.RecommendationChange) {
                for (ProfileDiff d : diff.profiles()) {
                    if (d.recommendationChanged()) {
                        lines.add("costfit: policy recommendation-change: " + d.name() + " moves from "
                                + recommended(d.recommendedBefore(), d.before()) + " to "
                                + recommended(d.recommendedAfter(), d.after()));
                    }
                }
            }
        }
        return lines;
    }

    /**
     * A rise in words: " costs 12.5% more ($80.00 → $90.00)", or, from $0, where there is no percentage,
     * " grows from $0.00 to $25.55".
     */
    private static String grows(CostChange change, String verb, String more) {
        String amounts = Money.format(change.before()) + " → " + Money.format(change.after());
        return change.relative().isPresent()
                ? verb + Numbers.grouped(change.relative().getAsDouble() * 100, 1) + "%" + more + " (" + amounts + ")"
                : " grows from " + Money.format(change.before()) + " to " + Money.format(change.after());
    }

    /** The platform recommended, or why none is: "nothing" alone read as "fits nothing" where none was priced. */
    private static String recommended(Optional<Assessment> chosen, ProfileDiff.Side side) {
        return chosen.map(Assessment::platformName).orElse(side.standing() == ProfileDiff.Standing.UNPRICED
                ? "nothing (what fits has no price in its region)" : "nothing (it fits no platform)");
    }
}
