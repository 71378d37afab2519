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

    /**
     * A CPU-bound start by memory: C#'s end-to-end cold start on Lambda in seconds at 128 MB to 2 GB (and the same
     * at 4 and 8 GB), Shilkov's measurements (coldstart-reference.md §1.4, [B3]). Only the ratios are used: a
     * runtime's catalog figure holds at its own memory ({@link #anchorMb}) and scales by the curve below it.
     */
    private static final double[][] CPU_BOUND_SECONDS = {{128, 3.28}, {256, 1.75}, {512, 1.00}, {1024, 0.65},
        {2048, 0.52}};

    /** The estimates' keys, per function platform and runtime ({@link CatalogKeys}). */
    private static final Map<String, Map<Runtime, String>> LATENCY_KEYS = Map.of(
            "lambda", CatalogKeys.of(Runtime.class, r -> "coldstart.lambda." + r.spelling() + ".latency"),
            "gcf2", CatalogKeys.of(Runtime.class, r -> "coldstart.gcf2." + r.spelling() + ".latency"),
            "gcf1", CatalogKeys.of(Runtime.class, r -> "coldstart.gcf1." + r.spelling() + ".latency"));
    private static final Map<Runtime, String> INIT_KEYS = CatalogKeys.of(Runtime.class,
            r -> "coldstart.lambda." + r.spelling() + ".init");
    private static final Map<Runtime, String> RESTORE_KEYS = CatalogKeys.of(Runtime.class,
            r -> "coldstart.lambda." + r.spelling() + ".snapstart");
    /** A Cloud Run instance's start with an L4 GPU attached, whatever the runtime ({@link #latency}). */
    private static final String GCF2_GPU_KEY = "coldstart.gcf2.gpu.latency";
    private static final Map<String, String> KEEP_ALIVE_KEYS = Map.of("lambda", "keepalive.lambda", "gcf2",
            "keepalive.gcf2", "gcf1", "keepalive.gcf1");

    private ColdStartEstimates() {
    }

    /**
     * End-to-end latency of a cold start on a function platform ("lambda", "gcf2", "gcf1"). A Cloud Run instance
     * with an L4 GPU takes its own start, "approximately 5 seconds, at which point the processes ... can start to use
     * the GPU" (https://cloud.google.com/run/docs/configuring/services/gpu): the runtime's figure (1.5 s for a
     * container) would be a third of it. Loading a model comes after that, so the profile's cold_start.init adds to
     * it there rather than replacing it.
     */
    static TimeSpan latency(String platform, Profile profile, Catalog catalog, double memoryMb) {
        if (gpuStart(platform, profile)) {
            double start = ((TimeSpan) catalog.estimate(GCF2_GPU_KEY).value()).seconds();
            return TimeSpan.ofSeconds(start + profile.coldStart().init().map(TimeSpan::seconds).orElse(0.0));
        }
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

    /** Whether a cold start is a Cloud Run GPU instance's, which {@link #latency} takes from its own estimate. */
    private static boolean gpuStart(String platform, Profile profile) {
        return platform.equals("gcf2") && profile.gpu().isPresent();
    }

    /** {@link #cause(Profile, double)} on a platform: a Cloud Run GPU instance's start is named as such. */
    static String cause(String platform, Profile profile, double memoryMb) {
        if (!gpuStart(platform, profile)) {
            return cause(profile, memoryMb);
        }
        return "an L4 GPU instance's start (estimate)" + (profile.coldStart().init().isPresent()
                ? " plus the profile's cold_start.init" : "");
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
     * .NET starts several times slower with little memory (3.28 s at 128 MB, 0.65 s at 1 GB, 0.52 s from 2 GB:
     * mikhail.io's measurements); JVM framework starts are CPU-bound too and get the same curve. Others do not depend
     * on memory (lambda-perf, coldstart-reference.md §1.2).
     */
    private static double cpuBoundFactor(Runtime runtime, double memoryMb) {
        if (runtime != Runtime.DOTNET && runtime != Runtime.JAVA) {
            return 1;
        }
        double anchor = anchorMb(runtime);
        return memoryMb >= anchor ? 1 : cpuBoundSeconds(memoryMb) / cpuBoundSeconds(anchor);
    }

    /**
     * The memory a runtime's catalog figure holds at, and above: .NET's 0.5 s is Shilkov's 2 GB and up (0.52 s);
     * the JVM framework's 5 s, measured without a memory, is taken at 1 GB.
     */
    private static double anchorMb(Runtime runtime) {
        return runtime == Runtime.DOTNET ? 2048 : 1024;
    }

    /** {@link #CPU_BOUND_SECONDS} at {@code memoryMb}, log-log between its points, flat beyond its ends. */
    private static double cpuBoundSeconds(double memoryMb) {
        double[][] curve = CPU_BOUND_SECONDS;
        if (memoryMb <= curve[0][0]) {
            return curve[0][1];
        }
        for (int i = 1; i < curve.length; i++) {
            if (memoryMb <= curve[i][0]) {
                double t = Math.log(memoryMb / curve[i - 1][0]) / Math.log(curve[i][0] / curve[i - 1][0]);
                return Math.exp(Math.log(curve[i - 1][1]) + t * (Math.log(curve[i][1]) - Math.log(curve[i - 1][1])));
            }
        }
        return curve[curve.length - 1][1];
    }
}
