package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.Simplicity;
import dev.costfit.network.NetworkTraffic;
import dev.costfit.pricing.PricingContext;
import dev.costfit.model.ContainerSizing;
import dev.costfit.model.Granularity;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.Poisson;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CpuRange;
import dev.costfit.pricing.FunctionSize;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.Price;
import dev.costfit.profile.GcfBilling;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Cloud Run functions, formerly Cloud Functions 2nd gen (pricing-reference.md §4.1-§4.3). An instance serves up to
 * concurrency_per_instance requests and, with request-based billing, is billed for the time it is busy, rounded
 * up to 100 ms: per hour 3600 · E[ceil(X/c)] instance-seconds with X ~ Poisson(λ·W), times its vCPU and GiB, plus
 * $0.40 per million requests. Minimum instances bill at the idle rates; instance-based billing bills every
 * running instance at its own rates.
 */
public final class CloudFunctionsGen2Platform implements Platform {

    /** Fractional vCPU: Cloud Run allows it only with concurrency 1 (pricing-reference.md §4.2). */
    private static final double WHOLE_VCPU = 1;

    @Override
    public String id() {
        return "cloud-functions-gen2";
    }

    @Override
    public String displayName() {
        return "Cloud Functions 2nd gen";
    }

    @Override
    public Simplicity simplicity() {
        return Simplicity.FUNCTIONS;
    }

    /** The instance shape: memory setting, vCPU, requests it holds at once, and why it differs from the profile. */
    record Shape(double memoryGb, double vcpu, int concurrency, List<String> notes, boolean fits) {}

    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        List<String> notes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        GoogleRegion region;
        try {
            region = GoogleRegion.of(profile, catalog);
        } catch (MissingPriceException e) {
            return Assessment.unpriced(this, "", List.of(), Capacity.NONE, notes, assumptions, e.getMessage());
        }
        region.note().ifPresent(notes::add);
        GcfBilling billing = profile.platforms().cloudFunctionsGen2().billing();
        int concurrency = profile.workload() instanceof Workload.Job ? 1 : profile.concurrencyPerInstance();
        Assessment preferred = assess(profile, context, region, billing, shape(profile, catalog, concurrency),
                notes, assumptions);
        // Requests that burn more than a vCPU between them may be cheaper on smaller instances, each taking as
        // many requests as its CPU serves (concurrency is a maximum the service sets, not a must).
        Assessment best = preferred;
        for (int fewer : fewerAtOnce(profile, catalog, concurrency)) {
            Shape smaller = shape(profile, catalog, fewer);
            List<String> why = new ArrayList<>(notes);
            why.add(fewer + " request" + (fewer == 1 ? "" : "s") + " at once per instance rather than "
                    + "concurrency_per_instance's " + concurrency + ": a " + Numbers.grouped(smaller.vcpu(), 3)
                    + "-vCPU instance serves the CPU of " + fewer + ", and the month is cheaper");
            Assessment candidate = assess(profile, context, region, billing, smaller, why, assumptions);
            if (candidate.usable() && (!best.usable() || candidate.platformCost() < best.platformCost() - 1e-9)) {
                best = candidate;
            }
        }
        return best;
    }

    /** Smaller concurrencies worth pricing: the most each whole-vCPU size serves, when the profile's needs more. */
    private static List<Integer> fewerAtOnce(Profile profile, Catalog catalog, int concurrency) {
        if (!(profile.workload() instanceof Workload.Service service) || concurrency == 1) {
            return List.of();
        }
        double share = profile.cpuTime().seconds() / service.duration().mean().seconds();
        if (concurrency * share <= WHOLE_VCPU + 1e-9) {
            return List.of();
        }
        // Cloud Run functions are sized for their whole vCPU (no target utilisation below it).
        return catalog.cloudRunCpu().stream().mapToInt(r -> ContainerSizing.requestsServed(r.vcpu(), share, 1))
                .filter(c -> c >= 1 && c < concurrency).distinct().boxed().toList();
    }

    private Assessment assess(Profile profile, PricingContext context, GoogleRegion region, GcfBilling billing,
                              Shape shape, List<String> baseNotes, List<String> baseAssumptions) {
        Catalog catalog = context.catalog();
        List<String> notes = new ArrayList<>(baseNotes);
        List<String> assumptions = new ArrayList<>(baseAssumptions);
        notes.addAll(shape.notes());
        List<LimitCheck> limits = limits(profile, shape, catalog);
        String variant = region.name() + (billing == GcfBilling.INSTANCE ? ", instance-based" : "");
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(this, variant, limits, Capacity.NONE, notes, assumptions);
        }
        try {
            double billed = Granularity.roundUp(profile.meanDuration().seconds(),
                    catalog.durationLimit("gcf2.billing.granularity").seconds());
            ColdStartPlan.Minimum warm = ColdStartPlan.minimumInstances("gcf2", profile, catalog, billed,
                    shape.concurrency(), shape.memoryGb() * 1024, (int) catalog.countLimit("gcf2.instances.max"));
            warm.slo().ifPresent(limits::add);
            if (limits.stream().anyMatch(LimitCheck::blocks)) {
                return Assessment.unfit(this, variant, limits, Capacity.NONE, notes, assumptions);
            }
            Usage usage = usage(profile, shape, billing, catalog, warm.kept());
            List<CostLine> lines = lines(profile, context, region, billing, shape, usage);
            assumptions.addAll(usage.assumptions());
            assumptions.add(context.freeTier()
                    ? "free tier applied (2M requests, 180,000 vCPU-s and 360,000 GiB-s a month, per billing "
                            + "account); in Tier 2 regions Google grants it at Tier 1 prices, a little less than this"
                    : "free tier not applied (--free-tier applies it)");
            return Assessment.priced(this, variant, limits, lines, capacity(shape, usage), warm.coldStarts(), notes,
                    assumptions);
        } catch (MissingPriceException e) {
            return Assessment.unpriced(this, variant, limits, Capacity.NONE, notes, assumptions, e.getMessage());
        }
    }

    /** The instance for {@code concurrency} requests at once: the memory setting, and the vCPU they burn. */
    static Shape shape(Profile profile, Catalog catalog, int concurrency) {
        List<String> notes = new ArrayList<>();
        List<FunctionSize> sizes = catalog.functionSizes(2);
        double needed = memoryNeeded(profile, notes);
        Optional<FunctionSize> setting = sizes.stream()
                .filter(s -> s.memoryGb() >= needed - 1e-9).findFirst();
        if (setting.isEmpty()) {
            return new Shape(needed, 0, concurrency, notes, false);
        }
        double memory = setting.get().memoryGb();
        if (memory > needed + 1e-9) {
            notes.add("memory rounded up to the " + DataSize.ofGiB(memory).display() + " setting");
        }
        double cpuNeed = profile.workload() instanceof Workload.Service service
                ? concurrency * profile.cpuTime().seconds() / service.duration().mean().seconds()
                : profile.cpuTime().seconds() / profile.meanDuration().seconds();
        double vcpu = Math.max(setting.get().vcpu(), Math.max(cpuNeed, profile.vcpu().orElse(0)));
        if (concurrency > 1 && vcpu < WHOLE_VCPU) {
            vcpu = WHOLE_VCPU;
            notes.add("1 vCPU: serving more than one request at a time needs a whole vCPU");
        }
        if (vcpu > WHOLE_VCPU + 1e-9) {
            // Above one vCPU Cloud Run offers whole counts (1, 2, 4, 6, 8), each with its memory range.
            final double wanted = vcpu;
            Optional<CpuRange> row = catalog.cloudRunCpu().stream().filter(r -> r.vcpu() >= wanted - 1e-9)
                    .min(Comparator.comparingDouble(CpuRange::vcpu));
            if (row.isEmpty()) {
                return new Shape(memory, vcpu, concurrency, notes, false);
            }
            if (row.get().vcpu() > setting.get().vcpu() + 1e-9) {
                notes.add(Numbers.grouped(row.get().vcpu(), 0) + " vCPU for the CPU the requests burn (the "
                        + DataSize.ofGiB(memory).display() + " setting comes with " + Numbers.grouped(
                        setting.get().vcpu(), 3) + ")");
            }
            vcpu = row.get().vcpu();
            if (memory < row.get().fromGb()) {
                memory = row.get().fromGb();
                notes.add("memory raised to " + DataSize.ofGiB(memory).display() + ", the least Cloud Run pairs with "
                        + Numbers.grouped(vcpu, 0) + " vCPU");
            }
        }
        if (vcpu > setting.get().vcpu() + 1e-9 && vcpu <= WHOLE_VCPU + 1e-9) {
            vcpu = Math.ceil(vcpu * 1000 - 1e-6) / 1000; // fractional vCPU comes in 0.001 steps
            notes.add(Numbers.grouped(vcpu, 3) + " vCPU for the CPU the requests burn (the "
                    + DataSize.ofGiB(memory).display() + " setting comes with " + Numbers.grouped(setting.get().vcpu(), 3)
                    + ")");
        }
        return new Shape(memory, vcpu, concurrency, notes, true);
    }

    /** Functions keep their files in memory: stated storage adds to the memory an instance needs. */
    static double memoryNeeded(Profile profile, List<String> notes) {
        if (profile.storage().isPresent()) {
            notes.add("the " + profile.storage().get().display() + " of storage count against memory: function "
                    + "instances keep their files in memory");
        }
        return profile.memory().gib() + profile.storageNeeded().gib();
    }

    private static List<LimitCheck> limits(Profile profile, Shape shape, Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        checks.add(LimitCheck.of(profile.gpu().isEmpty(), LimitCheck.Severity.HARD, "GPU",
                profile.gpu().map(g -> g.count() + " × " + g.type().spelling()).orElse("none"), "none",
                "a Cloud Run service with an NVIDIA L4 (instance-based billing), or EKS with GPU nodes"));
        boolean eventDriven = profile.trigger() == Trigger.EVENT || profile.trigger() == Trigger.QUEUE;
        TimeSpan timeout = catalog.durationLimit(eventDriven ? "gcf2.timeout.event" : "gcf2.timeout.http");
        checks.add(LimitCheck.of(!profile.timeout().isLongerThan(timeout), LimitCheck.Severity.HARD,
                eventDriven ? "timeout (event-driven)" : "timeout (HTTP)", profile.timeout().display(),
                timeout.display(), eventDriven ? "make it an HTTP function (60 minutes), or split the work"
                        : "split the work into steps (Workflows), or run it as a Cloud Run job or a container task"));
        DataSize maxMemory = catalog.sizeLimit("gcf2.memory.max");
        DataSize memory = profile.memory().plus(profile.storageNeeded());
        checks.add(LimitCheck.of(!memory.isLargerThan(maxMemory), LimitCheck.Severity.HARD, "memory",
                memory.display() + (profile.storage().isPresent() ? " (with storage)" : ""), maxMemory.display(),
                "run it on Fargate or EKS"));
        double maxVcpu = catalog.countLimit("gcf2.vcpu.max");
        checks.add(LimitCheck.of(shape.fits() || shape.vcpu() <= maxVcpu, LimitCheck.Severity.HARD, "vCPU",
                Numbers.grouped(shape.vcpu(), 3), Numbers.grouped(maxVcpu, 0),
                "lower concurrency_per_instance so that one instance burns less CPU, or run it on EKS"));
        double maxConcurrency = catalog.countLimit("gcf2.concurrency.max");
        checks.add(LimitCheck.of(shape.concurrency() <= maxConcurrency, LimitCheck.Severity.HARD,
                "concurrency per instance", Integer.toString(shape.concurrency()), Numbers.grouped(maxConcurrency, 0),
                "set concurrency_per_instance to 1,000 or less"));
        if (profile.workload() instanceof Workload.Service service) {
            if (profile.trigger() == Trigger.EVENT) {
                DataSize event = catalog.sizeLimit("gcf2.payload.event");
                checks.add(LimitCheck.of(!profile.payload().request().isLargerThan(event), LimitCheck.Severity.HARD,
                        "event size", profile.payload().request().display(), event.display(),
                        "put the payload in Cloud Storage and send its name"));
            } else {
                DataSize payload = catalog.sizeLimit("gcf2.payload");
                DataSize response = catalog.sizeLimit(profile.payload().streaming() ? "gcf2.payload.streamed"
                        : "gcf2.payload");
                checks.add(LimitCheck.of(!profile.payload().request().isLargerThan(payload), LimitCheck.Severity.HARD,
                        "request size", profile.payload().request().display(), payload.display(),
                        "upload to Cloud Storage with a signed URL"));
                checks.add(LimitCheck.of(!profile.payload().response().isLargerThan(response),
                        LimitCheck.Severity.HARD, profile.payload().streaming() ? "streamed response size"
                                : "response size", profile.payload().response().display(), response.display(),
                        "return a Cloud Storage signed URL"));
            }
            HourlyLoad load = HourlyLoad.of(service.traffic(), service.duration().mean());
            int peak = (int) Math.ceil(load.sizingConcurrency(load.peak()) / (double) Math.max(1, shape.concurrency()));
            double maxInstances = catalog.countLimit("gcf2.instances.max");
            checks.add(LimitCheck.of(peak <= maxInstances, LimitCheck.Severity.QUOTA, "instances",
                    peak + " at peak (p99 of requests in flight × burst ÷ " + shape.concurrency() + ")",
                    Numbers.grouped(maxInstances, 0) + " per function (default maximum)",
                    "raise the function's maximum instances, or serve more requests per instance"));
        }
        return checks;
    }

    /** Instance-seconds a month, busy and idle, and what they assume. */
    record Usage(double requests, double busySeconds, double idleSeconds, double meanBusy, int peakInstances,
                 List<String> assumptions) {}

    private static Usage usage(Profile profile, Shape shape, GcfBilling billing, Catalog catalog, int kept) {
        double increment = catalog.durationLimit("gcf2.billing.granularity").seconds();
        List<String> assumptions = new ArrayList<>();
        int c = shape.concurrency();
        if (profile.workload() instanceof Workload.Job job) {
            var schedule = job.schedule();
            double seconds = billing == GcfBilling.INSTANCE
                    ? Math.max(schedule.duration().seconds(), catalog.durationLimit("gcf2.billing.instance-minimum")
                    .seconds())
                    : Granularity.roundUp(schedule.duration().seconds(), increment);
            double busy = schedule.tasksPerMonth() * seconds;
            assumptions.add("each task is one invocation on its own instance, billed for its duration");
            return new Usage(schedule.tasksPerMonth(), busy, 0, busy / dev.costfit.units.Month.SECONDS,
                    schedule.tasks(), assumptions);
        }
        Workload.Service service = (Workload.Service) profile.workload();
        double billed = Granularity.roundUp(service.duration().mean().seconds(), increment);
        HourlyLoad load = HourlyLoad.of(service.traffic(), TimeSpan.ofSeconds(billed));
        double busy = 0;
        double idle = 0;
        double hours = 0;
        int peak = 0;
        for (HourlyLoad.Hour hour : load.hours()) {
            Poisson inFlight = load.occupancy(hour);
            if (billing == GcfBilling.INSTANCE) {
                int running = Math.max(Math.max(kept, 1),
                        (int) Math.ceil(load.sizingConcurrency(hour) / (double) c - 1e-9));
                busy += running * 3600.0 * hour.monthHours();
                peak = Math.max(peak, running);
            } else {
                busy += 3600 * inFlight.expectedCeilDiv(c) * hour.monthHours();
                idle += 3600 * inFlight.expectedIdle(kept, c) * hour.monthHours();
                peak = Math.max(peak, Math.max(hour.rate() > 0 ? 1 : 0,
                        (int) Math.ceil(load.sizingConcurrency(hour) / (double) c - 1e-9)));
            }
            hours += hour.monthHours();
        }
        if (billing == GcfBilling.INSTANCE) {
            assumptions.add("instance-based billing: enough instances run all hour for the hour's p99 of requests "
                    + "in flight × burst (at least one, or min_instances), each billed for the whole hour");
        } else {
            assumptions.add("request-based billing: an instance bills while it serves at least one request; per "
                    + "hour 3600 × E[ceil(X / " + c + ")] instance-seconds with X ~ Poisson(λ × "
                    + Numbers.grouped(billed * 1000, 0) + " ms), the mean duration rounded up to 100 ms");
            if (c > 1) {
                assumptions.add("that formula packs requests onto as few instances as possible; a router that "
                        + "cannot move a request between instances leaves some partly filled, which costfit's "
                        + "simulation puts at up to about 20% more busy time when the requests in flight are "
                        + "close to " + c + " (concurrency_per_instance)");
            }
            if (kept > 0) {
                assumptions.add(kept + " minimum instances kept warm: their idle time bills at the idle rates");
            }
        }
        return new Usage(profile.workPerMonth(), busy, idle, busy / 3600 / hours, peak, assumptions);
    }

    private static List<CostLine> lines(Profile profile, PricingContext context, GoogleRegion region,
                                        GcfBilling billing, Shape shape, Usage usage) {
        Catalog catalog = context.catalog();
        String r = region.name();
        boolean free = context.freeTier();
        List<CostLine> lines = new ArrayList<>();
        String mode = billing == GcfBilling.INSTANCE ? "instance" : "request";
        if (billing == GcfBilling.REQUEST) {
            lines.add(freeLine("Requests", usage.requests(), "gcf2.requests", r, catalog, free));
        }
        lines.add(freeLine("vCPU (" + Numbers.grouped(shape.vcpu(), 3) + " per instance)",
                usage.busySeconds() * shape.vcpu(), "gcf2.vcpu." + mode, r, catalog, free));
        lines.add(freeLine("Memory (" + DataSize.ofGiB(shape.memoryGb()).display() + " per instance)",
                usage.busySeconds() * shape.memoryGb(), "gcf2.memory." + mode, r, catalog, free));
        if (usage.idleSeconds() > 0) {
            lines.add(CostLines.single("Idle minimum instances, vCPU", usage.idleSeconds() * shape.vcpu(),
                    catalog.price("gcf2.vcpu.idle", r)));
            lines.add(CostLines.single("Idle minimum instances, memory", usage.idleSeconds() * shape.memoryGb(),
                    catalog.price("gcf2.memory.idle", r)));
        }
        NetworkTraffic traffic = NetworkTraffic.of(profile, catalog);
        double egress = traffic.egressGb();
        if (egress > 0) {
            double allowance = free && region.inNorthAmerica() ? catalog.freeTier("gcf2.egress").value().magnitude()
                    : 0;
            lines.add(CostLines.single("Internet egress (approximate rate)" + (allowance > 0 ? " (after "
                    + Numbers.grouped(allowance, 0) + " GB free)" : ""), Math.max(0, egress - allowance),
                    catalog.price("gcf2.egress", r)));
        }
        return lines;
    }

    /** A line whose quantity is reduced by the free tier of the same key when --free-tier is on. */
    static CostLine freeLine(String component, double quantity, String key, String region, Catalog catalog,
                             boolean free) {
        Price price = catalog.price(key, region);
        double allowance = free ? catalog.freeTier(key).value().magnitude() : 0;
        String name = allowance > 0 ? component + " (after " + Numbers.compact(allowance) + " free)" : component;
        return CostLine.of(name, Math.max(0, quantity - allowance), price.unit(), price.unitPrice());
    }

    private static Capacity capacity(Shape shape, Usage usage) {
        List<Figure> figures = List.of(
                new Figure("memoryGb", "memory per instance", shape.memoryGb(), "GiB"),
                new Figure("vcpu", "vCPU per instance", shape.vcpu(), "vCPU"),
                new Figure("concurrencyPerInstance", "requests per instance", shape.concurrency(), "requests"),
                new Figure("busyInstancesMean", "instances busy, mean", usage.meanBusy(), "instances"),
                new Figure("instancesPeak", "instances at peak", usage.peakInstances(), "instances"),
                new Figure("busyInstanceSeconds", "busy instance-seconds a month", usage.busySeconds(), "s"));
        String summary = Numbers.significant(usage.meanBusy(), 3) + " instances busy on average, "
                + usage.peakInstances() + " at peak; " + Numbers.grouped(shape.vcpu(), 3) + " vCPU/"
                + DataSize.ofGiB(shape.memoryGb()).display() + ", " + Numbers.count(shape.concurrency(), "request")
                + " each";
        return new Capacity(summary, figures);
    }
}
