package dev.costfit.cli;

import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A --fail-on policy: a condition that, once the report is written, makes costfit exit with code 3. */
public sealed interface Policy permits Policy.Infeasible, Policy.Unpriced, Policy.OverBudget, Policy.Increase,
        Policy.RecommendationChange {

    /** A profile fits no platform (a missing price is not "does not fit": that is {@link Unpriced}). */
    record Infeasible() implements Policy {}

    /** A platform that fits a profile cannot be priced: the catalog lacks a price for its region. */
    record Unpriced() implements Policy {}

    /** The recommended platform costs more than the profile's budget (or --budget). */
    record OverBudget() implements Policy {}

    /** `diff`: a profile's recommended cost grew by more than {@code percent}. */
    record Increase(double percent) implements Policy {}

    /** `diff`: a profile's recommended platform changed. */
    record RecommendationChange() implements Policy {}

    Pattern INCREASE = Pattern.compile("^increase>([0-9]+(?:\\.[0-9]+)?)%$");

    /**
     * The policies completion offers: the three every pricing verb takes, and with diff its two, increase>N% as an
     * example threshold (the N is the user's to write).
     */
    static List<String> completions(boolean diff) {
        return diff ? List.of("infeasible", "unpriced", "over-budget", "increase>10%", "recommendation-change")
                : List.of("infeasible", "unpriced", "over-budget");
    }

    static List<Policy> parse(List<String> names) {
        List<Policy> policies = new ArrayList<>();
        for (String raw : names) {
            String name = raw.trim();
            Matcher increase = INCREASE.matcher(name);
            if (name.equals("infeasible")) {
                policies.add(new Infeasible());
            } else if (name.equals("unpriced")) {
                policies.add(new Unpriced());
            } else if (name.equals("over-budget")) {
                policies.add(new OverBudget());
            } else if (name.equals("recommendation-change")) {
                policies.add(new RecommendationChange());
            } else if (increase.matches()) {
                // Digits capped as every number costfit reads: a run of 400 read as Infinity and crashed the report
                // that names the threshold (fuzz seed 6464).
                try {
                    dev.costfit.units.Units.refuseLongNumber(increase.group(1));
                } catch (dev.costfit.yaml.InvalidValue e) {
                    throw new InputException(Location.ofFile("--fail-on"), "", "policy '" + name + "': "
                            + e.getMessage());
                }
                policies.add(new Increase(Double.parseDouble(increase.group(1))));
            } else {
                throw new InputException(Location.ofFile("--fail-on"), "", "unknown policy '" + name
                        + "'; expected infeasible, unpriced, over-budget, increase>N% (such as increase>10%) or "
                        + "recommendation-change");
            }
        }
        return List.copyOf(policies);
    }
}
