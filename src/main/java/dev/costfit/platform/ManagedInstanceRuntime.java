package dev.costfit.platform;

import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogValue;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Optional;

/**
 * Whether Lambda Managed Instances runs a profile's runtime, and how many requests an execution environment of it
 * takes at once by default. Both come from the catalog (lmi.runtime.*, lmi.concurrency.*: the LMI runtime pages,
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html), so a runtime AWS adds is a
 * catalog overlay, not a code change. A profile names the language, not its version: a supported language is taken
 * to be at the version LMI needs, and the assessment says so.
 */
final class ManagedInstanceRuntime {

    private ManagedInstanceRuntime() {
    }

    /** The catalog's entry for the profile's runtime ("Python 3.13 and later"), if LMI runs it. */
    static Optional<CatalogValue> supported(Profile profile, Catalog catalog) {
        return Optional.ofNullable(catalog.limits().get("lmi.runtime." + profile.runtime().spelling()));
    }

    /**
     * The hard limit: LMI runs only the runtimes the catalog lists. Once a run for every profile with the runtime
     * ({@link PricingContext#reusedAcrossProfiles}).
     */
    static LimitCheck check(Profile profile, PricingContext context) {
        return context.reusedAcrossProfiles(List.of("lmi.runtime", profile.runtime()),
                () -> check(profile, context.catalog()));
    }

    private static LimitCheck check(Profile profile, Catalog catalog) {
        Optional<CatalogValue> entry = supported(profile, catalog);
        return LimitCheck.of(entry.isPresent(), LimitCheck.Severity.HARD, "runtime",
                profile.runtime().spelling() + entry.map(e -> " (taken as " + e.description() + ")").orElse(""),
                String.join(", ", listed(catalog)),
                "run it on Lambda, Fargate or EKS; if a container image runs one of these languages, set runtime to it")
                .atEveryRate();
    }

    /** The sentence for the assessment's assumptions: the version the profile does not state. */
    static String assumption(Profile profile, Catalog catalog) {
        return "runtime: " + profile.runtime().spelling() + " is assumed to be a version LMI runs ("
                + supported(profile, catalog).map(CatalogValue::description).orElse("none") + "): the profile names "
                + "the language, not its version";
    }

    /** Requests an execution environment takes at once per vCPU when the function does not set its own maximum. */
    static int defaultConcurrencyPerVcpu(Profile profile, Catalog catalog) {
        return (int) catalog.countLimit("lmi.concurrency." + profile.runtime().spelling());
    }

    private static List<String> listed(Catalog catalog) {
        return catalog.limits().values().stream().filter(v -> v.key().startsWith("lmi.runtime."))
                .map(CatalogValue::description).sorted().toList();
    }
}
