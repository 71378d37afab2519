package dev.costfit.platform;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.PriceKey;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.profile.Gpu;
import dev.costfit.profile.GpuType;
import dev.costfit.profile.Profile;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cloud Run's NVIDIA L4 GPU as a variant of a 2nd gen function (a Cloud Run function is a Cloud Run service deployed
 * from source, https://cloud.google.com/run/docs/functions/comparison, and a service may have a GPU,
 * https://cloud.google.com/run/docs/configuring/services/gpu): one L4 (24 GB) per instance, at least 4 vCPU and
 * 16 GiB with it, instance-based billing only, the GPU billed per second for the instance's whole life. Zonal
 * redundancy is priced when the profile asks for high availability (ha: true); otherwise the cheaper option
 * without it. The limits come from the catalog; only the regions are here, because a list of regions is not a
 * quantity the catalog's limits can hold.
 */
final class CloudRunGpu {

    /**
     * Regions that offer Cloud Run L4 GPUs (https://cloud.google.com/run/docs/configuring/services/gpu, the services
     * page as copied in 2025; asia-south1 by invitation only).
     */
    static final Set<String> L4_REGIONS = Set.of("asia-southeast1", "asia-south1", "europe-west1", "europe-west4",
            "us-central1", "us-east4");
    private static final String BY_INVITATION = "asia-south1";

    private final Gpu gpu;
    private final boolean zonalRedundancy;
    private final Catalog catalog;

    private CloudRunGpu(Gpu gpu, boolean zonalRedundancy, Catalog catalog) {
        this.gpu = gpu;
        this.zonalRedundancy = zonalRedundancy;
        this.catalog = catalog;
    }

    /** The GPU variant of a profile that asks for a GPU; empty for one that does not. */
    static Optional<CloudRunGpu> of(Profile profile, Catalog catalog) {
        return profile.gpu().map(g -> new CloudRunGpu(g, profile.ha(), catalog));
    }

    double minVcpu() {
        return catalog.countLimit("gcf2.gpu.vcpu.min");
    }

    double minMemoryGb() {
        return catalog.sizeLimit("gcf2.gpu.memory.min").gib();
    }

    /** The GPU's limits in {@code region}: model, count per instance, GPU memory and where L4s are offered. */
    List<LimitCheck> limits(String region) {
        List<LimitCheck> checks = new ArrayList<>();
        String eks = GpuAlternatives.onEks(gpu, catalog);
        checks.add(LimitCheck.of(gpu.type() == GpuType.L4 || gpu.type() == GpuType.ANY, LimitCheck.Severity.HARD,
                "GPU model", () -> gpu.type().spelling(), () -> "NVIDIA L4", eks));
        double perInstance = catalog.countLimit("gcf2.gpu.per-instance");
        checks.add(LimitCheck.of(gpu.count() <= perInstance, LimitCheck.Severity.HARD, "GPUs per instance",
                () -> Integer.toString(gpu.count()), () -> Numbers.grouped(perInstance, 0), eks));
        DataSize l4 = catalog.sizeLimit("gcf2.gpu.memory");
        checks.add(LimitCheck.of(gpu.memory().map(m -> !m.isLargerThan(l4)).orElse(true), LimitCheck.Severity.HARD,
                "GPU memory", () -> gpu.memory().map(DataSize::display).orElse("not stated"),
                () -> l4.display() + " (NVIDIA L4)",
                eks));
        checks.add(LimitCheck.of(L4_REGIONS.contains(region), LimitCheck.Severity.HARD, "GPU region", () -> region,
                () -> String.join(", ", new TreeSet<>(L4_REGIONS)),
                "set gcp_region to a region with Cloud Run L4 GPUs"));
        return checks;
    }

    /**
     * Cloud Run's L4 quota: "To use the GPU feature, you must request Total Nvidia L4 GPU allocation, per project per
     * region quota" (https://cloud.google.com/run/docs/configuring/services/gpu), none by default. Each instance
     * alive holds its GPUs, an idle one too until Cloud Run ends it ({@code keepAlive} after its last request; a
     * job's task holds one while it runs: none), so
     * the quota needed is the GPUs of the instances alive at the peak, as the capacity counts them, not only of
     * those busy. A quota, as Lambda's concurrent executions: it runs once Google grants it.
     */
    LimitCheck quota(int instancesAtPeak, Optional<dev.costfit.units.TimeSpan> keepAlive) {
        double granted = catalog.countLimit("gcf2.gpu.quota");
        int needed = instancesAtPeak * gpu.count();
        return LimitCheck.of(needed <= granted, LimitCheck.Severity.QUOTA, "L4 GPU quota (per project per region)",
                () -> Numbers.count(needed, "GPU") + " (" + Numbers.count(instancesAtPeak, "instance") + " at the "
                        + "peak" + keepAlive.map(k -> ", idle ones kept up to " + k.display() + " included")
                        .orElse(": a task each") + ")",
                () -> Numbers.grouped(granted, 0) + " by default: request it",
                "ask Google for the Total Nvidia L4 GPU allocation quota of the project in this region");
    }

    /** Why the shape and the bill look as they do. */
    List<String> notes(String region, boolean requestBillingStated) {
        List<String> notes = new ArrayList<>();
        notes.add("NVIDIA L4 GPU (" + catalog.sizeLimit("gcf2.gpu.memory").display() + "), one per instance, with at "
                + "least " + Numbers.grouped(minVcpu(), 0) + " vCPU and " + DataSize.ofGiB(minMemoryGb()).display()
                + ", instance-based billing (Cloud Run bills a GPU instance for its whole life)"
                + (zonalRedundancy ? "; with GPU zonal redundancy, as ha: true asks (Google's default)"
                        : "; without GPU zonal redundancy (deploy with --no-gpu-zonal-redundancy; ha: true prices it "
                                + "with)"));
        if (requestBillingStated) {
            notes.add("platforms.cloud-functions-gen2.billing: request does not apply to a GPU instance");
        }
        if (region.equals(BY_INVITATION)) {
            notes.add("Cloud Run L4 GPUs in " + region + " are available by invitation only");
        }
        return notes;
    }

    /** The variant's name: a GPU instance is always instance-based, which the notes say, not the name. */
    String label() {
        return "L4 GPU" + (zonalRedundancy ? ", zonal redundancy" : "");
    }

    /** The GPU line: every billed instance-second carries the GPU. */
    CostLine line(double instanceSeconds, String region) {
        PriceKey key = zonalRedundancy ? PriceKeys.GCF2_GPU_L4_ZONAL_REDUNDANCY : PriceKeys.GCF2_GPU_L4;
        Price price = catalog.price(key, region);
        return CostLine.of(key.name(), () -> "NVIDIA L4 GPU (" + gpu.count() + " per instance"
                + (zonalRedundancy ? ", zonal redundancy" : "") + ")", instanceSeconds * gpu.count(), price.unit(),
                price.unitPrice());
    }
}
