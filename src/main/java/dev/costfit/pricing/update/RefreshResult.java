package dev.costfit.pricing.update;

import java.util.List;

/** What a refresh found: the prices, the regions they are for, and notes on what the Price List did not have. */
public record RefreshResult(List<RefreshedPrice> prices, List<String> regions, List<String> notes) {

    public RefreshResult {
        prices = List.copyOf(prices);
        regions = List.copyOf(regions);
        notes = List.copyOf(notes);
    }
}
