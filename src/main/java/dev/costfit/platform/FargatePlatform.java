package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.Simplicity;
import dev.costfit.network.ContainerNetwork;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.pricing.PricingContext;
import dev.costfit.model.ContainerSizing;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.InstanceHours;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.FargateSize;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.profile.Architecture;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * AWS Fargate on ECS, Linux (pricing-reference.md §2): vCPU-hours and GB-hours of every running task, the cheapest
 * valid task size that holds the need, storage above 20 GB, optional Spot, and in front of it the ALB (or API
 * Gateway), with a NAT gateway when tasks in private subnets call out, and internet egress.
 */
public final class FargatePlatform implements Platform {

    private static final Architecture[] ARCHITECTURES = {Architecture.X86_64, Architecture.ARM64};

    @Override
    public String id() {
        return "fargate";
    }

    @Override
    public String displayName() {
        return "AWS Fargate";
    }

    @Override
    public Simplicity simplicity() {
        return Simplicity.CONTAINERS;
    }

    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        ContainerNeed need = ContainerNeed.of(profile);
        List<String> notes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>(need.assumptions());
        FrontDoorPlan door = FrontDoorPlan.forContainers(profile);
        door.note().ifPresent(notes::add);

        List<LimitCheck> limits = new ArrayList<>();
        limits.add(LimitCheck.of(profile.gpu().isEmpty(), LimitCheck.Severity.HARD, "GPU",
                profile.gpu().map(g -> g.count() + " × " + g.type().spelling()).orElse("none"), "none",
                "run it on EKS with GPU nodes (g4dn, g5, g6, p3)"));
        List<Sized> sizes = candidates(catalog, need);
        boolean sizeFits = !sizes.isEmpty();
        FargateSize largest = catalog.fargateSizes().stream()
                .max(Comparator.comparingDouble(FargateSize::vcpu).thenComparingDouble(FargateSize::memoryGb))
                .orElseThrow();
        limits.add(LimitCheck.of(sizeFits, LimitCheck.Severity.HARD, "task size",
                Numbers.grouped(need.minimumVcpu(), 3) + " vCPU, " + Numbers.grouped(need.memoryGb(), 2) + " GB",
                "at most " + Numbers.grouped(largest.vcpu(), 0) + " vCPU, " + Numbers.grouped(largest.memoryGb(), 0)
                        + " GB", "split the work over more, smaller tasks (less CPU or memory per request), or "
                        + "use EKS with larger nodes"));
        DataSize maxStorage = catalog.sizeLimit("fargate.storage.max");
        limits.add(LimitCheck.of(!profile.storageNeeded().isLargerThan(maxStorage), LimitCheck.Severity.HARD,
                "ephemeral storage", profile.storage().map(DataSize::display).orElse("none stated"), maxStorage.display(),
                "mount EFS for the data, or use EKS nodes with larger volumes"));
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(this, "", limits, Capacity.NONE, notes, assumptions);
        }

        // Tasks depend on the load and the task size, not on the architecture's prices: count them once per size.
        Optional<HourlyLoad> load = profile.workload() instanceof Workload.Service service
                ? Optional.of(HourlyLoad.of(service.traffic(), service.duration().mean())) : Optional.empty();
        List<Tasked> options = sizes.stream().map(s -> tasked(profile, catalog, s, load)).toList();
        List<Variant> variants = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Architecture arch : ARCHITECTURES) {
            if (!profile.architecture().allows(arch)) {
                continue;
            }
            try {
                variants.add(price(profile, context, options, load, arch, door));
            } catch (MissingPriceException e) {
                missing.add(e.getMessage());
            }
        }
        if (variants.isEmpty()) {
            return Assessment.unpriced(this, "", limits, Capacity.NONE, notes, assumptions, String.join("; ", missing));
        }
        Variant chosen = variants.stream().min(Comparator.comparingDouble(Variant::cost)).orElseThrow();
        variants.stream().filter(v -> v != chosen).findFirst().ifPresent(other -> notes.add(chosen.arch().spelling()
                + " chosen (architecture: any): " + Money.format(chosen.cost()) + " a month against "
                + Money.format(other.cost()) + " on " + other.arch().spelling()));
        limits.addAll(runtimeLimits(profile, catalog, chosen, door));
        notes.addAll(chosen.notes());
        assumptions.addAll(chosen.assumptions());
        String variant = chosen.arch().spelling() + (profile.platforms().fargate().spot() ? " spot" : "");
        return Assessment.priced(this, variant, limits, chosen.lines(), chosen.capacity(), ColdStartPlan.forContainers(
                (dev.costfit.units.TimeSpan) catalog.estimate("startup.fargate").value(), "task"), notes, assumptions);
    }

    /** A valid task size and the need on it (its requests at once). */
    private record Sized(FargateSize size, ContainerNeed need) {}

    /** Valid sizes with the profile's memory that serve at least one request, each with its need. */
    private static List<Sized> candidates(Catalog catalog, ContainerNeed need) {
        return catalog.fargateSizes().stream().filter(s -> s.memoryGb() >= need.memoryGb() - 1e-9)
                .flatMap(s -> need.within(s.vcpu()).map(n -> new Sized(s, n)).stream())
                .toList();
    }

    /** A size with its tasks: hour by hour for a service, per run for a job; and their task-hours a month. */
    private record Tasked(Sized sized, InstanceHours tasks, double taskHours) {}

    private static Tasked tasked(Profile profile, Catalog catalog, Sized sized, Optional<HourlyLoad> load) {
        if (load.isPresent()) {
            ContainerNeed n = sized.need();
            InstanceHours tasks = ContainerSizing.instances(load.get(), n.concurrency(), profile.cpuTime().seconds(),
                    sized.size().vcpu(), n.utilization(), n.minimum());
            return new Tasked(sized, tasks, tasks.perMonth());
        }
        var schedule = ((Workload.Job) profile.workload()).schedule();
        double billedSeconds = Math.max(schedule.duration().seconds(),
                catalog.durationLimit("fargate.billing.minimum").seconds());
        return new Tasked(sized, new InstanceHours(List.of(new InstanceHours.Count(schedule.tasks(), 0))),
                schedule.runs().perMonth() * schedule.tasks() * billedSeconds / 3600);
    }

    private record Variant(Architecture arch, FargateSize size, List<CostLine> lines, Capacity capacity,
                           InstanceHours tasks, InstanceHours beforeBurst, List<String> notes,
                           List<String> assumptions) {
        double cost() {
            return lines.stream().mapToDouble(CostLine::monthlyCost).sum();
        }
    }

    private Variant price(Profile profile, PricingContext context, List<Tasked> options, Optional<HourlyLoad> load,
                          Architecture arch, FrontDoorPlan door) {
        Catalog catalog = context.catalog();
        String region = profile.region();
        var vcpuPrice = catalog.price("fargate.vcpu." + arch.spelling(), region);
        var memoryPrice = catalog.price("fargate.memory." + arch.spelling(), region);
        boolean spot = profile.platforms().fargate().spot();
        double discount = spot ? catalog.estimate("fargate.spot.discount").value().magnitude() : 0;
        // Every valid size, each holding as many requests as its CPU serves: the cheapest month of tasks wins.
        double perTaskHour = profile.network().privateSubnets() ? 0
                : catalog.price("vpc.public-ipv4", region).unitPrice();
        Tasked best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Tasked option : options) {
            FargateSize s = option.sized().size();
            double hourly = (s.vcpu() * vcpuPrice.unitPrice() + s.memoryGb() * memoryPrice.unitPrice())
                    * (1 - discount) + perTaskHour;
            if (option.taskHours() * hourly < bestCost - 1e-9) {
                best = option;
                bestCost = option.taskHours() * hourly;
            }
        }
        FargateSize size = best.sized().size();
        ContainerNeed chosen = best.sized().need();
        InstanceHours tasks = best.tasks();
        double taskHours = best.taskHours();
        List<String> notes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        chosen.fewer().ifPresent(assumptions::add);
        if (size.recent()) {
            notes.add("a " + Numbers.grouped(size.vcpu(), 0) + "-vCPU task size: only 2026 copies of the ECS "
                    + "documentation list it; check that your region offers it");
        }
        InstanceHours beforeBurst;
        if (load.isPresent()) {
            beforeBurst = ContainerSizing.instancesBeforeBurst(load.get(), chosen.concurrency(),
                    profile.cpuTime().seconds(), size.vcpu(), chosen.utilization(), chosen.minimum());
            assumptions.add("tasks run around the clock and scale hour by hour with the traffic pattern; "
                    + "scaling within an hour is not modelled");
        } else {
            beforeBurst = new InstanceHours(List.of(new InstanceHours.Count(0, 0)));
            assumptions.add("each task is billed for its duration, at least "
                    + catalog.durationLimit("fargate.billing.minimum").display()
                    + "; the image pull before it starts also bills, and is not included");
        }

        String suffix = " (" + arch.spelling() + (spot ? ", Spot, approximate" : "") + ")";
        if (spot) {
            notes.add("Fargate Spot at the catalog's estimated " + Numbers.grouped(discount * 100, 0)
                    + "% discount; the real price varies, and tasks can be stopped with two minutes' warning");
        }
        List<CostLine> lines = new ArrayList<>();
        lines.add(CostLine.of("Fargate vCPU" + suffix, taskHours * size.vcpu(), vcpuPrice.unit(),
                vcpuPrice.unitPrice() * (1 - discount)));
        lines.add(CostLine.of("Fargate memory" + suffix, taskHours * size.memoryGb(), memoryPrice.unit(),
                memoryPrice.unitPrice() * (1 - discount)));
        double extraStorage = profile.storageNeeded().gib() - catalog.sizeLimit("fargate.storage.included").gib();
        if (extraStorage > 1e-12) {
            lines.add(CostLines.single("Fargate ephemeral storage above 20 GB", extraStorage * taskHours * 3600,
                    catalog.price("fargate.ephemeral-storage", region)));
        }
        if (!profile.network().privateSubnets()) {
            lines.add(CostLines.single("Public IPv4 addresses of the tasks", taskHours,
                    catalog.price("vpc.public-ipv4", region)));
        }
        lines.addAll(ContainerNetwork.lines(profile, door, catalog, context, assumptions));

        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("taskVcpu", "vCPU per task", size.vcpu(), "vCPU"),
                new Figure("taskMemoryGb", "memory per task", size.memoryGb(), "GB"),
                new Figure("vcpuNeed", "vCPU the load needs per task", chosen.vcpu(), "vCPU"),
                new Figure("concurrencyPerTask", "requests per task", chosen.concurrency(), "requests")));
        figures.addAll(Figure.spread("tasks", tasks));
        figures.add(new Figure("taskHours", "task-hours a month", taskHours, "task-hours"));
        String summary = profile.workload() instanceof Workload.Service
                ? Numbers.range(tasks.min(), tasks.max()) + " tasks (mean " + Numbers.significant(tasks.mean(), 3) + ") of "
                + Numbers.grouped(size.vcpu(), 2) + " vCPU/" + Numbers.grouped(size.memoryGb(), 2) + " GB, "
                + chosen.concurrency() + " requests each"
                : Numbers.count(tasks.max(), "task") + " of " + Numbers.grouped(size.vcpu(), 2) + " vCPU/"
                + Numbers.grouped(size.memoryGb(), 2) + " GB per run";
        return new Variant(arch, size, lines, new Capacity(summary, figures), tasks, beforeBurst, notes, assumptions);
    }

    private static List<LimitCheck> runtimeLimits(Profile profile, Catalog catalog, Variant variant,
                                                  FrontDoorPlan door) {
        List<LimitCheck> checks = new ArrayList<>();
        double quota = catalog.countLimit("fargate.vcpu.quota");
        double peakVcpu = variant.tasks().max() * variant.size().vcpu();
        checks.add(LimitCheck.of(peakVcpu <= quota, LimitCheck.Severity.QUOTA, "Fargate vCPU quota",
                Numbers.grouped(peakVcpu, 2) + " vCPU at peak", Numbers.grouped(quota, 0)
                        + " per region (the default for new accounts)", "ask AWS for a higher Fargate On-Demand "
                        + "vCPU quota (established accounts usually have one)"));
        Rate launchRate = (Rate) catalog.limit("fargate.launch-rate").value();
        int step = 0;
        for (int i = 0; i < variant.tasks().hours().size(); i++) {
            step = Math.max(step, variant.tasks().hours().get(i).instances()
                    - variant.beforeBurst().hours().get(i).instances());
        }
        if (profile.workload() instanceof Workload.Job) {
            step = variant.tasks().max();
        }
        checks.add(LimitCheck.of(step <= launchRate.perMinute(), LimitCheck.Severity.ADVISORY, "task launch rate",
                step + " tasks at once (burst)", launchRate.display() + " per service",
                "keep more tasks running ahead of bursts (min_instances), or queue work"));
        checks.addAll(ContainerNetwork.limits(profile, door, catalog));
        return checks;
    }
}
