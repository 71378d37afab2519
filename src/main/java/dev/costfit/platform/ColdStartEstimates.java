package dev.costfit.platform;

import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Runtime;
import dev.costfit.units.TimeSpan;
import java.util.Map;

/**
 * What a cold start of a function platform is estimated to take, from the catalog's figures
 * (coldstart-reference.md) or the profile's own `cold_start` overrides: the latency a request waits, the INIT time
 * Lambda bills, how long an idle instance is kept, and how long an environment lives however busy.
 */
final class ColdStartEstimates {

    /** Latency of a cold start grows as memory (and so CPU) shrinks for runtimes whose start is CPU-bound. */
    private static final double[][] CPU_BOUND_FACTOR = {{128, 5.0}, {256, 2.7}, {512, 1.5}, {1024, 1.0}};

    /** The estimates' keys, per function platform and runtime ({@link CatalogKeys}). */
    private static final Map<String, Map<Runtime, String>> LATENCY_KEYS = Map.of(
            "lambda", CatalogKeys.of(Runtime.class, r -> "coldstart.lambda." + r.spelling() + ".latency"),
            "gcf2", CatalogKeys.of(Runtime.class, r -> "coldstart.gcf2." + r.spelling() + ".latency"),
            "gcf1", CatalogKeys.of(Runtime.class, r -> "coldstart.gcf1." + r.spelling() + ".latency"));
    private static final Map<Runtime, String> INIT_KEYS = CatalogKeys.of(Runtime.class,
            r -> "coldstart.lambda." + r.spelling() + ".init");
    private static final Map<Runtime, String> RESTORE_KEYS = CatalogKeys.of(Runtime.class,
            r -> "coldstart.lambda." + r.spelling() + ".snapstart");
    private static final Map<String, String> KEEP_ALIVE_KEYS = Map.of("lambda", "keepalive.lambda", "gcf2",
            "keepalive.gcf2", "gcf1", "keepalive.gcf1");

    private ColdStartEstimates() {
    }

    /** End-to-end latency of a cold start on a function platform ("lambda", "gcf2", "gcf1"). */
    static TimeSpan latency(String platform, Profile profile, Catalog catalog, double memoryMb) {
        if (profile.coldStart().init().isPresent()) {
            return profile.coldStart().init().get();
        }
        Map<Runtime, String> keys = LATENCY_KEYS.get(platform);
        TimeSpan base = (TimeSpan) catalog.estimate(keys != null ? keys.get(profile.runtime())
                : "coldstart." + platform + "." + profile.runtime().spelling() + ".latency").value();
        return TimeSpan.ofSeconds(base.seconds() * cpuBoundFactor(profile.runtime(), memoryMb));
    }

    /** INIT duration Lambda bills on each cold start (since 1 August 2025). */
    static TimeSpan lambdaInit(Profile profile, Catalog catalog, double memoryMb) {
        if (profile.coldStart().init().isPresent()) {
            return profile.coldStart().init().get();
        }
        TimeSpan base = (TimeSpan) catalog.estimate(INIT_KEYS.get(profile.runtime())).value();
        return TimeSpan.ofSeconds(base.seconds() * cpuBoundFactor(profile.runtime(), memoryMb));
    }

    /**
     * A Lambda cold start with SnapStart: the snapshot's restore, which replaces INIT (and the profile's
     * cold_start.init, which states INIT) whatever INIT took.
     */
    static TimeSpan lambdaRestore(Profile profile, Catalog catalog) {
        return (TimeSpan) catalog.estimate(RESTORE_KEYS.get(profile.runtime())).value();
    }

    /**
     * How long an idle instance is kept: the profile's cold_start.keep_alive, or the catalog's estimate; on 2nd gen
     * with a GPU (Cloud Run's L4) its own, as Cloud Run keeps idle GPU instances up to 10 minutes where it keeps
     * others up to 15 (coldstart-reference.md §3, [G1]).
     */
    static TimeSpan keepAlive(String platform, Profile profile, Catalog catalog) {
        return profile.coldStart().keepAlive().orElseGet(() -> (TimeSpan) catalog.estimate(
                platform.equals("gcf2") && profile.gpu().isPresent() ? "keepalive.gcf2.gpu"
                        : keepAliveKey(platform)).value());
    }

    /** The catalog's keep-alive estimate for a platform; the name is built only for one the table lacks. */
    private static String keepAliveKey(String platform) {
        String key = KEEP_ALIVE_KEYS.get(platform);
        return key != null ? key : "keepalive." + platform;
    }

    /** Seconds a Lambda execution environment lives however busy (AWS recycles them every few hours). */
    static double lambdaLifetime(Catalog catalog) {
        return ((TimeSpan) catalog.estimate("lifetime.lambda").value()).seconds();
    }

    /** Why a cold start takes what it does, for the report; the memory is named where it changes the estimate. */
    static String cause(Profile profile, double memoryMb) {
        if (profile.coldStart().init().isPresent()) {
            return "the profile's cold_start.init";
        }
        boolean memoryMatters = cpuBoundFactor(profile.runtime(), memoryMb) != 1;
        return profile.runtime().spelling() + (memoryMatters ? " at " + dev.costfit.units.Numbers.grouped(memoryMb, 0)
                + " MB" : "") + " (estimate)";
    }

    /**
     * .NET starts several times slower with little memory (3.3 s at 128 MB, 0.65 s at 1 GB: mikhail.io's
     * measurements); JVM framework starts are CPU-bound too and get the same curve. Others do not depend on memory
     * (lambda-perf, coldstart-reference.md §1.2).
     */
    private static double cpuBoundFactor(Runtime runtime, double memoryMb) {
        if (runtime != Runtime.DOTNET && runtime != Runtime.JAVA) {
            return 1;
        }
        if (memoryMb >= CPU_BOUND_FACTOR[CPU_BOUND_FACTOR.length - 1][0]) {
            return 1;
        }
        if (memoryMb <= CPU_BOUND_FACTOR[0][0]) {
            return CPU_BOUND_FACTOR[0][1];
        }
        for (int i = 1; i < CPU_BOUND_FACTOR.length; i++) {
            if (memoryMb <= CPU_BOUND_FACTOR[i][0]) {
                double[] a = CPU_BOUND_FACTOR[i - 1];
                double[] b = CPU_BOUND_FACTOR[i];
                double t = Math.log(memoryMb / a[0]) / Math.log(b[0] / a[0]);
                return Math.exp(Math.log(a[1]) + t * (Math.log(b[1]) - Math.log(a[1])));
            }
        }
        return 1;
    }
}
