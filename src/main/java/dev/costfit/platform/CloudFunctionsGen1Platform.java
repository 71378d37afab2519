package dev.costfit.platform;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.Simplicity;
import dev.costfit.profile.Cloud;
import dev.costfit.network.NetworkTraffic;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.model.BilledDuration;
import dev.costfit.model.RequestTime;
import dev.costfit.profile.ProfileDefaults;
import dev.costfit.model.HourlyLoad;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.FunctionSize;
import dev.costfit.pricing.MissingPriceException;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Workload;
import dev.costfit.units.DataSize;
import dev.costfit.units.Month;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cloud Functions 1st gen (pricing-reference.md §4.4): one request per instance; per invocation, GB-seconds and
 * GHz-seconds of the memory tier for its own duration rounded up to 100 ms (on average over the invocations'
 * durations, {@link BilledDuration}), $0.40 per million invocations, and $0.12 per GB of egress. Memory is rounded
 * up to a tier; minimum instances bill their idle CPU and memory.
 */
public final class CloudFunctionsGen1Platform implements Platform {

    private static final PlatformInfo INFO = new PlatformInfo("cloud-functions-gen1", "Cloud Functions 1st gen", Simplicity.LEGACY_FUNCTIONS, Cloud.GCP,
            "instance", false);

    @Override
    public PlatformInfo info() {
        return INFO;
    }

    /** The month, and where the region bills at Tier 2 and a report is made, what a Tier 1 region close by would. */
    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        Assessment assessed = assessIn(profile, context);
        return assessed.usable() && context.forReport() && context.tradeOffs() ? TierOneRegion.priced(assessed,
                profile, context, GoogleRegion.forGen1(profile, context.catalog(), true),
                p -> assessIn(p, context.searching()), "cloud-functions-gen2") : assessed;
    }

    private Assessment assessIn(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        List<String> notes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        GoogleRegion region;
        try {
            region = GoogleRegion.forGen1(profile, catalog, context.forReport());
        } catch (MissingPriceException e) {
            return Assessment.unpriced(INFO, "", List.of(), Capacity.NONE, notes, assumptions, e.getMessage());
        }
        notes.addAll(region.notes());
        double memory = CloudFunctionsGen2Platform.memoryNeeded(profile, notes);
        if (profile.concurrencyPerInstance() > 1) {
            notes.add("1st gen serves one request per instance: concurrency_per_instance does not apply");
        }
        RequestTime time = RequestTime.of(profile);
        BilledDuration spread = BilledDuration.of(profile);
        List<FunctionSize> tiers = tiers(profile, memory, catalog, time, context.forReport());
        if (tiers.isEmpty()) {
            List<LimitCheck> limits = limits(profile, Optional.empty(), catalog);
            return Assessment.unfit(INFO, region.name(), limits, Capacity.NONE, notes, assumptions);
        }
        double ghzPerVcpu = catalog.limit("gcf1.ghz-per-vcpu").value().magnitude();
        WarmCapacity warm = new WarmCapacity(profile, context);
        SettingChoice.Candidates<FunctionSize> candidate = (tier, w, in) -> {
            double vcpu = tier.ghz() / ghzPerVcpu;
            List<String> tierNotes = new ArrayList<>(notes);
            if (in.forReport() && tier.memoryGb() > memory + 1e-9) { // words a search does not read
                tierNotes.add("memory tier " + DataSize.ofGiB(tier.memoryGb()).display() + " ("
                        + Numbers.grouped(tier.ghz(), 1) + " GHz)");
            }
            return new SettingChoice.Candidate(() -> DataSize.ofGiB(tier.memoryGb()).display() + " / "
                    + Numbers.grouped(tier.ghz(), 1) + " GHz", time.at(vcpu), time.slowdownAt(vcpu),
                    assessAt(profile, in, region, tier, vcpu, time, spread, tierNotes, assumptions, w));
        };
        java.util.function.Function<FunctionSize, SettingChoice.Candidate> full = tier -> candidate.of(tier, warm,
                context);
        CostUnderOption under = CostUnderOption.of(profile, context, INFO.cloud());
        if (!context.tradeOffs()) {
            // A search reads the chosen tier alone: each is bounded by its least bill, and only those that can still
            // be chosen are assessed in full (their cold starts and minimum instances are the costly part).
            java.util.function.ToDoubleFunction<FunctionSize> bound = tier -> leastBill(profile, context, region,
                    tier, time, spread);
            return SettingChoice.chooseCheapestFirst(context, under, tiers, bound,
                    tier -> time.at(tier.ghz() / ghzPerVcpu), full);
        }
        // Each tier for the table as a search prices it (the same fit and cost, without the words), then the chosen
        // one in full, as Lambda's settings are.
        WarmCapacity forChoice = warm.forChoice();
        PricingContext unshown = context.searching();
        return SettingChoice.chooseThenShow(under, tiers, tier -> candidate.of(tier, forChoice, unshown), full);
    }

    /** Invocations and their billed time grow with the rate, on every tier alike. */
    @Override
    public boolean floorRisesWithLoad() {
        return true;
    }

    /** The least bill of every tier ({@link #leastBill}). */
    @Override
    public double costFloor(Profile profile, PricingContext context) {
        Catalog catalog = context.catalog();
        GoogleRegion region = GoogleRegion.forGen1(profile, catalog, false);
        RequestTime time = RequestTime.of(profile);
        BilledDuration spread = BilledDuration.of(profile);
        double least = Double.POSITIVE_INFINITY;
        for (FunctionSize tier : tiers(profile, CloudFunctionsGen2Platform.memoryNeeded(profile, new ArrayList<>()),
                catalog, time, context.forReport())) {
            least = Math.min(least, leastBill(profile, context, region, tier, time, spread));
        }
        return least;
    }

    /** A tier's lines with no instance kept warm: exactly its bill but for idle minimum instances. */
    private static double leastBill(Profile profile, PricingContext context, GoogleRegion region, FunctionSize tier,
                                    RequestTime time, BilledDuration spread) {
        Catalog catalog = context.catalog();
        double ghzPerVcpu = catalog.limit("gcf1.ghz-per-vcpu").value().magnitude();
        double increment = catalog.durationLimit("gcf1.billing.granularity").seconds();
        double billed = BilledMean.of(context, spread, time.at(tier.ghz() / ghzPerVcpu), increment);
        return CostLines.total(lines(profile, context, region, tier, profile.workPerMonth(),
                profile.workPerMonth() * billed, 0));
    }


    /**
     * Memory tiers worth pricing: with the CPU model on, every tier holding the profile's memory (the CPU clock
     * rises with the tier, and the request's CPU part with it); otherwise only the smallest, as durations do not
     * change with the clock.
     */
    private static List<FunctionSize> tiers(Profile profile, double memoryGb, Catalog catalog, RequestTime time,
                                            boolean tradeOffs) {
        double vcpu = profile.vcpu().orElse(0);
        double ghzPerVcpu = catalog.limit("gcf1.ghz-per-vcpu").value().magnitude();
        List<FunctionSize> holding = catalog.functionSizes(1).stream()
                .filter(s -> s.memoryGb() >= memoryGb - 1e-9 && s.vcpu() >= vcpu - 1e-9).toList();
        if (!time.cpuModel() || holding.isEmpty()) {
            return holding.isEmpty() ? holding : holding.subList(0, 1);
        }
        if (tradeOffs) {
            return holding;
        }
        // A search prices no tier past the first whose clock runs every thread at full speed: they cost more and
        // run no faster.
        List<FunctionSize> worth = new ArrayList<>();
        for (FunctionSize tier : holding) {
            worth.add(tier);
            if (tier.ghz() / ghzPerVcpu >= time.threads() - 1e-9) {
                break;
            }
        }
        return worth;
    }

    /** The assessment on one tier, whose clock gives the request {@code vcpu} (GHz ÷ 2.4). */
    private Assessment assessAt(Profile profile, PricingContext context, GoogleRegion region, FunctionSize size,
                                double vcpu, RequestTime time, BilledDuration spread, List<String> notes,
                                List<String> baseAssumptions, WarmCapacity warm) {
        Catalog catalog = context.catalog();
        List<String> assumptions = new ArrayList<>(baseAssumptions);
        List<LimitCheck> limits = limits(profile, Optional.of(size), catalog);
        // The tier as texts name it, written only where a report reads them.
        java.util.function.Supplier<String> setting = () -> DataSize.ofGiB(size.memoryGb()).display();
        limits.addAll(SpeedLimits.check(profile, context, time, vcpu, List.of("gcf1", size.memoryGb()), setting,
                Optional.of(runLimit(catalog))));
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(INFO, region.name(), limits, Capacity.NONE, notes, assumptions);
        }
        try {
            double seconds = time.at(vcpu);
            double increment = catalog.durationLimit("gcf1.billing.granularity").seconds();
            double billed = BilledMean.of(context, spread, seconds, increment);
            double invocations = profile.workPerMonth();
            double busySeconds = invocations * billed;
            limits.add(instanceQuota(profile, seconds, context));
            WarmCapacity.Warmth kept = warm.minimumInstances("gcf1", billed, 1, size.memoryGb() * 1024,
                    (int) catalog.countLimit("gcf1.instances.max"));
            kept.slo().ifPresent(limits::add);
            if (limits.stream().anyMatch(LimitCheck::blocks)) {
                return Assessment.unfit(INFO, region.name(), limits, Capacity.NONE, kept.coldStarts(), notes,
                        assumptions);
            }
            double idleSeconds = idleSeconds(profile, context, billed, kept.constant());
            List<CostLine> lines = lines(profile, context, region, size, invocations, busySeconds, idleSeconds);
            // A search reads the fit and the cost alone: the assumptions a report lists are not written for it.
            if (context.forReport()) {
                if (time.cpuModel()) {
                    assumptions.add(setting.get() + " runs at " + Numbers.grouped(size.ghz(), 1) + " GHz, "
                            + Numbers.grouped(vcpu, 3) + " vCPU (GHz ÷ 2.4): the " + TimeSpan.ofSeconds(time.cpu())
                            .display() + " of CPU take " + TimeSpan.ofSeconds(time.cpu() / time.share(vcpu))
                            .display() + ", plus " + TimeSpan.ofSeconds(time.waiting()).display() + " waiting");
                } else {
                    assumptions.add(ProfileDefaults.CPU_MODEL_OFF);
                }
                assumptions.add(spread.assumption("invocation", seconds, increment));
                assumptions.add("one request per instance, so concurrency equals the requests in flight");
                assumptions.add(context.freeTier() ? "free tier applied (2M invocations, 400,000 GB-s, 200,000 GHz-s "
                        + "and 5 GB egress a month, at Tier 1 prices: in a Tier 2 region, fewer units of it)"
                        : "free tier not applied (--free-tier applies it)");
            }
            Capacity capacity = Capacity.shownIf(context.forReport(),
                    () -> capacity(size, vcpu, seconds, billed, busySeconds / Month.SECONDS, setting.get()));
            return Assessment.priced(INFO, region.name(), limits, lines, capacity, kept.coldStarts(), notes,
                    assumptions).withLongestRequest(TimeSpan.ofSeconds(time.longestAt(vcpu)));
        } catch (MissingPriceException e) {
            return Assessment.unpriced(INFO, region.name(), limits, Capacity.NONE, notes, assumptions, e.getMessage());
        }
    }

    private static Capacity capacity(FunctionSize size, double vcpu, double seconds, double billed, double mean,
                                     String setting) {
        List<Figure> figures = List.of(
                new Figure("memoryGb", "memory tier", size.memoryGb(), "GB"),
                new Figure("ghz", "CPU clock", size.ghz(), "GHz"),
                new Figure("vcpu", "vCPU equivalent", vcpu, "vCPU"),
                new Figure("requestSeconds", "mean wall time per invocation", seconds, "s"),
                new Figure("billedDurationMs", "billed duration per invocation, mean", billed * 1000, "ms"),
                new Figure("meanConcurrency", "instances busy, mean", mean, "instances"));
        return new Capacity(Numbers.significantCount(mean, "instance") + " busy on average, " + setting + " / "
                + Numbers.grouped(size.ghz(), 1) + " GHz", figures);
    }

    /** The longest a 1st gen function runs: what a timeout may be at most, and what holds a job that states none. */
    private static RunLimit runLimit(Catalog catalog) {
        return new RunLimit(catalog.durationLimit("gcf1.timeout"), "the longest a 1st gen function runs");
    }

    private static List<LimitCheck> limits(Profile profile, Optional<FunctionSize> tier, Catalog catalog) {
        List<LimitCheck> checks = new ArrayList<>();
        checks.add(LimitCheck.of(profile.gpu().isEmpty(), LimitCheck.Severity.HARD, "GPU",
                () -> profile.gpu().map(g -> g.count() + " × " + g.type().spelling()).orElse("none"), () -> "none",
                () -> GpuAlternatives.workaround(profile.gpu(), catalog, true, profile.region()))
                .atEveryRate());
        checks.add(runLimit(catalog).check(profile, "", "", profile.trigger() == dev.costfit.profile.Trigger.QUEUE
                        ? "split the work into steps under 9 minutes: a Pub/Sub push waits at most its 600-s ack "
                        + "deadline, so 2nd gen HTTP functions' 60 minutes do not help; or use a container"
                        : "2nd gen HTTP functions run up to 60 minutes; or split the work, or use a container")
                .atEveryRate());
        DataSize maxMemory = catalog.sizeLimit("gcf1.memory.max");
        checks.add(LimitCheck.of(tier.isPresent(), LimitCheck.Severity.HARD, "memory tier",
                () -> profile.memory().plus(profile.storageNeeded()).display() + profile.vcpu().stream()
                        .mapToObj(v -> ", " + Numbers.grouped(v, 3) + " vCPU").findFirst().orElse(""),
                () -> maxMemory.display() + ", 2 vCPU at most",
                "2nd gen (up to 32 GiB, 8 vCPU), Fargate or EKS").atEveryRate());
        if (profile.workload() instanceof Workload.Service) {
            DataSize payload = catalog.sizeLimit("gcf1.payload");
            DataSize biggest = profile.payload().request().isLargerThan(profile.payload().response())
                    ? profile.payload().request() : profile.payload().response();
            checks.add(LimitCheck.of(!biggest.isLargerThan(payload), LimitCheck.Severity.HARD, "request/response size",
                    () -> biggest.display(), () -> payload.display(),
                    "pass large bodies through Cloud Storage signed URLs"));
        }
        return checks;
    }

    /** One request per instance: the instances at the peak are the requests in flight then (p99 × burst). */
    private static LimitCheck instanceQuota(Profile profile, double seconds, PricingContext context) {
        Catalog catalog = context.catalog();
        double max = catalog.countLimit("gcf1.instances.max");
        int peak;
        String basis;
        if (profile.workload() instanceof Workload.Service service) {
            HourlyLoad load = ServiceLoads.of(context, service, seconds);
            peak = load.sizingConcurrency(load.peak());
            basis = "p99 of requests in flight at the peak hour × burst";
        } else {
            peak = JobRuns.tasksAtOnce(profile, seconds);
            basis = "every task of a run" + JobRuns.inProgress(profile, seconds);
        }
        return LimitCheck.of(peak <= max, LimitCheck.Severity.QUOTA, "instances",
                () -> Numbers.grouped(peak, 0) + " at peak (" + basis + ")",
                () -> Numbers.grouped(max, 0) + " per function (the default maximum)",
                "raise or clear the function's maximum instances (within the project's memory quota), or use 2nd "
                        + "gen, which serves many requests per instance");
    }

    /** Idle time of min_instances kept warm: per hour 3600 × E[max(0, m − X)], X the requests in flight. */
    private static double idleSeconds(Profile profile, PricingContext context, double billed, int kept) {
        if (kept == 0 || !(profile.workload() instanceof Workload.Service service)) {
            return 0;
        }
        HourlyLoad load = ServiceLoads.of(context, service, billed);
        return load.distinctHours().stream().mapToDouble(h -> 3600 * load.occupancy(h).expectedIdle(kept, 1)
                * h.monthHours()).sum();
    }

    private static List<CostLine> lines(Profile profile, PricingContext context, GoogleRegion region,
                                        FunctionSize size, double invocations, double busySeconds,
                                        double idleSeconds) {
        Catalog catalog = context.catalog();
        String r = region.name();
        boolean free = context.freeTier();
        List<CostLine> lines = new ArrayList<>();
        lines.add(CloudFunctionsGen2Platform.freeLine(() -> "Invocations", invocations, PriceKeys.GCF1_INVOCATIONS, r,
                catalog, free));
        lines.add(CloudFunctionsGen2Platform.freeLine(() -> "CPU (" + Numbers.grouped(size.ghz(), 1) + " GHz)",
                busySeconds * size.ghz(), PriceKeys.GCF1_CPU, r, catalog, free));
        lines.add(CloudFunctionsGen2Platform.freeLine(() -> "Memory (" + DataSize.ofGiB(size.memoryGb()).display()
                + ")", busySeconds * size.memoryGb(), PriceKeys.GCF1_MEMORY, r, catalog, free));
        if (idleSeconds > 0) {
            lines.add(CostLines.single("Idle minimum instances, CPU", idleSeconds * size.ghz(),
                    catalog.price(PriceKeys.GCF1_CPU_IDLE, r)));
            // Idle memory bills at the same rate as busy memory (no idle price of its own): a line of its own key.
            lines.add(CostLines.single("gcf1.memory:idle", "Idle minimum instances, memory",
                    idleSeconds * size.memoryGb(), catalog.price(PriceKeys.GCF1_MEMORY, r)));
        }
        lines.addAll(egressLines(profile, context, r));
        return lines;
    }

    /**
     * The bytes a function sends to the internet: the request's traffic alone, whatever its tier (a pipeline prices
     * them once, {@link PipelineNetwork}).
     *
     * @throws MissingPriceException where the catalog lacks the egress's price in {@code region}
     */
    static List<CostLine> egressLines(Profile profile, PricingContext context, String region) {
        Catalog catalog = context.catalog();
        double egress = NetworkTraffic.of(profile, catalog).egressGb();
        if (egress <= 0) {
            return List.of();
        }
        return List.of(CloudFunctionsGen2Platform.freeLine(() -> "Internet egress", egress, PriceKeys.GCF1_EGRESS,
                region, catalog, context.freeTier()));
    }
}
