package dev.costfit.cli;

import dev.costfit.pricing.PricingContext;
import dev.costfit.platform.Platform;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.recommend.Evaluator;
import dev.costfit.recommend.Recommender;
import dev.costfit.report.RunInfo;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problems;
import dev.costfit.yaml.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Everything a pricing verb reads before the engine runs: catalog, profiles, platforms; checked together. */
record RunInputs(Catalog catalog, List<Profile> profiles, List<Platform> platforms, RunInfo info,
                 Evaluator evaluator) {

    static RunInputs load(CommonOptions options, List<Path> profilePaths) {
        return load(options, profilePaths, false);
    }

    /** As {@link #load(CommonOptions, List)}; a folder without profiles may count as an empty set. */
    static RunInputs load(CommonOptions options, List<Path> profilePaths, boolean emptyFolderIsEmptySet) {
        Problems problems = new Problems();
        List<Platform> platforms = selectPlatforms(options.platforms, problems);
        problems.throwIfAny();
        Catalog catalog = new CatalogLoader().load(options.catalogs);
        Set<String> regions = catalog.regions("aws");
        if (options.region != null && !regions.contains(options.region)) {
            throw new InputException(Location.ofFile("--region"), "", unknownRegion(options.region, regions));
        }
        List<Profile> profiles = new ArrayList<>();
        for (Profile profile : new ProfileLoader().load(profilePaths, emptyFolderIsEmptySet)) {
            Profile p = options.region != null ? profile.withRegion(options.region) : profile;
            if (!regions.contains(p.region())) {
                problems.add(p.source().locate("region"), "region", unknownRegion(p.region(), regions));
            }
            p.llm().filter(llm -> catalog.llmModel(llm.model()).isEmpty()).ifPresent(llm -> problems.add(
                    p.source().locate("llm.model"), "llm.model", "unknown model '" + llm.model() + "'."
                            + Suggestions.didYouMean(llm.model(), catalog.llmModels().keySet())
                            + " The catalog prices " + String.join(", ", new java.util.TreeSet<>(
                            catalog.llmModels().keySet())) + "; add others with --catalog."));
            Set<String> google = catalog.regions("gcp");
            p.gcpRegion().filter(g -> !google.contains(g)).ifPresent(g -> problems.add(
                    p.source().locate("gcp_region"), "gcp_region", "unknown Google region '" + g + "'."
                            + Suggestions.didYouMean(g, google) + " The catalog knows " + String.join(", ", google)
                            + "."));
            profiles.add(p);
        }
        ReportTarget.check(options.out, profiles.stream().map(p -> p.source().file()).distinct().toList(), problems);
        problems.throwIfAny();
        RunInfo info = new RunInfo(VersionProvider.toolVersion(), catalog, options.freeTier,
                platforms.stream().map(Platform::id).toList(), options.explain);
        Evaluator evaluator = new Evaluator(platforms, new PricingContext(catalog, options.freeTier, true,
                java.util.Optional.ofNullable(options.pricing)),
                new Recommender(options.simplicityMarginPercent / 100));
        return new RunInputs(catalog, profiles, platforms, info, evaluator);
    }

    private static String unknownRegion(String region, Set<String> known) {
        return "unknown AWS region '" + region + "'." + Suggestions.didYouMean(region, known)
                + " The catalog knows " + String.join(", ", known) + "; add others with --catalog.";
    }

    private static List<Platform> selectPlatforms(List<String> ids, Problems problems) {
        if (ids.isEmpty()) {
            return Platforms.all();
        }
        List<Platform> selected = new ArrayList<>();
        for (String id : ids) {
            Platforms.byId(id.trim()).ifPresentOrElse(selected::add, () -> problems.add(
                    Location.ofFile("--platforms"), "", "unknown platform '" + id + "'."
                            + Suggestions.didYouMean(id, Platforms.ids()) + " Known: "
                            + String.join(", ", Platforms.ids()) + "."));
        }
        return selected;
    }
}
