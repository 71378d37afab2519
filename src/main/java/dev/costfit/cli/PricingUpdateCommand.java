package dev.costfit.cli;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.update.AwsCatalogRules;
import dev.costfit.pricing.update.AwsSettings;
import dev.costfit.pricing.update.AwsSources;
import dev.costfit.pricing.update.CredentialsProblem;
import dev.costfit.pricing.update.OverlayYaml;
import dev.costfit.pricing.update.PriceRefresh;
import dev.costfit.pricing.update.PriceSource;
import dev.costfit.pricing.update.Redaction;
import dev.costfit.pricing.update.RefreshResult;
import dev.costfit.pricing.update.StatusLine;
import dev.costfit.pricing.update.UpdateFailure;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `costfit pricing update`: AWS prices from the Price List API into a dated overlay, written atomically to the cache
 * (or --out). It names no AWS SDK type: {@link AwsSources} opens the source, so other commands never load the SDK.
 */
@Command(name = "update", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Refresh AWS prices through the AWS Price List Query API (pricing:GetProducts) and write them "
                + "as a dated catalog overlay to the cache (later runs layer it over the embedded catalog), or to "
                + "--out. All or nothing: on any failure the previous file is left untouched.", ""},
        footer = {"", "Credentials: the AWS default chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE and "
                + "~/.aws/config including SSO, web identity, instance roles). Google prices: set COSTFIT_GCP_API_KEY.",
            "", "Exit codes: 0 written; 1 the refresh failed (nothing written); 2 bad options or no credentials."})
final class PricingUpdateCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true)
    Regions regions = new Regions();

    static final class Regions {
        @Option(names = "--region", paramLabel = "LIST", split = ",",
                description = "AWS region codes to refresh (comma-separated). Default: the regions of the catalog "
                        + "in force.")
        List<String> list = new ArrayList<>();

        @Option(names = "--all-regions", description = "Every region the Price List prices Lambda in.")
        boolean all;
    }

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send Price List requests to URL (a mirror or a test server) instead of AWS.")
    String endpoint;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the overlay to FILE (for example one to commit and pass with --catalog) instead of "
                    + "the cache.")
    Path out;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Layer FILE while refreshing (repeatable): its instance types are priced too.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of a throttled (429/503) or failed (5xx, network) request, with exponential "
                    + "back-off from 0.5 s. Default: ${DEFAULT-VALUE}.")
    int retries;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a request whose answer stalls this long. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--debug", description = "Print each query and its pages on stderr (never credentials or keys; "
            + "also COSTFIT_DEBUG=1).")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        boolean verbose = debug || System.getenv("COSTFIT_DEBUG") != null;
        CatalogLoader loader = new CatalogLoader();
        Catalog layered = loader.load(catalogs);
        Path target = target(loader);
        Optional<URI> uri = endpoint();
        List<String> asked = regionsAsked(layered);
        AwsCatalogRules rules = new AwsCatalogRules(layered.instanceTypes().keySet());
        StatusLine status = new StatusLine(err, !verbose && StatusLine.wanted());
        try (PriceSource source = AwsSources.open(settings(uri))) {
            PriceRefresh refresh = new PriceRefresh(source, rules, verbose ? new DebugProgress(err) : status);
            List<String> chosen = regions.all ? refresh.allRegions() : asked;
            RefreshResult result = refresh.run(chosen);
            String yaml = new OverlayYaml(layered, loader.embedded()).render(result, Instant.now(),
                    List.of("AWS Price List API"));
            write(target, yaml);
            report(stdout, err, result, target);
            return ExitCodes.OK;
        } catch (CredentialsProblem e) {
            err.println("costfit: " + e.getMessage() + ".");
            return ExitCodes.BAD_INPUT;
        } catch (PriceRefresh.UnknownRegion e) {
            err.println("costfit: " + e.getMessage() + ".");
            return ExitCodes.BAD_INPUT;
        } catch (UpdateFailure e) {
            err.println("costfit: pricing update failed: " + e.getMessage() + ". Nothing was written; "
                    + (Files.exists(target) ? target + " is unchanged." : "no catalog file was created."));
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            err.flush();
        }
    }

    private AwsSettings settings(Optional<URI> uri) {
        if (retries < 0 || retries > 10) {
            throw new InputException(Location.ofFile("--retries"), "", "found " + retries + ", expected 0 to 10");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new InputException(Location.ofFile("--timeout"), "", "found " + timeoutSeconds
                    + ", expected 1 to 600 seconds");
        }
        AwsSettings defaults = AwsSettings.defaults(uri);
        return new AwsSettings(uri, retries + 1, defaults.baseDelay(), defaults.maxDelay(), defaults.connectTimeout(),
                java.time.Duration.ofSeconds(timeoutSeconds));
    }

    private Path target(CatalogLoader loader) {
        if (out != null) {
            return out;
        }
        return loader.cacheFileLocation().orElseThrow(() -> new InputException(Location.ofFile("--out"), "",
                "no cache folder is known (neither XDG_CACHE_HOME nor a home folder): give --out FILE"));
    }

    private Optional<URI> endpoint() {
        if (endpoint == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(endpoint);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new java.net.URISyntaxException(endpoint, "not an http(s) URL");
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            throw new InputException(Location.ofFile("--endpoint"), "", "found '" + Redaction.apply(endpoint)
                    + "', expected an http or https URL such as http://127.0.0.1:8080");
        }
    }

    private List<String> regionsAsked(Catalog layered) {
        if (regions.list.isEmpty()) {
            return List.copyOf(layered.regions("aws"));
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String region : regions.list) {
            String r = region.trim();
            if (!PriceRefresh.REGION_CODE.matcher(r).matches()) {
                throw new InputException(Location.ofFile("--region"), "", "found '" + r + "', expected AWS region "
                        + "codes such as us-east-1,eu-central-1");
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    private static void write(Path target, String yaml) {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new InputException(Location.ofFile(target.toString()), "", "cannot create the folder " + parent
                    + ": " + e.getMessage());
        }
        AtomicFile.write(target, yaml);
    }

    private static void report(PrintWriter stdout, PrintWriter err, RefreshResult result, Path target) {
        result.notes().forEach(note -> err.println("costfit: note: " + note + "."));
        // The Cloud Billing Catalog refresh is not built yet; say so either way rather than imply Google was read.
        err.println(System.getenv("COSTFIT_GCP_API_KEY") == null
                ? "costfit: note: Google prices were not refreshed (set COSTFIT_GCP_API_KEY to an API key with the "
                        + "Cloud Billing API enabled); the embedded ones stay in force."
                : "costfit: note: this version does not refresh Google prices yet; the embedded ones stay in force.");
        stdout.println("Refreshed " + result.prices().size() + " AWS prices in " + result.regions().size()
                + (result.regions().size() == 1 ? " region" : " regions") + " (" + String.join(", ",
                result.regions()) + ") from the AWS Price List API; wrote " + target + ".");
        stdout.println("See what changed with: costfit pricing diff"
                + (target.equals(new CatalogLoader().cacheFileLocation().orElse(null)) ? "" : " embedded " + target));
        stdout.flush();
    }

    /** --debug: one line per query and page instead of the status line; queries carry no secrets. */
    private static final class DebugProgress implements dev.costfit.pricing.update.Progress {
        private final PrintWriter err;

        DebugProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void query(dev.costfit.pricing.update.AwsQuery query, int number) {
            err.println("costfit: debug: GetProducts " + query.serviceCode() + " " + query.filters());
            err.flush();
        }

        @Override
        public void page(int pagesSoFar) {
            err.println("costfit: debug: page " + pagesSoFar + " received");
            err.flush();
        }
    }
}
