package dev.costfit.cli;

import dev.costfit.pricing.PricingContext;
import dev.costfit.platform.Platform;
import dev.costfit.platform.Platforms;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.InstanceType;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import dev.costfit.profile.RegionPatterns;
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
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Everything a pricing verb reads before the engine runs: catalog, profiles, platforms; checked together.
 *
 * @param anyProfileBudget whether any profile states a budget
 */
record RunInputs(Catalog catalog, List<Profile> profiles, List<Platform> platforms, RunInfo info,
                 Evaluator evaluator, boolean anyProfileBudget) {

    /**
     * Up to this many files a run keeps the profiles it read; beyond, where each is, and reads it again when it is
     * priced ({@link ProfileLoader#readAgainWhenAsked}): a portfolio's memory stays flat whatever its size.
     */
    static final int KEPT_FILES = 10_000;

    static RunInputs load(CommonOptions options, List<Path> profilePaths) {
        return load(options, profilePaths, false);
    }

    /** As {@link #load(CommonOptions, List)}; a folder without profiles may count as an empty set. */
    static RunInputs load(CommonOptions options, List<Path> profilePaths, boolean emptyFolderIsEmptySet) {
        return load(options, profilePaths, emptyFolderIsEmptySet, KEPT_FILES);
    }

    /** As above, keeping the profiles read where they come from at most {@code keptFiles} files. */
    static RunInputs load(CommonOptions options, List<Path> profilePaths, boolean emptyFolderIsEmptySet,
                          int keptFiles) {
        Problems problems = new Problems();
        List<Platform> platforms = selectPlatforms(options.platforms, problems);
        problems.throwIfAny();
        ProfileLoader loader = new ProfileLoader();
        ProfileLoader.Found found = loader.find(profilePaths, emptyFolderIsEmptySet);
        boolean kept = found.files().size() <= keptFiles;
        // Kept profiles are read while the catalog's embedded prices are still being read on another core (Main
        // preloads them); their problems are reported after the catalog's and the regions', as before. Profiles
        // not kept are checked as they are read, against the catalog: read after it.
        List<Profile> read = List.of();
        InputException unread = null;
        if (kept) {
            try {
                read = loader.load(found);
            } catch (InputException e) {
                unread = e;
            }
        }
        CatalogLoader catalogLoader = new CatalogLoader();
        Catalog catalog = catalogLoader.load(options.catalogs);
        Set<String> regions = catalog.regions("aws");
        List<String> compared = RegionOption.regions(options.region, regions, catalog.regions("gcp"),
                options.oneRegion);
        if (unread != null) {
            throw unread;
        }
        UnaryOperator<Profile> adjust = profile -> compared.isEmpty() ? profile : profile.withRegion(
                compared.stream().filter(r -> RegionPatterns.allows(profile.regions(), r)).findFirst()
                        .orElse(compared.get(0)));
        boolean[] anyBudget = {false};
        Consumer<Profile> check = p -> {
            checkResidency(p, compared, regions, problems);
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
            // A node type the catalog lacks is a typo or a price not loaded: an input error, as a region is, not
            // an EKS that "does not fit" every size.
            p.platforms().eks().nodeTypes().stream().filter(t -> !catalog.instanceTypes().containsKey(t))
                    .forEach(t -> problems.add(p.source().locate("platforms.eks.node_types"),
                            "platforms.eks.node_types", unknownNodeType(t, catalog.instanceTypes())));
            anyBudget[0] |= p.budget().isPresent();
        };
        List<Profile> profiles;
        if (kept) {
            profiles = new ArrayList<>();
            for (Profile profile : read) {
                Profile p = adjust.apply(profile);
                check.accept(p);
                profiles.add(p);
            }
        } else {
            profiles = loader.readAgainWhenAsked(found, adjust, check);
        }
        // A profile's source is the file it was read from, as found.
        List<ReportTarget.Input> inputs = new ArrayList<>(ReportTarget.profiles(found.files()));
        inputs.addAll(ReportTarget.catalogs(catalogLoader.cacheFile(), options.catalogs));
        ReportTarget.check(options.out, inputs, problems);
        problems.throwIfAny();
        RunInfo info = new RunInfo(VersionProvider.toolVersion(), catalog, options.freeTier,
                platforms.stream().map(Platform::id).toList(), options.explain)
                .pricedAs(compared, java.util.Optional.ofNullable(options.pricing))
                .withSimplicityMargin(options.simplicityMarginPercent);
        Evaluator evaluator = new Evaluator(platforms, new PricingContext(catalog, options.freeTier, true,
                java.util.Optional.ofNullable(options.pricing)),
                new Recommender(options.simplicityMarginPercent / 100));
        if (compared.size() > 1) {
            evaluator = evaluator.comparingRegions(compared);
        }
        return new RunInputs(catalog, profiles, platforms, info, evaluator, anyBudget[0]);
    }

    /**
     * The region a profile is priced in must be known and within its own `regions` (data residency), and each of
     * those patterns must name a region the catalog knows; with `--region a,b,c` the detailed figures are priced in
     * the first region the profile allows.
     */
    private static void checkResidency(Profile p, List<String> compared, Set<String> known, Problems problems) {
        if (!known.contains(p.region())) {
            problems.add(p.source().locate("region"), "region", RegionOption.unknown(p.region(), known));
        }
        List<String> unmatched = RegionPatterns.unmatched(p.regions(), known);
        if (!unmatched.isEmpty()) {
            problems.add(p.source().locate("regions"), "regions", "'" + String.join("', '", unmatched)
                    + "' names no AWS region the catalog knows. The catalog knows " + String.join(", ", known)
                    + "; add others with --catalog.");
        } else if (!RegionPatterns.allows(p.regions(), p.region())) {
            String allowed = String.join(", ", RegionPatterns.expand(p.regions(), known));
            boolean defaulted = p.defaultsUsed().stream().anyMatch(d -> d.path().equals("region"));
            problems.add(p.source().locate(compared.isEmpty() ? "region" : "regions"),
                    compared.isEmpty() ? "region" : "regions", (!compared.isEmpty() ? "--region "
                            + String.join(",", compared) : defaulted ? "region (left out, so " + p.region() + ")"
                            : "region " + p.region()) + " is outside this profile's regions ["
                            + String.join(", ", p.regions()) + "], the AWS regions it may run in (data residency)."
                            + (compared.isEmpty() ? " Set region to" : " Name in --region") + " one of " + allowed
                            + " (the report's detailed figures are priced there).");
        }
    }

    /**
     * An unknown node type, with the closest names, and the types of its family from the smallest (m7g.huge:
     * m7g.medium, m7g.large, ...) or, where the catalog has none of that family, its families: the whole list runs
     * to a hundred names.
     */
    static String unknownNodeType(String type, java.util.Map<String, InstanceType> known) {
        String family = familyOf(type);
        List<String> same = known.values().stream().filter(k -> familyOf(k.name()).equals(family))
                .sorted(java.util.Comparator.comparingDouble(InstanceType::vcpu).thenComparing(InstanceType::name))
                .map(InstanceType::name).toList();
        String listed = !same.isEmpty() ? "The catalog prices " + family + " as " + String.join(", ", same)
                : "The catalog prices the families " + String.join(", ", known.keySet().stream()
                .map(RunInputs::familyOf).distinct().sorted().toList());
        return "unknown EC2 node type '" + type + "'." + Suggestions.didYouMean(type, known.keySet()) + " " + listed
                + "; add others with --catalog.";
    }

    private static String familyOf(String type) {
        return type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
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
