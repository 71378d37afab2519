package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.HourlyUsage;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.Simplicity;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.network.ContainerNetwork;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.FargateSize;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.PriceKey;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Architecture;
import dev.costfit.profile.Cloud;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS Fargate on ECS, Linux (pricing-reference.md §2): vCPU-hours and GB-hours of every running task on the task
 * size that makes the month cheapest (tasks sized as an autoscaler sizes them: {@link ContainerNeed}), storage above
 * 20 GB, optional Spot, and in front of it the ALB (or API Gateway), with a NAT gateway when tasks in private
 * subnets call out, and internet egress.
 */
public final class FargatePlatform implements Platform {

    private static final Architecture[] ARCHITECTURES = {Architecture.X86_64, Architecture.ARM64};
    private static final Map<Architecture, PriceKey> VCPU_KEYS = PriceKeys.FARGATE_VCPU;
    private static final Map<Architecture, PriceKey> MEMORY_KEYS = PriceKeys.FARGATE_MEMORY;

    private static final PlatformInfo INFO = new PlatformInfo("fargate", "AWS Fargate", Simplicity.CONTAINERS,
            Cloud.AWS, "task", true);

    /** Tasks are sized to the hour's load; no cold start is billed (see {@link Platform#costRisesWithLoad}). */
    @Override
    public boolean costRisesWithLoad() {
        return true;
    }

    @Override
    public PlatformInfo info() {
        return INFO;
    }

    /**
     * The least of the bounds a search sizes tasks by ({@link #cpuBound}: each size's vCPU and memory lines with the
     * tasks its CPU work alone needs, and the network lines every size has alike): no size costs less, whichever is
     * chosen. 0 for a job, and where no size fits.
     */
    @Override
    public double costFloor(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        ContainerNeed need = ContainerNeed.of(profile, catalog,
                profile.platforms().fargate().targetUtilization().fraction(), false);
        TaskSizes start = taskSizes(profile, context, need);
        List<FargateSize> sizes = start.sizes();
        if (sizes.isEmpty() || start.limits().stream().anyMatch(LimitCheck::blocks)) {
            return 0;
        }
        ServiceLoads loads = new ServiceLoads(profile, context);
        double shared = sharedCost(profile, context, FrontDoorPlan.forContainers(profile, catalog), need, sizes, loads);
        double least = Double.POSITIVE_INFINITY;
        for (FargateSize size : sizes) {
            least = Math.min(least, cpuBound(profile, catalog, need, size, loads, shared));
        }
        return least;
    }

    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        ContainerNeed need = ContainerNeed.of(profile, catalog,
                profile.platforms().fargate().targetUtilization().fraction(), context.forReport());
        List<String> notes = new ArrayList<>();
        FrontDoorPlan door = FrontDoorPlan.forContainers(profile, catalog);
        door.note().ifPresent(notes::add);

        TaskSizes start = taskSizes(profile, context, need);
        List<FargateSize> sizes = start.sizes();
        List<LimitCheck> limits = start.limits();
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(INFO, "", limits, Capacity.NONE, notes, need.assumptions());
        }
        ServiceLoads loads = new ServiceLoads(profile, context);
        // A search bounds each task size by its vCPU and memory lines and the network lines every size has alike,
        // and prices in full only the sizes that can still be chosen.
        double shared = sizes.isEmpty() ? 0 : ContainerSizePlan.shared(context,
                () -> sharedCost(profile, context, door, need, sizes, loads));
        // Before planning a size (its limits, and the requests in flight it holds), a search bounds it by the tasks
        // its CPU work alone needs.
        return SettingChoice.chooseSize(context, CostUnderOption.of(profile, context, INFO.cloud()), sizes,
                size -> cpuBound(profile, catalog, need, size, loads, shared),
                size -> planSize(profile, context, need, size, door, limits, notes, loads, shared),
                (size, plan, in) -> priceSize(profile, in, size, door, plan), (size, assessment) -> {
                    double seconds = need.seconds(size.vcpu());
                    return new SettingChoice.Candidate(() -> label(size), seconds,
                            need.time().slowdownAt(size.vcpu()),
                            assessment);
                });
    }

    /**
     * A task size's vCPU and memory lines with the tasks its CPU work alone needs, and what every size has alike:
     * no more than its plan's bound, whose tasks also hold the requests in flight, with the same room for rounding.
     * 0 for a job (bounded by its plan alone).
     */
    private static double cpuBound(Profile profile, Catalog catalog, ContainerNeed need, FargateSize size,
                                   ServiceLoads loads, double shared) {
        Optional<HourlyLoad> load = loads.at(need.seconds(size.vcpu()));
        if (load.isEmpty()) {
            return 0;
        }
        double taskHours = need.instancesForCpu(load.get(), size.vcpu()).perMonth();
        return (vcpuAndMemoryLines(profile, catalog, size, taskHours) + shared) * (1 - 1e-9);
    }

    /**
     * The task sizes worth pricing and the limits no task size or rate changes (GPU, the largest task, ephemeral
     * storage): a search works them out once ({@link dev.costfit.pricing.Reused}).
     */
    private record TaskSizes(List<FargateSize> sizes, List<LimitCheck> limits) {}

    /**
     * {@link #taskSizes(Profile, Catalog, ContainerNeed)}, worked out once for every rate and every profile of the run
     * with the key's inputs.
     */
    private static TaskSizes taskSizes(Profile profile, PricingContext context, ContainerNeed need) {
        // The region only where a GPU is needed: its refusal names the GPU families AWS offers there.
        return context.reusedAcrossProfiles(List.of("fargate.sizes", profile.gpu(), need.floorVcpu(), need.memoryGb(),
                profile.storage(), profile.storageNeeded(), profile.gpu().isPresent() ? profile.region() : ""),
                () -> taskSizes(profile, context.catalog(), need));
    }

    /** The network lines every task size has alike (at the first size's request time: any size's would do). */
    private static double sharedCost(Profile profile, PricingContext context, FrontDoorPlan door, ContainerNeed need,
                                     List<FargateSize> sizes, ServiceLoads loads) {
        return ContainerNetwork.sharedCost(profile, door, loads.at(need.seconds(sizes.get(0).vcpu())),
                context.catalog(), context);
    }

    private static TaskSizes taskSizes(Profile profile, Catalog catalog, ContainerNeed need) {
        List<LimitCheck> limits = new ArrayList<>();
        limits.add(LimitCheck.of(profile.gpu().isEmpty(), LimitCheck.Severity.HARD, "GPU",
                () -> profile.gpu().map(g -> g.count() + " × " + g.type().spelling()).orElse("none"), () -> "none",
                () -> GpuAlternatives.workaround(profile.gpu(), catalog, false, profile.region()))
                .atEveryRate());
        List<FargateSize> sizes = sizes(catalog, need);
        FargateSize largest = catalog.fargateSizes().stream()
                .max(Comparator.comparingDouble(FargateSize::vcpu).thenComparingDouble(FargateSize::memoryGb))
                .orElseThrow();
        // With no vcpu stated (and a job's CPU model, none worked out), any task size's vCPU will do: memory alone.
        limits.add(LimitCheck.of(!sizes.isEmpty(), LimitCheck.Severity.HARD, "task size",
                () -> (need.floorVcpu() > 0 ? Numbers.grouped(need.floorVcpu(), 3) + " vCPU, " : "")
                        + Numbers.grouped(need.memoryGb(), 2) + " GB",
                () -> "at most " + Numbers.grouped(largest.vcpu(), 0) + " vCPU, "
                        + Numbers.grouped(largest.memoryGb(), 0) + " GB",
                "split the work over more, smaller tasks (less memory per task), or use EKS with larger nodes")
                .atEveryRate());
        DataSize maxStorage = catalog.sizeLimit("fargate.storage.max");
        limits.add(LimitCheck.of(!profile.storageNeeded().isLargerThan(maxStorage), LimitCheck.Severity.HARD,
                "ephemeral storage", () -> profile.storage().map(DataSize::display).orElse("none stated"),
                () -> maxStorage.display(), "mount EFS for the data, or use EKS nodes with larger volumes")
                .atEveryRate());
        return new TaskSizes(sizes, List.copyOf(limits));
    }

    /**
     * Task sizes worth pricing: for each vCPU count at or above the profile's vcpu, the least memory that holds
     * the profile's — more memory on the same vCPU only costs more.
     */
    private static List<FargateSize> sizes(Catalog catalog, ContainerNeed need) {
        Map<Double, FargateSize> byVcpu = new LinkedHashMap<>();
        catalog.fargateSizes().stream()
                .filter(s -> s.memoryGb() >= need.memoryGb() - 1e-9 && s.vcpu() >= need.floorVcpu() - 1e-9)
                .sorted(Comparator.comparingDouble(FargateSize::vcpu).thenComparingDouble(FargateSize::memoryGb))
                .forEach(s -> byVcpu.putIfAbsent(s.vcpu(), s));
        return List.copyOf(byVcpu.values());
    }

    private static String label(FargateSize size) {
        return Numbers.grouped(size.vcpu(), 2) + " vCPU / " + Numbers.grouped(size.memoryGb(), 2) + " GB";
    }

    /**
     * A task size worked out up to its task-hours and limits; as the bound, its vCPU and memory lines and
     * {@code shared}, what every size costs alike.
     */
    private ContainerSizePlan<Void> planSize(Profile profile, PricingContext context, ContainerNeed need,
                                             FargateSize size, FrontDoorPlan door, List<LimitCheck> baseLimits,
                                             List<String> baseNotes, ServiceLoads loads, double shared) {
        Catalog catalog = context.catalog();
        List<LimitCheck> limits = new ArrayList<>(baseLimits);
        List<String> notes = new ArrayList<>(baseNotes);
        List<String> assumptions = new ArrayList<>(need.assumptions());
        double seconds = need.seconds(size.vcpu());
        limits.addAll(SpeedLimits.check(profile, context, need.time(), size.vcpu(), List.of("fargate", size),
                () -> label(size) + " tasks", RunLimit.ofContainers(profile, id(), catalog)));
        Optional<HourlyLoad> load = loads.at(seconds);
        TimeSpan longest = TimeSpan.ofSeconds(need.time().longestAt(size.vcpu()));
        InstanceHours tasks = load.map(l -> need.instances(l, size.vcpu()))
                .orElseGet(() -> perRun(profile));
        InstanceHours beforeBurst = load.map(l -> need.beforeBurst(l, size.vcpu())).orElse(tasks);
        // A job's tasks over the month, for its figures and its quota: runs that outlast the time between them
        // overlap (its bill counts each run's tasks apart).
        InstanceHours running = load.isPresent() ? tasks : JobRuns.running(profile, tasks.max(), seconds);
        limits.addAll(runtimeLimits(profile, catalog, size, running, beforeBurst));
        // The scaling-speed check is advisory: it never blocks, and a search reads only fits and months, so only a
        // report works it out (5.6% of a portfolio's break-even searches, with EKS's, 2026-12-07).
        if (load.isPresent() && context.forReport()) {
            limits.add(ContainerScaling.check(load.get(), tasks, need, size.vcpu(),
                    (TimeSpan) catalog.estimate("startup.fargate").value(), "task", ContainerScaling.ECS));
            assumptions.add(ContainerScaling.assumption(load.get().pattern(), "task", "target tracking",
                    ContainerScaling.ECS, (TimeSpan) catalog.estimate("startup.fargate").value()));
        }
        limits.addAll(ContainerNetwork.limits(profile, door, load, longest, catalog));
        Capacity capacity = Capacity.shownIf(context.forReport(), () -> capacity(profile, need, size, running,
                taskHours(profile, catalog, tasks, seconds), seconds, load.map(HourlyLoad::meanInFlight).orElse(0.0)));
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return ContainerSizePlan.settled(Assessment.unfit(INFO, "", limits, capacity, notes, assumptions));
        }
        return new ContainerSizePlan<>(limits, notes, assumptions, load, tasks, seconds, capacity,
                vcpuAndMemoryLines(profile, catalog, size, taskHours(profile, catalog, tasks, seconds)) + shared, null,
                null);
    }

    /**
     * The vCPU and memory lines of a size at the cheapest architecture the profile allows and the catalog prices
     * (as {@link #price} bills them); infinite where none is priced, so that the size cannot be usable.
     */
    private static double vcpuAndMemoryLines(Profile profile, Catalog catalog, FargateSize size, double taskHours) {
        double discount = spotDiscount(profile, catalog);
        double least = Double.POSITIVE_INFINITY;
        for (Architecture arch : ARCHITECTURES) {
            Optional<Price> vcpu = catalog.knownPrice(vcpuKey(arch), profile.region());
            Optional<Price> memory = catalog.knownPrice(memoryKey(arch), profile.region());
            if (profile.architecture().allows(arch) && vcpu.isPresent() && memory.isPresent()) {
                least = Math.min(least, taskHours * size.vcpu() * (vcpu.get().unitPrice() * (1 - discount))
                        + taskHours * size.memoryGb() * (memory.get().unitPrice() * (1 - discount)));
            }
        }
        return least;
    }

    /** The share Fargate Spot takes off the vCPU and memory rates: 0 on demand. */
    private static double spotDiscount(Profile profile, Catalog catalog) {
        return profile.platforms().fargate().spot() ? catalog.estimate("fargate.spot.discount").value().magnitude()
                : 0;
    }

    private static PriceKey vcpuKey(Architecture arch) {
        return VCPU_KEYS.get(arch);
    }

    private static PriceKey memoryKey(Architecture arch) {
        return MEMORY_KEYS.get(arch);
    }

    /** A task size priced in full, on each architecture allowed: the cheaper is chosen. */
    private Assessment priceSize(Profile profile, PricingContext context, FargateSize size, FrontDoorPlan door,
                                 ContainerSizePlan<Void> plan) {
        Catalog catalog = context.catalog();
        List<LimitCheck> limits = plan.limits();
        List<String> notes = new ArrayList<>(plan.notes());
        List<String> assumptions = new ArrayList<>(plan.assumptions());
        Optional<HourlyLoad> load = plan.load();
        InstanceHours tasks = plan.instances();
        double seconds = plan.seconds();
        Capacity capacity = plan.capacity();
        List<Variant> variants = new ArrayList<>();
        // A report also prices the architecture the profile does not allow, to say what it would cost.
        List<Variant> notAllowed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Architecture arch : ARCHITECTURES) {
            boolean allowed = profile.architecture().allows(arch);
            if (!allowed && !context.forReport()) {
                continue;
            }
            try {
                (allowed ? variants : notAllowed).add(price(profile, context, size, tasks, seconds, load, arch,
                        door));
            } catch (MissingPriceException e) {
                if (allowed) {
                    missing.add(e.getMessage());
                }
            }
        }
        if (variants.isEmpty()) {
            return Assessment.unpriced(INFO, "", limits, capacity, notes, assumptions, String.join("; ", missing));
        }
        // The architecture whose month is least under the pricing option, as the task size is chosen.
        HourlyUsage usage = load.isPresent() ? HourlyUsage.of(tasks) : HourlyUsage.NONE;
        CostUnderOption under = CostUnderOption.of(profile, context, INFO.cloud());
        java.util.function.ToDoubleFunction<Variant> month = v -> under.of(v.lines(), usage);
        Variant chosen = variants.stream().min(Comparator.comparingDouble(month)).orElseThrow();
        Optional<Variant> other = java.util.stream.Stream.concat(variants.stream().filter(v -> v != chosen),
                notAllowed.stream()).findFirst();
        if (size.recent()) {
            notes.add("a " + Numbers.grouped(size.vcpu(), 0) + "-vCPU task size: only 2026 copies of the ECS "
                    + "documentation list it; check that your region offers it");
        }
        notes.addAll(chosen.notes());
        assumptions.addAll(chosen.assumptions());
        String variant = chosen.arch().spelling() + (profile.platforms().fargate().spot() ? " spot" : "");
        ColdStarts coldStarts = WarmCapacity.forContainers(context, profile,
                (TimeSpan) catalog.estimate("startup.fargate").value(), "task");
        Assessment assessed = Assessment.priced(INFO, variant, WarmCapacity.withJobSlo(limits, profile, coldStarts),
                chosen.lines(), capacity, coldStarts, notes, assumptions).withUsage(usage);
        return other.map(o -> ArchitectureNote.added(assessed, profile, context, chosen.arch(),
                month.applyAsDouble(chosen), assessed.withLines(o.lines(), List.of()), o.arch(),
                month.applyAsDouble(o))).orElse(assessed);
    }

    /** A job's tasks: every task of a run at once. */
    private static InstanceHours perRun(Profile profile) {
        var schedule = ((Workload.Job) profile.workload()).schedule();
        return new InstanceHours(List.of(new InstanceHours.Count(schedule.tasks(), 0)));
    }

    /**
     * Task-hours a month: hour by hour for a service, per run for a job, each of whose tasks bills its image download
     * and its run, at least the 1-minute minimum. Fargate bills "from the time you start to download your container
     * image until the Amazon ECS Task terminates" (pricing-reference.md §2, S5). A service's tasks bill their
     * downloads too, but start seldom against the hours they run: left out there.
     */
    private static double taskHours(Profile profile, Catalog catalog, InstanceHours tasks, double seconds) {
        if (profile.workload() instanceof Workload.Job job) {
            var schedule = job.schedule();
            double billed = Math.max(imageDownloadSeconds(catalog) + seconds,
                    catalog.durationLimit("fargate.billing.minimum").seconds());
            return schedule.runs().perMonth() * schedule.tasks() * billed / 3600;
        }
        return tasks.perMonth();
    }

    /**
     * A task's image download, which bills before its work: the catalog's share of a task's start (the ENI attach and
     * scheduling before the download are not billed). Fargate caches no image, so every task downloads it anew
     * (coldstart-reference.md §4.1, [D7]).
     */
    private static double imageDownloadSeconds(Catalog catalog) {
        return catalog.estimate("fargate.image-download-share").value().magnitude()
                * ((TimeSpan) catalog.estimate("startup.fargate").value()).seconds();
    }

    /** How a job's task is billed, for its report: the download's estimate, as formed. */
    private static String jobBilling(Catalog catalog) {
        double share = catalog.estimate("fargate.image-download-share").value().magnitude();
        TimeSpan start = (TimeSpan) catalog.estimate("startup.fargate").value();
        String minimum = catalog.durationLimit("fargate.billing.minimum").display();
        if (share == 0) {
            return "each task is billed for its duration, at least " + minimum + "; no image download is billed (the "
                    + "catalog's download share is 0)";
        }
        return "each task bills its image download, about " + TimeSpan.ofSeconds(imageDownloadSeconds(catalog))
                .display() + " (an estimate: " + Numbers.grouped(share * 100, 0) + "% of a " + start.display()
                + " start), from the download's start, as AWS bills, and then its duration: at least " + minimum
                + " in all";
    }

    private record Variant(Architecture arch, List<CostLine> lines, List<String> notes, List<String> assumptions) {}

    private Variant price(Profile profile, PricingContext context, FargateSize size, InstanceHours tasks,
                          double seconds, Optional<HourlyLoad> load, Architecture arch, FrontDoorPlan door) {
        Catalog catalog = context.catalog();
        String region = profile.region();
        Price vcpuPrice = catalog.price(vcpuKey(arch), region);
        Price memoryPrice = catalog.price(memoryKey(arch), region);
        boolean spot = profile.platforms().fargate().spot();
        double discount = spotDiscount(profile, catalog);
        double taskHours = taskHours(profile, catalog, tasks, seconds);
        List<String> notes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        // A search reads the fit and the cost alone: the words a report shows are written for a report only.
        if (context.forReport()) {
            assumptions.add(load.isPresent() ? "tasks run around the clock and scale hour by hour with the traffic "
                    + "pattern; scaling within an hour is not modelled" : jobBilling(catalog));
        }
        java.util.function.Supplier<String> suffix = () -> " (" + arch.spelling()
                + (spot ? ", Spot, approximate" : "") + ")";
        if (spot) {
            notes.add("Fargate Spot at the catalog's estimated " + Numbers.grouped(discount * 100, 0)
                    + "% discount; the real price varies, and tasks can be stopped with two minutes' warning");
        }
        List<CostLine> lines = new ArrayList<>();
        lines.add(CostLine.of(spot ? vcpuPrice.key() + ":spot" : vcpuPrice.key(), () -> "Fargate vCPU" + suffix.get(),
                taskHours * size.vcpu(), vcpuPrice.unit(), vcpuPrice.unitPrice() * (1 - discount)));
        lines.add(CostLine.of(spot ? memoryPrice.key() + ":spot" : memoryPrice.key(),
                () -> "Fargate memory" + suffix.get(),
                taskHours * size.memoryGb(), memoryPrice.unit(), memoryPrice.unitPrice() * (1 - discount)));
        double extraStorage = profile.storageNeeded().gib() - catalog.sizeLimit("fargate.storage.included").gib();
        if (extraStorage > 1e-12) {
            lines.add(CostLines.single("Fargate ephemeral storage above 20 GB", extraStorage * taskHours * 3600,
                    catalog.price(PriceKeys.FARGATE_EPHEMERAL_STORAGE, region)));
        }
        if (!profile.network().privateSubnets()) {
            lines.add(CostLines.single("vpc.public-ipv4:tasks", "Public IPv4 addresses of the tasks", taskHours,
                    catalog.price(PriceKeys.PUBLIC_IPV4, region)));
        }
        lines.addAll(ContainerNetwork.lines(profile, door, load, catalog, context, assumptions));
        return new Variant(arch, lines, notes, assumptions);
    }

    private static Capacity capacity(Profile profile, ContainerNeed need, FargateSize size, InstanceHours tasks,
                                     double taskHours, double seconds, double inFlight) {
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("taskVcpu", "vCPU per task", size.vcpu(), "vCPU"),
                new Figure("taskMemoryGb", "memory per task", size.memoryGb(), "GB"),
                new Figure("requestSeconds", "mean wall time per request", seconds, "s")));
        figures.addAll(Figure.spread("tasks", tasks));
        figures.add(new Figure("taskHours", "task-hours a month", taskHours, "task-hours"));
        String summary;
        if (profile.workload() instanceof Workload.Service) {
            double used = profile.workPerMonth() * need.cpuSeconds() / dev.costfit.units.Month.SECONDS;
            figures.add(new Figure("vcpuUsedMean", "vCPU the requests burn, mean", used, "vCPU"));
            figures.add(new Figure("vcpuBoughtMean", "vCPU bought, mean", tasks.mean() * size.vcpu(), "vCPU"));
            figures.add(new Figure("requestsPerInstance", "requests in flight per task, mean",
                    inFlight / tasks.mean(), "requests"));
            summary = Numbers.rangeCount(tasks.min(), tasks.max(), "task") + (tasks.min() == tasks.max() ? ""
                    : " (mean " + Numbers.significant(tasks.mean(), 3) + ")") + " of " + label(size) + "; " + Numbers.significant(used, 3) + " of "
                    + Numbers.significant(tasks.mean() * size.vcpu(), 3) + " vCPU busy on average";
        } else {
            int perRun = ((Workload.Job) profile.workload()).schedule().tasks();
            summary = Numbers.count(perRun, "task") + " of " + label(size) + " per run"
                    + JobRuns.overlap(profile, seconds);
        }
        return new Capacity(summary, figures);
    }

    private static List<LimitCheck> runtimeLimits(Profile profile, Catalog catalog, FargateSize size,
                                                  InstanceHours tasks, InstanceHours beforeBurst) {
        List<LimitCheck> checks = new ArrayList<>();
        double quota = catalog.countLimit("fargate.vcpu.quota");
        double peakVcpu = tasks.max() * size.vcpu();
        checks.add(LimitCheck.of(peakVcpu <= quota, LimitCheck.Severity.QUOTA, "Fargate vCPU quota",
                () -> Numbers.grouped(peakVcpu, 2) + " vCPU at peak", () -> Numbers.grouped(quota, 0)
                        + " per region (the default for new accounts)", "ask AWS for a higher Fargate On-Demand "
                        + "vCPU quota (established accounts usually have one)"));
        Rate launchRate = (Rate) catalog.limit("fargate.launch-rate").value();
        int step = 0;
        if (profile.workload() instanceof Workload.Job job) {
            step = job.schedule().tasks(); // a run's tasks start at once
        } else {
            for (int i = 0; i < tasks.hours().size(); i++) {
                step = Math.max(step, tasks.hours().get(i).instances() - beforeBurst.hours().get(i).instances());
            }
        }
        int launched = step;
        // A job's tasks are started by RunTask, not kept by a service: min_instances cannot start them ahead, and the
        // service figure is the one cited (pricing-reference.md §2, S6), RunTask's own API rate being unsourced here.
        boolean job = profile.workload() instanceof Workload.Job;
        // A service launches at once only the tasks its burst needs beyond the hour's: with none (no traffic.burst,
        // or one the hour's tasks carry), the check says so rather than "0 tasks at once".
        checks.add(LimitCheck.of(launched <= launchRate.perMinute(), LimitCheck.Severity.ADVISORY, "task launch rate",
                () -> job ? Numbers.count(launched, "task") + " at once (a run's)" : launched == 0
                        ? BurstLaunch.none("tasks")
                        : Numbers.count(launched, "task") + " at once (burst)",
                () -> launchRate.display() + " per service" + (job ? " (RunTask's own API rate is not checked)" : ""),
                job ? "start a run's tasks in waves (an AWS Batch array job or a Step Functions Map state with a "
                        + "concurrency limit)" : "keep more tasks running ahead of bursts (min_instances), or queue "
                        + "work"));
        return checks;
    }
}
