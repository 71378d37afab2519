package dev.costfit.platform;

import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.SettingNote;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What stating the Tier 1 Google region a Tier 2 region's note names would cost ({@link GoogleRegion.TierOne}): the
 * note worded with that month and its saving, and an {@link Alternative} the recommendation's reasons weigh as they
 * weigh every setting left to its default. An expert review found the note never weighed, where stating
 * gcp_region: europe-west1 gave 2nd gen $90.40 against Fargate's $82.22 (within 10%) and changed the recommendation.
 */
final class TierOneRegion {

    private TierOneRegion() {
    }

    /**
     * {@code assessed} with its Tier 1 note priced, where the month {@code stated} prices for the profile in that
     * region is usable and saves enough to say ({@link Alternative#worthSaying}); else as it is. On demand only, as
     * the other notes that price a setting: a commitment's discount is applied to the month afterwards. The other
     * generation is priced in the region stated too, where it runs, and its month may then fall: unless its own note
     * names the same region, the reasons cannot compare it under the setting ({@link Alternative#unpricedOn}). A
     * {@link dev.costfit.assessment.SettingNote}: {@link Platforms} words it anew from the months a report shows, the
     * glue priced in the Tier 1 region too, as stating it prices it.
     *
     * @param region          the region {@code assessed} is priced in, with the note it carries
     * @param stated          the platform's month for a profile, as a search prices it
     * @param otherGeneration the id of the other Cloud Functions generation
     */
    static Assessment priced(Assessment assessed, Profile profile, PricingContext context, GoogleRegion region,
                             Function<Profile, Assessment> stated, String otherGeneration) {
        if (region.tierOne().isEmpty() || !context.forReport() || !context.tradeOffs() || !assessed.usable()
                || !context.optionFor(profile).onDemand()) {
            return assessed;
        }
        GoogleRegion.TierOne tierOne = region.tierOne().get();
        Assessment there = stated.apply(profile.withGcpRegion(tierOne.region()));
        if (!there.usable()) {
            return assessed;
        }
        // Where it would not save enough to say, the note that names the region, as it was.
        SettingNote.Wording wording = (month, other, whose) -> {
            double saved = month - other;
            return Alternative.worthSaying(saved, month) ? SettingNote.Worded.saving(tierOne.note(other, saved,
                    whose), new Alternative(tierOne.setting(), saved, List.of(otherGeneration)))
                    : SettingNote.Worded.note(tierOne.note());
        };
        return assessed.withSettingNote(new SettingNote(assessed.platformCost(), there, there.platformCost(),
                p -> p.withGcpRegion(tierOne.region()), wording), Optional.of(tierOne.note()));
    }
}
