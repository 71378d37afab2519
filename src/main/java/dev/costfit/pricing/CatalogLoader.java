package dev.costfit.pricing;

import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problem;
import dev.costfit.yaml.Problems;
import dev.costfit.yaml.Suggestions;
import dev.costfit.yaml.YamlLoader;
import dev.costfit.yaml.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the embedded catalog and stacks overlays on it: the refreshed prices of `costfit pricing update` (the cache
 * file, when there is one), then each `--catalog FILE`. An overlay replaces by key and region.
 */
public final class CatalogLoader {

    public static final String EMBEDDED = "/dev/costfit/pricing/catalog.yaml";
    /** The same catalog as the build writes it, JSON ({@link CatalogCompiler}); read first, as it reads faster. */
    public static final String COMPILED = "/dev/costfit/pricing/catalog.json";
    /**
     * The embedded catalog alone as the build merged it ({@link CatalogSnapshot}): what a run without refreshed
     * prices or overlays uses, read fastest of the three.
     */
    public static final String SNAPSHOT = "/dev/costfit/pricing/catalog.bin";

    /** The file the embedded catalog's entries are located in, as messages and `pricing show` name it. */
    static final String EMBEDDED_NAME = "embedded catalog";

    private final YamlLoader yaml = YamlLoader.forCatalogs();
    private final Optional<Path> cache;

    /** A loader that layers the user's refreshed prices (see {@link CacheLocation}) when they exist. */
    public CatalogLoader() {
        this(CacheLocation.catalogFile());
    }

    /** A loader with the given refreshed-prices file, or none. */
    public CatalogLoader(Optional<Path> cache) {
        this.cache = cache;
    }

    /** The embedded catalog alone, without refreshed prices or overlays. */
    public Catalog embedded() {
        return merged(List.of());
    }

    /** Where this loader looks for refreshed prices, whether or not the file exists yet. */
    public Optional<Path> cacheFileLocation() {
        return cache;
    }

    /** The refreshed-prices file this loader layers, if it exists. */
    public Optional<Path> cacheFile() {
        return cache.filter(Files::isRegularFile);
    }

    /**
     * The embedded catalog, the refreshed prices over it, then {@code overlays}. Refreshed prices that no longer load
     * are reported as one problem that says what the file is and how to recover ({@link #damaged}): the user never
     * wrote that file, so its YAML error alone named a file they do not know.
     */
    public Catalog load(List<Path> overlays) {
        try {
            return loadAsWritten(overlays);
        } catch (InputException e) {
            Optional<Path> refreshed = cacheFile();
            if (refreshed.isEmpty()) {
                throw e;
            }
            String name = refreshed.get().toString();
            List<Problem> ofCache = e.problems().stream().filter(p -> p.location().file().equals(name)).toList();
            if (ofCache.isEmpty()) {
                throw e;
            }
            List<Problem> problems = new ArrayList<>(List.of(damaged(refreshed.get(), ofCache)));
            e.problems().stream().filter(p -> !ofCache.contains(p)).forEach(problems::add);
            throw new InputException(problems);
        }
    }

    /** As {@link #load}, the refreshed prices' problems as the file has them (what `pricing update` notes). */
    public Catalog loadAsWritten(List<Path> overlays) {
        List<Path> all = new ArrayList<>();
        cacheFile().ifPresent(all::add);
        all.addAll(overlays);
        return merged(all);
    }

    /** The refreshed prices' problems as one: at the first's line:column, what they are, and the two ways out. */
    private static Problem damaged(Path cache, List<Problem> problems) {
        Problem first = problems.get(0);
        String found = (first.path().isEmpty() ? "" : first.path() + ": ") + first.message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "");
        return new Problem(first.location(), "", "the refreshed prices that costfit pricing update wrote here are "
                + "damaged: " + found + ". Delete " + cache + " to price with the embedded catalog, or run costfit "
                + "pricing update again to write them anew");
    }

    /**
     * The prices an overlay file holds as it writes them (each in its own unit, before the loader converts any),
     * when it loads cleanly over the embedded catalog; empty when it does not. `pricing update` keeps a previous
     * refresh's price from them where the new refresh has none to put in its place.
     */
    public Optional<List<Price>> entriesAsWritten(Path overlay) {
        try {
            merged(List.of(overlay));
            List<YamlNode> documents = yaml.load(overlay);
            Problems problems = new Problems();
            CatalogLayer layer = new CatalogReader(problems).read(overlay.toString(), documents.get(0), true);
            return problems.list().isEmpty() ? Optional.of(layer.prices()) : Optional.empty();
        } catch (InputException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private Catalog merged(List<Path> overlays) {
        if (overlays.isEmpty()) {
            if (EmbeddedSnapshot.CATALOG != null) {
                return EmbeddedSnapshot.CATALOG;
            }
            if (EmbeddedLayer.READ.alone() != null) {
                return EmbeddedLayer.READ.alone();
            }
        }
        Problems problems = new Problems();
        List<CatalogLayer> layers = new ArrayList<>();
        layers.add(readEmbedded(problems));
        for (Path overlay : overlays) {
            try {
                List<YamlNode> documents = yaml.load(overlay);
                if (documents.size() != 1) {
                    problems.add(Location.ofFile(overlay.toString()), "", documents.isEmpty() ? "the file is empty; "
                            + "a catalog overlay is one YAML document" : "a catalog overlay is one YAML document; "
                            + "found " + documents.size());
                    continue;
                }
                layers.add(new CatalogReader(problems).read(overlay.toString(), documents.get(0), true));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        Catalog catalog = merge(layers, problems);
        problems.throwIfAny();
        return catalog;
    }

    private static CatalogLayer readEmbedded(Problems problems) {
        EmbeddedLayer read = EmbeddedLayer.READ;
        if (read.failure() != null) {
            throw read.failure();
        }
        problems.addAll(read.problems());
        return read.layer();
    }

    /**
     * Reads the embedded catalog ahead of its first use, so that a command line's start-up (picocli, the profiles)
     * overlaps it on another core; whoever asks for it meanwhile waits for that read. The build's snapshot where
     * there is one, and the catalog's layer too where refreshed prices will be stacked on it.
     */
    public static void preload() {
        Thread reader = new Thread(() -> {
            if (EmbeddedSnapshot.CATALOG == null || new CatalogLoader().cacheFile().isPresent()) {
                EmbeddedLayer ignored = EmbeddedLayer.READ;
            }
        }, "costfit-catalog");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The embedded catalog, read once per process: it is part of the jar and cannot change while it runs, and
     * parsing it is most of a short run's work. The JVM's class initialisation makes the read happen once, and
     * makes a caller that needs it while another thread reads it wait. {@code alone} is the catalog of that layer
     * alone, what most runs use (no refreshed prices, no overlay), made in the same read so that the preload
     * takes it off the main thread too; null when the layer has problems.
     */
    private record EmbeddedLayer(CatalogLayer layer, List<Problem> problems, Catalog alone,
                                 RuntimeException failure) {

        static final EmbeddedLayer READ = read();

        private static EmbeddedLayer read() {
            Problems problems = new Problems();
            try {
                CatalogLayer layer = embeddedLayer(tree(), problems);
                Problems merging = new Problems();
                Catalog alone = problems.list().isEmpty() ? merge(List.of(layer), merging) : null;
                return new EmbeddedLayer(layer, List.copyOf(problems.list()),
                        merging.list().isEmpty() ? alone : null, null);
            } catch (IOException e) {
                return new EmbeddedLayer(null, List.of(), null, new UncheckedIOException(e));
            } catch (RuntimeException e) {
                // Kept and thrown to each caller: an error in a class initialiser would reach them as a
                // NoClassDefFoundError without the message.
                return new EmbeddedLayer(null, List.of(), null, e);
            }
        }

        /** The catalog's tree: the JSON the build compiled from the YAML when there is one, else the YAML itself. */
        private static YamlNode tree() throws IOException {
            YamlLoader yaml = YamlLoader.forCatalogs();
            try (InputStream json = CatalogLoader.class.getResourceAsStream(COMPILED)) {
                if (json != null) {
                    return yaml.loadJson(EMBEDDED_NAME, json);
                }
            }
            try (InputStream in = CatalogLoader.class.getResourceAsStream(EMBEDDED)) {
                if (in == null) {
                    throw new IllegalStateException("the embedded catalog " + EMBEDDED + " is missing from the jar");
                }
                return yaml.load(EMBEDDED_NAME, in).get(0);
            }
        }
    }

    /** The embedded catalog's layer from its tree, as a run reads it (and the build, for the snapshot). */
    static CatalogLayer embeddedLayer(YamlNode tree, Problems problems) {
        return new CatalogReader(problems).read(EMBEDDED_NAME, tree, false);
    }

    /**
     * The build's snapshot of the embedded catalog alone, read once per process; null where the jar has none (built
     * without Maven's process-classes phase) or one this reader cannot read, and the JSON is read instead.
     */
    static final class EmbeddedSnapshot {

        static final Catalog CATALOG = read();

        private static Catalog read() {
            try (InputStream in = CatalogLoader.class.getResourceAsStream(SNAPSHOT)) {
                if (in == null) {
                    return null;
                }
                return CatalogSnapshot.read(new java.io.ByteArrayInputStream(in.readAllBytes())).orElse(null);
            } catch (IOException | RuntimeException e) {
                // The slower way gives the same catalog; CatalogSnapshotTest fails the build on a snapshot it
                // cannot read back equal.
                return null;
            }
        }
    }

    /** The layers stacked in order, each overlay checked against the ones below it (the build merges the first). */
    static Catalog merge(List<CatalogLayer> layers, Problems problems) {
        CatalogLayer base = layers.get(0);
        Map<String, Set<String>> regions = new HashMap<>();
        Map<String, Map<String, Price>> prices = new HashMap<>();
        Map<String, CatalogValue> limits = new HashMap<>();
        Map<String, CatalogValue> freeTier = new HashMap<>();
        Map<String, CatalogValue> estimates = new HashMap<>();
        List<FargateSize> sizes = new ArrayList<>();
        Map<String, InstanceType> types = new java.util.LinkedHashMap<>();
        Map<String, String> nearest = new HashMap<>();
        Map<String, String> nearestGen1 = new HashMap<>();
        Map<String, GoogleAlternatives> tier1Nearby = new HashMap<>();
        List<FunctionSize> functionSizes = new ArrayList<>();
        List<CpuRange> cloudRunCpu = new ArrayList<>();
        Map<String, LlmModel> models = new java.util.LinkedHashMap<>();
        List<Discount> discounts = new ArrayList<>();
        List<SpotSaving> spot = new ArrayList<>();
        Map<String, FamilyRegions> familyRegions = new HashMap<>();
        List<String> names = new ArrayList<>();
        Set<String> typeKeys = new java.util.HashSet<>();
        layers.forEach(layer -> layer.instanceTypes().forEach(type -> typeKeys.add(type.priceKey().name())));
        Set<Location> badUnits = new java.util.HashSet<>();
        for (CatalogLayer layer : layers) {
            boolean overlay = layer != base;
            names.add(layer.title().orElseGet(() -> layer.name() + layer.date().map(d -> " (" + d + ")").orElse("")));
            layer.regions().forEach((provider, list) ->
                    regions.computeIfAbsent(provider, p -> new LinkedHashSet<>()).addAll(list));
            for (Price price : layer.prices()) {
                // An overlay may add prices for the instance types it adds; any other new key is a typo.
                if (overlay && !prices.containsKey(price.key()) && !typeKeys.contains(price.key())) {
                    problems.add(price.origin(), "key", "unknown price key '" + price.key() + "'."
                            + Suggestions.didYouMean(price.key(), prices.keySet()));
                    continue;
                }
                inBilledUnit(price, badUnits, problems).ifPresent(fitted ->
                        prices.computeIfAbsent(fitted.key(), k -> new HashMap<>()).put(fitted.region(), fitted));
            }
            replace(limits, layer.limits(), overlay, "limit", problems);
            replace(freeTier, layer.freeTier(), overlay, "free-tier allowance", problems);
            replace(estimates, layer.estimates(), overlay, "estimate", problems);
            layer.fargateSizes().ifPresent(list -> {
                sizes.clear();
                sizes.addAll(list);
            });
            layer.instanceTypes().forEach(type -> types.put(type.name(), type));
            nearest.putAll(layer.gcpNearest());
            nearestGen1.putAll(layer.gcpNearestGen1());
            tier1Nearby.putAll(layer.gcpTier1Nearby());
            layer.functionSizes().ifPresent(list -> {
                functionSizes.clear();
                functionSizes.addAll(list);
            });
            layer.llmModels().forEach(model -> models.put(model.id(), model));
            // Later layers' discounts are looked up first (Catalog.discount takes the last that matches).
            discounts.addAll(layer.discounts());
            spot.addAll(layer.spotSavings());
            // A later layer's rows replace a family's regions (an overlay that adds a region AWS opened).
            layer.familyRegions().forEach(f -> familyRegions.put(f.family(), f));
            layer.cloudRunCpu().ifPresent(list -> {
                cloudRunCpu.clear();
                cloudRunCpu.addAll(list);
            });
        }
        Set<String> known = new LinkedHashSet<>();
        regions.values().forEach(known::addAll);
        prices.values().forEach(byRegion -> byRegion.values().forEach(price -> {
            if (!known.contains(price.region())) {
                problems.add(price.origin(), "regions", "region '" + price.region() + "' is not listed under "
                        + "regions: add it there (regions: {aws: [" + price.region() + "]})."
                        + Suggestions.didYouMean(price.region(), known));
            }
        }));
        types.values().stream().filter(type -> !prices.containsKey(type.priceKey().name())).forEach(type ->
                problems.add(Location.ofFile(base.name()), "instance_types", "instance type " + type.name()
                        + " has no price: add a price with key " + type.priceKey().name()));
        return new Catalog(base.date().orElseThrow(), names, regions, prices, limits, freeTier, estimates, sizes,
                types, nearest, nearestGen1, tier1Nearby, functionSizes, cloudRunCpu, models, discounts, spot,
                familyRegions);
    }

    /**
     * The price per the unit costfit bills its key in ({@link PriceKeys}), whatever unit its entry is written in:
     * as written when the units match, converted exactly when they are per-second, per-minute or per-hour of the same
     * quantity (or GB and GiB), and a problem at the entry's unit otherwise — a price per instance-month read as per
     * instance-hour would be 730 times too dear. A key nothing bills is a problem at the entry: its unit could not be
     * checked against anything (the embedded catalog's fails the build; an overlay's unknown keys are refused before).
     */
    private static Optional<Price> inBilledUnit(Price price, Set<Location> reported, Problems problems) {
        Optional<PriceKey> billed = PriceKeys.of(price.key());
        if (billed.isEmpty()) {
            problems.add(price.origin(), "key", "costfit bills no price key '" + price.key() + "': list it in "
                    + "PriceKeys with the unit its cost lines count, or remove the entry");
            return Optional.empty();
        }
        String unit = billed.get().unit();
        java.util.OptionalDouble factor = PriceUnit.of(price.unit()).in(PriceUnit.of(unit));
        if (factor.isEmpty()) {
            if (reported.add(price.unitOrigin())) {
                problems.add(price.unitOrigin(), "prices[line " + price.origin().line() + "].unit", price.key()
                        + " is priced per " + unit + " in the catalog; found '" + price.unit() + "', which costfit "
                        + "cannot convert exactly into " + unit + " (it converts prices per second, minute and hour "
                        + "of the same quantity, and GB into GiB; a month has no fixed number of hours)");
            }
            return Optional.empty();
        }
        return Optional.of(price.convertedTo(unit, factor.getAsDouble()));
    }

    private static void replace(Map<String, CatalogValue> into, Map<String, CatalogValue> from, boolean overlay,
                                String what, Problems problems) {
        from.forEach((key, value) -> {
            if (overlay && !into.containsKey(key)) {
                problems.add(value.origin(), "key", "unknown " + what + " '" + key + "'."
                        + Suggestions.didYouMean(key, into.keySet()));
                return;
            }
            if (overlay && !into.get(key).value().getClass().equals(value.value().getClass())) {
                problems.add(value.origin(), "value", what + " " + key + " is " + into.get(key).value().display()
                        + " in the embedded catalog; the overlay's " + value.value().display()
                        + " has another kind of unit");
                return;
            }
            into.put(key, value);
        });
    }
}
