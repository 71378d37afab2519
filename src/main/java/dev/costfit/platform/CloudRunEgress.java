package dev.costfit.platform;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.network.NetworkTraffic;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKey;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.NetworkTier;
import dev.costfit.profile.Profile;
import dev.costfit.units.DataSize;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Internet egress of a Cloud Run function, in the network tier the profile asks for. Cloud Run's own outbound
 * traffic is Premium Tier, billed on its SKU for traffic within the region's continent in volume bands
 * (https://cloud.google.com/run/pricing). With the Standard Tier, responses leave through a regional external
 * Application Load Balancer in the Standard Tier and bill on the Standard Tier SKU of the source region
 * (https://cloud.google.com/network-tiers/pricing); the LLM prompts the function sends itself stay Premium Tier, since
 * they do not pass the load balancer. The load balancer bills too (https://cloud.google.com/load-balancing/pricing):
 * its forwarding rule by the hour and every GiB it processes, requests in and responses out, so the Standard Tier
 * saves only above some volume (about 1.5 TiB of responses a month in Iowa: $18.25 ÷ ($0.105 - $0.085 - $0.008)).
 */
final class CloudRunEgress {

    private static final PriceKey PREMIUM = PriceKeys.GCF2_EGRESS;
    private static final PriceKey STANDARD = PriceKeys.GCF2_EGRESS_STANDARD;
    private static final PriceKey RULE = PriceKeys.GCP_LB_FORWARDING_RULE;
    private static final PriceKey PROCESSED = PriceKeys.GCP_LB_DATA;

    private final NetworkTraffic traffic;
    private final NetworkTier tier;
    private final GoogleRegion region;
    /** GiB a month of requests from internet clients: what the load balancer processes inbound. */
    private final double requestsGb;
    private final Catalog catalog;

    CloudRunEgress(Profile profile, Catalog catalog, GoogleRegion region) {
        this.traffic = NetworkTraffic.of(profile, catalog);
        this.tier = profile.platforms().cloudFunctionsGen2().networkTier();
        this.region = region;
        this.requestsGb = traffic.internetClients()
                ? profile.payload().request().bytes() * profile.workPerMonth() / DataSize.GIB : 0;
        this.catalog = catalog;
    }

    /** Whether a Standard Tier load balancer serves the internet clients. */
    private boolean loadBalanced() {
        return tier == NetworkTier.STANDARD && traffic.internetClients();
    }

    /** Whether the catalog prices the load balancer in the region. */
    private boolean loadBalancerPriced() {
        return catalog.hasPrice(RULE, region.name()) && catalog.hasPrice(PROCESSED, region.name());
    }

    boolean any() {
        return traffic.egressGb() > 0;
    }

    List<CostLine> lines(PricingContext context) {
        Catalog catalog = context.catalog();
        List<CostLine> lines = new ArrayList<>();
        if (tier == NetworkTier.PREMIUM) {
            lines.addAll(premium(() -> "Internet egress (within " + region.continent() + ")", traffic.egressGb(),
                    context));
            return lines;
        }
        double responses = traffic.responsesGb();
        if (responses > 0) {
            // The Standard Tier SKUs start with 200 free GiB a month, in every region that offers the tier.
            double allowance = context.freeTier() ? catalog.freeTier(STANDARD.name()).value().magnitude() : 0;
            lines.addAll(CostLines.tieredAfterFree(() -> "Internet egress, Standard Tier (responses)"
                    + (allowance > 0 ? " (after " + Numbers.grouped(allowance, 0) + " GB free)" : ""), responses,
                    allowance, catalog.price(STANDARD, region.name())));
        }
        if (loadBalanced() && loadBalancerPriced()) {
            // One forwarding rule all month (the first five bill at the same rate), and every GiB in and out.
            lines.add(CostLines.single("Load balancer forwarding rule (regional external Application Load "
                    + "Balancer)", Month.HOURS, catalog.price(RULE, region.name())));
            lines.add(CostLines.single("Load balancer data processed (requests in, responses out)",
                    requestsGb + responses, catalog.price(PROCESSED, region.name())));
        }
        lines.addAll(premium(() -> "Internet egress (LLM prompts, within " + region.continent() + ")",
                traffic.promptsGb(), context));
        return lines;
    }

    private List<CostLine> premium(Supplier<String> component, double gb, PricingContext context) {
        if (gb <= 0) {
            return List.of();
        }
        // Google's free GiB a month within North America is the first GiB of the North America SKU's tiers.
        double allowance = context.freeTier() && region.inNorthAmerica()
                ? context.catalog().freeTier(PREMIUM.name()).value().magnitude() : 0;
        return CostLines.tieredAfterFree(() -> component.get() + (allowance > 0 ? " (after "
                + Numbers.grouped(allowance, 0) + " GB free)" : ""), gb, allowance,
                context.catalog().price(PREMIUM, region.name()));
    }

    /** What the egress lines assume about the tier and where the bytes go. */
    String assumption() {
        String premium = "Cloud Run's Premium Tier SKU for traffic within " + region.continent() + " (clients, and the "
                + "LLM API if any, on the same continent as " + region.name() + "); bytes to other continents bill on "
                + "Cloud Run's intercontinental SKU, which the catalog has no price for, so the figure is low if many "
                + "of them leave the continent";
        if (tier == NetworkTier.PREMIUM) {
            return "internet egress is priced on " + premium;
        }
        if (!traffic.internetClients()) {
            return "network_tier: standard: no internet clients, so no load balancer and no responses to the "
                    + "internet; LLM prompts leave from the function itself and stay on " + premium;
        }
        String balancer = loadBalancerPriced() ? "its forwarding rule (one, all month) and the GiB it processes "
                + "(requests in, responses out) are priced"
                : "whose own forwarding-rule hours and data processing are not priced here (Iowa's figures, $0.025 an "
                + "hour and $0.008 a GiB, make the Standard Tier cheaper than Premium only above about 1.5 TiB of "
                + "responses a month)";
        return "network_tier: standard: responses are priced on the Standard Tier SKU of " + region.name()
                + ", as served through a regional external Application Load Balancer in the Standard Tier; "
                + balancer + "; LLM prompts leave from the function itself and stay on " + premium;
    }
}
