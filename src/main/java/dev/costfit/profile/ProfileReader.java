package dev.costfit.profile;

import static dev.costfit.profile.ProfileFormat.*;

import dev.costfit.units.DataSize;
import dev.costfit.units.Numbers;
import dev.costfit.units.Percent;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import dev.costfit.units.Units;
import dev.costfit.yaml.DefaultUsed;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.Problems;
import dev.costfit.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads one YAML document into a {@link Profile}: each field as {@link ProfileFormat} declares it, and the rules that
 * tie fields together (a job or a service, cpu_time within the duration, the timeout after the longest request).
 * Every problem is collected; a profile is returned only if its document had none.
 */
public final class ProfileReader {

    public static final int FORMAT_VERSION = ProfileFormat.VERSION_NUMBER;
    /** z of the 95th percentile of a standard normal, to fit a log-normal through p50 and p95. */
    private static final double Z95 = 1.6448536269514722;
    private static final String GPU_EXPECTED = "none, or a mapping {count: 1, type: "
            + String.join("|", new ValueType.OneOf<>(GpuType.class).spellings()) + ", memory: 24GB}";

    private final Problems problems;
    /** The defaults used and field paths of the profiles read before, shared with them. */
    private final SharedValues shared;

    public ProfileReader(Problems problems) {
        this(problems, new SharedValues());
    }

    ProfileReader(Problems problems, SharedValues shared) {
        this.problems = problems;
        this.shared = shared;
    }

    public Optional<Profile> read(String file, YamlNode document) {
        int before = problems.count();
        List<DefaultUsed> defaults = new ArrayList<>();
        FieldReader root = FieldReader.document(document, problems, defaults);
        if (!(document instanceof YamlNode.Mapping)) {
            return Optional.empty();
        }

        root.optional(VERSION);
        Kind kind = root.orDefault(KIND);
        Optional<String> name = root.required(NAME);
        String description = root.optional(DESCRIPTION).orElse("");
        // Interned as the catalog's keys are: every price look-up names the region.
        String region = root.orDefault(REGION).intern();
        Optional<String> gcpRegion = root.optional(GCP_REGION).map(String::intern);
        List<String> regions = root.optional(REGIONS).orElse(List.of());

        Optional<Pipeline> pipeline = readPipeline(root, kind);
        Optional<ReadWorkload> read = kind == Kind.JOB ? readJob(root) : readService(root, pipeline);
        Optional<Workload> workload = read.map(ReadWorkload::workload);
        Optional<Workload> asMeasured = workload;
        TimeSpan meanDuration = workload.map(ProfileReader::unitDuration).orElse(TimeSpan.ZERO);

        Optional<Estimate<TimeSpan>> cpuRange = root.optional(CPU_TIME);
        Optional<TimeSpan> cpuTime = cpuRange.map(Estimate::expected);
        if (pipeline.isPresent() && cpuTime.isPresent()) {
            root.reject(CPU_TIME, "with steps, cpu_time is the sum of the steps' CPU: state cpu_time on the steps");
        } else if (pipeline.isPresent() && pipeline.get().cpuStated()) {
            cpuTime = Optional.of(pipeline.get().cpuTime());
        }
        // Where no step states its CPU, a request burns its whole duration, but a step that only waits burns none:
        // the critical path's compute (the critical path itself where nothing waits).
        TimeSpan cpuDefault = pipeline.filter(Pipeline::hasWaits).map(Pipeline::computePath).orElse(meanDuration);
        if (cpuTime.isEmpty()) {
            root.usedDerived(CPU_TIME, cpuDefault.display());
        }
        int threads = root.orDefault(THREADS).intValue();
        Optional<MeasuredOn> measuredOn = root.optional(MEASURED_ON);
        Ranges ranges = new Ranges(read.flatMap(r -> r.ranges().rate()), read.flatMap(r -> r.ranges().meanDuration()),
                cpuRange.filter(c -> ranged(root, CPU_TIME)), Optional.empty(), Optional.empty(), Optional.empty());
        checkRanges(root, ranges, threads, measuredOn, workload);
        if (measuredOn.isPresent() && cpuTime.isEmpty()) {
            root.reject(MEASURED_ON, "measured_on converts durations by their CPU part: state cpu_time too "
                    + "(the CPU busy time of one request)");
        }
        if (cpuTime.isPresent() && workload.isPresent()) {
            double wallOfCpu = cpuTime.get().seconds() / Math.min(threads,
                    measuredOn.map(MeasuredOn::vcpu).orElse((double) threads));
            if (wallOfCpu > meanDuration.seconds() * (1 + 1e-9)) {
                root.reject(pipeline.isPresent() ? STEPS : CPU_TIME, pipeline.isPresent() ? "the steps burn "
                        + cpuTime.get().display() + " of CPU, more than the critical path " + meanDuration.display()
                        + " at " + threads + " thread" + (threads > 1 ? "s" : "") + ": steps run in parallel burn "
                        + "CPU at once, so state threads (the most steps running at once)"
                        : "found " + cpuTime.get().display() + ", which takes "
                        + TimeSpan.ofSeconds(wallOfCpu).display() + " of wall time"
                        + measuredOn.map(m -> " on " + m.display()).orElse(threads > 1 ? " on " + threads
                        + " threads" : "") + ", longer than the mean duration " + meanDuration.display()
                        + "; cpu_time is the CPU busy time of one request, part of its wall time");
            } else if (measuredOn.isPresent()) {
                TimeSpan cpu = cpuTime.get();
                workload = workload.map(w -> Reference.convert(w, cpu, threads, measuredOn.get()));
            }
        }
        Optional<DataSize> memory = root.required(MEMORY);
        OptionalDouble vcpu = root.optional(VCPU).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        Optional<TimeSpan> timeout = readTimeout(root, kind, workload, asMeasured, measuredOn);
        checkTimeoutAcrossRange(root, ranges, workload, timeout);
        if (pipeline.isPresent() && timeout.isPresent()) {
            checkStepTimeouts(root, pipeline.get(), timeout.get());
        }
        Optional<Gpu> gpu = readGpu(root);
        int concurrency = root.orDefault(CONCURRENCY).intValue();
        int minInstances = root.orDefault(MIN_INSTANCES).intValue();
        boolean ha = root.orDefault(HA);
        Architecture architecture = root.orDefault(ARCHITECTURE);
        Runtime runtime = root.orDefault(RUNTIME);
        Payload payload = readPayload(root.child(PAYLOAD));
        Optional<DataSize> storage = root.optional(STORAGE);
        if (storage.isEmpty() && !root.has(STORAGE)) {
            root.usedDerived(STORAGE, "none stated");
        }
        Trigger trigger = root.orDefault(TRIGGER, kind.spelling());
        FrontDoor frontDoor = root.orDefault(FRONT_DOOR);
        Delivery delivery = readDelivery(root, trigger);
        Network network = readNetwork(root.child(NETWORK));
        Observability observability = readObservability(root.child(OBSERVABILITY));
        Optional<Secrets> secrets = readSecrets(root);
        FieldReader latencyFields = root.child(LATENCY);
        Optional<LatencySlo> latency = readLatency(latencyFields);
        Percent maxSlowdown = latencyFields.orDefault(MAX_SLOWDOWN);
        latencyFields.finish();
        ColdStartOverride coldStart = readColdStart(root.child(COLD_START));
        Optional<ReadLlm> readLlm = readLlm(root);
        Optional<Llm> llm = readLlm.map(ReadLlm::llm);
        if (readLlm.isPresent()) {
            ReadLlm l = readLlm.get();
            ranges = ranges.withLlm(l.inputTokens(), l.outputTokens(), l.calls());
        }
        OptionalDouble budget = root.optional(BUDGET).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        PricingOption pricing = root.orDefault(PRICING);
        PlatformKnobs platforms = readPlatforms(root.child(PLATFORMS), runtime, gpu.isPresent());
        Set<Cloud> clouds = Set.copyOf(root.orDefault(CLOUDS));
        root.finish();

        if (problems.count() > before) {
            return Optional.empty();
        }
        SourceMap source = new SourceMap(file, document.location(), locations(document, shared));
        return Optional.of(new Profile(name.orElseThrow(), description, kind, region, gcpRegion, regions,
                workload.orElseThrow(), cpuTime.orElse(cpuDefault), threads, measuredOn, memory.orElseThrow(), vcpu,
                timeout, gpu, concurrency, minInstances, ha, architecture, runtime, payload, storage,
                trigger, frontDoor, network, new Glue(observability, secrets, delivery, pipeline), latency, maxSlowdown,
                coldStart, llm, budget, pricing, platforms, clouds, ranges,
                defaults.stream().map(shared::of).toList(), source));
    }

    private static TimeSpan unitDuration(Workload workload) {
        if (workload instanceof Workload.Service service) {
            return service.duration().mean();
        }
        return ((Workload.Job) workload).schedule().duration();
    }

    /** A workload as read, and the ranges its fields stated. */
    private record ReadWorkload(Workload workload, Ranges ranges) {}

    /**
     * The rules a range must keep so that every scenario between low and high is a profile: the CPU part at its
     * high fits in the shortest mean duration, and durations are stated at the 1-vCPU reference.
     */
    private static void checkRanges(FieldReader root, Ranges ranges, int threads, Optional<MeasuredOn> measuredOn,
                                    Optional<Workload> workload) {
        if (measuredOn.isPresent() && (ranges.cpuTime().isPresent() || ranges.meanDuration().isPresent())) {
            root.reject(MEASURED_ON, "measured_on converts one duration by one cpu_time; state the duration and "
                    + "cpu_time ranges at the 1-vCPU reference instead (leave measured_on out)");
            return;
        }
        if (ranges.cpuTime().isEmpty() || workload.isEmpty()) {
            return;
        }
        double shortest = ranges.meanDuration().map(d -> d.low().seconds())
                .orElse(unitDuration(workload.get()).seconds());
        TimeSpan highest = ranges.cpuTime().get().high();
        if (highest.seconds() / threads > shortest * (1 + 1e-9)) {
            root.reject(CPU_TIME, "the range's high " + highest.display() + " is longer than the shortest mean "
                    + "duration " + TimeSpan.ofSeconds(shortest).display() + "; every scenario between low and high "
                    + "must keep the CPU busy time within the wall time");
        }
    }

    /** Across a mean-duration range the percentiles scale with the mean; the longest must stay within the timeout. */
    private static void checkTimeoutAcrossRange(FieldReader root, Ranges ranges, Optional<Workload> workload,
                                                Optional<TimeSpan> timeout) {
        if (ranges.meanDuration().isEmpty() || timeout.isEmpty()
                || !(workload.orElse(null) instanceof Workload.Service service)) {
            return;
        }
        Estimate<TimeSpan> mean = ranges.meanDuration().get();
        double longest = service.duration().longest().seconds() * mean.high().seconds() / mean.expected().seconds();
        if (longest > timeout.get().seconds() * (1 + 1e-9)) {
            root.reject(TIMEOUT, "timeout " + timeout.get().display() + " is shorter than the "
                    + service.duration().longestName() + " duration at the mean's high " + mean.high().display()
                    + " (" + TimeSpan.ofSeconds(longest).display() + ", the percentiles scale with the mean); "
                    + "raise the timeout or lower the range's high");
        }
    }

    /** The steps of a pipeline and their orchestrator; only a service has steps. */
    private static Optional<Pipeline> readPipeline(FieldReader root, Kind kind) {
        if (!root.has(STEPS)) {
            if (root.has(ORCHESTRATOR)) {
                root.reject(ORCHESTRATOR, "an orchestrator chains the steps of a pipeline: add steps, or remove it");
            }
            return Optional.empty();
        }
        if (kind == Kind.JOB) {
            root.reject(STEPS, "steps belong to a service (a request run through a pipeline); a job has tasks");
            return Optional.empty();
        }
        Optional<List<List<PipelineStep>>> stages = root.optional(STEPS);
        Orchestrator orchestrator = root.orDefault(ORCHESTRATOR);
        if (root.has(MEASURED_ON)) {
            root.reject(MEASURED_ON, "with steps, state each step's duration at a whole vCPU; measured_on is not read");
        }
        return stages.map(s -> new Pipeline(s, orchestrator));
    }

    private Optional<ReadWorkload> readService(FieldReader root, Optional<Pipeline> pipeline) {
        if (root.has(SCHEDULE)) {
            root.reject(SCHEDULE, "a schedule belongs to a job; add 'kind: job' or remove the schedule");
        }
        FieldReader traffic = root.child(TRAFFIC);
        if (!root.has(TRAFFIC)) {
            root.missing(RATE, "missing; this field is required: " + RATE.missing());
        }
        boolean trafficIsMapping = root.node(TRAFFIC).filter(n -> n instanceof YamlNode.Mapping).isPresent();
        Optional<Estimate<Rate>> rateRange = trafficIsMapping ? traffic.required(RATE) : Optional.empty();
        Optional<Rate> rate = rateRange.map(Estimate::expected);
        boolean rateRanged = ranged(traffic, RATE);
        PatternSpec pattern = traffic.orDefault(PATTERN);
        double burst = traffic.orDefault(BURST);
        traffic.finish();
        List<Estimate<TimeSpan>> meanRanges = new ArrayList<>(1);
        Optional<DurationProfile> duration;
        if (root.has(STEPS)) {
            if (root.has(DURATION)) {
                root.reject(DURATION, "with steps, the duration is the pipeline's critical path, derived from the "
                        + "steps: remove it");
            }
            duration = pipeline.map(p -> new DurationProfile(p.criticalPath(), Optional.empty(), Optional.empty(),
                    Optional.empty(), p.longest()));
            duration.ifPresent(d -> root.usedDefault(DURATION, d.mean().display(), "the critical path of the "
                    + "steps: per stage the slowest step, retries included"));
        } else {
            duration = readDuration(root, meanRanges::add);
        }
        Optional<Estimate<TimeSpan>> meanRange = meanRanges.stream().findFirst();
        if (rate.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        // Little's law at the busiest hour, with its burst: the requests in flight at once (at the ranges' highs).
        double highest = rateRange.get().high().perSecond() * meanRange.map(m -> m.high().seconds())
                .orElse(duration.get().mean().seconds());
        double inFlight = highest * pattern.peakWeight() * burst;
        if (!Bounds.IN_FLIGHT.holds(inFlight)) {
            traffic.reject(RATE, "rate × duration gives " + Numbers.significant(inFlight, 3) + " requests in flight "
                    + "at the busiest hour (with the burst" + (rateRanged || meanRange.isPresent()
                    ? ", at the ranges' highs" : "") + "), expected at most " + Numbers.grouped(
                    Bounds.IN_FLIGHT.max(), 0) + ": " + Bounds.IN_FLIGHT.why());
            return Optional.empty();
        }
        Ranges ranges = Ranges.ofWorkload(rateRanged ? rateRange : Optional.empty(), meanRange);
        return Optional.of(new ReadWorkload(new Workload.Service(new Traffic(rate.get(), pattern, burst),
                duration.get()), ranges));
    }

    private Optional<ReadWorkload> readJob(FieldReader root) {
        for (Section serviceOnly : List.of(TRAFFIC, DURATION)) {
            if (root.has(serviceOnly)) {
                root.reject(serviceOnly, "a job has no " + serviceOnly.key() + "; describe its work with "
                        + "schedule: {runs: 30/month, tasks: 5, duration: 600s}");
            }
        }
        if (!root.has(SCHEDULE)) {
            root.missing(SCHEDULE, "missing; a job needs schedule: {runs: 30/month, tasks: 5, duration: 600s}");
            return Optional.empty();
        }
        FieldReader schedule = root.child(SCHEDULE);
        Optional<Rate> runs = schedule.required(RUNS);
        Optional<Long> tasks = schedule.required(TASKS);
        Optional<TimeSpan> duration = schedule.required(TASK_DURATION);
        schedule.finish();
        if (runs.isEmpty() || tasks.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadWorkload(new Workload.Job(new Schedule(runs.get(), tasks.get().intValue(),
                duration.get())), Ranges.NONE));
    }

    /** The duration; a mean stated as a range goes to {@code meanRange}. */
    private Optional<DurationProfile> readDuration(FieldReader root,
                                                   java.util.function.Consumer<Estimate<TimeSpan>> meanRange) {
        Optional<YamlNode> node = root.node(DURATION);
        if (node.isEmpty()) {
            root.missing(DURATION, "missing; this field is required: " + Units.DURATION_EXPECTED
                    + ", or {mean: 6s, p50: 4s, p95: 30s}");
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar) {
            return root.optional(DURATION, DURATION_SHORTHAND).map(DurationProfile::ofMean);
        }
        FieldReader d = root.child(DURATION);
        Optional<Estimate<TimeSpan>> meanEstimate = d.optional(MEAN);
        if (ranged(d, MEAN)) {
            meanEstimate.ifPresent(meanRange);
        }
        Optional<TimeSpan> mean = meanEstimate.map(Estimate::expected);
        Optional<TimeSpan> p50 = d.optional(P50);
        Optional<TimeSpan> p95 = d.optional(P95);
        Optional<TimeSpan> p99 = d.optional(P99);
        Optional<TimeSpan> max = d.optional(MAX);
        d.finish();
        List<Field<TimeSpan>> names = List.of(P50, P95, P99, MAX);
        List<Optional<TimeSpan>> values = List.of(p50, p95, p99, max);
        TimeSpan previous = null;
        String previousName = null;
        for (int i = 0; i < names.size(); i++) {
            if (values.get(i).isEmpty()) {
                continue;
            }
            TimeSpan value = values.get(i).get();
            String name = names.get(i).key();
            if (previous != null && previous.isLongerThan(value)) {
                d.reject(names.get(i), name + " " + value.display() + " is shorter than "
                        + previousName + " " + previous.display() + "; percentiles cannot decrease");
            }
            previous = value;
            previousName = name;
        }
        if (mean.isEmpty()) {
            if (p50.isPresent() && p95.isPresent() && !p50.get().isLongerThan(p95.get())) {
                // A log-normal through p50 and p95: sigma = ln(p95/p50)/z95, mean = p50 * exp(sigma^2 / 2).
                double sigma = Math.log(p95.get().seconds() / p50.get().seconds()) / Z95;
                TimeSpan derived = new TimeSpan(p50.get().seconds() * Math.exp(sigma * sigma / 2));
                d.usedDerived(MEAN, derived.display());
                mean = Optional.of(derived);
            } else if (p50.isPresent() || p95.isPresent() || p99.isPresent() || max.isPresent()) {
                d.missing(MEAN, "missing; give the mean duration (it bills), or both p50 and p95 to derive it");
            } else {
                d.problems().add(d.location(), d.path(), "empty; give a mean such as 6s or {mean: 6s, p95: 30s}");
            }
        } else if (max.isPresent() && mean.get().isLongerThan(max.get())) {
            d.reject(MEAN, "mean " + mean.get().display() + " is longer than max " + max.get().display());
        }
        return mean.map(m -> new DurationProfile(m, p50, p95, p99, max));
    }

    /**
     * The stated timeout, held against the durations at the whole-vCPU reference (durations measured on less CPU,
     * measured_on, converted): no platform runs a request faster than that, and a platform's settings that run it
     * past the timeout are refused there (SpeedLimits), so a timeout between the reference and the duration as
     * measured is one a fast enough setting meets. A job that states none has no timeout of its own: each platform's
     * maximum run time bounds its tasks on the setting chosen.
     *
     * @param reference  the workload at the reference
     * @param asMeasured the workload as stated
     */
    private Optional<TimeSpan> readTimeout(FieldReader root, Kind kind, Optional<Workload> reference,
                                           Optional<Workload> asMeasured, Optional<MeasuredOn> measuredOn) {
        if (kind == Kind.JOB && !root.has(TIMEOUT)) {
            root.usedDerived(TIMEOUT, "none");
            return Optional.empty();
        }
        Optional<TimeSpan> timeout = root.required(TIMEOUT);
        if (timeout.isEmpty() || reference.isEmpty() || asMeasured.isEmpty()) {
            return timeout;
        }
        TimeSpan t = timeout.get();
        TimeSpan longest = longestOf(reference.get());
        if (!longest.isLongerThan(t)) {
            return timeout;
        }
        String name = reference.get() instanceof Workload.Service s ? s.duration().longestName() + " duration"
                : "task duration";
        TimeSpan measured = longestOf(asMeasured.get());
        if (measuredOn.isPresent() && measured.isLongerThan(longest)) {
            root.reject(TIMEOUT, "timeout " + t.display() + " is shorter than the " + name + " at a whole vCPU, "
                    + longest.display() + " (the " + measured.display() + " measured on " + measuredOn.get().display()
                    + ", its CPU part run at a whole vCPU), the fastest any platform runs it; "
                    + (kind == Kind.JOB ? "tasks" : "requests") + " that long would be cut off on every platform");
        } else if (reference.get() instanceof Workload.Service) {
            root.reject(TIMEOUT, "timeout " + t.display() + " is shorter than the stated " + name + " "
                    + longest.display() + "; requests that long would be cut off");
        } else {
            root.reject(TIMEOUT, "timeout " + t.display() + " is shorter than the " + name + " " + longest.display());
        }
        return timeout;
    }

    /** The longest one unit of work is stated to take: a service's longest percentile, a job task's duration. */
    private static TimeSpan longestOf(Workload workload) {
        return workload instanceof Workload.Service service ? service.duration().longest() : unitDuration(workload);
    }

    /**
     * A step's stated timeout within the profile's: the caller stops waiting for the request at its timeout, so no
     * step runs past it whatever its own says, and a longer one would be checked against limits (Cloud Functions'
     * 9 minutes) no request reaches. Refused at the step's timeout, as the reader refuses a timeout shorter than
     * the step's longest.
     */
    private static void checkStepTimeouts(FieldReader root, Pipeline pipeline, TimeSpan timeout) {
        Optional<YamlNode> steps = root.node(STEPS);
        String line = root.node(TIMEOUT).map(n -> " on line " + n.location().line()).orElse("");
        for (PipelineStep step : pipeline.steps()) {
            if (step.timeout().isEmpty() || !step.timeout().get().isLongerThan(timeout)) {
                continue;
            }
            Location at = steps.flatMap(n -> ValueType.Steps.locationOf(n, step.name(), "timeout"))
                    .orElse(root.location());
            root.problems().add(at, STEPS.path(), "step '" + step.name() + "': timeout "
                    + step.timeout().get().display() + " is longer than the profile's timeout" + line + ", "
                    + timeout.display() + ", which ends the whole request, every step with it; lower the step's "
                    + "timeout to that or less, leave it out (it then defaults within the profile's), or raise the "
                    + "profile's timeout");
        }
    }

    private Optional<Gpu> readGpu(FieldReader root) {
        Optional<YamlNode> node = root.node(GPU);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.text().trim().equals("none")) {
            return Optional.empty();
        }
        if (!(node.get() instanceof YamlNode.Mapping)) {
            root.reject(GPU, "found " + node.get().describe() + ", expected " + GPU_EXPECTED);
            return Optional.empty();
        }
        FieldReader g = root.child(GPU);
        // An out-of-range count is reported; reading on with the most GPUs keeps the other problems coming.
        long count = g.optional(GPU_COUNT).orElse(GPU_COUNT.fixedDefault().value());
        GpuType type = g.optional(GPU_TYPE).orElse(GPU_TYPE.fixedDefault().value());
        Optional<DataSize> memory = g.optional(GPU_MEMORY);
        g.finish();
        return Optional.of(new Gpu((int) count, type, memory));
    }

    private static Payload readPayload(FieldReader p) {
        Payload payload = new Payload(p.orDefault(REQUEST), p.orDefault(RESPONSE), p.orDefault(STREAMING));
        p.finish();
        return payload;
    }

    private static Network readNetwork(FieldReader n) {
        boolean privateStated = n.has(PRIVATE);
        boolean privateSubnets = n.orDefault(PRIVATE);
        DataSize outbound = n.orDefault(OUTBOUND);
        Clients clients = n.orDefault(CLIENTS);
        double perConnection = n.orDefault(REQUESTS_PER_CONNECTION, clients.spelling());
        double natShare = n.orDefault(NAT_SHARE).fraction();
        n.finish();
        return new Network(privateSubnets, privateStated, outbound, clients, perConnection, natShare);
    }

    /** Batching and retries of queued messages and events; refused under a trigger that has no queue or bus. */
    private static Delivery readDelivery(FieldReader root, Trigger trigger) {
        if (trigger != Trigger.QUEUE && trigger != Trigger.EVENT) {
            if (root.has(DELIVERY)) {
                root.reject(DELIVERY, "delivery describes queued messages and events: set trigger: queue or "
                        + "trigger: event, or remove it");
            }
            // Not read, so not listed among the defaults used.
            return new Delivery(BATCH_SIZE.fixedDefault().value().intValue(), BATCH_WINDOW.fixedDefault().value(),
                    OptionalInt.empty(), FAILING.fixedDefault().value());
        }
        FieldReader d = root.child(DELIVERY);
        int batch = d.orDefault(BATCH_SIZE).intValue();
        TimeSpan window = d.orDefault(BATCH_WINDOW);
        Optional<Long> attempts = d.optional(ATTEMPTS);
        Percent failing = d.orDefault(FAILING);
        BatchHandling handling = d.orDefault(BATCH_HANDLING);
        boolean fails = failing.fraction() > 0;
        if (fails && attempts.isEmpty() && trigger == Trigger.QUEUE) {
            d.reject(FAILING, QUEUE_RETRIES_UNBOUNDED);
        }
        d.finish();
        if (attempts.isPresent()) {
            return new Delivery(batch, window, OptionalInt.of(attempts.get().intValue()), failing, true, handling);
        }
        if (fails && trigger == Trigger.EVENT) {
            d.usedDefault(ATTEMPTS, Integer.toString(EVENT_ATTEMPTS), EVENT_ATTEMPTS_WHY);
            return new Delivery(batch, window, OptionalInt.of(EVENT_ATTEMPTS), failing, false, handling);
        }
        return new Delivery(batch, window, OptionalInt.empty(), failing, false, handling);
    }

    /**
     * Why a queue's failing messages need attempts: with no redrive policy SQS makes a message visible again after
     * each visibility timeout until its retention period ends (4 days by default, at most 14), and a Pub/Sub
     * subscription with no dead-letter topic redelivers it until its retention ends (7 days by default): the
     * retries are bounded by time, not by a count costfit could price.
     */
    static final String QUEUE_RETRIES_UNBOUNDED = "delivery.failing needs delivery.attempts under trigger: queue: "
            + "without a dead-letter queue a failing message is retried after each visibility timeout (SQS) or ack "
            + "deadline (Pub/Sub) until its retention period ends (SQS's default 4 days, Pub/Sub's 7), so its retries "
            + "cannot be counted; state delivery.attempts, the redrive policy's maxReceiveCount (Pub/Sub's "
            + "max_delivery_attempts), or set failing: 0%";

    /**
     * Attempts of an event with no retries stated: Lambda retries a failed asynchronous invocation twice by default
     * (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html), then discards it.
     */
    static final int EVENT_ATTEMPTS = 3;
    static final String EVENT_ATTEMPTS_WHY = "a failing event is retried twice, Lambda's default for an asynchronous "
            + "invocation (the first attempt and 2 retries), then discarded: no dead-letter queue is priced; on "
            + "Google an event-driven function is not retried by default (tried once)";

    private static Observability readObservability(FieldReader o) {
        Observability observability = new Observability(o.orDefault(LOG_BYTES), o.orDefault(RETENTION_DAYS).intValue(),
                o.orDefault(TRACING), o.optional(TRACE_SAMPLING));
        o.finish();
        return observability;
    }

    private static Optional<Secrets> readSecrets(FieldReader root) {
        if (!root.has(SECRETS)) {
            return Optional.empty();
        }
        FieldReader s = root.child(SECRETS);
        Optional<Long> count = s.required(SECRETS_COUNT);
        SecretReads reads = s.orDefault(SECRET_READS);
        s.finish();
        return count.map(c -> new Secrets(c.intValue(), reads));
    }

    /** The cold-start SLO: cold_start_budget and cold_start_share together, or neither. */
    private static Optional<LatencySlo> readLatency(FieldReader l) {
        boolean budgetGiven = l.has(COLD_START_BUDGET);
        boolean shareGiven = l.has(COLD_START_SHARE);
        if (!budgetGiven && !shareGiven) {
            return Optional.empty();
        }
        Optional<TimeSpan> budget = l.required(COLD_START_BUDGET);
        Optional<Percent> share = l.required(COLD_START_SHARE);
        if (budget.isEmpty() || share.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LatencySlo(budget.get(), share.get()));
    }

    private static ColdStartOverride readColdStart(FieldReader c) {
        ColdStartOverride override = new ColdStartOverride(c.optional(INIT), c.optional(KEEP_ALIVE));
        c.finish();
        return override;
    }

    /** The llm block as read, and the ranges its figures stated (each present only where written as a range). */
    private record ReadLlm(Llm llm, Optional<Estimate<Long>> inputTokens, Optional<Estimate<Long>> outputTokens,
                           Optional<Estimate<Double>> calls) {}

    private static Optional<ReadLlm> readLlm(FieldReader root) {
        if (!root.has(LLM)) {
            return Optional.empty();
        }
        FieldReader l = root.child(LLM);
        Optional<String> model = l.required(LLM_MODEL);
        Optional<Estimate<Long>> in = l.required(INPUT_TOKENS);
        Optional<Estimate<Long>> out = l.required(OUTPUT_TOKENS);
        long cached = l.orDefault(CACHED_INPUT);
        if (in.isPresent() && cached > in.get().low()) {
            l.reject(CACHED_INPUT, "the cache serves part of the prompt: " + cached + " cached tokens is more than "
                    + "input_tokens" + (in.get().ranged() ? "' low, " : ", ") + in.get().low());
        }
        Estimate<Double> calls = l.orDefault(CALLS);
        Llm.RateLimits limits = new Llm.RateLimits(whole(l.optional(RATE_LIMIT)), whole(l.optional(RATE_LIMIT_ITPM)),
                whole(l.optional(RATE_LIMIT_OTPM)));
        l.finish();
        if (model.isEmpty() || in.isEmpty() || out.isEmpty()) {
            return Optional.empty();
        }
        Llm llm = new Llm(model.get(), in.get().expected(), out.get().expected(), calls.expected(), limits,
                Math.min(cached, in.get().low()));
        return Optional.of(new ReadLlm(llm, in.filter(r -> ranged(l, INPUT_TOKENS)),
                out.filter(r -> ranged(l, OUTPUT_TOKENS)), Optional.of(calls).filter(r -> ranged(l, CALLS))));
    }

    private static OptionalLong whole(Optional<Long> value) {
        return value.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Whether a field was written as a range, {low, expected, high}, rather than one value. */
    private static boolean ranged(FieldReader reader, Field<?> field) {
        return reader.node(field).filter(n -> n instanceof YamlNode.Mapping).isPresent();
    }

    /** @param gpu whether the profile needs a GPU, which decides 2nd gen's billing left out (instance-based) */
    private static PlatformKnobs readPlatforms(FieldReader p, Runtime runtime, boolean gpu) {
        FieldReader lambda = p.child(LAMBDA);
        OptionalInt provisioned = lambda.orDefault(PROVISIONED);
        SnapStart snapStart = lambda.orDefault(SNAPSTART);
        if (snapStart == SnapStart.ON && !SnapStart.RUNTIMES.contains(runtime)) {
            lambda.reject(SNAPSTART, "SnapStart is not offered for runtime: " + runtime.spelling() + "; it runs on "
                    + "the Java 11+, Python 3.12+ and .NET 8+ managed runtimes only, not on Node.js, Ruby, OS-only "
                    + "runtimes (Go, Rust) or container images (https://docs.aws.amazon.com/lambda/latest/dg/"
                    + "snapstart.html); set snapstart: off (provisioned concurrency keeps environments warm instead)");
        } else if (snapStart == SnapStart.ON && provisioned.isPresent() && provisioned.getAsInt() > 0) {
            lambda.reject(SNAPSTART, "SnapStart cannot be used with provisioned concurrency (" + provisioned
                    .getAsInt() + " environments set by provisioned_concurrency); keep one of them "
                    + "(https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)");
        }
        lambda.finish();
        FieldReader fargate = p.child(FARGATE);
        boolean spot = fargate.orDefault(SPOT);
        Percent utilization = fargate.orDefault(FARGATE_UTILIZATION);
        fargate.finish();
        FieldReader eks = p.child(EKS);
        Percent share = eks.orDefault(CLUSTER_SHARE);
        List<String> nodeTypes = eks.orDefault(NODE_TYPES);
        Percent eksUtilization = eks.orDefault(EKS_UTILIZATION);
        boolean eksSpot = eks.orDefault(EKS_SPOT);
        int onDemandBase = eks.orDefault(EKS_ON_DEMAND_BASE).intValue();
        EksSupport support = eks.orDefault(EKS_SUPPORT);
        eks.finish();
        FieldReader gen2 = p.child(GEN2);
        GcfBilling billing = gen2.orDefault(BILLING, gpu ? "a GPU" : "none");
        NetworkTier tier = gen2.orDefault(NETWORK_TIER);
        Optional<Percent> runCpuTarget = gen2.optional(RUN_CPU_TARGET);
        Optional<Percent> runConcurrencyTarget = gen2.optional(RUN_CONCURRENCY_TARGET);
        gen2.finish();
        p.child(GEN1).finish();
        p.child(LMI).finish();
        p.finish();
        return new PlatformKnobs(new PlatformKnobs.Lambda(provisioned, snapStart),
                new PlatformKnobs.Fargate(spot, utilization),
                new PlatformKnobs.Eks(share, nodeTypes, eksUtilization, eksSpot, onDemandBase, support),
                new PlatformKnobs.CloudFunctionsGen2(billing, tier, runCpuTarget, runConcurrencyTarget));
    }

    /** Every field's location, by dotted path, for errors found later. */
    private static Map<String, Location> locations(YamlNode document, SharedValues shared) {
        Map<String, Location> out = new HashMap<>();
        collect("", document, out, shared);
        return out;
    }

    private static void collect(String path, YamlNode node, Map<String, Location> out, SharedValues shared) {
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                String p = shared.of(path.isEmpty() ? e.key() : path + "." + e.key());
                out.put(p, e.value().location());
                collect(p, e.value(), out, shared);
            }
        }
    }
}
