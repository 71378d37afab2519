package dev.costfit.assessment;

import dev.costfit.platform.Platform;
import java.util.List;
import java.util.Optional;

/**
 * A platform's answer for one profile: whether it fits (every limit checked), the capacity it needs, its cost
 * lines and the assumptions made. A platform that does not fit, or that the catalog cannot price in the region,
 * has no cost lines.
 */
public record Assessment(String platform, String platformName, Simplicity simplicity, String variant,
                         List<LimitCheck> limits, List<CostLine> lines, Capacity capacity, ColdStarts coldStarts,
                         List<String> notes, List<String> assumptions, Optional<String> unpriced) {

    public Assessment {
        limits = List.copyOf(limits);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        assumptions = List.copyOf(assumptions);
    }

    /** A platform that breaks a hard limit: no cost lines. */
    public static Assessment unfit(Platform platform, String variant, List<LimitCheck> limits, Capacity capacity,
                                   List<String> notes, List<String> assumptions) {
        return new Assessment(platform.id(), platform.displayName(), platform.simplicity(), variant, limits,
                List.of(), capacity, ColdStarts.NONE, notes, assumptions, Optional.empty());
    }

    /** A platform the catalog cannot price in the region: says which price is missing. */
    public static Assessment unpriced(Platform platform, String variant, List<LimitCheck> limits, Capacity capacity,
                                      List<String> notes, List<String> assumptions, String missing) {
        return new Assessment(platform.id(), platform.displayName(), platform.simplicity(), variant, limits,
                List.of(), capacity, ColdStarts.NONE, notes, assumptions, Optional.of(missing));
    }

    public static Assessment priced(Platform platform, String variant, List<LimitCheck> limits, List<CostLine> lines,
                                    Capacity capacity, ColdStarts coldStarts, List<String> notes,
                                    List<String> assumptions) {
        return new Assessment(platform.id(), platform.displayName(), platform.simplicity(), variant, limits, lines,
                capacity, coldStarts, notes, assumptions, Optional.empty());
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

    /** The monthly cost without the lines every platform has alike (LLM tokens): what the platform changes. */
    public double platformCost() {
        return lines.stream().filter(l -> !l.shared()).mapToDouble(CostLine::monthlyCost).sum();
    }

    /** The same assessment with lines and limits every platform shares (LLM tokens and rate limits) added. */
    public Assessment withShared(List<CostLine> sharedLines, List<LimitCheck> sharedLimits) {
        List<CostLine> allLines = new java.util.ArrayList<>(lines);
        if (usable()) {
            allLines.addAll(sharedLines);
        }
        List<LimitCheck> allLimits = new java.util.ArrayList<>(limits);
        allLimits.addAll(sharedLimits);
        return new Assessment(platform, platformName, simplicity, variant, allLimits, allLines, capacity, coldStarts,
                notes, assumptions, unpriced);
    }
}
