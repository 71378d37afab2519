package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.SecretReads;
import dev.costfit.profile.Secrets;
import dev.costfit.units.Numbers;
import java.util.List;

/**
 * The secrets store of each cloud: AWS Secrets Manager (glue reference §6: $0.40 a secret a month, $0.05 per
 * 10,000 API calls, no perpetual free tier) and Google Secret Manager (https://cloud.google.com/secret-manager/pricing:
 * $0.06 an active version a month, $0.03 per 10,000 access operations; 6 versions and 10,000 operations free).
 * One read per secret per cold start, or per delivery.
 */
final class SecretStores {

    private SecretStores() {
    }

    static double reads(Secrets s, Work work, GlueSite site) {
        return s.count() * (s.reads() == SecretReads.PER_REQUEST ? work.deliveries() : site.coldStartsPerMonth());
    }

    static GlueBill secretsManager(Secrets s, Work work, GlueSite site, PricingContext context) {
        Catalog catalog = context.catalog();
        double reads = reads(s, work, site);
        return GlueBill.of(List.of(
                CostLines.single("Secrets Manager secrets (" + s.count() + ")", s.count(),
                        catalog.price(PriceKeys.SECRETS_MANAGER_SECRETS, site.region())),
                CostLines.single("Secrets Manager API calls (" + basis(s) + ")", reads,
                        catalog.price(PriceKeys.SECRETS_MANAGER_API_CALLS, site.region()))));
    }

    static GlueBill secretManager(Secrets s, Work work, GlueSite site, PricingContext context) {
        Catalog catalog = context.catalog();
        boolean free = context.freeTier();
        double freeVersions = free ? catalog.freeTier("secretmanager.versions").value().magnitude() : 0;
        double freeAccess = free ? catalog.freeTier("secretmanager.access").value().magnitude() : 0;
        double reads = reads(s, work, site);
        return GlueBill.of(List.of(
                CostLines.single("Secret Manager active secret versions (" + s.count() + ")"
                        + (free ? " after " + Numbers.compact(freeVersions) + " free" : ""),
                        Math.max(0, s.count() - freeVersions),
                        catalog.price(PriceKeys.SECRET_MANAGER_VERSIONS, site.region())),
                CostLines.single("Secret Manager access operations (" + basis(s)
                        + (free ? ", after " + Numbers.compact(freeAccess) + " free" : "") + ")",
                        Math.max(0, reads - freeAccess), catalog.price(PriceKeys.SECRET_MANAGER_ACCESS,
                        site.region()))));
    }

    private static String basis(Secrets s) {
        return s.reads() == SecretReads.PER_REQUEST ? "per request" : "per cold start";
    }
}
