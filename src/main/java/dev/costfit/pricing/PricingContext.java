package dev.costfit.pricing;

import dev.costfit.profile.PricingOption;
import dev.costfit.profile.Profile;
import java.util.Optional;

/**
 * What every platform prices against: the catalog in use, whether free tiers count, whether the settings that
 * cannot be chosen are priced too ({@code tradeOffs}: for the trade-off table of a report; searches that only need
 * the answer — break-even, sweeps — leave them out), and the pricing option the command line sets for every
 * profile ({@code --pricing}; empty: each profile's own {@code pricing}); for one search, what its rates share
 * ({@code reused}); whether the assessments are shown ({@code shown}: a report's texts and figures, and every
 * setting listed; a report's own assessments price them all, a pipeline's steps only those that can be chosen); and
 * what every profile priced against the context shares ({@code acrossProfiles}, {@link Reused#acrossProfiles}),
 * one store for the context and every context derived from it.
 */
public record PricingContext(Catalog catalog, boolean freeTier, boolean tradeOffs, Optional<PricingOption> pricing,
                            Reused reused, boolean shown, Reused acrossProfiles) {

    public PricingContext(Catalog catalog, boolean freeTier) {
        this(catalog, freeTier, true, Optional.empty());
    }

    public PricingContext(Catalog catalog, boolean freeTier, boolean tradeOffs) {
        this(catalog, freeTier, tradeOffs, Optional.empty());
    }

    public PricingContext(Catalog catalog, boolean freeTier, boolean tradeOffs, Optional<PricingOption> pricing) {
        this(catalog, freeTier, tradeOffs, pricing, Reused.NONE, tradeOffs, Reused.acrossProfiles());
    }

    /**
     * The value for {@code key} from this search's store ({@link #reused}), else from the store across profiles: a
     * value a key names every input of but the catalog, profile fields included ({@link Reused#acrossProfiles}). This
     * search's first: its keys hold the very objects a look-up's do (one profile's fields, rate after rate), which
     * compare at once, where the store across profiles compares another profile's, field by field.
     */
    public <T> T reusedAcrossProfiles(Object key, java.util.function.Supplier<T> value) {
        return reused.get(key, () -> acrossProfiles.get(key, value));
    }

    /** The same context for one search on one thread, keeping what its rates share ({@link Reused}). */
    public PricingContext reusing() {
        return new PricingContext(catalog, freeTier, tradeOffs, pricing, Reused.forOneSearch(), shown, acrossProfiles);
    }

    /**
     * Whether assessments are made for a report, which shows every figure, rather than for a search, which reads
     * the fit and the cost alone (no capacity figures, no settings priced only to be shown).
     */
    public boolean forReport() {
        return shown;
    }

    /** The same context for a search: no settings priced only to be shown. */
    public PricingContext searching() {
        return new PricingContext(catalog, freeTier, false, pricing, reused, false, acrossProfiles);
    }

    /**
     * The same context with no trade-off table: shown as a report shows it, but only the settings that can be chosen
     * priced, and the fastest one the chosen setting's note names (a pipeline's steps, whose tables it drops).
     */
    public PricingContext withoutTradeOffs() {
        return new PricingContext(catalog, freeTier, false, pricing, reused, shown, acrossProfiles);
    }

    /** The same context with every profile priced under {@code option}. */
    public PricingContext pricedAs(PricingOption option) {
        return new PricingContext(catalog, freeTier, tradeOffs, Optional.of(option), reused, shown, acrossProfiles);
    }

    /** The pricing option a profile is priced under: --pricing's, else its own. */
    public PricingOption optionFor(Profile profile) {
        return pricing.orElse(profile.pricing());
    }
}
