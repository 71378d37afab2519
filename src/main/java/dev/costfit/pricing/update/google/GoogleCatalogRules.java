package dev.costfit.pricing.update.google;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which Cloud Billing Catalog SKUs become which catalog prices. The descriptions are those the Catalog API gave on
 * 2026-04-23 (a list of every Cloud Run and Cloud Run Functions CPU and memory SKU, code index id 54045611957) and
 * 2026-09-24 (requests, invocations and egress, with their units and prices, as Infracost's pricing API
 * transcribed them, code index id 68836931538); Standard Tier egress is the Compute Engine SKU "Network Standard
 * Data Transfer Out to Internet from Finland" (B096-F403-ED14, code index id 35234850169). Tier 1 and Tier 2 SKUs
 * of a price are one rule: the regions each SKU lists decide.
 *
 * <p>Units are the Catalog API's (UCUM-like: "s", "GiBy.s", "GiBy", "count"). CPU SKUs meter time in "s" for the
 * CPU the SKU is named after: one vCPU for Cloud Run (billing exports show Cloud Run CPU in "second", code index ids
 * 59388048238, 62759213627), and the function's clock in GHz for 1st gen, whose CPU SKU is $0.00001 per "second" in
 * Tier 1 and $0.000014 in Tier 2 — the published prices per GHz-second (pricing-reference.md §4.4); "GHz.s" is taken
 * too. Any other unit fails the refresh.
 */
final class GoogleCatalogRules {

    /** Each API unit with the catalog's spelling of it; a price is written per the unit it is published in. */
    private static final Map<String, String> VCPU_TIME = Map.of("s", "vCPU-second", "h", "vCPU-hour");
    private static final Map<String, String> GIB_TIME = Map.of("GiBy.s", "GiB-second", "GiBy.h", "GiB-hour");
    private static final Map<String, String> GB_TIME = Map.of("GiBy.s", "GB-second", "GiBy.h", "GB-hour");
    private static final Map<String, String> GIB = Map.of("GiBy", "GiB");
    private static final Map<String, String> GHZ_SECONDS = Map.of("GHz.s", "GHz-second", "s", "GHz-second");

    /** " Tier 2" inside the name, and " in <region>" (once seen as " in in <region>") after it. */
    private static final String TIER = "(?: Tier 2)?";
    private static final String IN_REGION = "(?: in (?:in )?[a-z0-9-]+)?";

    private GoogleCatalogRules() {
    }

    static List<SkuRule> rules() {
        return List.of(
                rule("gcf2.requests", CatalogService.CLOUD_RUN, "Requests", Map.of("count", "request"),
                        "Cloud Run requests (one global SKU)"),
                rule("gcf2.vcpu.request", CatalogService.CLOUD_RUN,
                        "Services CPU" + TIER + " \\(Request-based billing\\)" + IN_REGION, VCPU_TIME,
                        "vCPU while serving requests (request-based billing)"),
                rule("gcf2.memory.request", CatalogService.CLOUD_RUN,
                        "Services Memory" + TIER + " \\(Request-based billing\\)" + IN_REGION, GIB_TIME,
                        "memory while serving requests (request-based billing)"),
                rule("gcf2.vcpu.idle", CatalogService.CLOUD_RUN,
                        "Services Min Instance CPU" + TIER + " \\(Request-based billing\\)" + IN_REGION,
                        VCPU_TIME, "vCPU of idle minimum instances (request-based billing)"),
                rule("gcf2.memory.idle", CatalogService.CLOUD_RUN,
                        "Services Min Instance Memory" + TIER + " \\(Request-based billing\\)" + IN_REGION,
                        GIB_TIME, "memory of idle minimum instances (request-based billing)"),
                rule("gcf2.vcpu.instance", CatalogService.CLOUD_RUN,
                        "Services CPU" + TIER + " \\(Instance-based billing\\)" + IN_REGION, VCPU_TIME,
                        "vCPU, instance-based billing"),
                rule("gcf2.memory.instance", CatalogService.CLOUD_RUN,
                        "Services Memory" + TIER + " \\(Instance-based billing\\)" + IN_REGION, GIB_TIME,
                        "memory, instance-based billing"),
                new SkuRule("gcf2.egress", CatalogService.CLOUD_RUN,
                        pattern("Cloud Run Network Internet (?:Data Transfer Out|Egress) (?<from>.+) to (?<to>.+)"),
                        "", GIB, "Cloud Run internet egress within the region's continent (Premium Tier)",
                        true),
                new SkuRule("gcf2.egress.standard", CatalogService.COMPUTE_ENGINE,
                        pattern("Network Standard Data Transfer Out to Internet from .+"), "StandardInternetEgress",
                        GIB, "Standard Tier internet egress from the region", false),
                rule("gcf1.invocations", CatalogService.FUNCTIONS, "Cloud Run Functions \\(1st Gen\\) Invocations",
                        Map.of("count", "invocation"), "Cloud Functions 1st gen invocations (one global SKU)"),
                rule("gcf1.cpu", CatalogService.FUNCTIONS,
                        "Cloud Run functions \\(1st Gen\\) CPU" + TIER + " \\(Request-based billing\\)" + IN_REGION,
                        GHZ_SECONDS, "1st gen CPU"),
                rule("gcf1.memory", CatalogService.FUNCTIONS,
                        "Cloud Run functions \\(1st Gen\\) Memory" + TIER + " \\(Request-based billing\\)"
                                + IN_REGION, GB_TIME, "1st gen memory"),
                rule("gcf1.cpu.idle", CatalogService.FUNCTIONS,
                        "Cloud Run functions \\(1st Gen\\) Min Instance CPU" + TIER + " \\(Request-based billing\\)"
                                + IN_REGION, GHZ_SECONDS, "1st gen CPU of idle minimum instances"));
    }

    private static SkuRule rule(String key, CatalogService service, String description, Map<String, String> units,
                                String text) {
        return new SkuRule(key, service, pattern(description), "", units, text, false);
    }

    private static Pattern pattern(String description) {
        return Pattern.compile(description, Pattern.CASE_INSENSITIVE);
    }
}
