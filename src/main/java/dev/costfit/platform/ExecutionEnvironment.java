package dev.costfit.platform;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.InstanceType;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One execution environment size Lambda Managed Instances can run a function in (the catalog's lmi.* limits): whole
 * vCPUs, at least 1; memory at 2, 4 or 8 GiB per vCPU, at least 2 GB and at least the profile's; and the requests it
 * takes at once — the profile's concurrency_per_instance when it states one, else the runtime's default per vCPU,
 * never more than 64 per vCPU nor 1,600 ({@link #mostRequests}). How many of them the CPU lets run at once is the
 * sizing's business (ContainerSizing), not this cap's.
 *
 * @param concurrencyStated whether the cap is the profile's own (else the runtime's default)
 */
record ExecutionEnvironment(int vcpu, double memoryGb, int concurrency, boolean concurrencyStated) {

    /** vCPU counts worth pricing besides the profile's own vcpu and threads. */
    private static final int[] VCPUS = {1, 2, 4, 8, 16};

    String label() {
        return vcpu + " vCPU / " + Numbers.grouped(memoryGb, 2) + " GB";
    }

    /** How many of these environments one instance of {@code type} holds, by its vCPUs and its memory. */
    int perInstance(InstanceType type) {
        int byCpu = (int) Math.floor(type.vcpu() / vcpu + 1e-9);
        int byMemory = (int) Math.floor(type.memoryGb() / memoryGb + 1e-9);
        return Math.max(0, Math.min(byCpu, byMemory));
    }

    /**
     * The sizes worth pricing for a profile, fewest vCPUs first; none when its memory is beyond LMI's largest. An
     * environment's memory is its vCPUs times one of the published ratios, 2, 4 or 8 GiB per vCPU (the API's 2.0 to
     * 8.0; "the supported memory-to-CPU ratios are 2GB, 4GB, or 8GB per CPU":
     * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-capacityproviderconfig.html),
     * the least ratio that holds the profile's memory and LMI's 2 GB minimum. A job's memory is each task's, and an
     * environment holds as many tasks at once as its memory does ({@link #tasksAtOnce}): a job also tries the larger
     * ratios, which hold more tasks on the same vCPUs.
     */
    static List<ExecutionEnvironment> sizes(Profile profile, Catalog catalog) {
        double minMemory = catalog.sizeLimit("lmi.memory.min").gib();
        double maxMemory = catalog.sizeLimit("lmi.memory.max").gib();
        double leastPerVcpu = catalog.sizeLimit("lmi.memory-per-vcpu.min").gib();
        double mostPerVcpu = catalog.sizeLimit("lmi.memory-per-vcpu.max").gib();
        int minVcpu = (int) catalog.countLimit("lmi.vcpu.min");
        int maxVcpu = (int) catalog.countLimit("lmi.vcpu.max");
        TreeSet<Integer> vcpus = new TreeSet<>();
        for (int v : VCPUS) {
            vcpus.add(v);
        }
        vcpus.add(profile.threads());
        profile.vcpu().ifPresent(v -> vcpus.add((int) Math.ceil(v - 1e-9)));
        int floor = minVcpu;
        if (profile.vcpu().isPresent()) {
            floor = Math.max(floor, (int) Math.ceil(profile.vcpu().getAsDouble() - 1e-9));
        }
        double needed = Math.max(profile.memory().gib(), minMemory);
        boolean job = profile.workload() instanceof Workload.Job;
        List<ExecutionEnvironment> sizes = new ArrayList<>();
        for (int v : vcpus) {
            if (v < floor || v > maxVcpu) {
                continue;
            }
            // The ratios double from the least to the most: 2, 4, 8 GiB per vCPU.
            for (double perVcpu = leastPerVcpu; perVcpu <= mostPerVcpu + 1e-9; perVcpu *= 2) {
                double memory = v * perVcpu;
                if (memory >= needed - 1e-9) {
                    if (memory <= maxMemory + 1e-9) {
                        sizes.add(of(profile, catalog, v, memory));
                    }
                    if (!job) {
                        break;
                    }
                }
            }
        }
        return sizes;
    }

    private static ExecutionEnvironment of(Profile profile, Catalog catalog, int vcpu, double memoryGb) {
        boolean stated = !profile.defaulted("concurrency_per_instance");
        int wanted = stated ? profile.concurrencyPerInstance()
                : ManagedInstanceRuntime.defaultConcurrencyPerVcpu(profile, catalog) * vcpu;
        return new ExecutionEnvironment(vcpu, memoryGb, Math.min(mostRequests(catalog, vcpu), wanted), stated);
    }

    /**
     * The tasks of a job this environment runs at once: its request cap, and no more than its memory holds at the
     * profile's memory per task, nor its vCPUs at the profile's vcpu per task where one is stated. An environment's
     * memory is the function's (2 to 8 GiB per vCPU: glue-and-discounts-reference.md §8), shared by the requests it
     * runs at once, while a job's memory and vcpu are each task's, as every other platform gives them (a Fargate task, a
     * Lambda invocation of its own). The sizes hold one task at least ({@link #sizes}).
     */
    int tasksAtOnce(Profile profile) {
        int byMemory = (int) Math.floor(memoryGb / profile.memory().gib() + 1e-9);
        int byVcpu = profile.vcpu().isPresent()
                ? (int) Math.floor(vcpu / profile.vcpu().getAsDouble() + 1e-9) : Integer.MAX_VALUE;
        return Math.max(1, Math.min(concurrency, Math.min(byMemory, byVcpu)));
    }

    /**
     * The most requests an environment of {@code vcpu} vCPUs may take at once: 64 per vCPU ("you can increase
     * maximum concurrency up to a maximum of 64 per vCPU", the LMI scaling page) and never more than the API's
     * 1,600 (PerExecutionEnvironmentMaxConcurrency), whichever is less. A stated concurrency_per_instance above it
     * is cut to it; the sizes with more vCPUs take more, and the cheapest size is chosen as for any other reason.
     */
    static int mostRequests(Catalog catalog, int vcpu) {
        long perVcpu = (long) catalog.countLimit("lmi.concurrency.per-vcpu.max") * vcpu;
        return (int) Math.min(catalog.countLimit("lmi.concurrency.max"), perVcpu);
    }

    /** Whether the 64-per-vCPU limit, rather than the 1,600 one, is what cuts this size's requests at once. */
    static boolean perVcpuBinds(Catalog catalog, int vcpu) {
        return catalog.countLimit("lmi.concurrency.per-vcpu.max") * vcpu < catalog.countLimit("lmi.concurrency.max");
    }
}
