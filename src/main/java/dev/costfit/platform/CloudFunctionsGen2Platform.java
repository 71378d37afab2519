package dev.costfit.platform;

import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.PlatformInfo;
import dev.costfit.assessment.SettingNote;
import dev.costfit.assessment.Simplicity;
import dev.costfit.profile.Cloud;
import dev.costfit.pricing.PriceKey;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.model.AutoscaledInstances;
import dev.costfit.model.BilledDuration;
import dev.costfit.model.BusyTime;
import dev.costfit.model.ColdStartPlan;
import dev.costfit.model.Granularity;
import dev.costfit.model.HourlyLoad;
import dev.costfit.model.LongestRequest;
import dev.costfit.model.Poisson;
import dev.costfit.model.RequestTime;
import dev.costfit.profile.ProfileDefaults;
import dev.costfit.units.Month;
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
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import dev.costfit.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cloud Run functions, formerly Cloud Functions 2nd gen (pricing-reference.md §4.1-§4.3). An instance serves up to
 * concurrency_per_instance requests, n on average at Cloud Run's CPU and concurrency targets ({@link #perInstance}),
 * and, with request-based billing, is billed for the time it is busy, rounded up to 100 ms: per hour
 * 3600 · E[ceil(X/n)] instance-seconds with X ~ Poisson(λ·W), times its vCPU and GiB, plus
 * $0.40 per million requests. Minimum instances bill at the idle rates; instance-based billing bills every
 * running instance at its own rates. Internet egress bills in volume bands on Cloud Run's Premium Tier SKU of the
 * region's continent, or on the Standard Tier SKU of the region (network_tier; {@link CloudRunEgress}). A profile
 * that needs a GPU may run on Cloud Run's NVIDIA L4 ({@link CloudRunGpu}): instance-based billing, the GPU billed
 * with every instance-second.
 */
public final class CloudFunctionsGen2Platform implements Platform {

    /** Fractional vCPU: Cloud Run allows it only with concurrency 1 (pricing-reference.md §4.2). */
    private static final double WHOLE_VCPU = 1;

    /** The billing field, whose default a report's note and a GPU's note look for. */
    private static final String BILLING_PATH = dev.costfit.profile.ProfileFormat.BILLING.path();

    /** The concurrency field, whose default a report's note prices against Cloud Run's. */
    private static final String CONCURRENCY_PATH = dev.costfit.profile.ProfileFormat.CONCURRENCY.path();

    private static final PlatformInfo INFO = new PlatformInfo("cloud-functions-gen2", "Cloud Functions 2nd gen", Simplicity.FUNCTIONS, Cloud.GCP,
            "instance", true);

    /** A service's use hour by hour in proportion to its requests; a job has no steady hourly base. */
    static dev.costfit.assessment.HourlyUsage requestUsage(Profile profile, double seconds) {
        return profile.workload() instanceof Workload.Service service
                ? dev.costfit.assessment.HourlyUsage.ofRequests(() -> HourlyLoad.of(service.traffic(),
                        TimeSpan.ofSeconds(seconds)))
                : dev.costfit.assessment.HourlyUsage.NONE;
    }

    @Override
    public PlatformInfo info() {
        return INFO;
    }

    /**
     * The instance shape: memory setting, vCPU, requests it runs at once (n), a request's mean seconds on it, and
     * why it differs from the profile; {@code fits} is false when no setting holds the profile's memory.
     *
     * @param perInstance requests an instance holds on average, at Cloud Run's targets (not necessarily whole): the
     *                    busy time, minimum instances' idle time, instance billing's floor and the instances
     *                    its autoscaler keeps alive count by it
     * @param atPeak      requests an instance holds at most, at its maximum concurrency and full CPU, on average
     *                    (not necessarily whole, as n is not): a short peak's instances, the cold starts and the
     *                    instances kept for them count by it, as Cloud Run starts an instance on demand when every
     *                    instance is full
     * @param billed      the mean seconds a request served alone bills, its own time rounded up to 100 ms
     *                    ({@link BilledDuration}): one at a time, each request's; packed, the most they bill
     */
    record Shape(double memoryGb, double vcpu, double perInstance, double atPeak, double seconds, double billed,
                 List<String> notes, boolean fits) {

        Shape {
            notes = List.copyOf(notes); // shapes are kept for a search and read at each of its rates
        }

        String label() {
            return DataSize.ofGiB(memoryGb).display() + ", " + Numbers.grouped(vcpu, 3) + " vCPU, "
                    + Numbers.significantCount(perInstance, "request") + " at once";
        }
    }

    @Override
    public Assessment assess(Profile profile, PricingContext context) {
        GcfBilling asked = profile.platforms().cloudFunctionsGen2().billing();
        Assessment assessed = assess(profile, context, asked);
        if (!context.forReport() || !context.tradeOffs()) {
            return assessed;
        }
        if (assessed.usable()) {
            assessed = TierOneRegion.priced(assessed, profile, context, GoogleRegion.forGen2(profile,
                    context.catalog(), true), p -> assess(p, context.searching(), asked), "cloud-functions-gen1");
        }
        if (asked == GcfBilling.REQUEST) {
            assessed = instanceBilling(profile, context, assessed);
        }
        return concurrency(profile, context, assessed);
    }

    /**
     * Where concurrency_per_instance is left to its default of one request at a time (as Cloud Functions deploys a
     * function unless told; pricing-reference.md §4.3): {@code assessed} with the note (and the {@link Alternative})
     * that says what Cloud Run's default for a service, 80 at once, would cost, where it would save. An LLM call's
     * wait keeps no CPU busy, so one instance can hold dozens of such requests up to Cloud Run's CPU target, where
     * one at a time bills an instance for each; whether the code takes requests concurrently (async I/O, threads) is
     * the profile's to say, so the note prices it rather than assume it. Not without the CPU model: there the whole
     * request burns a vCPU, and two at once never bill less than one. On demand and without a GPU only, as the other
     * notes; its month is the one stating it prices (a search's assessment), and Lambda Managed Instances, whose
     * environments stating it changes too, do not price it.
     */
    private Assessment concurrency(Profile profile, PricingContext context, Assessment assessed) {
        if (!(profile.workload() instanceof Workload.Service) || !profile.defaulted(CONCURRENCY_PATH)
                || !assessed.usable() || !context.optionFor(profile).onDemand() || !RequestTime.of(profile).cpuModel()
                || CloudRunGpu.of(profile, context.catalog()).isPresent()) {
            return assessed;
        }
        int c = (int) context.catalog().countLimit("gcf2.concurrency.service-default");
        String setting = CONCURRENCY_PATH + ": " + c;
        return cheaperWith(assessed, assess(profile.withConcurrency(c), context.searching(),
                        profile.platforms().cloudFunctionsGen2().billing()), setting, p -> p.withConcurrency(c),
                "an instance serves one request at a time, the default " + CONCURRENCY_PATH + "; if the code takes "
                        + "requests concurrently (async I/O, threads), " + setting + ", Cloud Run's default for a "
                        + "service,",
                "an instance then holds up to " + c + " at once (Cloud Run keeps it at " + Numbers.grouped(
                        concurrencyTarget(profile, context.catalog()) * 100, 0) + "% of that on average, fewer where "
                        + "its CPU target binds) and bills its busy time once for all of them",
                List.of(LambdaManagedInstancesPlatform.ID));
    }

    /**
     * {@code assessed} with the note "{@code what} would cost $M a month, $S (P%) less: {@code why}" and its
     * {@link Alternative}, where {@code stated}, the month stating {@code setting} prices, is usable and saves enough
     * to say ({@link Alternative#worthSaying}); else as it is. A {@link SettingNote}, its months the platform's own
     * lines' here and the months a report shows where {@link Platforms} words it anew ({@code stating}: the setting
     * stated in a profile, for what they add to the platform's own lines).
     */
    private static Assessment cheaperWith(Assessment assessed, Assessment stated, String setting,
                                          java.util.function.UnaryOperator<Profile> stating, String what, String why,
                                          List<String> unpricedOn) {
        if (!stated.usable()) {
            return assessed;
        }
        SettingNote.Wording wording = (month, other, whose) -> {
            double saved = month - other;
            return Alternative.worthSaying(saved, month) ? SettingNote.Worded.saving(what + " would cost "
                    + Money.format(other) + " a month" + whose + ", " + Money.format(saved) + " ("
                    + Numbers.significant(saved / month * 100, 2) + "%) less: " + why,
                    new Alternative(setting, saved, unpricedOn)) : Optional.empty();
        };
        return assessed.withSettingNote(new SettingNote(assessed.platformCost(), stated, stated.platformCost(),
                stating, wording), Optional.empty());
    }

    /**
     * Where request-based billing was left as the default: {@code byRequest} with the note (and the
     * {@link Alternative}) that says what instance-based billing would save, where it would. With CPU always
     * allocated, Cloud Run bills each running instance for every second at lower rates (us-east4: $0.000018 against
     * $0.000024 a vCPU-second, $0.000002 against $0.0000025 a GiB-second) and no request fee
     * (https://cloud.google.com/run/pricing): the cheaper where instances are busy most of the time, or many short
     * requests pay the request fee and the 100 ms rounding. The other billing's month is the one stating it prices
     * (its own setting chosen), as a search prices it. On demand only: a commitment's discount is applied to the
     * month afterwards.
     */
    private Assessment instanceBilling(Profile profile, PricingContext context, Assessment byRequest) {
        if (!profile.defaulted(BILLING_PATH) || !byRequest.usable() || !context.optionFor(profile).onDemand()
                || CloudRunGpu.of(profile, context.catalog()).isPresent()) {
            return byRequest;
        }
        // The least the month can cost by instance, on the shape whose bill is least, costs as much: no need to
        // price the month. Not with the free tier, which the bound leaves out.
        if (profile.workload() instanceof Workload.Service && !context.freeTier()
                && leastInstanceBill(profile, context) >= byRequest.platformCost()) {
            return byRequest;
        }
        String setting = BILLING_PATH + ": instance";
        // What the month adds to the platform's own lines (the glue) does not depend on how instances bill.
        return cheaperWith(byRequest, assess(profile, context.searching(), GcfBilling.INSTANCE), setting,
                java.util.function.UnaryOperator.identity(), "instance-based billing (" + setting + ")",
                "with CPU always allocated, a running instance bills every second at lower rates and no request "
                        + "fee, which pays where instances are busy most of the time", List.of());
    }

    /** The assessment with the billing given (a GPU's is instance-based whatever is asked). */
    private Assessment assess(Profile profile, PricingContext context, GcfBilling asked) {
        Catalog catalog = context.catalog();
        List<String> notes = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        GoogleRegion region;
        try {
            region = GoogleRegion.forGen2(profile, catalog, context.forReport());
        } catch (MissingPriceException e) {
            return Assessment.unpriced(INFO, "", List.of(), Capacity.NONE, notes, assumptions, e.getMessage());
        }
        notes.addAll(region.notes());
        Optional<CloudRunGpu> gpu = CloudRunGpu.of(profile, catalog);
        // Cloud Run bills a GPU instance for its whole life: the GPU variant is instance-based billing only.
        GcfBilling billing = gpu.isPresent() ? GcfBilling.INSTANCE : asked;
        if (context.forReport() && gpu.isPresent()) {
            // The sentences a report shows; a search reads the figures alone.
            boolean billingStated = !profile.defaulted(BILLING_PATH);
            notes.addAll(gpu.get().notes(region.name(), billingStated && asked == GcfBilling.REQUEST));
        }
        RequestTime time = RequestTime.of(profile);
        WarmCapacity warm = new WarmCapacity(profile, context);
        ServiceLoads loads = new ServiceLoads(profile, context);
        List<Shape> shapes = shapes(profile, context, time, billing, context.forReport());
        SettingChoice.Candidates<Shape> candidate = (shape, w, in) ->
                new SettingChoice.Candidate(shape::label, shape.seconds(), time.slowdownOf(shape.seconds()),
                        assessAt(profile, in, region, billing, gpu, shape, time, notes, assumptions, w, loads));
        java.util.function.Function<Shape, SettingChoice.Candidate> full = shape -> candidate.of(shape, warm, context);
        CostUnderOption under = CostUnderOption.of(profile, context, INFO.cloud());
        if (!context.tradeOffs()) {
            // A search reads the chosen shape alone: each is bounded by its least bill, and only those that can
            // still be chosen are assessed in full (their cold starts and minimum instances are the costly part).
            java.util.function.ToDoubleFunction<Shape> bound = shape -> shape.fits()
                    ? leastBill(profile, context, region, billing, gpu, shape, loads)
                    : Double.POSITIVE_INFINITY;
            return SettingChoice.chooseCheapestFirst(context, under, shapes, bound, Shape::seconds, full);
        }
        // Each shape for the table as a search prices it (the same fit and cost, without the words), then the chosen
        // one in full, as Lambda's settings are.
        WarmCapacity forChoice = warm.forChoice();
        PricingContext unshown = context.searching();
        return SettingChoice.chooseThenShow(under, shapes, shape -> candidate.of(shape, forChoice, unshown), full);
    }

    /** Requests and the least instance time they bill grow with the rate, on every shape alike. */
    @Override
    public boolean floorRisesWithLoad() {
        return true;
    }

    /** The least bill of every shape that fits ({@link #leastBill}). */
    @Override
    public double costFloor(Profile profile, PricingContext context) {
        return leastBillOfShapes(profile, context, CloudRunGpu.of(profile, context.catalog()).isPresent()
                ? GcfBilling.INSTANCE : profile.platforms().cloudFunctionsGen2().billing());
    }

    /**
     * The least bill with {@code billing} of every shape that fits ({@link #leastBill}): the cost floor of a search,
     * and the bound that spares a report the instance-billed month where it cannot cost less. Infinite where no
     * shape fits.
     */
    private static double leastBillOfShapes(Profile profile, PricingContext context, GcfBilling billing) {
        Catalog catalog = context.catalog();
        GoogleRegion region = GoogleRegion.forGen2(profile, catalog, false);
        Optional<CloudRunGpu> gpu = CloudRunGpu.of(profile, catalog);
        ServiceLoads loads = new ServiceLoads(profile, context);
        double least = Double.POSITIVE_INFINITY;
        for (Shape shape : shapes(profile, context, RequestTime.of(profile), billing, false)) {
            if (shape.fits()) {
                least = Math.min(least, leastBill(profile, context, region, billing, gpu, shape, loads));
            }
        }
        return least;
    }

    /** {@link #leastBillOfShapes} by instance; infinite where a price is missing: nothing to compare. */
    private static double leastInstanceBill(Profile profile, PricingContext context) {
        try {
            return leastBillOfShapes(profile, context, GcfBilling.INSTANCE);
        } catch (MissingPriceException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /**
     * A shape's lines on the least instance time it can bill, with no instance kept warm beyond min_instances: a
     * job's tasks exactly as {@link #jobUsage} bills them; a service's requests one at a time each billed its own
     * time rounded up, on average {@link Shape#billed} (exact); n at a time, in each hour at least their time in
     * flight ÷ n and at least the share of the hour with any request in flight (E[ceil(X/n)] ≥ max(L/n, P(X &gt; 0)),
     * X ~ Poisson(L): the first instance is busy whenever one request is, which at a light load is most of the
     * bill); with instance-based billing, the instances {@link #usage} keeps alive at least ({@link #leastAlive}).
     */
    private static double leastBill(Profile profile, PricingContext context, GoogleRegion region, GcfBilling billing,
                                    Optional<CloudRunGpu> gpu, Shape shape, ServiceLoads loads) {
        double busy;
        if (profile.workload() instanceof Workload.Job) {
            busy = jobUsage(profile, shape, billing, context.catalog()).busySeconds();
        } else if (billing == GcfBilling.INSTANCE) {
            busy = leastAlive(loads.at(shape.seconds()).orElseThrow(), shape.perInstance(), shape.atPeak(),
                    profile.minInstances(),
                    ColdStartEstimates.keepAlive("gcf2", profile, context.catalog()).seconds());
        } else if (shape.perInstance() <= 1) {
            busy = profile.workPerMonth() * shape.billed();
        } else {
            busy = leastBusy(loads.at(shape.seconds()).orElseThrow(), shape.perInstance());
        }
        Usage floor = new Usage(profile.workPerMonth(), busy, 0, 0, 0, 0, dev.costfit.assessment.HourlyUsage.NONE);
        return CostLines.total(lines(profile, context, region, billing, gpu, shape, floor));
    }

    /**
     * Instance-seconds a month that n requests per instance bill at least: per hour the larger of L/n and
     * P(X &gt; 0) = 1 − e^(−L), the latter a billionth short so that it stays below {@link BusyTime}'s own sum of the
     * same terms in floating point.
     */
    private static double leastBusy(HourlyLoad load, double perInstance) {
        double busy = 0;
        for (HourlyLoad.Hour hour : load.distinctHours()) {
            double inFlight = hour.inFlight();
            double anyInFlight = -Math.expm1(-inFlight) * (1 - 1e-9);
            busy += 3600 * Math.max(inFlight / perInstance, anyInFlight) * hour.monthHours();
        }
        return busy;
    }

    /**
     * Instance-seconds a month that instance-based billing bills at least ({@link #usage}), without the cold-start
     * model's level passes: in each hour at least min_instances, the hour's p99 of requests in flight × burst ÷
     * the most an instance holds,
     * and the pool's own least, which counts instance k warm at least P(X &gt; kn) (so all of them at least L/n) and
     * the first one at least 1 − e^(−L)·e^(−λK), the chance that a request is in flight or arrived within the
     * keep-alive K ({@link dev.costfit.model.ColdStartModel#levels}: its exponential climb back from level 0), a
     * billionth short for the rounding of its sums. The tail an hour leaves in the next only adds.
     */
    private static double leastAlive(HourlyLoad load, double perInstance, double atPeak, int minInstances,
                                     double keepAlive) {
        double alive = 0;
        for (HourlyLoad.Hour hour : load.distinctHours()) {
            double inFlight = hour.inFlight();
            double recent = -Math.expm1(-inFlight - hour.rate() * keepAlive);
            double pool = Math.max(inFlight / perInstance, recent) * (1 - 1e-9);
            alive += 3600 * Math.max(Math.max(minInstances, sized(load, hour, atPeak)), pool) * hour.monthHours();
        }
        return alive;
    }

    /**
     * Instances for the hour's p99 of requests in flight × burst, {@code perInstance} to an instance on average: the
     * fewest whole instances that hold those whole requests (16 at 3.8 each: 5).
     */
    private static int sized(HourlyLoad load, HourlyLoad.Hour hour, double perInstance) {
        return (int) Math.ceil(load.sizingConcurrency(hour) / perInstance - 1e-9);
    }

    /**
     * {@link #shapes(Profile, Catalog, RequestTime, BilledDuration, GcfBilling, boolean)}, worked out once a search:
     * no rate changes them, and a search's floors and assessments ask for them at every rate (1.4% of a generated
     * portfolio's time). The key names every input.
     */
    private static List<Shape> shapes(Profile profile, PricingContext context, RequestTime time, GcfBilling billing,
                                      boolean explain) {
        BilledDuration spread = BilledDuration.of(profile);
        return context.reused().get(List.of("gcf2.shapes", explain, time, spread, billing, profile.memory(),
                profile.storage(), profile.storageNeeded(), profile.gpu().isPresent(),
                profile.workload() instanceof Workload.Job, profile.concurrencyPerInstance(), profile.vcpu(),
                profile.maxSlowdown(), profile.timeout(), profile.platforms().cloudFunctionsGen2()),
                () -> shapes(profile, context.catalog(), time, spread, billing, explain));
    }

    /**
     * The shapes worth pricing: on the profile's memory, each vCPU Cloud Run offers with it — fractional ones (with
     * one request at a time) and whole ones (1, 2, 4, 6, 8, each with its memory range) — at or above the profile's
     * vcpu. Each runs as many requests at once on average as keeps it at Cloud Run's CPU and concurrency targets
     * ({@link #perInstance}), at most concurrency_per_instance at a peak.
     *
     * <p>Below one vCPU Cloud Run requires a maximum concurrency of 1 and request-based billing (its CPU limits
     * page, pricing-reference S12): fractional shapes are priced under request-based billing only, and for any
     * concurrency_per_instance, as that is the most a server holds, and one at a time is a setting it can run.
     *
     * @param spread  the spread of the requests' durations, which the billed time of a request alone reads
     * @param explain whether to word each shape's notes (a report shows them; a search and a bound do not)
     */
    private static List<Shape> shapes(Profile profile, Catalog catalog, RequestTime time, BilledDuration spread,
                                      GcfBilling billing, boolean explain) {
        List<String> notes = new ArrayList<>();
        Optional<CloudRunGpu> gpu = CloudRunGpu.of(profile, catalog);
        double asked = memoryNeeded(profile, explain ? notes : new ArrayList<>());
        double needed = Math.max(asked, gpu.map(CloudRunGpu::minMemoryGb).orElse(0.0));
        if (explain && needed > asked + 1e-9) {
            notes.add("memory raised to " + DataSize.ofGiB(needed).display() + ", the least Cloud Run pairs with an "
                    + "L4 GPU");
        }
        // 2nd gen takes any memory ("you can configure 2nd gen functions with user-defined memory and,
        // optionally, vCPU", https://cloud.google.com/functions/docs/configuring/memory; gcloud's --memory takes
        // free-form values such as 5GiB), billed in GiB-seconds of what is set (pricing-reference.md §4.1): the
        // profile's memory is billed as it is, not rounded up to a default setting. The defaults table names the
        // least vCPU for each memory up to 2 GiB (128 MiB .083 ... 1 GiB .583, 2 GiB 1): below one vCPU the
        // least is that of the smallest setting that holds the memory; from one vCPU up, Cloud Run's CPU-memory
        // ranges decide (pricing-reference.md §4.2, S12).
        Optional<FunctionSize> setting = catalog.functionSizes(2).stream()
                .filter(s -> s.memoryGb() >= needed - 1e-9).findFirst();
        if (setting.isEmpty()) {
            return List.of(new Shape(needed, 0, 1, 1, time.reference(), time.reference(), notes, false));
        }
        double increment = catalog.durationLimit("gcf2.billing.granularity").seconds();
        double memory = needed;
        int c = profile.workload() instanceof Workload.Job ? 1 : profile.concurrencyPerInstance();
        double floor = Math.max(profile.vcpu().orElse(0), gpu.map(CloudRunGpu::minVcpu).orElse(0.0));
        double own = setting.get().vcpu();
        java.util.TreeSet<Double> fractional = new java.util.TreeSet<>();
        if (billing == GcfBilling.REQUEST) {
            // Below one vCPU Cloud Run runs one request at a time, in 0.001 steps from the setting's own vCPU.
            fractional.add(Math.max(own, floor));
            if (time.cpuModel()) {
                double fastEnough = Math.max(own, Math.max(floor, thousandths(time.vcpuWithin(
                        profile.maxSlowdown().fraction(), profile.timeoutOr(runLimit(profile, catalog).most())
                                .seconds(), LongestRequest.of(profile)))));
                fractional.add(fastEnough);
                catalog.functionSizes(2).stream().mapToDouble(FunctionSize::vcpu)
                        .filter(v -> v > own && v >= floor).forEach(fractional::add);
                if (!spread.spread()) {
                    fractional.addAll(billedSteps(time, fractional, fastEnough, increment));
                }
            }
        }
        List<Shape> shapes = new ArrayList<>();
        double target = cpuTarget(profile, catalog);
        double held = concurrencyTarget(profile, catalog);
        for (double v : fractional) {
            if (v < WHOLE_VCPU - 1e-9) {
                List<String> why = new ArrayList<>(notes);
                if (explain && v > own + 1e-9) {
                    why.add(Numbers.grouped(v, 3) + " vCPU (the least with " + DataSize.ofGiB(memory).display()
                            + " is " + Numbers.grouped(own, 3) + ")");
                }
                if (explain && c > 1) {
                    why.add("1 request at once per instance rather than concurrency_per_instance's " + c
                            + ": Cloud Run runs one at a time below one vCPU");
                }
                shapes.add(new Shape(memory, v, 1, 1, time.at(v), spread.billed(time.at(v), increment), why, true));
            }
        }
        boolean anyWhole = false;
        // One request at a time gains nothing from more vCPU than its threads use (or the profile asks for);
        // without the CPU model, durations do not change with the vCPU, so only the least is worth pricing.
        double enough = time.cpuModel() ? Math.max(floor, time.threads()) : floor;
        for (CpuRange row : catalog.cloudRunCpu()) {
            double v = row.vcpu();
            boolean pointless = c == 1 && (anyWhole ? shapes.get(shapes.size() - 1).vcpu() >= enough - 1e-9
                    : !time.cpuModel() && !shapes.isEmpty());
            if (v < floor - 1e-9 || pointless) {
                continue;
            }
            double withRow = Math.max(memory, row.fromGb());
            if (withRow > row.toGb() + 1e-9) {
                continue;
            }
            anyWhole = true;
            double seconds = time.at(v);
            double cpu = time.cpuModel() ? time.cpu() : seconds;
            double n = perInstance(c, v, seconds, cpu, target, held);
            double atPeak = perInstance(c, v, seconds, cpu, 1, 1);
            List<String> why = new ArrayList<>(notes);
            if (explain && withRow > memory + 1e-9) {
                why.add("memory raised to " + DataSize.ofGiB(withRow).display() + ", the least Cloud Run pairs with "
                        + Numbers.grouped(v, 0) + " vCPU");
            }
            if (explain && n < c) {
                boolean byCpu = n < perInstance(c, v, seconds, cpu, 1, held);
                why.add(Numbers.significantCount(n, "request") + " at once per instance on average rather than "
                        + "concurrency_per_instance's " + c + ": " + (byCpu ? "that keeps a " + Numbers.grouped(v, 3)
                        + "-vCPU instance at Cloud Run's " + Numbers.grouped(target * 100, 0) + "% CPU target"
                        : "Cloud Run's autoscaler keeps instances at " + Numbers.grouped(held * 100, 0) + "% of their "
                        + "maximum concurrency") + " (up to " + Numbers.significantCount(atPeak, "request")
                        + " at a short peak)");
            }
            shapes.add(new Shape(withRow, v, n, atPeak, seconds, spread.billed(seconds, increment), why, true));
        }
        if (shapes.isEmpty()) {
            // Nothing Cloud Run offers meets the profile's vcpu (or its memory needs more than the rows allow).
            shapes.add(new Shape(memory, Math.max(floor, own), c, c, time.reference(), time.reference(), notes,
                    false));
        }
        return shapes;
    }

    /** Cloud Run's CPU target: the profile's (platforms.cloud-functions-gen2.cpu_target), else the default. */
    private static double cpuTarget(Profile profile, Catalog catalog) {
        return profile.platforms().cloudFunctionsGen2().cpuTarget().orElseGet(() ->
                (dev.costfit.units.Percent) catalog.limit("gcf2.cpu.target").value()).fraction();
    }

    /** Cloud Run's concurrency target: the profile's (concurrency_target), else the default. */
    private static double concurrencyTarget(Profile profile, Catalog catalog) {
        return profile.platforms().cloudFunctionsGen2().concurrencyTarget().orElseGet(() ->
                (dev.costfit.units.Percent) catalog.limit("gcf2.concurrency.target").value()).fraction();
    }

    /** A vCPU rounded up to Cloud Run's steps below one, thousandths. */
    private static double thousandths(double vcpu) {
        return Math.ceil(vcpu * 1000 - 1e-6) / 1000;
    }

    /**
     * A request at a time bills its duration rounded up to the granularity (100 ms), so where every request lasts
     * the mean (no spread stated: {@link BilledDuration}), a vCPU that ends it just past a step bills the whole next
     * one: 0.583 vCPU running 888 ms of CPU in 2.23 s bills 2.3 s, where 0.601 vCPU ends it in 2.18 s and bills
     * 2.2 s, 1% cheaper. For each candidate (and one whole vCPU), the least vCPU that ends the request within the
     * step it bills — the same billed time on less CPU — and one step faster than the least vCPU within the limits,
     * all at or above {@code lowest} and below one. Not where the durations spread: their mean billed time falls
     * smoothly with the vCPU, with no step to end within, and a request that ends 2.1994 s on average bills as much
     * as one that ends 2.2003 s.
     */
    private static List<Double> billedSteps(RequestTime time, java.util.Set<Double> candidates, double lowest,
                                            double granularity) {
        List<Double> steps = new ArrayList<>();
        java.util.function.DoubleUnaryOperator within = seconds -> seconds > time.waiting()
                ? thousandths(time.cpu() / (seconds - time.waiting())) : Double.POSITIVE_INFINITY;
        for (double v : candidates) {
            steps.add(within.applyAsDouble(Granularity.roundUp(time.at(v), granularity)));
        }
        steps.add(within.applyAsDouble(Granularity.roundUp(time.at(WHOLE_VCPU), granularity)));
        steps.add(within.applyAsDouble(Granularity.roundUp(time.at(lowest), granularity) - granularity));
        steps.removeIf(v -> !(v >= lowest && v < WHOLE_VCPU - 1e-9));
        return steps;
    }

    /**
     * n = max(1, min(held · c, target · v · W / cpu_time)): as many requests at once on average as keep an instance
     * of v vCPU at the CPU target (a single request may use the whole instance) and at the concurrency target.
     * Cloud Run's autoscaler counts instances by both, "a utilization target of 60% for both CPU and concurrency" by
     * default, the larger count winning (https://docs.cloud.google.com/run/docs/configuring/scaling-controls;
     * about-instance-autoscaling: instances = ⌈average CPU usage ÷ vCPU ÷ target⌉, and ⌈average concurrency ÷
     * (maximum concurrency × target)⌉): for X requests in flight ⌈X ÷ n⌉ instances, n unrounded, so c = 3 holds 1.8
     * on average, not 1, and 0.7 s requests of 150 ms of CPU hold 2.8, not 2 (DESIGN §3 floored n and named the CPU
     * target alone; an expert review found c from 2 to 10 priced up to 75% high by a floor). c requests at once is
     * the most an instance takes, at a peak. With both targets 1, what an instance holds at most: c, or at full CPU
     * v·W/cpu_time on average, not floored either (a floor there made instance billing's month saw as the duration
     * grew: 1 vCPU at 3/s on business hours, 100 ms of CPU, cost $161.58 at 380 ms, its 3.8 at full CPU taken as 3,
     * and $104.02 at 400 ms).
     */
    static double perInstance(int concurrency, double vcpu, double seconds, double cpuSeconds, double target,
                              double held) {
        if (concurrency == 1 || vcpu < WHOLE_VCPU - 1e-9) {
            return 1;
        }
        double byConcurrency = Math.max(1, held * concurrency);
        double fits = cpuSeconds <= 0 ? byConcurrency : target * vcpu * seconds / cpuSeconds;
        return Math.max(1, Math.min(byConcurrency, fits));
    }

    private Assessment assessAt(Profile profile, PricingContext context, GoogleRegion region, GcfBilling billing,
                                Optional<CloudRunGpu> gpu, Shape shape, RequestTime time, List<String> baseNotes,
                                List<String> baseAssumptions, WarmCapacity warm, ServiceLoads loads) {
        Catalog catalog = context.catalog();
        List<String> notes = new ArrayList<>(baseNotes);
        List<String> assumptions = new ArrayList<>(baseAssumptions);
        notes.addAll(shape.notes());
        List<LimitCheck> limits = limits(profile, shape, catalog, region.name(), gpu, loads);
        if (shape.fits()) {
            limits.addAll(SpeedLimits.check(profile, context, time, shape.vcpu(),
                    List.of("gcf2", shape.memoryGb(), shape.vcpu()),
                    () -> DataSize.ofGiB(shape.memoryGb()).display() + " / " + Numbers.grouped(shape.vcpu(), 3)
                            + " vCPU", Optional.of(runLimit(profile, catalog))));
        }
        String variant = region.name() + gpu.map(g -> ", " + g.label())
                .orElse(billing == GcfBilling.INSTANCE ? ", instance-based" : "");
        if (limits.stream().anyMatch(LimitCheck::blocks)) {
            return Assessment.unfit(INFO, variant, limits, Capacity.NONE, notes, assumptions);
        }
        try {
            // Requests start instances cold when every instance is full, at its maximum concurrency (Cloud Run's
            // on-demand scaling); the autoscaler's targets add instances ahead of that, warm.
            WarmCapacity.Warmth kept = warm.minimumInstances("gcf2", shape.seconds(), shape.atPeak(),
                    shape.memoryGb() * 1024, (int) catalog.countLimit("gcf2.instances.max"));
            kept.slo().ifPresent(limits::add);
            if (limits.stream().anyMatch(LimitCheck::blocks)) {
                return Assessment.unfit(INFO, variant, limits, Capacity.NONE, kept.coldStarts(), notes,
                        assumptions);
            }
            Usage usage = usage(profile, shape, billing, catalog, kept.constant(), loads,
                    () -> warm.minimumInstancesPlan(kept, "gcf2", shape.seconds(), shape.atPeak()));
            // Instances under instance-based billing are counted alive, idle ones within the keep-alive too. A job's
            // peak is its tasks at once all the same: an idle instance has ended or runs the next run's task.
            Optional<TimeSpan> keepAlive = billing == GcfBilling.INSTANCE
                    ? Optional.of(ColdStartEstimates.keepAlive("gcf2", profile, catalog)) : Optional.empty();
            gpu.ifPresent(g -> limits.add(g.quota(usage.peakInstances(),
                    profile.workload() instanceof Workload.Service ? keepAlive : Optional.empty())));
            List<CostLine> lines = lines(profile, context, region, billing, gpu, shape, usage);
            if (context.forReport()) {
                assumptions.addAll(assumptions(profile, context, region, billing, shape, time, kept.constant()));
            }
            return Assessment.priced(INFO, variant, limits, lines,
                    Capacity.shownIf(context.forReport(), () -> capacity(profile, shape, usage, time, keepAlive)),
                    kept.coldStarts(), notes, assumptions).withUsage(usage.hourly())
                    .withLongestRequest(TimeSpan.ofSeconds(time.longestAt(shape.vcpu())));
        } catch (MissingPriceException e) {
            return Assessment.unpriced(INFO, variant, limits, Capacity.NONE, notes, assumptions, e.getMessage());
        }
    }

    /** What a priced shape assumes, in words: only a report reads them. */
    private static List<String> assumptions(Profile profile, PricingContext context, GoogleRegion region,
                                            GcfBilling billing, Shape shape, RequestTime time, int kept) {
        Catalog catalog = context.catalog();
        List<String> assumptions = new ArrayList<>();
        if (time.cpuModel()) {
            assumptions.add("a request's " + TimeSpan.ofSeconds(time.cpu()).display() + " of CPU run at "
                    + Numbers.grouped(time.share(shape.vcpu()), 3) + " vCPU, plus "
                    + TimeSpan.ofSeconds(time.waiting()).display() + " waiting: "
                    + TimeSpan.ofSeconds(shape.seconds()).display() + " a request" + (shape.perInstance() <= 1
                    ? ", one at a time per instance" : "; requests that wait do not hold the CPU, so "
                    + Numbers.significant(shape.perInstance(), 3) + " share an instance on average, up to "
                    + Numbers.significant(shape.atPeak(), 3)));
        } else {
            assumptions.add(ProfileDefaults.CPU_MODEL_OFF);
        }
        assumptions.addAll(usageAssumptions(profile, shape, billing, catalog, kept));
        CloudRunEgress egress = new CloudRunEgress(profile, catalog, region);
        if (egress.any()) {
            assumptions.add(egress.assumption());
        }
        assumptions.add(context.freeTier()
                ? "free tier applied (2M requests, 180,000 vCPU-s and 360,000 GiB-s a month, per billing "
                        + "account), at Tier 1 prices (in a Tier 2 region, fewer units of it)"
                : "free tier not applied (--free-tier applies it)");
        return assumptions;
    }

    /** Functions keep their files in memory: stated storage adds to the memory an instance needs. */
    static double memoryNeeded(Profile profile, List<String> notes) {
        if (profile.storage().isPresent()) {
            notes.add("the " + profile.storage().get().display() + " of storage count against memory: function "
                    + "instances keep their files in memory");
        }
        return profile.memory().gib() + profile.storageNeeded().gib();
    }

    /** Whether the function is event-driven (a queue's messages, events), with a shorter limit than HTTP's. */
    private static boolean eventDriven(Profile profile) {
        return profile.trigger() == Trigger.EVENT || profile.trigger() == Trigger.QUEUE;
    }

    /** The longest the function runs: what a timeout may be at most, and what holds a job that states none. */
    private static RunLimit runLimit(Profile profile, Catalog catalog) {
        return eventDriven(profile)
                ? new RunLimit(catalog.durationLimit("gcf2.timeout.event"), "the longest an event-driven function runs")
                : new RunLimit(catalog.durationLimit("gcf2.timeout.http"), "the longest an HTTP function runs");
    }

    private static List<LimitCheck> limits(Profile profile, Shape shape, Catalog catalog, String region,
                                           Optional<CloudRunGpu> gpu, ServiceLoads loads) {
        List<LimitCheck> checks = new ArrayList<>();
        if (gpu.isPresent()) {
            checks.addAll(gpu.get().limits(region));
        } else {
            checks.add(LimitCheck.of(true, LimitCheck.Severity.HARD, "GPU", "none", "none",
                    "a Cloud Run service with an NVIDIA L4 (instance-based billing), or EKS with GPU nodes"));
        }
        boolean eventDriven = eventDriven(profile);
        checks.add(runLimit(profile, catalog).check(profile, eventDriven ? " (event-driven)" : " (HTTP)", "",
                profile.trigger() == Trigger.QUEUE
                        // An HTTP function fed by a Pub/Sub push still waits at most the 600-s ack deadline.
                        ? "split the work into steps under 9 minutes (Workflows): a Pub/Sub push waits at most its "
                        + "600-s ack deadline, so an HTTP function's 60 minutes do not help"
                        : eventDriven ? "make it an HTTP function (60 minutes), or split the work"
                        : "split the work into steps (Workflows), or run it as a Cloud Run job or a container task"));
        if (profile.workload() instanceof Workload.Job && !eventDriven) {
            // A run is started by Cloud Scheduler's HTTP call, which waits at most 30 minutes: past it the attempt
            // is marked failed (and retried as its retry config says) while the function goes on. An advisory.
            TimeSpan deadline = catalog.durationLimit("gcf2.scheduler.deadline");
            TimeSpan task = TimeSpan.ofSeconds(shape.seconds());
            checks.add(LimitCheck.of(!task.isLongerThan(deadline), LimitCheck.Severity.ADVISORY, "scheduler deadline",
                    () -> task.display() + " (a task)", () -> deadline.display()
                            + " (Cloud Scheduler's longest HTTP attempt deadline: past it the attempt is marked failed "
                            + "and retried as its retry config says, while the function runs on)",
                    "answer the scheduler at once and go on in the background (instance-based billing keeps the "
                            + "CPU), or run it as a Cloud Run job"));
        }
        DataSize maxMemory = catalog.sizeLimit("gcf2.memory.max");
        DataSize memory = profile.memory().plus(profile.storageNeeded());
        checks.add(LimitCheck.of(!memory.isLargerThan(maxMemory), LimitCheck.Severity.HARD, "memory",
                () -> memory.display() + (profile.storage().isPresent() ? " (with storage)" : ""),
                () -> maxMemory.display(),
                "run it on Fargate or EKS"));
        double maxVcpu = catalog.countLimit("gcf2.vcpu.max");
        checks.add(LimitCheck.of(shape.fits() || shape.vcpu() <= maxVcpu, LimitCheck.Severity.HARD, "vCPU",
                () -> Numbers.grouped(shape.vcpu(), 3),
                () -> Numbers.grouped(maxVcpu, 0) + " (with the memory it needs)",
                "ask for less vCPU (vcpu), or run it on EKS"));
        double maxConcurrency = catalog.countLimit("gcf2.concurrency.max");
        // The setting is checked, not what an instance holds at Cloud Run's targets; below one vCPU it is 1.
        int setting = profile.workload() instanceof Workload.Job || shape.vcpu() < WHOLE_VCPU - 1e-9 ? 1
                : profile.concurrencyPerInstance();
        checks.add(LimitCheck.of(setting <= maxConcurrency, LimitCheck.Severity.HARD,
                "concurrency per instance", () -> Integer.toString(setting),
                () -> Numbers.grouped(maxConcurrency, 0),
                "set concurrency_per_instance to 1,000 or less"));
        if (profile.workload() instanceof Workload.Service) {
            if (profile.trigger() == Trigger.EVENT) {
                DataSize event = catalog.sizeLimit("gcf2.payload.event");
                checks.add(LimitCheck.of(!profile.payload().request().isLargerThan(event), LimitCheck.Severity.HARD,
                        "event size", () -> profile.payload().request().display(), () -> event.display(),
                        "put the payload in Cloud Storage and send its name"));
            } else {
                DataSize payload = catalog.sizeLimit("gcf2.payload");
                DataSize response = catalog.sizeLimit(profile.payload().streaming() ? "gcf2.payload.streamed"
                        : "gcf2.payload");
                checks.add(LimitCheck.of(!profile.payload().request().isLargerThan(payload), LimitCheck.Severity.HARD,
                        "request size", () -> profile.payload().request().display(), () -> payload.display(),
                        "upload to Cloud Storage with a signed URL"));
                checks.add(LimitCheck.of(!profile.payload().response().isLargerThan(response),
                        LimitCheck.Severity.HARD, profile.payload().streaming() ? "streamed response size"
                                : "response size", () -> profile.payload().response().display(),
                                () -> response.display(),
                        "return a Cloud Storage signed URL"));
            }
            HourlyLoad load = loads.at(shape.seconds()).orElseThrow();
            // The larger of what the busiest hour's short peaks start (instances full) and what it keeps busy on
            // average at Cloud Run's targets, as the capacity's peak counts them.
            HourlyLoad.Hour top = load.peak();
            int full = sized(load, top, shape.atPeak());
            int busy = (int) Math.ceil(BusyTime.billedPerSecond(top.rate(), shape.seconds(), shape.billed(),
                    shape.perInstance(), catalog.durationLimit("gcf2.billing.granularity").seconds(),
                    shape.perInstance() > 1 ? load.occupancy(top) : null) - 1e-9);
            int peak = Math.max(full, busy);
            double maxInstances = catalog.countLimit("gcf2.instances.max");
            checks.add(LimitCheck.of(peak <= maxInstances, LimitCheck.Severity.QUOTA, "instances",
                    () -> peak + " at peak (" + (full >= busy ? "p99 of requests in flight × burst ÷ "
                            + Numbers.significant(shape.atPeak(), 3) : "busy on average in the busiest hour, "
                            + Numbers.significant(shape.perInstance(), 3) + " requests each") + ")",
                    () -> Numbers.grouped(maxInstances, 0) + " per function (default maximum)",
                    "raise the function's maximum instances, or serve more requests per instance"));
        } else {
            // A job's tasks each take an instance; runs longer than the time between them overlap.
            int peak = JobRuns.tasksAtOnce(profile, shape.seconds());
            String overlap = JobRuns.inProgress(profile, shape.seconds());
            double maxInstances = catalog.countLimit("gcf2.instances.max");
            checks.add(LimitCheck.of(peak <= maxInstances, LimitCheck.Severity.QUOTA, "instances",
                    () -> Numbers.grouped(peak, 0) + " at peak (every task of a run" + overlap + ")",
                    () -> Numbers.grouped(maxInstances, 0) + " per function (default maximum)",
                    "raise the function's maximum instances, or run the tasks as a Cloud Run job"));
        }
        return checks;
    }

    /**
     * Instance-seconds a month, busy and idle.
     *
     * @param hourly how the instance time is used hour by hour, what a commitment can cover ({@link Commitments}):
     *               the requests', save where it does not follow them (instances alive under instance-based
     *               billing; minimum instances idle most where requests are fewest)
     */
    record Usage(double requests, double busySeconds, double idleSeconds, double meanBusy, int peakInstances,
                 double meanInFlight, dev.costfit.assessment.HourlyUsage hourly) {}

    /**
     * @param plan the cold-start model of the shape's instances ({@link WarmCapacity#minimumInstancesPlan}), read
     *             with instance-based billing only
     */
    private static Usage usage(Profile profile, Shape shape, GcfBilling billing, Catalog catalog, int kept,
                               ServiceLoads loads, Supplier<ColdStartPlan> plan) {
        if (profile.workload() instanceof Workload.Job) {
            return jobUsage(profile, shape, billing, catalog);
        }
        HourlyLoad load = loads.at(shape.seconds()).orElseThrow();
        double n = shape.perInstance();
        if (billing == GcfBilling.INSTANCE) {
            return aliveUsage(profile, load, shape.seconds(), n, shape.atPeak(), kept, plan.get(),
                    catalog.durationLimit("gcf2.autoscaling.window").seconds(),
                    ColdStartEstimates.keepAlive("gcf2", profile, catalog).seconds());
        }
        double increment = catalog.durationLimit("gcf2.billing.granularity").seconds();
        double busy = 0;
        double idle = 0;
        double hours = 0;
        int peak = 0;
        List<Double> idleWeights = new ArrayList<>(kept > 0 ? load.distinctHours().size() : 0);
        List<Double> idleHours = new ArrayList<>(kept > 0 ? load.distinctHours().size() : 0);
        for (HourlyLoad.Hour hour : load.distinctHours()) {
            // The occupancy's table only where it is read: a request at a time with none kept is billed by the
            // request alone, and nothing idles below the minimum of none.
            Poisson inFlight = n > 1 || kept > 0 ? load.occupancy(hour) : null;
            double billed = BusyTime.billedPerSecond(hour.rate(), shape.seconds(), shape.billed(), n, increment,
                    inFlight);
            busy += 3600 * billed * hour.monthHours();
            if (kept > 0) {
                double idleNow = inFlight.expectedIdle(kept, n);
                idle += 3600 * idleNow * hour.monthHours();
                idleWeights.add(idleNow);
                idleHours.add(hour.monthHours());
            }
            // Instances alive at the busiest moment: enough for the p99 × burst, and every one billed.
            peak = Math.max(peak, Math.max(hour.rate() > 0 ? 1 : 0, Math.max(sized(load, hour, shape.atPeak()),
                    (int) Math.ceil(billed - 1e-9))));
            hours += hour.monthHours();
        }
        dev.costfit.assessment.HourlyUsage hourly = requestUsage(profile, shape.seconds());
        if (kept > 0) {
            // Minimum instances idle most in the quietest hours: their idle lines are committed by their own hours.
            dev.costfit.assessment.HourlyUsage idling = new dev.costfit.assessment.HourlyUsage(idleWeights, idleHours);
            hourly = hourly.withLine("gcf2.vcpu.idle", idling).withLine("gcf2.memory.idle", idling);
        }
        // Minimum instances are alive at every moment, the busiest included.
        return new Usage(profile.workPerMonth(), busy, idle, busy / 3600 / hours, Math.max(peak, kept),
                load.meanInFlight(), hourly);
    }

    /**
     * Instance-based billing bills an instance from its start to its end ("billed for the entire lifecycle of the
     * instance", https://cloud.google.com/run/pricing; pricing-reference.md §4.1), and Cloud Run ends one idle for up
     * to 15 minutes, a GPU one for up to 10, and keeps min_instances however idle (coldstart-reference.md §3, [G1],
     * [G3]). In each hour the instances alive are the most of:
     * <ul>
     *   <li>those Cloud Run's autoscaler keeps ({@link AutoscaledInstances}): the first while a request is in flight
     *   or came within that window, as the cold-start model counts it, and instance k above it while the minute's
     *   average of requests in flight has exceeded k·n within the window, n to an instance at its targets; an
     *   instance it adds for a rise is kept, as it spreads the requests over the instances it keeps, until the
     *   average has stayed below its level for the window. 5/s of 20 s, 100 in flight at 48 each, keep 3
     *   instances: the average passes 96 all the time and 144 almost never (an expert review found the instances
     *   busy at each instant, 2.63, 11-19% short of the autoscaler's);</li>
     *   <li>those the cold-start model counts warm, busy or idle within that window, with min_instances (or more,
     *   for the latency SLO) as the floor ({@link ColdStartPlan#pool}), at the most an instance holds: the
     *   instances that requests start on demand where every instance is full;</li>
     *   <li>the instances busy, E[ceil(X / n)], as request-based billing counts them (an instance busy is alive);
     *   not ceil(L / n), which would keep an instance all hour for a request a day;</li>
     *   <li>and in an hour with requests its p99 of requests in flight × burst ÷ the most an instance holds.</li>
     * </ul>
     * Plus those an hour leaves idle into the next ({@link ColdStartPlan#aliveSeconds}). An hour without requests,
     * after the tail from the hour before, bills only the floor: with min_instances 0 Cloud Run scales to zero. Each
     * instance lives longer than the minute instance-based billing bills at least, as it is kept that window after
     * its last request.
     *
     * @param seconds   a request's mean time in flight on the shape
     * @param window    the seconds Cloud Run's autoscaler averages the requests in flight over
     * @param keepAlive the seconds Cloud Run keeps an idle instance
     */
    private static Usage aliveUsage(Profile profile, HourlyLoad load, double seconds, double n, double atPeak,
                                    int kept, ColdStartPlan plan, double window, double keepAlive) {
        double[] alive = new double[load.hourCount()];
        int most = 0;
        java.util.Map<HourlyLoad.Hour, Double> busy = new java.util.IdentityHashMap<>();
        java.util.Map<HourlyLoad.Hour, AutoscaledInstances.Alive> scaled = new java.util.IdentityHashMap<>();
        // The peak counts an instance the autoscaler keeps at least 1% of the time, as the sizing reads the p99:
        // the mean's ceiling would count a fourth instance for 5/s of 20 s, alive a billionth of the time.
        double share = 1 - HourlyLoad.SIZING_QUANTILE;
        for (int h = 0; h < alive.length; h++) {
            HourlyLoad.Hour hour = load.loadOf(h);
            double targeted = busy.computeIfAbsent(hour, x -> x.rate() > 0 ? load.occupancy(x).expectedCeilDiv(n)
                    : 0);
            AutoscaledInstances.Alive above = scaled.computeIfAbsent(hour, x -> AutoscaledInstances.above(x.rate(),
                    seconds, n, window, keepAlive, Math.max(1, kept), share));
            // The first instance as the cold-start model counts it (its level is 0 at any capacity), or the
            // minimum instances, alive all the time.
            double first = kept > 0 ? kept : 1 + plan.pool(h, 0) - plan.pool(h, 1);
            double others = Math.max(Math.max(plan.pool(h, kept), targeted), sized(load, hour, atPeak));
            alive[h] = Math.max(others, first + above.mean());
            most = Math.max(most, Math.max((int) Math.ceil(others - 1e-9), above.most()));
        }
        double lived = plan.aliveSeconds(alive);
        // Every line instance-based billing has follows the instances alive (no request fee, no idle rate).
        dev.costfit.assessment.HourlyUsage hourly = new dev.costfit.assessment.HourlyUsage(
                java.util.Arrays.stream(alive).boxed().toList(),
                java.util.Collections.nCopies(alive.length, load.monthHoursPerHour()));
        return new Usage(profile.workPerMonth(), lived, 0, lived / Month.SECONDS, most, load.meanInFlight(), hourly);
    }

    /**
     * A job's tasks, each an invocation on its own instance. Request-based billing bills a task's time, rounded up to
     * 100 ms. Instance-based billing bills an instance's whole life, as {@link #aliveUsage} counts a service's: a
     * task's instance lives its task and then Cloud Run's keep-alive ({@link #jobInstanceSeconds}).
     */
    private static Usage jobUsage(Profile profile, Shape shape, GcfBilling billing, Catalog catalog) {
        var schedule = ((Workload.Job) profile.workload()).schedule();
        double seconds = billing == GcfBilling.INSTANCE ? jobInstanceSeconds(profile, shape, catalog)
                : Granularity.roundUp(shape.seconds(), catalog.durationLimit("gcf2.billing.granularity").seconds());
        double busy = schedule.tasksPerMonth() * seconds;
        // At the peak every task of the runs in progress holds an instance of its own (as the instances check counts
        // them): an idle one left by an earlier run has ended by then or runs one of the tasks.
        return new Usage(schedule.tasksPerMonth(), busy, 0, busy / Month.SECONDS,
                JobRuns.tasksAtOnce(profile, shape.seconds()), 0, dev.costfit.assessment.HourlyUsage.NONE);
    }

    /**
     * The instance-seconds a task bills under instance-based billing: from its instance's start until Cloud Run ends
     * it ("billed for the entire lifecycle of the instance", https://cloud.google.com/run/pricing), which it does
     * after up to 15 idle minutes, 10 with a GPU (coldstart-reference.md §3, [G1]; the cold-start estimate's
     * keep-alive K). An instance idles {@link JobRuns#idleBeforeNextRun} before the next run could take it: where
     * that is longer than K, it ends, and the task bills D + K (at least the minute instance billing bills an
     * instance); else that run reuses it (it starts warm, as {@link WarmCapacity} counts it), and it bills the wait
     * too, D + the wait = m·I: its instances stay alive all month. 2 min tasks an hour apart bill 17 min each, not 2.
     */
    private static double jobInstanceSeconds(Profile profile, Shape shape, Catalog catalog) {
        double keepAlive = ColdStartEstimates.keepAlive("gcf2", profile, catalog).seconds();
        double idle = JobRuns.idleBeforeNextRun(profile, shape.seconds());
        return idle > keepAlive ? Math.max(shape.seconds() + keepAlive,
                catalog.durationLimit("gcf2.billing.instance-minimum").seconds()) : shape.seconds() + idle;
    }

    /** What {@link #usage} assumes, in words (a report's; a search reads the figures alone). */
    private static List<String> usageAssumptions(Profile profile, Shape shape, GcfBilling billing, Catalog catalog,
                                                 int kept) {
        if (profile.workload() instanceof Workload.Job) {
            return List.of(billing == GcfBilling.INSTANCE ? jobInstanceAssumption(profile, shape, catalog)
                    : "each task is one invocation on its own instance, billed for its duration");
        }
        double increment = catalog.durationLimit("gcf2.billing.granularity").seconds();
        double n = shape.perInstance();
        List<String> assumptions = new ArrayList<>();
        if (billing == GcfBilling.INSTANCE) {
            TimeSpan keepAlive = ColdStartEstimates.keepAlive("gcf2", profile, catalog);
            String each = Numbers.significant(n, 3);
            assumptions.add("instance-based billing: an instance bills from its start until Cloud Run ends it, "
                    + keepAlive.display() + " idle after its last request (estimate): in each hour the first "
                    + "instance while a request is in flight or came within that window, and instance k + 1 while "
                    + "the minute's average of requests in flight has passed k × " + each + " within it (Cloud Run's "
                    + "autoscaler counts instances by that average and keeps one it added until it has idled that "
                    + "long), at least the instances busy or idle within that window as the cold-start estimate "
                    + "counts them, the hour's p99 of requests in flight × burst ÷ "
                    + Numbers.significant(shape.atPeak(), 3) + ", the instances its load keeps busy at " + each
                    + " each" + (kept > 0 ? " and the " + kept + " minimum instances" : "") + "; an hour with fewer "
                    + "requests than the one before bills the extra instances up to " + keepAlive.display() + " more"
                    + (kept > 0 ? "" : ", and with no minimum instances an hour without requests bills nothing after "
                    + "that"));
        } else if (n == 1) {
            assumptions.add("request-based billing, one request per instance, whose busy period is the request: "
                    + BilledDuration.of(profile).assumption("request", shape.seconds(), increment));
        } else {
            assumptions.add("request-based billing: an instance bills while it serves at least one request, each "
                    + "busy period rounded up to 100 ms; Cloud Run keeps instances at " + Numbers.significant(n, 3)
                    + " requests each on average (its CPU and concurrency targets) and spreads requests among them, "
                    + "so E[ceil(X / " + Numbers.significant(n, 3) + ")] are busy, X ~ Poisson(λ × "
                    + TimeSpan.ofSeconds(shape.seconds()).display() + ") requests in flight, plus the rounding of "
                    + "each instance's busy periods where the gaps between them leave room for it");
            assumptions.add("that counts the instances as following the requests in flight; Cloud Run's "
                    + "autoscaler follows a minute's average, so after a rise it spreads the requests over more "
                    + "instances for a while, each busy with fewer: more busy time where the load swings within "
                    + "minutes");
        }
        if (kept > 0 && billing == GcfBilling.REQUEST) {
            assumptions.add(kept + " minimum instances kept warm: their idle time bills at the idle rates");
        }
        return assumptions;
    }

    /** {@link #jobInstanceSeconds} in words. */
    private static String jobInstanceAssumption(Profile profile, Shape shape, Catalog catalog) {
        TimeSpan keepAlive = ColdStartEstimates.keepAlive("gcf2", profile, catalog);
        double idle = JobRuns.idleBeforeNextRun(profile, shape.seconds());
        String billed = "instance-based billing: each task is one invocation on its own instance, billed from its "
                + "start until Cloud Run ends it, " + keepAlive.display() + " idle after its task (estimate); ";
        if (idle > keepAlive.seconds()) {
            return billed + "the next run's tasks come " + TimeSpan.ofSeconds(idle).display() + " after a task ends, "
                    + "later than that, so each task bills " + TimeSpan.ofSeconds(jobInstanceSeconds(profile, shape,
                    catalog)).display();
        }
        return billed + "the next run's tasks come " + TimeSpan.ofSeconds(idle).display() + " after a task ends, "
                + "within that, and run on the same instances, which stay alive all month ("
                + Numbers.count(JobRuns.tasksAtOnce(profile, shape.seconds()), "instance") + ")";
    }

    private static List<CostLine> lines(Profile profile, PricingContext context, GoogleRegion region,
                                        GcfBilling billing, Optional<CloudRunGpu> gpu, Shape shape, Usage usage) {
        Catalog catalog = context.catalog();
        String r = region.name();
        boolean free = context.freeTier();
        List<CostLine> lines = new ArrayList<>();
        // Literal keys, not "gcf2.vcpu." + mode: a built key is hashed and compared anew on every look-up.
        boolean instance = billing == GcfBilling.INSTANCE;
        if (billing == GcfBilling.REQUEST) {
            lines.add(freeLine(() -> "Requests", usage.requests(), PriceKeys.GCF2_REQUESTS, r, catalog, free));
        }
        lines.add(freeLine(() -> "vCPU (" + Numbers.grouped(shape.vcpu(), 3) + " per instance)",
                usage.busySeconds() * shape.vcpu(),
                instance ? PriceKeys.GCF2_VCPU_INSTANCE : PriceKeys.GCF2_VCPU_REQUEST, r, catalog, free));
        lines.add(freeLine(() -> "Memory (" + DataSize.ofGiB(shape.memoryGb()).display() + " per instance)",
                usage.busySeconds() * shape.memoryGb(),
                instance ? PriceKeys.GCF2_MEMORY_INSTANCE : PriceKeys.GCF2_MEMORY_REQUEST, r, catalog, free));
        gpu.ifPresent(g -> lines.add(g.line(usage.busySeconds(), r)));
        if (usage.idleSeconds() > 0) {
            lines.add(CostLines.single("Idle minimum instances, vCPU", usage.idleSeconds() * shape.vcpu(),
                    catalog.price(PriceKeys.GCF2_VCPU_IDLE, r)));
            lines.add(CostLines.single("Idle minimum instances, memory", usage.idleSeconds() * shape.memoryGb(),
                    catalog.price(PriceKeys.GCF2_MEMORY_IDLE, r)));
        }
        lines.addAll(new CloudRunEgress(profile, catalog, region).lines(context));
        return lines;
    }

    /** A line whose quantity is reduced by the free tier of the same key when --free-tier is on. */
    static CostLine freeLine(Supplier<String> component, double quantity, PriceKey key, String region,
                             Catalog catalog, boolean free) {
        Price price = catalog.price(key, region);
        double allowance = free ? catalog.freeTier(key.name()).value().magnitude() : 0;
        // Google grants the free tier at Tier 1 prices ("Free tier pricing is always based on Tier 1 prices",
        // firebase-tools pricing.ts; the Cloud Run pricing page says the same): in a Tier 2 region it takes off the
        // units its Tier 1 value buys there. Tier 1 is the key's lowest price in any region.
        double tier1 = free ? catalog.prices().get(key.name()).values().stream().mapToDouble(Price::unitPrice).min()
                .orElse(price.unitPrice()) : price.unitPrice();
        double share = price.unitPrice() > 0 ? Math.min(1, tier1 / price.unitPrice()) : 1;
        double off = allowance * share;
        return CostLine.of(key.name(), () -> allowance <= 0 ? component.get() : component.get() + " (after "
                + Numbers.compact(allowance) + " free" + (share < 1 ? ", at Tier 1 prices: " + Numbers.compact(off)
                + " here" : "") + ")", Math.max(0, quantity - off), price.unit(), price.unitPrice());
    }

    /**
     * @param keepAlive with instance-based billing, how long an idle instance is kept: its instances are counted
     *                  alive, idle ones within that window too (as billed, and as they hold a GPU), so a service's
     *                  peak can exceed the instances check's, which counts those the requests keep busy
     */
    private static Capacity capacity(Profile profile, Shape shape, Usage usage, RequestTime time,
                                     Optional<TimeSpan> keepAlive) {
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("memoryGb", "memory per instance", shape.memoryGb(), "GiB"),
                new Figure("vcpu", "vCPU per instance", shape.vcpu(), "vCPU"),
                new Figure("concurrencyPerInstance", "requests per instance", shape.perInstance(), "requests"),
                new Figure("requestSeconds", "mean wall time per request", shape.seconds(), "s"),
                new Figure("busyInstancesMean", "instances busy, mean", usage.meanBusy(), "instances"),
                new Figure("instancesPeak", "instances at peak", usage.peakInstances(), "instances"),
                new Figure("busyInstanceSeconds", "busy instance-seconds a month", usage.busySeconds(), "s")));
        if (usage.meanBusy() > 0 && usage.meanInFlight() > 0) {
            figures.add(new Figure("requestsPerInstance", "requests in flight per busy instance, mean",
                    usage.meanInFlight() / usage.meanBusy(), "requests"));
        }
        if (profile.workload() instanceof Workload.Service && time.cpuModel()) {
            // The CPU a full instance burns: n requests, each cpu_time every W seconds, over v vCPU.
            figures.add(new Figure("cpuUtilizationFull", "CPU utilisation of an instance running its requests",
                    shape.perInstance() * time.cpu() / shape.seconds() / shape.vcpu(), "fraction"));
        }
        String summary = Numbers.significantCount(usage.meanBusy(), "instance") + (keepAlive.isPresent()
                ? " alive on average, " + usage.peakInstances() + " at peak (idle ones kept up to "
                + keepAlive.get().display() + " included)" : " busy on average, " + usage.peakInstances()
                + " at peak") + "; " + Numbers.grouped(shape.vcpu(), 3) + " vCPU/"
                + DataSize.ofGiB(shape.memoryGb()).display() + ", " + Numbers.significantCount(shape.perInstance(),
                "request")
                + " each";
        return new Capacity(summary, figures);
    }
}
