package dev.costfit.platform;

import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Architecture;
import dev.costfit.profile.Profile;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a report says of the architecture a platform did not bill: the one chosen where the profile allows either,
 * else what the other would cost — arm64 (Graviton) bills about 20% less on Lambda and Fargate, and a profile that
 * asks x86_64 by default may run there as it is.
 */
final class ArchitectureNote {

    private ArchitectureNote() {
    }

    /**
     * For a platform that picks its node or instance type among those the architecture allows (EKS, Lambda Managed
     * Instances): where the profile asks x86_64, {@code x86} with the note and the {@link Alternative} that say what
     * the month would cost with arm64 types allowed too, if less —
     * the profile assessed with {@code architecture: any} in a search's context ({@code assessAny}), as stating it
     * prices it. A report's own assessment only, on demand (an assessment's platform cost is its lines' before a
     * commitment is applied to them, not the month a committed report shows), without a GPU (the GPU node types a
     * profile can ask for are x86_64).
     *
     * @param what the types' name in the note ("node types", "instance types")
     */
    static Optional<Assessment> ofTypes(Profile profile, PricingContext context, Assessment x86,
                                        Function<Profile, Assessment> assessAny, String what) {
        if (!context.forReport() || !context.tradeOffs() || profile.architecture() != Architecture.X86_64
                || !x86.usable() || profile.gpu().isPresent() || !context.optionFor(profile).onDemand()) {
            return Optional.empty();
        }
        Assessment any = assessAny.apply(profile.withArchitecture(Architecture.ANY));
        double saved = x86.platformCost() - any.platformCost();
        if (!any.usable() || !Alternative.worthSaying(saved, x86.platformCost())) {
            return Optional.empty();
        }
        return Optional.of(x86.withAlternative("arm64 " + what + " would cost " + Money.format(any.platformCost())
                + " a month (" + any.variant() + ", " + Numbers.grouped(saved / x86.platformCost() * 100, 0)
                + "% less); set architecture: any if the code and its native dependencies run on arm64",
                new Alternative("architecture: any", saved)));
    }

    /**
     * {@code assessed} with the note {@link #of} words; where the other architecture, not allowed, would cost less,
     * on demand, with that saving as an {@link Alternative}. The months are the platform's own lines' under the
     * pricing option, by which the architecture is chosen ({@link CostUnderOption}). Under a commitment, only the
     * note that says which was chosen (architecture: any), and under what: what the other would save is left out,
     * as ofTypes() leaves out EKS's and LMI's.
     */
    static Assessment added(Assessment assessed, Profile profile, PricingContext context, Architecture chosen,
                            double chosenCost, Architecture other, double otherCost) {
        dev.costfit.profile.PricingOption option = context.optionFor(profile);
        if (!option.onDemand()) {
            return profile.architecture() != Architecture.ANY ? assessed : assessed.withNote(chosen.spelling()
                    + " chosen (architecture: any) under " + option.label() + ": " + Money.format(chosenCost)
                    + " a month against " + Money.format(otherCost) + " on " + other.spelling() + ", assuming the "
                    + "code runs as fast on both");
        }
        String note = of(profile.architecture(), chosen, chosenCost, other, otherCost);
        return profile.architecture() != Architecture.ANY && otherCost < chosenCost
                ? assessed.withAlternative(note, new Alternative("architecture: any", chosenCost - otherCost))
                : assessed.withNote(note);
    }

    /**
     * @param wanted the profile's architecture
     * @param chosen the architecture billed, and its month
     * @param other  the other architecture, and its month
     */
    static String of(Architecture wanted, Architecture chosen, double chosenCost, Architecture other,
                     double otherCost) {
        if (wanted == Architecture.ANY) {
            return chosen.spelling() + " chosen (architecture: any): " + Money.format(chosenCost)
                    + " a month against " + Money.format(otherCost) + " on " + other.spelling()
                    + ", assuming the code runs as fast on both";
        }
        if (otherCost < chosenCost) {
            double less = 1 - otherCost / chosenCost;
            return other.spelling() + " would cost " + Money.format(otherCost) + " a month ("
                    + Numbers.grouped(less * 100, 0) + "% less); set architecture: any if the code and its native "
                    + "dependencies run on " + other.spelling();
        }
        return chosen.spelling() + " as the profile asks; " + other.spelling() + " would cost "
                + Money.format(otherCost) + " a month";
    }
}
