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

    private static final Map<String, Double> COUNT = Map.of("count", 1.0);
    private static final Map<String, Double> SECONDS = Map.of("s", 1.0, "h", 3600.0);
    private static final Map<String, Double> GIB_SECONDS = Map.of("GiBy.s", 1.0, "GiBy.h", 3600.0);
    private static final Map<String, Double> GIB = Map.of("GiBy", 1.0);
    private static final Map<String, Double> GHZ_SECONDS = Map.of("GHz.s", 1.0, "s", 1.0);

    /** " Tier 2" inside the name, and " in <region>" (once seen as " in in <region>") after it. */
    private static final String TIER = "(?: Tier 2)?";
    private static final String IN_REGION = "(?: in (?:in )?[a-z0-9-]+)?";

    private GoogleCatalogRules() {
    }

    static List<SkuRule> rules() {
        return List.of(
                rule("gcf2.requests", CatalogService.CLOUD_RUN, "Requests", "request", COUNT,
                        "Cloud Run requests (one global SKU)"),
                rule("gcf2.vcpu.request", CatalogService.CLOUD_RUN,
                        "Services CPU" + TIER + " \\(Request-based billing\\)" + IN_REGION, "vCPU-second", SECONDS,
                        "vCPU while serving requests (request-based billing)"),
                rule("gcf2.memory.request", CatalogService.CLOUD_RUN,
                        "Services Memory" + TIER + " \\(Request-based billing\\)" + IN_REGION, "GiB-second",
                        GIB_SECONDS, "memory while serving requests (request-based billing)"),
                rule("gcf2.vcpu.idle", CatalogService.CLOUD_RUN,
                        "Services Min Instance CPU" + TIER + " \\(Request-based billing\\)" + IN_REGION,
                        "vCPU-second", SECONDS, "vCPU of idle minimum instances (request-based billing)"),
                rule("gcf2.memory.idle", CatalogService.CLOUD_RUN,
                        "Services Min Instance Memory" + TIER + " \\(Request-based billing\\)" + IN_REGION,
                        "GiB-second", GIB_SECONDS, "memory of idle minimum instances (request-based billing)"),
                rule("gcf2.vcpu.instance", CatalogService.CLOUD_RUN,
                        "Services CPU" + TIER + " \\(Instance-based billing\\)" + IN_REGION, "vCPU-second", SECONDS,
                        "vCPU, instance-based billing"),
                rule("gcf2.memory.instance", CatalogService.CLOUD_RUN,
                        "Services Memory" + TIER + " \\(Instance-based billing\\)" + IN_REGION, "GiB-second",
                        GIB_SECONDS, "memory, instance-based billing"),
                new SkuRule("gcf2.egress", CatalogService.CLOUD_RUN,
                        pattern("Cloud Run Network Internet (?:Data Transfer Out|Egress) (?<from>.+) to (?<to>.+)"),
                        "", "GiB", GIB, "Cloud Run internet egress within the region's continent (Premium Tier)",
                        true),
                new SkuRule("gcf2.egress.standard", CatalogService.COMPUTE_ENGINE,
                        pattern("Network Standard Data Transfer Out to Internet from .+"), "StandardInternetEgress",
                        "GiB", GIB, "Standard Tier internet egress from the region", false),
                rule("gcf1.invocations", CatalogService.FUNCTIONS, "Cloud Run Functions \\(1st Gen\\) Invocations",
                        "invocation", COUNT, "Cloud Functions 1st gen invocations (one global SKU)"),
                rule("gcf1.cpu", CatalogService.FUNCTIONS,
                        "Cloud Run functions \\(1st Gen\\) CPU" + TIER + " \\(Request-based billing\\)" + IN_REGION,
                        "GHz-second", GHZ_SECONDS, "1st gen CPU"),
                rule("gcf1.memory", CatalogService.FUNCTIONS,
                        "Cloud Run functions \\(1st Gen\\) Memory" + TIER + " \\(Request-based billing\\)"
                                + IN_REGION, "GB-second", GIB_SECONDS, "1st gen memory"),
                rule("gcf1.cpu.idle", CatalogService.FUNCTIONS,
                        "Cloud Run functions \\(1st Gen\\) Min Instance CPU" + TIER + " \\(Request-based billing\\)"
                                + IN_REGION, "GHz-second", GHZ_SECONDS, "1st gen CPU of idle minimum instances"));
    }

    private static SkuRule rule(String key, CatalogService service, String description, String unit,
                                Map<String, Double> units, String text) {
        return new SkuRule(key, service, pattern(description), "", unit, units, text, false);
    }

    private static Pattern pattern(String description) {
        return Pattern.compile(description, Pattern.CASE_INSENSITIVE);
    }
}
