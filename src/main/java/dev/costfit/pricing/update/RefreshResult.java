package dev.costfit.pricing.update;

import java.util.ArrayList;
import java.util.List;

/**
 * What a refresh found: the prices, the regions they are for, the prices it did not take ({@link Gap}), and notes on
 * anything else worth saying.
 */
public record RefreshResult(List<RefreshedPrice> prices, List<String> regions, List<String> notes, List<Gap> gaps) {

    public RefreshResult {
        prices = List.copyOf(prices);
        regions = List.copyOf(regions);
        notes = List.copyOf(notes);
        gaps = List.copyOf(gaps);
    }

    public RefreshResult(List<RefreshedPrice> prices, List<String> regions, List<String> notes) {
        this(prices, regions, notes, List.of());
    }

    /**
     * This refresh's prices, notes and gaps with another's (Google's beside AWS's, in one overlay). The regions stay
     * this one's: they are the AWS regions the overlay lists; Google's are all known to the catalog already.
     */
    public RefreshResult plus(RefreshResult other) {
        List<RefreshedPrice> allPrices = new ArrayList<>(prices);
        allPrices.addAll(other.prices());
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(other.notes());
        List<Gap> allGaps = new ArrayList<>(gaps);
        allGaps.addAll(other.gaps());
        return new RefreshResult(allPrices, regions, allNotes, allGaps);
    }

    /** The same with {@code kept} added to the prices (a previous refresh's, where this one took none). */
    public RefreshResult with(List<RefreshedPrice> kept) {
        List<RefreshedPrice> all = new ArrayList<>(prices);
        all.addAll(kept);
        return new RefreshResult(all, regions, notes, gaps);
    }

    /** Whether a price the catalog in force had for these regions was left unrefreshed. */
    public boolean incomplete() {
        return gaps.stream().anyMatch(Gap::incomplete);
    }
}
