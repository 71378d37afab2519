package dev.costfit.platform;

import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.SettingNote;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileFormat;
import dev.costfit.profile.SnapStart;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a report says of Lambda SnapStart where the profile leaves it off and its runtime supports it (Java, Python,
 * .NET: glue-and-discounts-reference.md §7): the month with {@code platforms.lambda.snapstart: on}, priced as stating
 * it prices it, where it costs less — a cold start restores a snapshot (about 1.2 s for Java) instead of running a
 * slow INIT, so a latency SLO may need no provisioned concurrency — or meets the latency SLO Lambda otherwise breaks.
 * A note and an {@link Alternative}, never the month itself: whether the code is snapshot-safe (state made at INIT,
 * such as unique IDs, random seeds and network connections, must still hold after a restore;
 * https://docs.aws.amazon.com/lambda/latest/dg/snapstart-uniqueness.html) is the profile's to say, so the
 * recommendation weighs it as it weighs arm64 or provisioned concurrency bought for its price.
 */
final class SnapStartAlternative {

    private SnapStartAlternative() {
    }

    /**
     * {@code assessed} with the note (and, where it saves, the {@link Alternative}) that says what SnapStart would
     * do; else as it is. A report's own assessment only, on demand (a commitment discounts the month afterwards),
     * where SnapStart was left to its default and can be stated: not with a number of provisioned concurrency or
     * min_instances kept warm (SnapStart excludes provisioned concurrency, so it would drop them). A
     * {@link SettingNote}: worded from the function's own lines here, and from the months a report shows, the glue
     * included, where {@link Platforms} words it anew.
     *
     * @param assessOn the profile assessed as a search prices it ({@code platforms.lambda.snapstart: on} stated)
     */
    static Assessment added(Profile profile, PricingContext context, Assessment assessed,
                            Function<Profile, Assessment> assessOn) {
        if (!context.forReport() || !context.tradeOffs() || !SnapStart.RUNTIMES.contains(profile.runtime())
                || !profile.defaulted(ProfileFormat.SNAPSTART.path()) || profile.platforms().lambda().snapStartOn()
                || WarmCapacity.lambdaKeptByProfile(profile) > 0 || !context.optionFor(profile).onDemand()) {
            return assessed;
        }
        if (!assessed.usable() && !(assessed.priced() && sloBroken(assessed))) {
            return assessed;
        }
        Assessment on = assessOn.apply(profile.withSnapStart());
        if (!on.usable()) {
            return assessed;
        }
        String restore = "a cold start would restore a snapshot in about " + on.coldStarts().latency().display();
        String caveat = (SnapStartCharges.billed(profile.runtime())
                ? "; its snapshot cache and each restore are billed (" + profile.runtime().spelling() + "), included"
                : "; no SnapStart charge for Java")
                + ", if the code is snapshot-safe (unique IDs, random seeds and connections made after a restore)";
        SettingNote.Wording wording;
        if (!assessed.usable()) {
            String slo = "SnapStart (platforms.lambda.snapstart: on) would meet the latency SLO ("
                    + profile.latency().map(WarmCapacity::sloText).orElse("") + "): " + restore + "; it would cost ";
            wording = (month, other, whose) -> Double.isFinite(other)
                    ? SettingNote.Worded.note(slo + Money.format(other) + " a month" + whose + caveat)
                    : Optional.empty();
        } else {
            boolean provisioned = assessed.lines().stream().anyMatch(l -> l.key().startsWith("lambda.provisioned."));
            String why = ": " + restore + " instead of initialising in " + assessed.coldStarts().latency().display()
                    + (provisioned ? withinBudget(profile, on) + ", so no provisioned concurrency is kept for the "
                    + "latency SLO" : "") + caveat;
            wording = (month, other, whose) -> {
                double saved = month - other;
                return Alternative.worthSaying(saved, month) ? SettingNote.Worded.saving("SnapStart "
                        + "(platforms.lambda.snapstart: on) would cost " + Money.format(other) + " a month" + whose
                        + ", " + Money.format(saved) + " (" + Numbers.significant(saved / month * 100, 2) + "%) less"
                        + why, new Alternative(ProfileFormat.SNAPSTART.path() + ": on", saved)) : Optional.empty();
            };
        }
        return assessed.withSettingNote(new SettingNote(assessed.platformCost(), on, on.platformCost(),
                Profile::withSnapStart, wording), Optional.empty());
    }

    /** ", within the latency SLO's 2 s budget" where the restore is; else nothing. */
    private static String withinBudget(Profile profile, Assessment on) {
        return profile.latency().filter(slo -> !on.coldStarts().latency().isLongerThan(slo.coldStartBudget()))
                .map(slo -> ", within the latency SLO's " + slo.coldStartBudget().display() + " budget").orElse("");
    }

    /** Whether the latency SLO is what Lambda breaks (its other limits hold). */
    private static boolean sloBroken(Assessment assessed) {
        return !assessed.violations().isEmpty() && assessed.violations().stream()
                .filter(dev.costfit.assessment.LimitCheck::blocks)
                .allMatch(v -> v.limit().equals(ColdStarts.SLO_CHECK));
    }
}
