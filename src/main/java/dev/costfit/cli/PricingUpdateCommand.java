package dev.costfit.cli;

import dev.costfit.pricing.CacheLocation;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.update.AwsCatalogRules;
import dev.costfit.pricing.update.AwsSettings;
import dev.costfit.pricing.update.AwsSources;
import dev.costfit.pricing.update.CredentialsProblem;
import dev.costfit.pricing.update.OverlayYaml;
import dev.costfit.pricing.update.PriceRefresh;
import dev.costfit.pricing.update.PriceSource;
import dev.costfit.pricing.update.Progress;
import dev.costfit.pricing.update.Redaction;
import dev.costfit.pricing.update.RefreshBasis;
import dev.costfit.pricing.update.RefreshResult;
import dev.costfit.pricing.update.StatusLine;
import dev.costfit.pricing.update.UpdateFailure;
import dev.costfit.pricing.update.google.ApiKey;
import dev.costfit.pricing.update.google.ApiKeyProblem;
import dev.costfit.pricing.update.google.BillingCatalogApi;
import dev.costfit.pricing.update.google.GoogleRefresh;
import dev.costfit.pricing.update.google.GoogleSettings;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `costfit pricing update`: AWS prices from the Price List API, and Google's from the Cloud Billing Catalog API when
 * an API key is set, into one dated overlay, written atomically to the cache (or --out). It names no AWS SDK type:
 * {@link AwsSources} opens the source, so other commands never load the SDK. The environment is passed in, so that
 * tests give it an API key without touching the process's.
 */
@Command(name = "update", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Refresh AWS prices through the AWS Price List Query API (pricing:GetProducts), and Google's "
                + "through the Cloud Billing Catalog API when COSTFIT_GCP_API_KEY is set, and write them as a dated "
                + "catalog overlay to the cache (later runs layer it over the embedded catalog), or to --out. All or "
                + "nothing: on any failure the previous file is left untouched, and a region the Price List answers "
                + "with no products at all, or a service it answers nothing for where the catalog prices it, is a "
                + "failure. A single price the answer lacks, or gives at $0 or with a $0 tier (no key costfit bills "
                + "is free; free allowances are the catalog's free_tier), is left out: the catalog keeps what it had "
                + "(the previous "
                + "refresh's price is carried into the new file), stderr lists it by region and service, and the "
                + "exit code is 3.", ""},
        footer = {"", "Credentials: the AWS default chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE and "
                + "~/.aws/config including SSO, web identity, instance roles). Google prices: set COSTFIT_GCP_API_KEY "
                + "to an API key of a project with the Cloud Billing API enabled; without it Google is skipped.",
            "", "Exit codes: 0 written, every price refreshed; 3 written, but prices the catalog has for these "
                + "regions were not refreshed (listed on stderr; the catalog keeps what it had for them); 1 the "
                + "refresh failed (nothing written); 2 bad options, no credentials, a refused API key, or a region "
                + "code neither the catalog nor the Price List knows."})
final class PricingUpdateCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    PricingUpdateCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    PricingUpdateCommand() {
        this(System.getenv());
    }

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

    @Option(names = "--gcp-endpoint", paramLabel = "URL",
            description = "Send Cloud Billing Catalog requests to URL (a mirror or a test server) instead of "
                    + "https://cloudbilling.googleapis.com.")
    String gcpEndpoint;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the overlay to FILE (for example one to commit and pass with --catalog) instead of "
                    + "the cache.")
    Path out;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Layer FILE while refreshing (repeatable): its instance types are priced too.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of a throttled (429/503) or failed (5xx, network) request, with exponential "
                    + "back-off from 0.5 s, or after the pause the server's Retry-After asks for, up to 60 s (a "
                    + "longer one ends the update at once, saying so). Default: ${DEFAULT-VALUE}.")
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
        boolean verbose = debug || environment.get("COSTFIT_DEBUG") != null;
        Optional<Path> cache = CacheLocation.catalogFile(environment);
        CatalogLoader loader = new CatalogLoader(cache);
        Path target = target(loader);
        loader = withoutABrokenCache(loader, err);
        Catalog layered = loader.load(catalogs);
        Optional<URI> uri = endpoint("--endpoint", endpoint);
        Optional<URI> gcpUri = endpoint("--gcp-endpoint", gcpEndpoint);
        Optional<ApiKey> key = ApiKey.from(environment);
        List<String> asked = regionsAsked(layered);
        AwsCatalogRules rules = new AwsCatalogRules(layered.instanceTypes().keySet());
        StatusLine status = new StatusLine(err, !verbose && StatusLine.wanted());
        Progress progress = verbose ? new DebugProgress(err) : status;
        Catalog embedded = loader.embedded();
        RefreshBasis basis = RefreshBasis.of(layered, embedded);
        try (PriceSource source = AwsSources.open(settings(uri))) {
            PriceRefresh refresh = new PriceRefresh(source, rules, progress, basis);
            List<String> chosen = regions.all ? refresh.allRegions() : asked;
            RefreshResult aws = refresh.run(chosen);
            Optional<RefreshResult> google = key.map(k -> new GoogleRefresh(new BillingCatalogApi(
                    googleSettings(gcpUri, k)), layered, progress, basis).run());
            List<String> sources = new ArrayList<>(List.of("AWS Price List API"));
            google.ifPresent(g -> sources.add("Google Cloud Billing Catalog API"));
            RefreshResult found = google.map(aws::plus).orElse(aws);
            // Beneath the cache is the embedded catalog; beneath an --out file, what was in force without it.
            KeptPrices kept = new KeptPrices(target, target.equals(cache.orElse(null)) ? embedded
                    : loader.load(List.of()));
            RefreshResult all = found.with(kept.carried(found.gaps()));
            String yaml = new OverlayYaml(layered, embedded).render(all, Instant.now(), sources);
            OverlayFile.replace(target, yaml, all.prices());
            report(stdout, err, aws, google, target, cache);
            GapReport.print(err, all.gaps(), kept);
            if (all.incomplete()) {
                long n = all.gaps().stream().filter(dev.costfit.pricing.update.Gap::incomplete).count();
                err.println("costfit: wrote " + target + ", but " + n + (n == 1 ? " price" : " prices") + " the "
                        + "catalog has for these regions " + (n == 1 ? "was" : "were") + " not refreshed (above): "
                        + "exit 3.");
                return ExitCodes.POLICY;
            }
            return ExitCodes.OK;
        } catch (CredentialsProblem | ApiKeyProblem e) {
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

    /** The Catalog API's settings: the same retry budget and timeouts as the Price List's. */
    private GoogleSettings googleSettings(Optional<URI> uri, ApiKey key) {
        AwsSettings aws = settings(Optional.empty());
        return new GoogleSettings(uri.orElse(GoogleSettings.GOOGLE), key, aws.maxAttempts(), aws.baseDelay(),
                aws.maxDelay(), aws.connectTimeout(), aws.readTimeout());
    }

    private Path target(CatalogLoader loader) {
        if (out != null) {
            // The cache it also reads is what a refresh replaces; an overlay given with --catalog is the user's.
            dev.costfit.yaml.Problems problems = new dev.costfit.yaml.Problems();
            ReportTarget.check(out, ReportTarget.catalogs(Optional.empty(), catalogs), "the overlay", problems);
            problems.throwIfAny();
            return out;
        }
        return loader.cacheFileLocation().orElseThrow(() -> new InputException(Location.ofFile("--out"), "",
                "no cache folder is known (neither XDG_CACHE_HOME nor a home folder): give --out FILE"));
    }

    private static Optional<URI> endpoint(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new java.net.URISyntaxException(value, "not an http(s) URL");
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            throw new InputException(Location.ofFile(option), "", "found '" + Redaction.apply(value)
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

    /**
     * The loader to refresh with: {@code loader} itself, or one without the cached refresh when that file no longer
     * loads (written by an older costfit, or edited by hand). A refresh is what repairs that file, so it must not
     * be refused for it as every other command is: the file is named with its first problem, and rebuilt.
     */
    private static CatalogLoader withoutABrokenCache(CatalogLoader loader, PrintWriter err) {
        Optional<Path> cache = loader.cacheFile();
        if (cache.isEmpty()) {
            return loader;
        }
        try {
            loader.loadAsWritten(List.of());
            return loader;
        } catch (InputException e) {
            err.println("costfit: note: the refreshed prices in " + cache.get() + " no longer load ("
                    + e.problems().get(0).render() + (e.problems().size() > 1 ? ", and " + (e.problems().size() - 1)
                    + " more problems" : "") + "); this update rebuilds that file, reading the embedded catalog in "
                    + "its place meanwhile.");
            err.flush();
            return new CatalogLoader(Optional.empty());
        }
    }

    private static void report(PrintWriter stdout, PrintWriter err, RefreshResult result,
                               Optional<RefreshResult> google, Path target, Optional<Path> cache) {
        result.notes().forEach(note -> err.println("costfit: note: " + note + "."));
        google.ifPresent(g -> g.notes().forEach(note -> err.println("costfit: note: " + note + ".")));
        if (google.isEmpty()) {
            err.println("costfit: note: Google prices were not refreshed (set " + ApiKey.VARIABLE + " to an API key "
                    + "with the Cloud Billing API enabled); the embedded ones stay in force.");
        }
        stdout.println("Refreshed " + result.prices().size() + " AWS prices in " + result.regions().size()
                + (result.regions().size() == 1 ? " region" : " regions") + " (" + String.join(", ",
                result.regions()) + ") from the AWS Price List API"
                + google.map(g -> " and " + g.prices().size() + " Google prices in " + g.regions().size()
                        + " Google regions from the Cloud Billing Catalog API").orElse("")
                + "; wrote " + target + ".");
        stdout.println("See what changed with: costfit pricing diff"
                + (target.equals(cache.orElse(null)) ? "" : " embedded " + target));
        stdout.flush();
    }

    /** --debug: one line per query and page instead of the status line; queries carry no secrets. */
    private static final class DebugProgress implements Progress {
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
        public void step(String what, int number) {
            // Names the resource, never the address with its query: the key travels in a header anyway.
            err.println("costfit: debug: " + what);
            err.flush();
        }

        @Override
        public void page(int pagesSoFar) {
            err.println("costfit: debug: page " + pagesSoFar + " received");
            err.flush();
        }
    }
}
