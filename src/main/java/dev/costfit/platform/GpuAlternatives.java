package dev.costfit.platform;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.InstanceType;
import dev.costfit.profile.Gpu;
import dev.costfit.profile.GpuType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a profile's GPUs can run, for the workaround of a platform that has none (Lambda, Lambda Managed Instances,
 * Fargate, Cloud Functions 1st gen): the EKS node families of the catalog whose GPUs match the need (model, memory
 * per GPU, and as many GPUs on one node), and whether Cloud Run's NVIDIA L4 does (one GPU per instance, 24 GB,
 * model L4 or any: https://cloud.google.com/run/docs/configuring/services/gpu, the catalog's gcf2.gpu limits). Read
 * from the catalog, so a fixed list cannot offer an L4 to an A10G profile, or g4dn to one that needs 40 GB.
 */
final class GpuAlternatives {

    private GpuAlternatives() {
    }

    /**
     * The EKS node families (the type's name before the dot: g4dn, g5, g6, ...) with a type whose GPUs fit
     * {@code gpu}, in the catalog's name order.
     */
    static List<String> eksFamilies(Gpu gpu, Catalog catalog) {
        Set<String> families = new LinkedHashSet<>();
        for (InstanceType type : catalog.instanceTypes().values()) {
            if (type.gpu().isPresent() && fits(gpu, type.gpu().get())) {
                families.add(type.family());
            }
        }
        return List.copyOf(families);
    }

    private static boolean fits(Gpu need, InstanceType.Gpus has) {
        return (need.type() == GpuType.ANY || need.type().spelling().equals(has.type()))
                && need.memory().map(m -> m.gib() <= has.memoryGb() + 1e-9).orElse(true)
                && need.count() <= has.count();
    }

    /** Whether Cloud Run's L4 holds {@code gpu}: one L4 of 24 GB per instance (the catalog's limits). */
    static boolean cloudRunL4(Gpu gpu, Catalog catalog) {
        return (gpu.type() == GpuType.L4 || gpu.type() == GpuType.ANY)
                && gpu.count() <= catalog.countLimit("gcf2.gpu.per-instance")
                && gpu.memory().map(m -> !m.isLargerThan(catalog.sizeLimit("gcf2.gpu.memory"))).orElse(true);
    }

    /** "run it on EKS with GPU nodes (g5, g6)", or where none fits, what would. */
    static String onEks(Gpu gpu, Catalog catalog) {
        List<String> families = eksFamilies(gpu, catalog);
        return families.isEmpty() ? noneFits(gpu)
                : "run it on EKS with GPU nodes (" + String.join(", ", families) + ")";
    }

    /**
     * The workaround of a platform without GPUs: EKS's families that fit and Cloud Run's L4 where it fits, Cloud Run
     * first for a Google platform ({@code googleFirst}); where neither does, what the need is short of.
     */
    static String workaround(Gpu gpu, Catalog catalog, boolean googleFirst) {
        return workaround(gpu, catalog, googleFirst, java.util.Optional.empty());
    }

    /**
     * As above, for a profile in {@code region} (AWS): the families AWS offers there ({@link Catalog#offered}); where
     * only other regions have one that fits, EKS is offered in another region, naming the families it lacks here.
     */
    private static String workaround(Gpu gpu, Catalog catalog, boolean googleFirst,
                                     java.util.Optional<String> region) {
        List<String> anywhere = eksFamilies(gpu, catalog);
        List<String> here = region.map(r -> offeredIn(gpu, catalog, r)).orElse(anywhere);
        boolean l4 = cloudRunL4(gpu, catalog);
        String cloudRun = "a Cloud Run service with an NVIDIA L4";
        if (anywhere.isEmpty()) {
            return l4 ? "run it as " + cloudRun : noneFits(gpu);
        }
        String eks = here.isEmpty()
                ? "EKS in another region (" + String.join(", ", anywhere) + ": not offered in " + region.orElse("")
                + ")"
                : "EKS with GPU nodes (" + String.join(", ", here) + ")";
        if (!l4) {
            return "run it on " + eks;
        }
        return googleFirst ? "run it as " + cloudRun + ", or on " + eks : "run it on " + eks + ", or as " + cloudRun;
    }

    /**
     * {@link #workaround(Gpu, Catalog, boolean)} for a profile's need; without one (the check passes, and a report
     * still shows what it would take) that of one GPU of any model.
     */
    static String workaround(java.util.Optional<Gpu> gpu, Catalog catalog, boolean googleFirst) {
        return workaround(gpu.orElse(new Gpu(1, GpuType.ANY, java.util.Optional.empty())), catalog, googleFirst);
    }

    /**
     * As above, for a profile in an AWS {@code region}: EKS's families where AWS offers them there, for a profile that
     * needs a GPU (the passing check's "where one would run" stays the region-free one, so that what depends on it
     * alone, as Fargate's task sizes reused across a run's profiles, does not depend on the region).
     */
    static String workaround(java.util.Optional<Gpu> gpu, Catalog catalog, boolean googleFirst, String region) {
        return gpu.isEmpty() ? workaround(gpu, catalog, googleFirst)
                : workaround(gpu.get(), catalog, googleFirst, java.util.Optional.of(region));
    }

    /** {@link #eksFamilies} with a type AWS offers in {@code region}. */
    private static List<String> offeredIn(Gpu gpu, Catalog catalog, String region) {
        Set<String> families = new LinkedHashSet<>();
        for (InstanceType type : catalog.instanceTypes().values()) {
            if (type.gpu().isPresent() && fits(gpu, type.gpu().get()) && catalog.offered(type, region)) {
                families.add(type.family());
            }
        }
        return List.copyOf(families);
    }

    /** No node type of the catalog has the GPUs: say what the need is, and how to add a type. */
    private static String noneFits(Gpu gpu) {
        return "no GPU node type in the catalog has " + gpu.count() + " × " + gpu.type().spelling()
                + gpu.memory().map(m -> " of " + m.display()).orElse("") + " on one node: split the work across "
                + "nodes, or add such a type and its price with --catalog";
    }
}
