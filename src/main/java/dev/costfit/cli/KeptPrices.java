package dev.costfit.cli;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.update.Gap;
import dev.costfit.pricing.update.RefreshedPrice;
import dev.costfit.pricing.update.RefreshedTier;
import dev.costfit.units.Numbers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the catalog keeps for a price a refresh did not take ({@link Gap}): the previous refresh's entry, carried
 * into the new file as it was written there (same unit, digits, date and source), when the target held one;
 * otherwise the price beneath the file. "The catalog keeps what it had" is then true of the cache too: writing the
 * new file without the entry would have dropped the previous refresh's price for the embedded one.
 */
final class KeptPrices {

    private final Map<String, Price> previous = new LinkedHashMap<>();
    private final Path target;
    private final Catalog beneath;

    /** {@code beneath} is the catalog under the target file: the price in force where the target has none. */
    KeptPrices(Path target, Catalog beneath) {
        this.target = target;
        this.beneath = beneath;
        if (Files.isRegularFile(target)) {
            new CatalogLoader(Optional.empty()).entriesAsWritten(target).ifPresent(entries ->
                    entries.forEach(p -> previous.put(p.key() + "@" + p.region(), p)));
        }
    }

    /** The previous refresh's entries for the gaps, as they are to be written again ($0 ones never). */
    List<RefreshedPrice> carried(List<Gap> gaps) {
        List<RefreshedPrice> out = new ArrayList<>();
        for (Gap gap : gaps) {
            Price p = previous.get(gap.key() + "@" + gap.region());
            if (p != null && p.tiers().stream().anyMatch(t -> t.price() > 0)) {
                out.add(new RefreshedPrice(p.key(), p.region(), p.description(), p.unit(), p.tiers().stream()
                        .map(t -> new RefreshedTier(t.upTo(), BigDecimal.valueOf(t.price()))).toList(),
                        p.effective(), p.source()));
            }
        }
        return out;
    }

    /** What stays in force for a gap's key and region, as the summary says it. */
    String inForce(Gap gap) {
        Price p = previous.get(gap.key() + "@" + gap.region());
        if (p != null && p.tiers().stream().anyMatch(t -> t.price() > 0)) {
            return "kept from the previous refresh in " + target + ": " + price(p.unitPrice(), p.unit())
                    + ", effective " + p.effective();
        }
        return beneath.knownPrice(gap.key(), gap.region()).map(b -> "the price beneath this file stays in force: "
                + price(b.unitPrice(), b.unit()) + ", effective " + b.effective())
                .orElse("costfit has no other price for it there");
    }

    private static String price(double usd, String unit) {
        return "$" + Numbers.plain(usd) + " per " + unit;
    }
}
