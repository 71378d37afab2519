package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.ColdStarts;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.Simplicity;
import dev.costfit.network.ApiGateway;
import dev.costfit.network.FrontDoorPlan;
import dev.costfit.network.InternetEgress;
import dev.costfit.network.LoadBalancer;
import dev.costfit.network.NetworkTraffic;
import dev.costfit.pricing.PricingContext;
import dev.costfit.model.Granularity;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.pricing.Price;
import dev.costfit.profile.Architecture;
import dev.costfit.profile.FrontDoor;
import dev.costfit.profile.LatencySlo;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Money;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * AWS Lambda (pricing-reference.md §1): requests plus GB-seconds of billed duration (1 ms increments, monthly
 * volume tiers per architecture), ephemeral storage above 512 MB, streamed bytes beyond 6 MB per response. One
 * request per execution environment, so concurrency equals the requests in flight.
 */
public final class LambdaPlatform implements Platform {

    private static final Architecture[] ARCHITECTURES = {Architecture.X86_64, Architecture.ARM64};

    @Override
    public String id() {
        return "lambda";
    }

    @Override
    public String displayName() {
        return "AWS Lambda";
    }

    @Override
    public Simplicity simplicity() {
        return Simplicity.FUNCTIONS;
    }

    /** Memory and vCPU the function is configured with, and why it differs from the profile's. */
    record Sizing(double memoryMb, double vcpu, List<String> notes) {}

    /** What the month asks of Lambda. */
    record Demand(double invocations, double billedSeconds, double meanConcurrency, int peakConcurrency,
                  String peakBasis, int burstStep) {}

    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        Sizing sizing = size(profile, catalog);
        Demand demand = demand(profile, catalog);
        List<LimitCheck> limits = limits(profile, sizing, demand, catalog);
        Capacity capacity = capacity(sizing, demand);
        List<String> notes = new ArrayList<>(sizing.notes());
        List<String> assumptions = assumptions(profile, demand, context);
        FrontDoorPlan door = FrontDoorPlan.forFunctions(profile, catalog);
        door.note().ifPresent(notes::add);
        limits.addAll(frontDoorLimits(profile, door, catalog));
        String wanted = profile.architecture() == Architecture.ANY ? "any" : profile.architecture().spelling();
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(this, wanted, limits, capacity, notes, assumptions);
        }

        List<CostLine> shared;
        try {
            shared = networkLines(profile, context, door);
        } catch (MissingPriceException e) {
            return Assessment.unpriced(this, wanted, limits, capacity, notes, assumptions, e.getMessage());
        }
        Warmth warmth = warmth(profile, catalog, sizing, demand);
        warmth.slo().ifPresent(limits::add);
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(this, wanted, limits, capacity, notes, assumptions);
        }
        List<Variant> priced = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Architecture arch : ARCHITECTURES) {
            try {
                List<CostLine> lines = new ArrayList<>(lines(profile, context, arch, sizing, demand, warmth));
                lines.addAll(shared);
                priced.add(new Variant(arch, lines));
            } catch (MissingPriceException e) {
                missing.add(e.getMessage());
            }
        }
        List<Variant> allowed = priced.stream().filter(v -> profile.architecture().allows(v.arch())).toList();
        if (allowed.isEmpty()) {
            return Assessment.unpriced(this, wanted, limits, capacity, notes, assumptions, String.join("; ", missing));
        }
        Variant chosen = allowed.stream().min(Comparator.comparingDouble(Variant::cost)).orElseThrow();
        priced.stream().filter(v -> v != chosen).findFirst().ifPresent(other ->
                notes.add(architectureNote(profile.architecture(), chosen, other)));
        if (warmth.provisioned() && context.freeTier()) {
            notes.add("no free tier: it does not apply to functions with provisioned concurrency");
        }
        return Assessment.priced(this, chosen.arch().spelling(), limits, chosen.lines(), capacity,
                warmth.coldStarts(), notes, assumptions);
    }

    /** The month's cold starts, and the provisioned concurrency the latency SLO needs in each hour. */
    record Warmth(ColdStarts coldStarts, int[] kept, double coldPerMonth, double initSeconds,
                  Optional<ColdStartPlan> plan, Optional<LimitCheck> slo) {
        boolean provisioned() {
            return java.util.Arrays.stream(kept).anyMatch(k -> k > 0);
        }
    }

    private static Warmth warmth(Profile profile, Catalog catalog, Sizing sizing, Demand demand) {
        TimeSpan latency = ColdStartPlan.latency("lambda", profile, catalog, sizing.memoryMb());
        TimeSpan init = ColdStartPlan.lambdaInit(profile, catalog, sizing.memoryMb());
        TimeSpan keepAlive = ColdStartPlan.keepAlive("lambda", profile, catalog);
        String cause = profile.coldStart().init().isPresent() ? "the profile's cold_start.init"
                : profile.runtime().spelling() + " at " + fmtMb(sizing.memoryMb()) + " (estimate)";
        if (profile.workload() instanceof Workload.Job) {
            ColdStarts coldStarts = ColdStartPlan.forJob(profile, latency, keepAlive, cause);
            return new Warmth(coldStarts, new int[0], coldStarts.perMonth(), init.seconds(), Optional.empty(),
                    Optional.empty());
        }
        Workload.Service service = (Workload.Service) profile.workload();
        HourlyLoad load = HourlyLoad.of(service.traffic(), TimeSpan.ofSeconds(demand.billedSeconds()));
        double lifetime = ((TimeSpan) catalog.estimate("lifetime.lambda").value()).seconds();
        ColdStartPlan plan = new ColdStartPlan(load, keepAlive.seconds(), 1, lifetime);
        int[] none = new int[load.hours().size()];
        ColdStartPlan.Outcome unaided = plan.evaluate(none);
        OptionalInt knob = profile.platforms().lambda().provisionedConcurrency();
        Optional<LatencySlo> slo = profile.latency();
        boolean sloNeedsHelp = slo.isPresent() && latency.isLongerThan(slo.get().coldStartBudget())
                && unaided.worstHourShare() > slo.get().coldStartShare().fraction();
        int[] kept = knob.isPresent() && knob.getAsInt() > 0 ? constant(none.length, knob.getAsInt())
                : sloNeedsHelp && knob.isEmpty() ? plan.keptPerHour(slo.get().coldStartShare().fraction(), 0) : none;
        ColdStartPlan.Outcome outcome = plan.evaluate(kept);
        boolean met = slo.isEmpty() || !latency.isLongerThan(slo.get().coldStartBudget())
                || outcome.worstHourShare() <= slo.get().coldStartShare().fraction() + 1e-12;
        List<String> explanation = new ArrayList<>();
        explanation.add(Numbers.significant(outcome.share() * 100, 3) + "% of requests start cold (about "
                + Numbers.grouped(outcome.coldPerMonth(), 0) + " a month), each waiting about " + latency.display()
                + " (" + cause + "); idle environments kept about " + keepAlive.display() + " (estimate)");
        boolean provisioned = java.util.Arrays.stream(kept).anyMatch(k -> k > 0);
        if (provisioned) {
            explanation.add("provisioned concurrency: " + plan.keptSummary(kept) + " environments"
                    + (knob.isPresent() ? " (platforms.lambda.provisioned_concurrency)"
                    : ", hour by hour, the fewest that meet the latency SLO") + "; without it "
                    + Numbers.significant(unaided.share() * 100, 3) + "% would start cold");
        }
        Optional<LimitCheck> check = slo.map(target -> LimitCheck.of(met, LimitCheck.Severity.HARD,
                "cold-start latency SLO", ColdStartPlan.sloText(target),
                Numbers.significant(outcome.worstHourShare() * 100, 3) + "% in the worst hour wait "
                        + latency.display() + (provisioned ? " with provisioned concurrency " + plan.keptSummary(
                        kept) : ""),
                knob.isPresent() && knob.getAsInt() == 0
                        ? "allow provisioned concurrency (platforms.lambda.provisioned_concurrency: auto), or run "
                        + "it on containers, which start ahead of demand"
                        : "provision more concurrency, or run it on containers, which start ahead of demand"));
        ColdStarts coldStarts = new ColdStarts(outcome.share(), outcome.coldPerMonth(), latency, keepAlive, met,
                explanation);
        return new Warmth(coldStarts, kept, outcome.coldPerMonth(), init.seconds(), Optional.of(plan), check);
    }

    private record Variant(Architecture arch, List<CostLine> lines) {
        double cost() {
            return lines.stream().mapToDouble(CostLine::monthlyCost).sum();
        }
    }

    private static String architectureNote(Architecture wanted, Variant chosen, Variant other) {
        if (wanted == Architecture.ANY) {
            return chosen.arch().spelling() + " chosen (architecture: any): " + Money.format(chosen.cost())
                    + " a month against " + Money.format(other.cost()) + " on " + other.arch().spelling()
                    + ", assuming the code runs as fast on both";
        }
        if (other.cost() < chosen.cost()) {
            double less = 1 - other.cost() / chosen.cost();
            return "arm64 would cost " + Money.format(other.cost()) + " a month (" + Numbers.grouped(less * 100, 0)
                    + "% less); set architecture: any if the code and its native dependencies run on arm64";
        }
        return chosen.arch().spelling() + " as the profile asks; " + other.arch().spelling() + " would cost "
                + Money.format(other.cost()) + " a month";
    }

    private static Sizing size(Profile profile, Catalog catalog) {
        List<String> notes = new ArrayList<>();
        double min = catalog.sizeLimit("lambda.memory.min").mib();
        double perVcpu = catalog.sizeLimit("lambda.memory.per-vcpu").mib();
        double asked = Math.ceil(profile.memory().mib() - 1e-9);
        double memory = asked;
        if (memory < min) {
            memory = min;
            notes.add("memory raised from " + profile.memory().display() + " to " + fmtMb(min)
                    + ", Lambda's smallest setting");
        }
        if (profile.vcpu().isPresent()) {
            double forVcpu = Math.ceil(profile.vcpu().getAsDouble() * perVcpu);
            if (forVcpu > memory) {
                notes.add("memory raised from " + fmtMb(memory) + " to " + fmtMb(forVcpu) + " for "
                        + Numbers.grouped(profile.vcpu().getAsDouble(), 3) + " vCPU: Lambda allocates CPU in "
                        + "proportion to memory, one vCPU per " + fmtMb(perVcpu));
                memory = forVcpu;
            }
        }
        return new Sizing(memory, memory / perVcpu, notes);
    }

    private static Demand demand(Profile profile, Catalog catalog) {
        double increment = catalog.durationLimit("lambda.billing.granularity").seconds();
        double billed = Granularity.roundUp(profile.meanDuration().seconds(), increment);
        if (profile.workload() instanceof Workload.Service service) {
            HourlyLoad load = HourlyLoad.of(service.traffic(), service.duration().mean());
            HourlyLoad.Hour peak = load.peak();
            int sizing = load.sizingConcurrency(peak);
            int p99 = load.inFlightP99(peak);
            String basis = "p99 of the requests in flight at the peak hour (" + Numbers.grouped(peak.inFlight(), 1)
                    + " on average)" + (load.burst() > 1 ? " × " + Numbers.grouped(load.burst(), 2) + "x burst" : "");
            return new Demand(profile.workPerMonth(), billed, load.meanInFlight(), sizing, basis,
                    Math.max(0, sizing - p99));
        }
        Workload.Job job = (Workload.Job) profile.workload();
        int tasks = job.schedule().tasks();
        double mean = job.schedule().tasksPerMonth() * job.schedule().duration().seconds() / Month.SECONDS;
        return new Demand(profile.workPerMonth(), billed, mean, tasks, "every task of a run at once", tasks);
    }

    private static List<LimitCheck> limits(Profile profile, Sizing sizing, Demand demand, Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        checks.add(LimitCheck.of(profile.gpu().isEmpty(), LimitCheck.Severity.HARD, "GPU",
                profile.gpu().map(g -> g.count() + " × " + g.type().spelling()).orElse("none"), "none",
                "run it on EKS with GPU nodes (g4dn, g5, g6), or Cloud Run with an NVIDIA L4"));

        TimeSpan timeout = catalog.durationLimit("lambda.timeout");
        checks.add(LimitCheck.of(!profile.timeout().isLongerThan(timeout), LimitCheck.Severity.HARD, "timeout",
                profile.timeout().display(), timeout.display(),
                "split the work into steps under 15 minutes chained with Step Functions, or run it as a "
                        + "container task (Fargate, EKS)"));

        double maxMemory = catalog.sizeLimit("lambda.memory.max").mib();
        checks.add(LimitCheck.of(sizing.memoryMb() <= maxMemory, LimitCheck.Severity.HARD, "memory",
                fmtMb(sizing.memoryMb()), fmtMb(maxMemory), "run it on Fargate (up to 120 GB) or EKS"));

        double maxVcpu = catalog.countLimit("lambda.vcpu.max");
        if (profile.vcpu().isPresent()) {
            double vcpu = profile.vcpu().getAsDouble();
            checks.add(LimitCheck.of(vcpu <= maxVcpu, LimitCheck.Severity.HARD, "vCPU",
                    Numbers.grouped(vcpu, 3), Numbers.grouped(maxVcpu, 0) + " (at " + fmtMb(maxMemory) + ")",
                    "run it on Fargate (up to 16 vCPU) or EKS"));
        }

        if (profile.workload() instanceof Workload.Service) {
            boolean async = profile.trigger().isAsync();
            DataSize requestLimit = catalog.sizeLimit(async ? "lambda.payload.async" : "lambda.payload.sync");
            checks.add(LimitCheck.of(!profile.payload().request().isLargerThan(requestLimit), LimitCheck.Severity.HARD,
                    async ? "event payload (asynchronous)" : "request payload", profile.payload().request().display(),
                    requestLimit.display(), "put the payload in S3 and pass its key"));
            if (!async) {
                boolean streaming = profile.payload().streaming();
                DataSize responseLimit = catalog.sizeLimit(streaming ? "lambda.payload.streamed" : "lambda.payload.sync");
                checks.add(LimitCheck.of(!profile.payload().response().isLargerThan(responseLimit),
                        LimitCheck.Severity.HARD, streaming ? "streamed response" : "response payload",
                        profile.payload().response().display(), responseLimit.display(), streaming
                                ? "return an S3 pre-signed URL instead of the body"
                                : "stream the response (up to 200 MB), or return an S3 pre-signed URL"));
            }
        }

        DataSize maxTmp = catalog.sizeLimit("lambda.tmp.max");
        DataSize tmp = tmp(profile, catalog);
        checks.add(LimitCheck.of(!tmp.isLargerThan(maxTmp), LimitCheck.Severity.HARD,
                "ephemeral storage (/tmp)", tmp.display(), maxTmp.display(),
                "mount EFS, or use a container (Fargate up to 200 GB)"));

        double account = catalog.countLimit("lambda.concurrency.account");
        checks.add(LimitCheck.of(demand.peakConcurrency() <= account, LimitCheck.Severity.QUOTA,
                "concurrent executions", Numbers.grouped(demand.peakConcurrency(), 0) + " (" + demand.peakBasis() + ")",
                Numbers.grouped(account, 0) + " per account and region (default quota)",
                "ask AWS for a concurrency quota increase (tens of thousands are granted), and reserve "
                        + "concurrency for this function"));

        double step = catalog.countLimit("lambda.scaling.environments");
        TimeSpan interval = catalog.durationLimit("lambda.scaling.interval");
        double secondsToScale = Math.ceil(demand.burstStep() / step) * interval.seconds();
        checks.add(LimitCheck.of(demand.burstStep() <= step, LimitCheck.Severity.ADVISORY, "scaling rate",
                Numbers.grouped(demand.burstStep(), 0) + " new environments at once"
                        + (demand.burstStep() > step ? " (about " + Numbers.grouped(secondsToScale, 0)
                        + " s to add them; requests beyond are throttled meanwhile)" : ""),
                "+" + Numbers.grouped(step, 0) + " per " + interval.display() + " per function",
                "provisioned concurrency for the base of the burst, or a queue in front to absorb it"));
        return checks;
    }

    private static List<CostLine> lines(Profile profile, PricingContext context, Architecture arch, Sizing sizing,
                                        Demand demand, Warmth warmth) {
        Catalog catalog = context.catalog();
        String region = profile.region();
        // The free tier does not apply to functions with provisioned concurrency (pricing-reference.md §1.1).
        boolean free = context.freeTier() && !warmth.provisioned();
        double memoryGb = sizing.memoryMb() / 1024;
        List<CostLine> lines = new ArrayList<>();

        Price requests = catalog.price("lambda.requests", region);
        double freeRequests = free ? catalog.freeTier("lambda.requests").value().magnitude() : 0;
        double billableRequests = Math.max(0, demand.invocations() - freeRequests);
        lines.add(CostLines.single(free ? "Requests (after " + Numbers.compact(freeRequests) + " free)" : "Requests",
                billableRequests, requests));

        Price duration = catalog.price("lambda.duration." + arch.spelling(), region);
        double gbSeconds = demand.invocations() * demand.billedSeconds() * memoryGb;
        double onProvisioned = 0;
        if (warmth.provisioned()) {
            ColdStartPlan plan = warmth.plan().orElseThrow();
            for (int h = 0; h < warmth.kept().length; h++) {
                HourlyLoad.Hour hour = plan.load().hours().get(h);
                if (hour.inFlight() > 0) {
                    onProvisioned += hour.requests() * demand.billedSeconds() * memoryGb
                            * ColdStartPlan.servedByKept(hour.inFlight(), warmth.kept()[h]) / hour.inFlight();
                }
            }
            lines.add(CostLines.single("Provisioned concurrency (" + plan.keptSummary(warmth.kept())
                            + " environments configured)", plan.keptHours(warmth.kept()) * 3600 * memoryGb,
                    catalog.price("lambda.provisioned." + arch.spelling(), region)));
            lines.add(CostLines.single("Duration on provisioned environments (" + arch.spelling() + ")",
                    onProvisioned, catalog.price("lambda.provisioned-duration." + arch.spelling(), region)));
        }
        double freeGbSeconds = free ? catalog.freeTier("lambda.duration").value().magnitude() : 0;
        double onDemand = Math.max(0, gbSeconds - onProvisioned - freeGbSeconds);
        List<CostLine> durationLines = CostLines.tiered("Duration (" + arch.spelling() + (free ? ", after "
                + Numbers.grouped(freeGbSeconds, 0) + " GB-s free" : "") + ")", onDemand, duration);
        lines.addAll(durationLines);
        if (warmth.coldPerMonth() > 0 && warmth.initSeconds() > 0) {
            // INIT is billed as duration (since 1 Aug 2025): what the free tier left over covers it first, the rest
            // pays the price of the tier the month's duration ends in.
            double marginal = durationLines.isEmpty() ? duration.unitPrice()
                    : durationLines.get(durationLines.size() - 1).unitPrice();
            double freeLeft = Math.max(0, freeGbSeconds - (gbSeconds - onProvisioned));
            double init = warmth.coldPerMonth() * warmth.initSeconds() * memoryGb;
            lines.add(CostLine.of("INIT on cold starts (" + Numbers.grouped(warmth.coldPerMonth(), 0) + " × "
                    + TimeSpan.ofSeconds(warmth.initSeconds()).display() + ")", Math.max(0, init - freeLeft),
                    duration.unit(), marginal));
        }

        double includedTmp = catalog.sizeLimit("lambda.tmp.included").gib();
        double extraGb = tmp(profile, catalog).gib() - includedTmp;
        if (extraGb > 1e-12) {
            Price storage = catalog.price("lambda.ephemeral-storage", region);
            lines.add(CostLines.single("Ephemeral storage above " + fmtMb(includedTmp * 1024),
                    extraGb * demand.billedSeconds() * demand.invocations(), storage));
        }

        double unbilled = catalog.sizeLimit("lambda.streaming.unbilled").bytes();
        double streamedExtra = profile.payload().response().bytes() - unbilled;
        if (profile.payload().streaming() && streamedExtra > 0 && profile.workload() instanceof Workload.Service) {
            Price streaming = catalog.price("lambda.streaming", region);
            double gb = streamedExtra / DataSize.GIB * demand.invocations();
            double freeGb = free ? catalog.freeTier("lambda.streaming").value().magnitude() : 0;
            lines.add(CostLines.single("Response streaming beyond the first 6 MB of each response"
                    + (free ? " (after " + Numbers.grouped(freeGb, 0) + " GB free)" : ""),
                    Math.max(0, gb - freeGb), streaming));
        }
        return lines;
    }

    /** The front door and the bytes sent to the internet: the same whichever architecture runs the function. */
    private static List<CostLine> networkLines(Profile profile, PricingContext context, FrontDoorPlan door) {
        Catalog catalog = context.catalog();
        List<CostLine> lines = new ArrayList<>();
        if (profile.workload() instanceof Workload.Service service) {
            if (door.usesApiGateway()) {
                lines.addAll(ApiGateway.lines(door.door(), profile.workPerMonth(), profile.region(), catalog));
            } else if (door.door() == FrontDoor.ALB) {
                lines.addAll(LoadBalancer.lines(profile, HourlyLoad.of(service.traffic(), service.duration().mean()),
                        true, profile.region(), catalog));
            }
        }
        lines.addAll(InternetEgress.lines(NetworkTraffic.of(profile, catalog), profile.region(), context));
        return lines;
    }

    private static List<LimitCheck> frontDoorLimits(Profile profile, FrontDoorPlan door, Catalog catalog) {
        if (!(profile.workload() instanceof Workload.Service service)) {
            return List.of();
        }
        if (door.usesApiGateway()) {
            HourlyLoad load = HourlyLoad.of(service.traffic(), service.duration().mean());
            return ApiGateway.limits(door.door(), profile, load.peak().rate() * load.burst(), catalog);
        }
        if (door.door() == FrontDoor.ALB) {
            return List.of(LoadBalancer.idleTimeout(profile, catalog));
        }
        return List.of();
    }

    private static Capacity capacity(Sizing sizing, Demand demand) {
        List<Figure> figures = List.of(
                new Figure("invocations", "invocations a month", demand.invocations(), "invocations"),
                new Figure("billedDurationMs", "billed duration per invocation", demand.billedSeconds() * 1000, "ms"),
                new Figure("memoryMb", "memory configured", sizing.memoryMb(), "MB"),
                new Figure("vcpu", "vCPU equivalent", sizing.vcpu(), "vCPU"),
                new Figure("meanConcurrency", "mean concurrency", demand.meanConcurrency(), "environments"),
                new Figure("peakConcurrency", "peak concurrency", demand.peakConcurrency(), "environments"));
        String summary = Numbers.grouped(demand.peakConcurrency(), 0) + " concurrent at peak (mean "
                + Numbers.significant(demand.meanConcurrency(), 3) + "), " + fmtMb(sizing.memoryMb());
        return new Capacity(summary, figures);
    }

    private static List<String> assumptions(Profile profile, Demand demand, PricingContext context) {
        List<String> out = new ArrayList<>();
        out.add("billed duration is the mean, " + profile.meanDuration().display() + ", rounded up to 1 ms: "
                + Numbers.grouped(demand.billedSeconds() * 1000, 0) + " ms per invocation (each real invocation "
                + "rounds up on its own, under 1 ms more)");
        out.add("one request per execution environment: concurrency_per_instance does not apply to Lambda");
        out.add(context.freeTier()
                ? "free tier applied (1M requests and 400,000 GB-s a month); it is per account, shared by every "
                        + "function"
                : "free tier not applied: this is the marginal cost of the workload (--free-tier applies it)");
        out.add("peak concurrency: " + demand.peakBasis());
        return out;
    }

    /** /tmp configured: the profile's storage, at least the 512 MB every function has. */
    private static DataSize tmp(Profile profile, Catalog catalog) {
        DataSize included = catalog.sizeLimit("lambda.tmp.included");
        return profile.storageNeeded().isLargerThan(included) ? profile.storageNeeded() : included;
    }

    private static int[] constant(int length, int value) {
        int[] out = new int[length];
        java.util.Arrays.fill(out, value);
        return out;
    }

    private static String fmtMb(double mb) {
        return Numbers.grouped(mb, 0) + " MB";
    }
}
