package dev.costfit.cli;

import dev.costfit.platform.Assessment;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.units.Money;
import java.util.ArrayList;
import java.util.List;

/** Which --fail-on policies a run trips: one line each, for stderr once the report is written. */
final class PolicyCheck {

    private PolicyCheck() {
    }

    static List<String> tripped(List<Policy> policies, List<ProfileResult> results, Double defaultBudget) {
        List<String> lines = new ArrayList<>();
        for (Policy policy : policies) {
            for (ProfileResult result : results) {
                String name = result.profile().name();
                if (policy instanceof Policy.Infeasible && result.recommendation().chosen().isEmpty()) {
                    lines.add("costfit: policy infeasible: " + name + " fits no platform");
                }
                if (policy instanceof Policy.OverBudget) {
                    Double budget = result.profile().budget().isPresent() ? result.profile().budget().getAsDouble()
                            : defaultBudget;
                    Assessment chosen = result.recommendation().chosen().orElse(null);
                    if (budget != null && chosen != null && chosen.platformCost() > budget) {
                        lines.add("costfit: policy over-budget: " + name + " costs "
                                + Money.format(chosen.platformCost()) + " a month on " + chosen.platformName()
                                + ", over its budget of " + Money.format(budget));
                    }
                }
            }
        }
        return lines;
    }
}
