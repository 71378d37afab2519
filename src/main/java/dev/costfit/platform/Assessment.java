package dev.costfit.platform;

import java.util.List;
import java.util.Optional;

/**
 * A platform's answer for one profile: whether it fits (every limit checked), the capacity it needs, its cost
 * lines and the assumptions made. A platform that does not fit, or that the catalog cannot price in the region,
 * has no cost lines.
 */
public record Assessment(String platform, String platformName, Simplicity simplicity, String variant,
                         List<LimitCheck> limits, List<CostLine> lines, Capacity capacity, List<String> notes,
                         List<String> assumptions, Optional<String> unpriced) {

    public Assessment {
        limits = List.copyOf(limits);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        assumptions = List.copyOf(assumptions);
    }

    public boolean feasible() {
        return limits.stream().noneMatch(LimitCheck::blocks);
    }

    public boolean priced() {
        return unpriced.isEmpty();
    }

    /** Fits and has a price: can be recommended. */
    public boolean usable() {
        return feasible() && priced();
    }

    public List<LimitCheck> violations() {
        return limits.stream().filter(l -> !l.ok()).toList();
    }

    public double monthlyCost() {
        return lines.stream().mapToDouble(CostLine::monthlyCost).sum();
    }
}
