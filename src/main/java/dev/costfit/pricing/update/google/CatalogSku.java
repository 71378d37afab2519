package dev.costfit.pricing.update.google;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What identifies a Cloud Billing Catalog SKU: its id, description, category and the regions it is offered in
 * (https://cloud.google.com/billing/docs/reference/rest/v1/services.skus/list#Sku). Read leniently, since a
 * service has thousands of SKUs costfit has no use for; the pricing of the SKUs costfit claims is read strictly
 * ({@link SkuPricing}). Whitespace in the description is collapsed: Google writes "Services CPU Tier 2  (...)".
 */
record CatalogSku(String skuId, String description, String serviceDisplayName, String resourceFamily,
                  String resourceGroup, List<String> regions, JsonNode json) {

    CatalogSku {
        regions = List.copyOf(regions);
    }

    static CatalogSku of(JsonNode sku) {
        JsonNode category = sku.path("category");
        List<String> regions = new ArrayList<>();
        sku.path("serviceRegions").forEach(r -> regions.add(r.asText()));
        return new CatalogSku(sku.path("skuId").asText(""),
                sku.path("description").asText("").trim().replaceAll("\\s+", " "),
                category.path("serviceDisplayName").asText(""), category.path("resourceFamily").asText(""),
                category.path("resourceGroup").asText(""), regions, sku);
    }

    boolean global() {
        return regions.contains("global");
    }

    String name() {
        return "sku " + skuId + " (" + description + ")";
    }
}
