package dev.costfit.pricing.update.google;

import com.fasterxml.jackson.databind.JsonNode;
import dev.costfit.pricing.update.UpdateFailure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The two resources of the Cloud Billing Catalog API v1 costfit reads
 * (https://cloud.google.com/billing/docs/reference/rest/v1/services/list and .../services.skus/list): the public
 * services, and the SKUs of one service, each listed page by page through nextPageToken until it is empty.
 */
public final class BillingCatalogApi {

    /** The largest page either list serves. */
    private static final int PAGE_SIZE = 5000;
    /** A bound on pages, so that a server that never stops paging cannot keep costfit running. */
    private static final int MAX_PAGES = 1000;

    private final CatalogHttp http;

    public BillingCatalogApi(GoogleSettings settings) {
        this.http = new CatalogHttp(settings);
    }

    /** A public service: its id ("152E-C115-5142") and display name ("Cloud Run"). */
    public record Service(String serviceId, String displayName) {}

    public List<Service> services() {
        List<Service> services = new ArrayList<>();
        each("/v1/services?pageSize=" + PAGE_SIZE, "services", "the Catalog API's list of services", node -> {
            String id = node.path("serviceId").asText("");
            if (id.isEmpty()) {
                throw new UpdateFailure("the Catalog API's list of services", "a service has no serviceId");
            }
            services.add(new Service(id, node.path("displayName").asText("")));
        }, pages -> { });
        return services;
    }

    /** Every SKU of a service, in USD, one at a time as its page arrives; {@code pages} counts pages fetched. */
    public void skus(Service service, Consumer<JsonNode> sku, IntConsumer pages) {
        String path = "/v1/services/" + URLEncoder.encode(service.serviceId(), StandardCharsets.UTF_8)
                + "/skus?currencyCode=USD&pageSize=" + PAGE_SIZE;
        int[] seen = {0};
        each(path, "skus", service.displayName() + " SKUs", node -> {
            seen[0]++;
            sku.accept(node);
        }, pages);
        if (seen[0] == 0) {
            // The API always lists a service's SKUs; none at all is an answer cut short, not a price list.
            throw new UpdateFailure(service.displayName() + " SKUs", "the Catalog API listed no SKUs at all");
        }
    }

    private void each(String path, String field, String where, Consumer<JsonNode> item, IntConsumer pagesSoFar) {
        String token = "";
        Set<String> tokens = new HashSet<>();
        int page = 0;
        do {
            page++;
            if (page > MAX_PAGES) {
                throw new UpdateFailure(where, "the answer ran past " + MAX_PAGES + " pages");
            }
            String url = path + (token.isEmpty() ? "" : "&pageToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            JsonNode answer;
            try {
                answer = http.get(url, where);
            } catch (UpdateFailure e) {
                throw page == 1 ? e : new UpdateFailure(where, "page " + page + " could not be fetched ("
                        + e.getMessage().substring(e.getMessage().indexOf(": ") + 2) + ")");
            }
            JsonNode items = answer.path(field);
            if (!items.isMissingNode() && !items.isArray()) {
                throw new UpdateFailure(where, "page " + page + " has '" + field + "' that is not a list");
            }
            for (JsonNode node : items) {
                if (!node.isObject()) {
                    throw new UpdateFailure(where, "page " + page + " lists an entry that is not a JSON object");
                }
                item.accept(node);
            }
            pagesSoFar.accept(page);
            token = answer.path("nextPageToken").asText("");
            if (!token.isEmpty() && !tokens.add(token)) {
                throw new UpdateFailure(where, "page " + page + " points back to an earlier page");
            }
        } while (!token.isEmpty());
    }
}
