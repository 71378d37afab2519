package dev.costfit.cli;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.update.LayerNames;
import dev.costfit.pricing.update.PriceDiff;
import dev.costfit.pricing.update.PricesInForce;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `costfit pricing`: the price catalog in use (show), refreshing it (update), and what a refresh changed (diff). */
@Command(name = "pricing", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {PricingCommand.Show.class, PricingUpdateCommand.class, PricingCommand.Diff.class},
        description = {"The price catalog in use: its date, layers and sources; refresh AWS prices through the AWS "
                + "Price List API (and Google's through the Cloud Billing Catalog API).", ""},
        footer = {"", "Examples:",
            "  costfit pricing show --key lambda. --region eu-west-1",
            "  costfit pricing update --region us-east-1,eu-central-1",
            "  costfit pricing diff embedded examples/catalog-overlay.yaml",
            "  costfit pricing update --all-regions --out prices/aws.yaml"})
final class PricingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** No subcommand: show, update or diff is required (usage on stderr, exit 2, as for costfit alone). */
    @Override
    public Integer call() {
        return CostfitCommand.commandMissing(spec);
    }

    @Command(name = "show", modelTransformer = Formats.Catalog.class,
            mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"The catalog in force: its date and layers (embedded, refreshed prices, --catalog files) "
                    + "and, per price key and region, the price, unit, effective date, layer and source.", ""})
    static final class Show implements Callable<Integer> {

        @Option(names = "--catalog", paramLabel = "FILE", description = "Also layer FILE (repeatable), as the "
                + "pricing commands would.")
        List<Path> catalogs = new ArrayList<>();

        @Option(names = "--key", paramLabel = "PREFIX", description = "Only keys starting with PREFIX (lambda., "
                + "ec2.m7g.large; llm for the LLM models, llm.claude for some).")
        String key;

        @Option(names = "--region", paramLabel = "REGION", description = "Only this region.",
                completionCandidates = CompletionNames.Regions.class)
        String region;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table or json.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout; "
                + "never onto a catalog file it reads.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            format = Formats.settle(format, out, Formats.CATALOG, "pricing show");
            CatalogLoader loader = new CatalogLoader();
            dev.costfit.yaml.Problems problems = new dev.costfit.yaml.Problems();
            ReportTarget.check(out, ReportTarget.catalogs(loader.cacheFile(), catalogs), problems);
            problems.throwIfAny();
            Catalog catalog = loader.load(catalogs);
            if (region != null) {
                refuseUnknown(catalog, region);
            }
            PricesInForce view = new PricesInForce(catalog, new LayerNames(loader.cacheFile(), catalogs),
                    p -> (key == null || p.key().startsWith(key)) && (region == null || p.region().equals(region)),
                    // An LLM model's price is the same in every region: --region leaves it, --key picks it.
                    m -> key == null || m.startsWith(key));
            String text = switch (format) {
                case TABLE -> view.table(Terminal.tableWidth(out != null));
                case JSON -> view.json();
                default -> throw new IllegalStateException("the converter reads table or json alone");
            };
            Output.write(out, text, spec.commandLine().getOut());
            return ExitCodes.OK;
        }

        /**
         * A region no price is for is a typo, not an empty answer: "no prices match" with exit 0 read as a region
         * the catalog knows and prices nothing in. Exit 2 with the nearest one, as the profile's region is refused.
         */
        private static void refuseUnknown(Catalog catalog, String region) {
            java.util.SortedSet<String> known = new java.util.TreeSet<>();
            catalog.prices().values().forEach(byRegion -> known.addAll(byRegion.keySet()));
            if (!known.contains(region)) {
                throw new InputException(Location.ofFile("--region"), "", "no price of the catalog is for '"
                        + region + "'." + Suggestions.didYouMean(region, known) + " Its regions: "
                        + String.join(", ", known) + "; add others with --catalog.");
            }
        }
    }

    @Command(name = "diff", modelTransformer = Formats.Catalog.class,
            mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"What a refresh changed: prices added, removed and changed (old → new, %% change) between "
                    + "two catalogs. Each side is `embedded`, `refresh` (the cached refresh) or an overlay FILE "
                    + "layered over the embedded catalog. Default: embedded against refresh.", ""})
    static final class Diff implements Callable<Integer> {

        @Parameters(index = "0", arity = "0..1", paramLabel = "OLD", defaultValue = "embedded",
                description = "The catalog before. Default: ${DEFAULT-VALUE}.")
        String before;

        @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", defaultValue = "refresh",
                description = "The catalog after. Default: ${DEFAULT-VALUE}.")
        String after;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table or json.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout; "
                + "never onto a catalog file it compares.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            format = Formats.settle(format, out, Formats.CATALOG, "pricing diff");
            CatalogLoader loader = new CatalogLoader();
            dev.costfit.yaml.Problems problems = new dev.costfit.yaml.Problems();
            List<ReportTarget.Input> compared = new ArrayList<>();
            for (String side : List.of(before, after)) {
                if (side.equals("refresh")) {
                    loader.cacheFile().ifPresent(f -> compared.add(new ReportTarget.Input(f, "the refreshed price "
                            + "catalog being compared (costfit pricing update writes it)")));
                } else if (!side.equals("embedded")) {
                    compared.add(new ReportTarget.Input(Path.of(side), "one of the catalogs being compared"));
                }
            }
            ReportTarget.check(out, compared, "the comparison", problems);
            problems.throwIfAny();
            PriceDiff diff = new PriceDiff(before, side(loader, before, "OLD"), after, side(loader, after, "NEW"));
            String text = switch (format) {
                case TABLE -> diff.table(Terminal.tableWidth(out != null));
                case JSON -> diff.json();
                default -> throw new IllegalStateException("the converter reads table or json alone");
            };
            Output.write(out, text, spec.commandLine().getOut());
            return ExitCodes.OK;
        }

        private static Catalog side(CatalogLoader loader, String name, String label) {
            if (name.equals("embedded")) {
                return loader.embedded();
            }
            if (name.equals("refresh")) {
                Optional<Path> cache = loader.cacheFile();
                if (cache.isEmpty()) {
                    throw new InputException(Location.ofFile(label), "", "there are no refreshed prices yet (no "
                            + new CatalogLoader().cacheFileLocation().map(Path::toString).orElse("cache file")
                            + "): run costfit pricing update, or name an overlay file");
                }
                // As the refreshed prices every command layers: a damaged file is named as such (CatalogLoader).
                return new CatalogLoader(cache).load(List.of());
            }
            Path file = Path.of(name);
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new InputException(Location.ofFile(name), "", "no such file; " + label + " is embedded, "
                        + "refresh or an overlay file");
            }
            return new CatalogLoader(Optional.empty()).load(List.of(file));
        }
    }
}
