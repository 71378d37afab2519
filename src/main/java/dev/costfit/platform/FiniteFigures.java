package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.SettingOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * No non-finite number leaves the engine: an assessment whose arithmetic overflowed (a cost line, a capacity
 * figure, a cold-start figure or a setting's cost that is ∞ or NaN) becomes a platform that does not fit, with a
 * sentence that says which figure and why, instead of a bill of "$∞".
 *
 * <p>Reading the capacity's figures here, on the assessment a platform returns, also builds a report's capacity
 * ({@link dev.costfit.assessment.Capacity#shownIf}) and lets go of what built it, before a report keeps it.
 */
final class FiniteFigures {

    private FiniteFigures() {
    }

    static Assessment check(Assessment a) {
        Optional<String> broken = firstNonFinite(a);
        if (broken.isEmpty()) {
            return a;
        }
        List<LimitCheck> limits = new ArrayList<>(a.limits());
        limits.add(LimitCheck.of(false, LimitCheck.Severity.HARD, "arithmetic", broken.get() + " does not come to a "
                + "finite number", "finite figures", "the profile's values are beyond what can be priced: lower the "
                + "rate, the duration or the sizes"));
        return Assessment.unfit(a.info(), a.variant(), limits, a.capacity().figures().stream()
                .allMatch(f -> Double.isFinite(f.value())) ? a.capacity() : dev.costfit.assessment.Capacity.NONE,
                a.notes(), a.assumptions());
    }

    private static Optional<String> firstNonFinite(Assessment a) {
        for (CostLine line : a.lines()) {
            if (!Double.isFinite(line.quantity()) || !Double.isFinite(line.monthlyCost())
                    || !Double.isFinite(line.unitPrice())) {
                return Optional.of("the cost line " + line.component());
            }
        }
        for (Figure f : a.capacity().figures()) {
            if (!Double.isFinite(f.value())) {
                return Optional.of("the figure " + f.label());
            }
        }
        if (!Double.isFinite(a.coldStarts().share()) || !Double.isFinite(a.coldStarts().perMonth())
                || !Double.isFinite(a.coldStarts().latency().seconds())
                || !Double.isFinite(a.coldStarts().keepAlive().seconds())) {
            return Optional.of("the cold starts");
        }
        for (SettingOption o : a.tradeOff()) {
            if (!Double.isFinite(o.seconds()) || !Double.isFinite(o.slowdown())
                    || o.monthlyCost().isPresent() && !Double.isFinite(o.monthlyCost().getAsDouble())) {
                return Optional.of("the setting " + o.setting());
            }
        }
        return Optional.empty();
    }
}
