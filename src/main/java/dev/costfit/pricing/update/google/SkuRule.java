package dev.costfit.pricing.update.google;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one catalog price key is found among a service's SKUs: the description (whole, case-insensitive, after
 * whitespace is collapsed), the resource group where it tells SKUs apart, and the Catalog API units costfit reads,
 * each with the catalog's spelling of it (a price is written per the unit it is published in, and the catalog
 * converts it into the unit its key is billed in when it reads it). A continental rule's
 * description names a source and a destination ("North America to North America"); it claims only SKUs whose two
 * are the same continent, and only for regions on that continent.
 */
record SkuRule(String key, CatalogService service, Pattern description, String resourceGroup,
               Map<String, String> apiUnits, String text, boolean continental) {

    SkuRule {
        apiUnits = Map.copyOf(apiUnits);
    }

    boolean claims(CatalogSku sku) {
        Matcher m = description.matcher(sku.description());
        if (!m.matches() || (!resourceGroup.isEmpty() && !resourceGroup.equals(sku.resourceGroup()))) {
            return false;
        }
        return !continental || Continents.token(m.group("from")).equals(Continents.token(m.group("to")));
    }

    /** The continent a continental SKU is for, as a token ("northamerica"); empty for other rules. */
    String continent(CatalogSku sku) {
        if (!continental) {
            return "";
        }
        Matcher m = description.matcher(sku.description());
        return m.matches() ? Continents.token(m.group("from")) : "";
    }

    /** The catalog's spelling of an API unit ("h" is "vCPU-hour" for a CPU SKU), if costfit reads it. */
    Optional<String> unitFor(String apiUnit) {
        return Optional.ofNullable(apiUnits.get(apiUnit));
    }
}
