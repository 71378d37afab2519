package dev.costfit.pricing.update;

import java.util.List;

/** What a refresh found: the prices, the regions they are for, and notes on what the Price List did not have. */
public record RefreshResult(List<RefreshedPrice> prices, List<String> regions, List<String> notes) {

    public RefreshResult {
        prices = List.copyOf(prices);
        regions = List.copyOf(regions);
        notes = List.copyOf(notes);
    }

    /**
     * This refresh's prices and notes with another's (Google's beside AWS's, in one overlay). The regions stay this
     * one's: they are the AWS regions the overlay lists; Google's are all known to the catalog already.
     */
    public RefreshResult plus(RefreshResult other) {
        List<RefreshedPrice> allPrices = new java.util.ArrayList<>(prices);
        allPrices.addAll(other.prices());
        List<String> allNotes = new java.util.ArrayList<>(notes);
        allNotes.addAll(other.notes());
        return new RefreshResult(allPrices, regions, allNotes);
    }
}
