package dev.costfit.platform;

import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.SettingNote;
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

    /** The setting that allows either architecture, as a profile states it. */
    private static final String SETTING = "architecture: any";

    private ArchitectureNote() {
    }

    /**
     * For a platform that picks its node or instance type among those the architecture allows (EKS, Lambda Managed
     * Instances): where the profile asks x86_64, {@code x86} with the note and the {@link Alternative} that say what
     * the month would cost with arm64 types allowed too, if less —
     * the profile assessed with {@code architecture: any} in a search's context ({@code assessAny}), as stating it
     * prices it. A report's own assessment only, on demand (an assessment's platform cost is its lines' before a
     * commitment is applied to them, not the month a committed report shows), without a GPU (the GPU node types a
     * profile can ask for are x86_64). A {@link SettingNote}: the months are the platform's own lines' here, and the
     * month a report shows where {@link Platforms} words it anew.
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
        if (!any.usable()) {
            return Optional.empty();
        }
        String variant = any.variant();
        SettingNote.Wording wording = (month, other, whose) -> {
            double saved = month - other;
            return Alternative.worthSaying(saved, month) ? SettingNote.Worded.saving("arm64 " + what
                    + " would cost " + Money.format(other) + " a month" + whose + " (" + variant + ", "
                    + Numbers.grouped(saved / month * 100, 0) + "% less); set architecture: any if the code and its "
                    + "native dependencies run on arm64", new Alternative(SETTING, saved)) : Optional.empty();
        };
        return Optional.of(x86.withSettingNote(new SettingNote(x86.platformCost(), any, any.platformCost(),
                ArchitectureNote::stated, wording), Optional.empty()));
    }

    /**
     * {@code assessed} with the note {@link #of} words; where the other architecture, not allowed, would cost less,
     * on demand, with that saving as an {@link Alternative}. The months are the platform's own lines' under the
     * pricing option, by which the architecture is chosen ({@link CostUnderOption}), and {@code other} is the
     * platform's own assessment billed by the other architecture's lines: a {@link SettingNote}, which
     * {@link Platforms} words anew from the months a report shows (the glue and the pricing option included). Under a
     * commitment, only the note that says which was chosen (architecture: any), and under what: what the other would
     * save is left out, as ofTypes() leaves out EKS's and LMI's.
     */
    static Assessment added(Assessment assessed, Profile profile, PricingContext context, Architecture chosen,
                            double chosenCost, Assessment other, Architecture otherArch, double otherCost) {
        dev.costfit.profile.PricingOption option = context.optionFor(profile);
        Architecture wanted = profile.architecture();
        if (!option.onDemand() && wanted != Architecture.ANY) {
            return assessed;
        }
        SettingNote.Wording wording = !option.onDemand()
                ? (month, otherMonth, whose) -> finite(month, otherMonth) ? SettingNote.Worded.note(chosen.spelling()
                        + " chosen (architecture: any) under " + option.label() + ": " + Money.format(month)
                        + " a month" + whose + " against " + Money.format(otherMonth) + " on " + otherArch.spelling()
                        + ", assuming the code runs as fast on both") : Optional.empty()
                : (month, otherMonth, whose) -> {
                    if (!finite(month, otherMonth)) {
                        return Optional.empty();
                    }
                    String note = of(wanted, chosen, month, otherArch, otherMonth, whose);
                    return wanted != Architecture.ANY && otherMonth < month
                            ? SettingNote.Worded.saving(note, new Alternative(SETTING, month - otherMonth))
                            : SettingNote.Worded.note(note);
                };
        return assessed.withSettingNote(new SettingNote(chosenCost, other, otherCost, ArchitectureNote::stated,
                wording), Optional.empty());
    }

    private static Profile stated(Profile profile) {
        return profile.withArchitecture(Architecture.ANY);
    }

    private static boolean finite(double month, double other) {
        return Double.isFinite(month) && Double.isFinite(other);
    }

    /**
     * @param wanted the profile's architecture
     * @param chosen the architecture billed, and its month
     * @param other  the other architecture, and its month
     * @param whose  what the months are of ({@link SettingNote.Wording#at})
     */
    static String of(Architecture wanted, Architecture chosen, double chosenCost, Architecture other,
                     double otherCost, String whose) {
        if (wanted == Architecture.ANY) {
            return chosen.spelling() + " chosen (architecture: any): " + Money.format(chosenCost)
                    + " a month" + whose + " against " + Money.format(otherCost) + " on " + other.spelling()
                    + ", assuming the code runs as fast on both";
        }
        if (otherCost < chosenCost) {
            double less = 1 - otherCost / chosenCost;
            return other.spelling() + " would cost " + Money.format(otherCost) + " a month" + whose + " ("
                    + Numbers.grouped(less * 100, 0) + "% less); set architecture: any if the code and its native "
                    + "dependencies run on " + other.spelling();
        }
        return chosen.spelling() + " as the profile asks; " + other.spelling() + " would cost "
                + Money.format(otherCost) + " a month" + whose;
    }
}
